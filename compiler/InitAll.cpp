//===- InitAll.cpp - Register every onnxc dialect and pass ----------------===//

#include "onnxc/compiler/InitAll.h"
#include "onnxc/compiler/Pipelines/Pipelines.h"
#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/dialects/ONNX/Transforms/Passes.h"
#include "onnxc/lowering/ONNXToLinalg/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Transforms/Passes.h"

namespace onnxc {

void registerAllDialects(mlir::DialectRegistry &registry) {
  registry.insert<ONNXDialect, mlir::func::FuncDialect,
                  mlir::arith::ArithDialect, mlir::tensor::TensorDialect,
                  mlir::linalg::LinalgDialect, mlir::math::MathDialect,
                  mlir::scf::SCFDialect, mlir::affine::AffineDialect,
                  mlir::bufferization::BufferizationDialect>();
}

void registerAllPasses() {
  registerONNXPasses();
  registerONNXToLinalgPasses();
  mlir::registerTransformsPasses();
  registerPipelines();
}

} // namespace onnxc
