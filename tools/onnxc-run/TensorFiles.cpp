//===- TensorFiles.cpp - .npy and ONNX .pb tensors for onnxc-run ----------===//

#include "TensorFiles.h"

#include "onnx/onnx_pb.h"

#include <cstring>
#include <fstream>
#include <sstream>

namespace onnxc {

namespace {
struct NpyType {
  int32_t dtype;
  const char *descr;
};
// ONNX dtype <-> numpy descr (little-endian).
const NpyType kNpyTypes[] = {
    {1, "<f4"}, {2, "|u1"}, {3, "|i1"}, {4, "<u2"}, {5, "<i2"},  {6, "<i4"},
    {7, "<i8"}, {9, "|b1"}, {10, "<f2"}, {11, "<f8"}, {12, "<u4"}, {13, "<u8"}};
} // namespace

size_t getDtypeSize(int32_t dtype) {
  switch (dtype) {
  case 2: case 3: case 9: return 1;
  case 4: case 5: case 10: case 16: return 2;
  case 1: case 6: case 12: return 4;
  case 7: case 11: case 13: return 8;
  default: return 0;
  }
}

static bool readFile(const std::string &path, std::string &data,
                     std::string &error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot read " + path;
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  data = buffer.str();
  return true;
}

static bool readNpy(const std::string &path, const std::string &data,
                    HostTensor &tensor, std::string &error) {
  if (data.size() < 10 || data.compare(0, 6, "\x93NUMPY") != 0) {
    error = path + ": not a .npy file";
    return false;
  }
  int major = static_cast<unsigned char>(data[6]);
  size_t headerLength, offset;
  if (major == 1) {
    headerLength = static_cast<unsigned char>(data[8]) |
                   (static_cast<unsigned char>(data[9]) << 8);
    offset = 10;
  } else {
    if (data.size() < 12) {
      error = path + ": truncated .npy header";
      return false;
    }
    headerLength = 0;
    for (int i = 0; i < 4; ++i)
      headerLength |= size_t(static_cast<unsigned char>(data[8 + i])) << (8 * i);
    offset = 12;
  }
  if (offset + headerLength > data.size()) {
    error = path + ": truncated .npy header";
    return false;
  }
  std::string header = data.substr(offset, headerLength);
  auto field = [&](const std::string &key) -> std::string {
    size_t at = header.find("'" + key + "'");
    if (at == std::string::npos) return "";
    at = header.find(':', at);
    return header.substr(at + 1);
  };
  std::string descr = field("descr");
  size_t q1 = descr.find('\''), q2 = descr.find('\'', q1 + 1);
  descr = q1 == std::string::npos ? "" : descr.substr(q1 + 1, q2 - q1 - 1);
  tensor.dtype = 0;
  for (const NpyType &t : kNpyTypes)
    if (descr == t.descr) tensor.dtype = t.dtype;
  if (!tensor.dtype) {
    error = path + ": unsupported .npy dtype '" + descr + "'";
    return false;
  }
  if (field("fortran_order").find("True") == 0 ||
      field("fortran_order").find(" True") == 0) {
    error = path + ": Fortran-order arrays are not supported";
    return false;
  }
  std::string shape = field("shape");
  shape = shape.substr(shape.find('(') + 1, shape.find(')') - shape.find('(') - 1);
  tensor.shape.clear();
  std::stringstream dims(shape);
  std::string dim;
  while (std::getline(dims, dim, ','))
    if (dim.find_first_not_of(' ') != std::string::npos)
      tensor.shape.push_back(std::stoll(dim));
  size_t count = 1;
  for (int64_t d : tensor.shape) count *= d;
  size_t bytes = count * getDtypeSize(tensor.dtype);
  size_t start = offset + headerLength;
  if (data.size() - start != bytes) {
    error = path + ": holds " + std::to_string(data.size() - start) +
            " data bytes, its header needs " + std::to_string(bytes);
    return false;
  }
  tensor.bytes.assign(data.begin() + start, data.end());
  return true;
}

template <typename T, typename Field>
static void packField(const Field &field, std::vector<char> &out) {
  for (auto v : field) {
    T x = static_cast<T>(v);
    const char *p = reinterpret_cast<const char *>(&x);
    out.insert(out.end(), p, p + sizeof(T));
  }
}

static bool readPb(const std::string &path, const std::string &data,
                   HostTensor &tensor, std::string &error) {
  onnx::TensorProto proto;
  if (!proto.ParseFromString(data)) {
    error = path + ": not an ONNX TensorProto";
    return false;
  }
  tensor.dtype = proto.data_type();
  tensor.shape.assign(proto.dims().begin(), proto.dims().end());
  if (!getDtypeSize(tensor.dtype)) {
    error = path + ": unsupported data type " + std::to_string(tensor.dtype);
    return false;
  }
  tensor.bytes.clear();
  if (proto.has_raw_data()) {
    tensor.bytes.assign(proto.raw_data().begin(), proto.raw_data().end());
  } else {
    switch (tensor.dtype) {
    case 1: packField<float>(proto.float_data(), tensor.bytes); break;
    case 11: packField<double>(proto.double_data(), tensor.bytes); break;
    case 7: packField<int64_t>(proto.int64_data(), tensor.bytes); break;
    case 12: packField<uint32_t>(proto.uint64_data(), tensor.bytes); break;
    case 13: packField<uint64_t>(proto.uint64_data(), tensor.bytes); break;
    case 6: packField<int32_t>(proto.int32_data(), tensor.bytes); break;
    case 5: packField<int16_t>(proto.int32_data(), tensor.bytes); break;
    case 4: case 10: case 16:
      packField<uint16_t>(proto.int32_data(), tensor.bytes);
      break;
    case 3: packField<int8_t>(proto.int32_data(), tensor.bytes); break;
    case 2: case 9: packField<uint8_t>(proto.int32_data(), tensor.bytes); break;
    }
  }
  size_t count = 1;
  for (int64_t d : tensor.shape) count *= d;
  if (tensor.bytes.size() != count * getDtypeSize(tensor.dtype)) {
    error = path + ": data does not match its dims";
    return false;
  }
  return true;
}

bool readTensorFile(const std::string &path, HostTensor &tensor,
                    std::string &error) {
  std::string data;
  if (!readFile(path, data, error)) return false;
  if (path.size() > 4 && path.compare(path.size() - 4, 4, ".npy") == 0)
    return readNpy(path, data, tensor, error);
  return readPb(path, data, tensor, error);
}

bool writeNpy(const std::string &path, const HostTensor &tensor,
              std::string &error) {
  const char *descr = nullptr;
  for (const NpyType &t : kNpyTypes)
    if (t.dtype == tensor.dtype) descr = t.descr;
  if (!descr) {
    error = "cannot write data type " + std::to_string(tensor.dtype) + " as .npy";
    return false;
  }
  std::string shape;
  for (int64_t d : tensor.shape) shape += std::to_string(d) + ", ";
  if (tensor.shape.size() > 1) shape.erase(shape.size() - 2);
  else if (tensor.shape.size() == 1) shape.erase(shape.size() - 1);
  std::string header = "{'descr': '" + std::string(descr) +
                       "', 'fortran_order': False, 'shape': (" + shape + "), }";
  size_t total = 10 + header.size() + 1;
  header.append((64 - total % 64) % 64, ' ');
  header += '\n';
  std::ofstream out(path, std::ios::binary);
  if (!out) {
    error = "cannot write " + path;
    return false;
  }
  uint16_t length = static_cast<uint16_t>(header.size());
  out.write("\x93NUMPY\x01\x00", 8);
  out.put(static_cast<char>(length & 0xff));
  out.put(static_cast<char>(length >> 8));
  out << header;
  out.write(tensor.bytes.data(), tensor.bytes.size());
  return static_cast<bool>(out);
}

std::vector<double> toDoubles(const HostTensor &t) {
  size_t size = getDtypeSize(t.dtype), count = size ? t.bytes.size() / size : 0;
  std::vector<double> out(count);
  const char *p = t.bytes.data();
  for (size_t i = 0; i < count; ++i, p += size) {
    switch (t.dtype) {
    case 1: { float v; std::memcpy(&v, p, 4); out[i] = v; break; }
    case 11: { double v; std::memcpy(&v, p, 8); out[i] = v; break; }
    case 7: { int64_t v; std::memcpy(&v, p, 8); out[i] = double(v); break; }
    case 13: { uint64_t v; std::memcpy(&v, p, 8); out[i] = double(v); break; }
    case 6: { int32_t v; std::memcpy(&v, p, 4); out[i] = v; break; }
    case 12: { uint32_t v; std::memcpy(&v, p, 4); out[i] = v; break; }
    case 5: { int16_t v; std::memcpy(&v, p, 2); out[i] = v; break; }
    case 4: { uint16_t v; std::memcpy(&v, p, 2); out[i] = v; break; }
    case 3: out[i] = static_cast<int8_t>(*p); break;
    case 2: case 9: out[i] = static_cast<uint8_t>(*p); break;
    default: out[i] = 0;
    }
  }
  return out;
}

} // namespace onnxc
