//===- DataTypes.h - ONNX data type enum <-> MLIR types ---------*- C++ -*-===//

#ifndef ONNXC_DIALECTS_ONNX_IR_DATATYPES_H
#define ONNXC_DIALECTS_ONNX_IR_DATATYPES_H

#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Types.h"

#include <cstdint>
#include <optional>

namespace onnxc {

/// The ONNX TensorProto::DataType values (kept here so the dialect does not
/// depend on protobuf).
enum class OnnxDataType : int32_t {
  Undefined = 0, Float = 1, Uint8 = 2, Int8 = 3, Uint16 = 4, Int16 = 5,
  Int32 = 6, Int64 = 7, String = 8, Bool = 9, Float16 = 10, Double = 11,
  Uint32 = 12, Uint64 = 13, Complex64 = 14, Complex128 = 15, Bfloat16 = 16,
};

/// The MLIR element type of an ONNX data type, or a null type for those the
/// compiler does not represent (strings, undefined, unknown values).
mlir::Type getElementType(mlir::MLIRContext *context, int64_t onnxDataType);

/// The ONNX data type of an MLIR element type, if any.
std::optional<int64_t> getOnnxDataType(mlir::Type elementType);

/// A readable name ("FLOAT", "INT64", ...) for diagnostics.
const char *getOnnxDataTypeName(int64_t onnxDataType);

} // namespace onnxc

#endif // ONNXC_DIALECTS_ONNX_IR_DATATYPES_H
