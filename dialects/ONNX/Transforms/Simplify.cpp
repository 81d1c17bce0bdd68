//===- Simplify.cpp - Shape inference and folding to a fixed point --------===//

#include "onnxc/dialects/ONNX/Transforms/Passes.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/Rewrite/FrozenRewritePatternSet.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

using namespace mlir;

namespace onnxc {
#define GEN_PASS_DEF_ONNXSIMPLIFYPASS
#include "onnxc/dialects/ONNX/Transforms/Passes.h.inc"

namespace {
struct ONNXSimplifyPass : impl::ONNXSimplifyPassBase<ONNXSimplifyPass> {
  using Base::Base;

  LogicalResult initialize(MLIRContext *context) override {
    RewritePatternSet set(context);
    auto *dialect = context->getLoadedDialect<ONNXDialect>();
    for (RegisteredOperationName op : context->getRegisteredOperations())
      if (&op.getDialect() == dialect)
        op.getCanonicalizationPatterns(set, context);
    patterns = FrozenRewritePatternSet(std::move(set));
    return success();
  }

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    for (unsigned round = 0; round < maxIterations; ++round) {
      bool refined;
      if (failed(refineTypes(func, refined))) return signalPassFailure();
      bool rewritten = false;
      if (failed(applyPatternsGreedily(func, patterns,
                                       GreedyRewriteConfig(), &rewritten)))
        return signalPassFailure();
      if (!refined && !rewritten) return;
    }
  }

  FrozenRewritePatternSet patterns;
};
} // namespace

} // namespace onnxc
