//===- TensorDecodingTest.cpp - TensorProto decoding ----------------------===//

#include "onnxc/compiler/Import/TensorDecoding.h"
#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

#include "onnx/onnx_pb.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/MLIRContext.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace mlir;
using onnx::TensorProto;

namespace {

class TensorDecodingTest : public ::testing::Test {
protected:
  ElementsAttr decode(TensorProto &t, int64_t threshold = 64) {
    onnxc::TensorDecodeOptions options;
    options.resourceThreshold = threshold;
    auto result = onnxc::decodeTensor(t, &context, options);
    if (!result) {
      ADD_FAILURE() << llvm::toString(result.takeError());
      return {};
    }
    return *result;
  }
  std::string decodeError(TensorProto &t) {
    auto result = onnxc::decodeTensor(t, &context, {});
    if (result) return "";
    return llvm::toString(result.takeError());
  }
  MLIRContext context;
};

template <typename T>
std::string littleEndianBytes(std::initializer_list<T> values) {
  std::string out;
  for (T v : values) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &v, sizeof(T));
    if (llvm::sys::IsBigEndianHost) std::reverse(bytes, bytes + sizeof(T));
    out.append(bytes, sizeof(T));
  }
  return out;
}

TEST_F(TensorDecodingTest, RawFloat) {
  TensorProto t;
  t.set_name("w");
  t.set_data_type(TensorProto::FLOAT);
  t.add_dims(2);
  t.set_raw_data(littleEndianBytes<float>({1.5f, -2.0f}));
  auto attr = cast<DenseElementsAttr>(decode(t));
  std::vector<float> values(attr.getValues<float>().begin(),
                            attr.getValues<float>().end());
  EXPECT_EQ(values, (std::vector<float>{1.5f, -2.0f}));
  EXPECT_TRUE(attr.getElementType().isF32());
}

TEST_F(TensorDecodingTest, RawDataIsLittleEndian) {
  TensorProto t;
  t.set_data_type(TensorProto::INT32);
  t.add_dims(1);
  t.set_raw_data(std::string("\x01\x02\x00\x00", 4));
  auto attr = cast<DenseElementsAttr>(decode(t));
  EXPECT_EQ(*attr.getValues<int32_t>().begin(), 0x0201);
}

TEST_F(TensorDecodingTest, ByteSwap) {
  std::string data("\x01\x02\x03\x04\x05\x06\x07\x08", 8);
  onnxc::byteSwapElements(llvm::MutableArrayRef<char>(data.data(), 8), 4);
  EXPECT_EQ(data, std::string("\x04\x03\x02\x01\x08\x07\x06\x05", 8));
  onnxc::byteSwapElements(llvm::MutableArrayRef<char>(data.data(), 8), 8);
  EXPECT_EQ(data, std::string("\x05\x06\x07\x08\x01\x02\x03\x04", 8));
}

