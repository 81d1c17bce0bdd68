//===- TensorDecoding.h - ONNX TensorProto -> MLIR attributes ---*- C++ -*-===//

#ifndef ONNXC_COMPILER_IMPORT_TENSORDECODING_H
#define ONNXC_COMPILER_IMPORT_TENSORDECODING_H

#include "mlir/IR/BuiltinAttributeInterfaces.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstddef>

namespace onnx {
class TensorProto;
} // namespace onnx

namespace onnxc {

struct TensorDecodeOptions {
  /// Folder that external data locations are relative to.
  std::string modelDir;
  /// Tensors with more elements than this become `dense_resource` blobs
  /// (no uniquing, no copy of raw data); smaller ones stay `dense` so that
  /// folders can read them.
  int64_t resourceThreshold = 64;
};

/// Decodes a tensor from raw_data (little-endian), from the typed fields
/// (float_data, int32_data, ...) or from external data. `tensor` is taken
/// apart: its raw bytes move into the attribute instead of being copied.
/// Errors name the tensor and what is wrong.
llvm::Expected<mlir::ElementsAttr>
decodeTensor(onnx::TensorProto &tensor, mlir::MLIRContext *context,
             const TensorDecodeOptions &options);

/// Reverses the byte order of each `elementSize`-byte element in place.
void byteSwapElements(llvm::MutableArrayRef<char> data, size_t elementSize);

} // namespace onnxc

#endif // ONNXC_COMPILER_IMPORT_TENSORDECODING_H
