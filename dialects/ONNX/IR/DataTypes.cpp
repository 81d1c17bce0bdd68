//===- DataTypes.cpp - ONNX data type enum <-> MLIR types -----------------===//

#include "onnxc/dialects/ONNX/IR/DataTypes.h"

#include "mlir/IR/BuiltinTypes.h"

using namespace mlir;

namespace onnxc {

Type getElementType(MLIRContext *ctx, int64_t dtype) {
  switch (static_cast<OnnxDataType>(dtype)) {
  case OnnxDataType::Float: return Float32Type::get(ctx);
  case OnnxDataType::Double: return Float64Type::get(ctx);
  case OnnxDataType::Float16: return Float16Type::get(ctx);
  case OnnxDataType::Bfloat16: return BFloat16Type::get(ctx);
  case OnnxDataType::Int8: return IntegerType::get(ctx, 8);
  case OnnxDataType::Int16: return IntegerType::get(ctx, 16);
  case OnnxDataType::Int32: return IntegerType::get(ctx, 32);
  case OnnxDataType::Int64: return IntegerType::get(ctx, 64);
  case OnnxDataType::Uint8: return IntegerType::get(ctx, 8, IntegerType::Unsigned);
  case OnnxDataType::Uint16: return IntegerType::get(ctx, 16, IntegerType::Unsigned);
  case OnnxDataType::Uint32: return IntegerType::get(ctx, 32, IntegerType::Unsigned);
  case OnnxDataType::Uint64: return IntegerType::get(ctx, 64, IntegerType::Unsigned);
  case OnnxDataType::Bool: return IntegerType::get(ctx, 1);
  case OnnxDataType::Complex64: return ComplexType::get(Float32Type::get(ctx));
  case OnnxDataType::Complex128: return ComplexType::get(Float64Type::get(ctx));
  default: return {};
  }
}

std::optional<int64_t> getOnnxDataType(Type type) {
  auto code = [](OnnxDataType t) { return static_cast<int64_t>(t); };
  if (type.isF32()) return code(OnnxDataType::Float);
  if (type.isF64()) return code(OnnxDataType::Double);
  if (type.isF16()) return code(OnnxDataType::Float16);
  if (type.isBF16()) return code(OnnxDataType::Bfloat16);
  if (auto complex = dyn_cast<ComplexType>(type)) {
    if (complex.getElementType().isF32()) return code(OnnxDataType::Complex64);
    if (complex.getElementType().isF64()) return code(OnnxDataType::Complex128);
    return std::nullopt;
  }
  auto integer = dyn_cast<IntegerType>(type);
  if (!integer) return std::nullopt;
  bool isUnsigned = integer.isUnsigned();
  switch (integer.getWidth()) {
  case 1: return code(OnnxDataType::Bool);
  case 8: return code(isUnsigned ? OnnxDataType::Uint8 : OnnxDataType::Int8);
  case 16: return code(isUnsigned ? OnnxDataType::Uint16 : OnnxDataType::Int16);
  case 32: return code(isUnsigned ? OnnxDataType::Uint32 : OnnxDataType::Int32);
  case 64: return code(isUnsigned ? OnnxDataType::Uint64 : OnnxDataType::Int64);
  default: return std::nullopt;
  }
}

const char *getOnnxDataTypeName(int64_t dtype) {
  static const char *names[] = {
      "UNDEFINED", "FLOAT",  "UINT8",  "INT8",   "UINT16",    "INT16",
      "INT32",     "INT64",  "STRING", "BOOL",   "FLOAT16",   "DOUBLE",
      "UINT32",    "UINT64", "COMPLEX64", "COMPLEX128", "BFLOAT16"};
  if (dtype < 0 || dtype >= static_cast<int64_t>(std::size(names)))
    return "unknown data type";
  return names[dtype];
}

} // namespace onnxc
