//===- InitAll.cpp - Register every onnxc dialect and pass ----------------===//

#include "onnxc/compiler/InitAll.h"
#include "onnxc/compiler/Pipelines/Pipelines.h"
#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/dialects/ONNX/Transforms/Passes.h"
#include "onnxc/lowering/CPU/Passes.h"
#include "onnxc/lowering/Linalg/Passes.h"
#include "onnxc/lowering/ONNXToLinalg/Passes.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"

namespace onnxc {

void registerAllDialects(mlir::DialectRegistry &registry) {
  registry.insert<ONNXDialect>();
  // The upstream dialects, their bufferization and to-LLVM interfaces, and
  // the LLVM IR translations that the later phases use.
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  mlir::registerBuiltinDialectTranslation(registry);
  mlir::registerLLVMDialectTranslation(registry);
}

void registerAllPasses() {
  registerONNXPasses();
  registerONNXToLinalgPasses();
  registerCPUPasses();
  registerLinalgPasses();
  mlir::registerAllPasses();
  registerPipelines();
}

} // namespace onnxc
