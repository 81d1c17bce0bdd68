//===- Passes.td - Transformations on linalg ------------------------------===//

#ifndef ONNXC_LINALG_PASSES
#define ONNXC_LINALG_PASSES

include "mlir/Pass/PassBase.td"

def InterchangeReductionsOutwardPass
    : Pass<"onnxc-interchange-reductions-outward", "::mlir::func::FuncOp"> {
  let summary = "Order the loops of reductions so the innermost is contiguous";
  let description = [{
    Generalises every linalg op that has reduction iterators and permutes its
    loops to: the parallel dims, the reduction dims, then the parallel dim
    that indexes the output's innermost dim. A matmul runs as (m, k, n) and a
    convolution with its output width innermost, so the loops that the
    lowering to LLVM produces walk memory contiguously and vectorise. Each
    output element still sums its terms in the same order, so results do not
    change.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

#endif // ONNXC_LINALG_PASSES
