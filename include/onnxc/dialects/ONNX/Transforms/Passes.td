//===- Passes.td - Graph-level passes of the ONNX dialect -----------------===//

#ifndef ONNXC_ONNX_PASSES
#define ONNXC_ONNX_PASSES

include "mlir/Pass/PassBase.td"

def ONNXShapeInferencePass
    : Pass<"onnx-shape-inference", "::mlir::func::FuncOp"> {
  let summary = "Refine the result types of ONNX ops from their operands";
  let description = [{
    Walks the function in order (nested regions before the op that holds
    them), asks every op for its inferred result types and replaces each
    result type with the most specific type that agrees with both. A result
    type that contradicts the inferred one is an error at the op's location.
    The function's result types are updated to match its return operands.
  }];
  let dependentDialects = ["::onnxc::ONNXDialect"];
}

def ONNXSimplifyPass : Pass<"onnx-simplify", "::mlir::func::FuncOp"> {
  let summary = "Shape inference and constant folding to a fixed point";
  let description = [{
    Alternates shape inference with the folders and canonicalisation
    patterns of the ONNX dialect until nothing changes, so that shape
    computations on static shapes (Shape, Gather, Concat, Unsqueeze, ...)
    fold away and the ops that consume them (Reshape, Expand, ...) get static
    result types.
  }];
  let options = [
    Option<"maxIterations", "max-iterations", "unsigned", "8",
           "Rounds of inference and folding before giving up on a fixpoint">
  ];
  let dependentDialects = ["::onnxc::ONNXDialect"];
}

#endif // ONNXC_ONNX_PASSES
