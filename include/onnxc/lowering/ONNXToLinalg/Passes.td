//===- Passes.td - ONNX to linalg conversion ------------------------------===//

#ifndef ONNXC_ONNXTOLINALG_PASSES
#define ONNXC_ONNXTOLINALG_PASSES

include "mlir/Pass/PassBase.td"

def ConvertONNXToLinalgPass
    : Pass<"convert-onnx-to-linalg", "::mlir::ModuleOp"> {
  let summary = "Lower the onnx dialect to linalg, tensor, arith and math";
  let description = [{
    Rewrites every onnx op into linalg named ops where one fits (matmul,
    batch_matmul, convolution, pooling), linalg.generic otherwise (with numpy
    broadcasting expressed in indexing maps), tensor ops for data movement and
    arith/math for scalars. Unsigned integer tensors become signless ones.
    Dynamic dims flow as `?` with `tensor.dim`. Every op that cannot be
    lowered is reported at its ONNX node, all in one run.

    What the types cannot prove is checked at run time (Gather indices in
    range, dynamic dims of broadcasting operands equal): a failed check calls
    the runtime's `onnxc_rt_fail` (a `func.func` declaration, its message an
    `llvm.mlir.global` string) and the run returns an error.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::math::MathDialect",
    "::mlir::tensor::TensorDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::affine::AffineDialect",
    "::mlir::bufferization::BufferizationDialect",
    "::mlir::func::FuncDialect",
    "::mlir::LLVM::LLVMDialect",
  ];
}

#endif // ONNXC_ONNXTOLINALG_PASSES
