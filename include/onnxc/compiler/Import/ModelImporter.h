//===- ModelImporter.h - ONNX models -> the onnx dialect --------*- C++ -*-===//

#ifndef ONNXC_COMPILER_IMPORT_MODELIMPORTER_H
#define ONNXC_COMPILER_IMPORT_MODELIMPORTER_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/StringRef.h"

namespace onnx {
class ModelProto;
} // namespace onnx

namespace onnxc {

struct ImportOptions {
  /// Tensors with more elements than this become dense_resource blobs.
  int64_t resourceThreshold = 64;
};

/// Reads a model from a binary .onnx file, or from the ONNX textual syntax
/// when the file name ends in .onnxtxt or .txt. Diagnostics name the file.
mlir::OwningOpRef<mlir::ModuleOp> importModelFile(llvm::StringRef path,
                                                  mlir::MLIRContext *context,
                                                  const ImportOptions &options);

/// Imports a parsed model; `path` names it in locations and diagnostics and
/// its folder anchors external data. The model's weights are moved out.
mlir::OwningOpRef<mlir::ModuleOp> importModel(onnx::ModelProto &model,
                                              llvm::StringRef path,
                                              mlir::MLIRContext *context,
                                              const ImportOptions &options);

} // namespace onnxc

#endif // ONNXC_COMPILER_IMPORT_MODELIMPORTER_H
