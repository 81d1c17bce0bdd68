//===- ModelABI.h - The C ABI of a compiled model ---------------*- C++ -*-===//

#ifndef ONNXC_COMPILER_TARGET_MODELABI_H
#define ONNXC_COMPILER_TARGET_MODELABI_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace onnxc {

struct ValueSignature {
  std::string name;
  int32_t dtype;
  /// -1 for dynamic dims.
  llvm::SmallVector<int64_t> shape;
};

struct ModelSignature {
  std::vector<ValueSignature> inputs, outputs;
};

/// Reads `main_graph`'s inputs and outputs (ONNX names, ONNX data types,
/// shapes) while the module is still at the onnx or linalg phase. Fails with
/// a diagnostic for ranks above ONNXC_MAX_RANK or types without an ONNX dtype.
mlir::FailureOr<ModelSignature> getModelSignature(mlir::ModuleOp module);

/// Makes `module` (the LLVM IR of a model) a library: links the runtime stub
/// into it, adds the model's description and the entry points named
/// PREFIX_session_create, PREFIX_run, ... and makes every other symbol
/// internal. The description names `targetCPU` and `targetFeatures` (see
/// getTargetFeatureList), which PREFIX_session_create checks against the CPU
/// it runs on; the entry points are compiled for the baseline x86-64 like
/// the stub, so that check itself runs on any CPU.
mlir::LogicalResult addModelABI(llvm::Module &module,
                                const ModelSignature &signature,
                                llvm::StringRef prefix,
                                llvm::StringRef targetCPU,
                                llvm::StringRef targetFeatures,
                                std::string &error);

/// Writes the per-model C header declaring the entry points.
void writeModelHeader(llvm::raw_ostream &os, const ModelSignature &signature,
                      llvm::StringRef prefix);

/// A C identifier from a library file name: "libresnet-50.so" -> "resnet_50".
std::string getDefaultPrefix(llvm::StringRef outputPath);

} // namespace onnxc

#endif // ONNXC_COMPILER_TARGET_MODELABI_H