TEST_F(TensorDecodingTest, TypedFieldsOfEveryDtype) {
  struct Case {
    int dtype;
    std::function<void(TensorProto &)> fill;
    std::vector<double> expected;
  };
  std::vector<Case> cases = {
      {TensorProto::FLOAT, [](TensorProto &t) { t.add_float_data(0.5f); t.add_float_data(-1); }, {0.5, -1}},
      {TensorProto::DOUBLE, [](TensorProto &t) { t.add_double_data(2.25); t.add_double_data(3); }, {2.25, 3}},
      {TensorProto::INT64, [](TensorProto &t) { t.add_int64_data(-7); t.add_int64_data(1LL << 40); }, {-7, double(1LL << 40)}},
      {TensorProto::INT32, [](TensorProto &t) { t.add_int32_data(-3); t.add_int32_data(9); }, {-3, 9}},
      {TensorProto::INT16, [](TensorProto &t) { t.add_int32_data(-300); t.add_int32_data(300); }, {-300, 300}},
      {TensorProto::INT8, [](TensorProto &t) { t.add_int32_data(-128); t.add_int32_data(127); }, {-128, 127}},
      {TensorProto::UINT8, [](TensorProto &t) { t.add_int32_data(255); t.add_int32_data(1); }, {255, 1}},
      {TensorProto::UINT16, [](TensorProto &t) { t.add_int32_data(65535); t.add_int32_data(2); }, {65535, 2}},
      {TensorProto::UINT32, [](TensorProto &t) { t.add_uint64_data(4000000000u); t.add_uint64_data(3); }, {4000000000.0, 3}},
      {TensorProto::UINT64, [](TensorProto &t) { t.add_uint64_data(1ULL << 50); t.add_uint64_data(4); }, {double(1ULL << 50), 4}},
      {TensorProto::BOOL, [](TensorProto &t) { t.add_int32_data(1); t.add_int32_data(0); }, {1, 0}},
      // float16 1.0 = 0x3C00, -2.0 = 0xC000; bfloat16 1.0 = 0x3F80, 0.5 = 0x3F00.
      {TensorProto::FLOAT16, [](TensorProto &t) { t.add_int32_data(0x3C00); t.add_int32_data(0xC000); }, {1, -2}},
      {TensorProto::BFLOAT16, [](TensorProto &t) { t.add_int32_data(0x3F80); t.add_int32_data(0x3F00); }, {1, 0.5}},
  };
  for (const Case &c : cases) {
    TensorProto t;
    t.set_name("t");
    t.set_data_type(c.dtype);
    t.add_dims(2);
    c.fill(t);
    auto attr = dyn_cast_if_present<DenseElementsAttr>(decode(t));
    ASSERT_TRUE(attr) << "dtype " << c.dtype;
    std::vector<double> got;
    if (isa<FloatType>(attr.getElementType())) {
      for (const APFloat &v : attr.getValues<APFloat>())
        got.push_back(v.convertToDouble());
    } else {
      bool isUnsigned = attr.getElementType().isUnsignedInteger() ||
                        attr.getElementType().isInteger(1);
      for (const APInt &v : attr.getValues<APInt>())
        got.push_back(isUnsigned ? double(v.getZExtValue())
                                 : double(v.getSExtValue()));
    }
    EXPECT_EQ(got, c.expected) << "dtype " << c.dtype;
  }
}

TEST_F(TensorDecodingTest, Complex64FromFloatData) {
  TensorProto t;
  t.set_data_type(TensorProto::COMPLEX64);
  t.add_dims(1);
  t.add_float_data(1.0f);
  t.add_float_data(-2.0f);
  auto attr = cast<DenseElementsAttr>(decode(t));
  auto value = *attr.getValues<std::complex<float>>().begin();
  EXPECT_EQ(value, std::complex<float>(1.0f, -2.0f));
}

TEST_F(TensorDecodingTest, LargeTensorsBecomeResourceBlobs) {
  TensorProto t;
  t.set_name("big");
  t.set_data_type(TensorProto::FLOAT);
  t.add_dims(100);
  std::string raw;
  for (int i = 0; i < 100; ++i) raw += littleEndianBytes<float>({float(i)});
  t.set_raw_data(raw);
  ElementsAttr attr = decode(t, /*threshold=*/64);
  auto resource = dyn_cast<DenseF32ResourceElementsAttr>(attr);
  ASSERT_TRUE(resource);
  auto values = resource.tryGetAsArrayRef();
  ASSERT_TRUE(values.has_value());
  EXPECT_EQ((*values)[99], 99.0f);
  // The raw bytes moved into the blob instead of being copied.
  EXPECT_TRUE(t.raw_data().empty());
}

TEST_F(TensorDecodingTest, SizeMismatchNamesTheTensor) {
  TensorProto t;
  t.set_name("bias");
  t.set_data_type(TensorProto::FLOAT);
  t.add_dims(3);
  t.set_raw_data(littleEndianBytes<float>({1, 2}));
  std::string error = decodeError(t);
  EXPECT_NE(error.find("'bias'"), std::string::npos) << error;
  EXPECT_NE(error.find("holds 8 bytes"), std::string::npos) << error;
}

TEST_F(TensorDecodingTest, RejectsStringsAndNegativeDims) {
  TensorProto s;
  s.set_name("s");
  s.set_data_type(TensorProto::STRING);
  EXPECT_NE(decodeError(s).find("string tensors"), std::string::npos);
  TensorProto n;
  n.set_name("n");
  n.set_data_type(TensorProto::FLOAT);
  n.add_dims(-1);
  EXPECT_NE(decodeError(n).find("negative dim"), std::string::npos);
}

} // namespace
