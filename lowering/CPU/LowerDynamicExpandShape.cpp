//===- LowerDynamicExpandShape.cpp - expand_shape -> reinterpret_cast -----===//

#include "onnxc/lowering/CPU/Passes.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

using namespace mlir;

namespace onnxc {
#define GEN_PASS_DEF_LOWERDYNAMICEXPANDSHAPEPASS
#include "onnxc/lowering/CPU/Passes.h.inc"

namespace {
struct ExpandShapeToReinterpretCast
    : OpRewritePattern<memref::ExpandShapeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(memref::ExpandShapeOp op,
                                PatternRewriter &rewriter) const override {
    MemRefType source = op.getSrcType(), result = op.getResultType();
    if (!source.getLayout().isIdentity() || !result.getLayout().isIdentity())
      return rewriter.notifyMatchFailure(op, "needs identity layouts");
    bool severalDynamic = llvm::any_of(
        op.getReassociationIndices(), [&](const ReassociationIndices &group) {
          return llvm::count_if(group, [&](int64_t d) {
                   return result.isDynamicDim(d);
                 }) > 1;
        });
    if (!severalDynamic)
      return rewriter.notifyMatchFailure(op, "no group with two dynamic dims");
    Location loc = op.getLoc();
    SmallVector<OpFoldResult> sizes = op.getMixedOutputShape();
    SmallVector<OpFoldResult> strides(sizes.size());
    OpFoldResult running = rewriter.getIndexAttr(1);
    AffineExpr s0, s1;
    bindSymbols(rewriter.getContext(), s0, s1);
    for (int64_t i = sizes.size() - 1; i >= 0; --i) {
      strides[i] = running;
      running = affine::makeComposedFoldedAffineApply(rewriter, loc, s0 * s1,
                                                      {running, sizes[i]});
    }
    rewriter.replaceOpWithNewOp<memref::ReinterpretCastOp>(
        op, result, op.getSrc(), rewriter.getIndexAttr(0), sizes, strides);
    return success();
  }
};

struct LowerDynamicExpandShapePass
    : impl::LowerDynamicExpandShapePassBase<LowerDynamicExpandShapePass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<ExpandShapeToReinterpretCast>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace

} // namespace onnxc
