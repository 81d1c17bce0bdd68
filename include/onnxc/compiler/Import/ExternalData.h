//===- ExternalData.h - Tensors stored outside the model file ---*- C++ -*-===//

#ifndef ONNXC_COMPILER_IMPORT_EXTERNALDATA_H
#define ONNXC_COMPILER_IMPORT_EXTERNALDATA_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <memory>
#include <string>

namespace onnx {
class TensorProto;
} // namespace onnx

namespace onnxc {

/// Checks an external data `location` and returns the file path it names.
/// The location must be relative, must not leave the model's folder (no `..`
/// component) and must name an existing file.
llvm::Expected<std::string> resolveExternalDataPath(llvm::StringRef modelDir,
                                                    llvm::StringRef location,
                                                    llvm::StringRef tensorName);

/// Reads the bytes of a tensor whose data_location is EXTERNAL (keys
/// `location`, `offset`, `length`), checking the range against the file.
llvm::Expected<std::unique_ptr<std::string>>
readExternalData(const onnx::TensorProto &tensor, llvm::StringRef modelDir);

} // namespace onnxc

#endif // ONNXC_COMPILER_IMPORT_EXTERNALDATA_H
