//===- TensorDecoding.cpp - ONNX TensorProto -> MLIR attributes -----------===//

#include "onnxc/compiler/Import/TensorDecoding.h"
#include "onnxc/compiler/Import/ExternalData.h"
#include "onnxc/dialects/ONNX/IR/DataTypes.h"

#include "onnx/onnx_pb.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/Support/SwapByteOrder.h"

#include <cstring>

using namespace mlir;
using llvm::Expected;

namespace onnxc {

void byteSwapElements(llvm::MutableArrayRef<char> data, size_t elementSize) {
  if (elementSize <= 1) return;
  for (size_t i = 0; i + elementSize <= data.size(); i += elementSize)
    std::reverse(data.begin() + i, data.begin() + i + elementSize);
}

static llvm::Error makeError(const onnx::TensorProto &tensor,
                             const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "tensor '" + tensor.name() + "': " + message);
}

/// Bytes of one element as stored by MLIR (and by ONNX raw_data).
static size_t getStorageSize(Type elementType) {
  if (auto complex = dyn_cast<ComplexType>(elementType))
    return 2 * getStorageSize(complex.getElementType());
  return (elementType.getIntOrFloatBitWidth() + 7) / 8;
}

/// Appends each value's low `size` bytes in little-endian order.
template <typename Src>
static void appendAs(std::string &out, const Src &values, size_t size) {
  for (auto v : values) {
    // Narrowing: ONNX stores small ints and 16-bit floats in int32_data.
    uint64_t bits = static_cast<uint64_t>(v);
    char bytes[8];
    std::memcpy(bytes, &bits, 8);
    if (llvm::sys::IsBigEndianHost) std::reverse(bytes, bytes + 8);
    out.append(bytes, size);
  }
}

/// Packs the typed repeated field that holds the tensor's data type into
/// little-endian element bytes.
static Expected<std::unique_ptr<std::string>>
packTypedField(const onnx::TensorProto &t, size_t elementSize) {
  auto out = std::make_unique<std::string>();
  using TP = onnx::TensorProto;
  switch (t.data_type()) {
  case TP::FLOAT:
  case TP::COMPLEX64:
    out->resize(t.float_data_size() * 4);
    std::memcpy(out->data(), t.float_data().data(), out->size());
    break;
  case TP::DOUBLE:
  case TP::COMPLEX128:
    out->resize(t.double_data_size() * 8);
    std::memcpy(out->data(), t.double_data().data(), out->size());
    break;
  case TP::INT64:
    out->resize(t.int64_data_size() * 8);
    std::memcpy(out->data(), t.int64_data().data(), out->size());
    break;
  case TP::UINT32:
  case TP::UINT64:
    appendAs(*out, t.uint64_data(), elementSize);
    return std::move(out);
  case TP::INT32:
  case TP::INT16:
  case TP::INT8:
  case TP::UINT16:
  case TP::UINT8:
  case TP::BOOL:
  case TP::FLOAT16:
  case TP::BFLOAT16:
    appendAs(*out, t.int32_data(), elementSize);
    return std::move(out);
  default:
    return makeError(t, "has no data field for its data type");
  }
  // Values copied with memcpy are in host order; MLIR wants little-endian.
  if (llvm::sys::IsBigEndianHost) {
    bool fourByteScalars =
        t.data_type() == TP::FLOAT || t.data_type() == TP::COMPLEX64;
    byteSwapElements(*out, fourByteScalars ? 4 : 8);
  }
  return std::move(out);
}

Expected<ElementsAttr> decodeTensor(onnx::TensorProto &tensor,
                                    MLIRContext *context,
                                    const TensorDecodeOptions &options) {
  using TP = onnx::TensorProto;
  if (tensor.data_type() == TP::STRING)
    return makeError(tensor, "string tensors are not supported");
  Type elementType = getElementType(context, tensor.data_type());
  if (!elementType)
    return makeError(tensor, "unsupported data type " +
                                 llvm::Twine(tensor.data_type()) + " (" +
                                 getOnnxDataTypeName(tensor.data_type()) + ")");
  SmallVector<int64_t> shape;
  int64_t count = 1;
  for (int64_t d : tensor.dims()) {
    if (d < 0)
      return makeError(tensor, "has a negative dim " + llvm::Twine(d));
    shape.push_back(d);
    count *= d;
  }
  if (tensor.has_segment())
    return makeError(tensor, "segmented tensors are not supported");
  auto type = RankedTensorType::get(shape, elementType);
  size_t elementSize = getStorageSize(elementType);
  bool isBool = elementType.isInteger(1);

  // Take the bytes: raw_data is moved out, external data read once, typed
  // fields packed.
  std::unique_ptr<std::string> bytes;
  if (tensor.data_location() == TP::EXTERNAL) {
    auto read = readExternalData(tensor, options.modelDir);
    if (!read) return read.takeError();
    bytes = std::move(*read);
  } else if (tensor.has_raw_data()) {
    bytes = std::make_unique<std::string>();
    bytes->swap(*tensor.mutable_raw_data());
  } else {
    auto packed = packTypedField(tensor, elementSize);
    if (!packed) return packed.takeError();
    bytes = std::move(*packed);
  }
  size_t expected = static_cast<size_t>(count) * elementSize;
  if (bytes->size() != expected)
    return makeError(tensor, "holds " + llvm::Twine(bytes->size()) +
                                 " bytes of data; its shape and type need " +
                                 llvm::Twine(expected));
  // ONNX raw data is little-endian.
  if (llvm::sys::IsBigEndianHost && tensor.has_raw_data())
    byteSwapElements(*bytes, isa<ComplexType>(elementType) ? elementSize / 2
                                                          : elementSize);

  if (isBool) {
    SmallVector<bool> values;
    for (char c : *bytes) values.push_back(c != 0);
    return cast<ElementsAttr>(DenseElementsAttr::get(type, values));
  }
  if (count > options.resourceThreshold) {
    size_t alignment = std::min<size_t>(elementSize, alignof(std::max_align_t));
    if (reinterpret_cast<uintptr_t>(bytes->data()) % alignment != 0) {
      // A misaligned buffer (rare) is copied once into an aligned blob.
      auto blob = HeapAsmResourceBlob::allocateAndCopyWithAlign(
          llvm::ArrayRef<char>(bytes->data(), bytes->size()), alignment);
      return cast<ElementsAttr>(DenseResourceElementsAttr::get(
          type, tensor.name().empty() ? "tensor" : tensor.name(),
          std::move(blob)));
    }
    llvm::ArrayRef<char> data(bytes->data(), bytes->size());
    std::string *owned = bytes.release();
    AsmResourceBlob blob(
        data, alignment,
        [owned](void *, size_t, size_t) { delete owned; },
        /*dataIsMutable=*/false);
    return cast<ElementsAttr>(DenseResourceElementsAttr::get(
        type, tensor.name().empty() ? "tensor" : tensor.name(),
        std::move(blob)));
  }
  llvm::ArrayRef<char> raw(bytes->data(), bytes->size());
  return cast<ElementsAttr>(DenseElementsAttr::getFromRawBuffer(type, raw));
}

} // namespace onnxc
