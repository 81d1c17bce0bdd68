//===- TileContractions.cpp - Register blocks on a parallel loop ----------===//

#include "onnxc/lowering/Linalg/Passes.h"
#include "onnxc/lowering/Linalg/RegisterContraction.h"

#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

using namespace mlir;

namespace onnxc {
#define GEN_PASS_DEF_TILECONTRACTIONSPASS
#include "onnxc/lowering/Linalg/Passes.h.inc"

/// Rows per block for a dim of `extent` rows: the largest size from
/// `maxRows` down to half of it that divides a static extent, so there is no
/// partial block; the extent itself when it is smaller.
static int64_t chooseRowBlock(int64_t extent, int64_t maxRows) {
  if (ShapedType::isDynamic(extent)) return maxRows;
  if (extent <= maxRows) return extent;
  for (int64_t rows = maxRows; rows * 2 >= maxRows; --rows)
    if (extent % rows == 0) return rows;
  return maxRows;
}

/// Whether `value` is the result of a contraction that gets register tiles.
static bool isRegisterContractionResult(Value value) {
  auto op = value.getDefiningOp<linalg::LinalgOp>();
  return op && matchRegisterContraction(op).has_value();
}

/// The elementwise op that is the only user of `op`'s result, when it can
/// be computed on the kernel's accumulators: all parallel, reading the
/// result and writing its outputs through identity maps, with a body of
/// elementwise arithmetic.
static linalg::GenericOp findEpilogue(linalg::LinalgOp op) {
  Value result = op->getResult(0);
  if (!result.hasOneUse()) return {};
  OpOperand &use = *result.getUses().begin();
  auto consumer = dyn_cast<linalg::GenericOp>(use.getOwner());
  if (!consumer || !consumer.hasPureTensorSemantics() ||
      consumer.getNumReductionLoops() != 0 || !consumer.isDpsInput(&use) ||
      !consumer.getMatchingIndexingMap(&use).isIdentity())
    return {};
  for (OpOperand &init : consumer.getDpsInitsMutable())
    if (!consumer.getMatchingIndexingMap(&init).isIdentity()) return {};
  for (Operation &bodyOp : consumer.getBody()->without_terminator())
    if (!OpTrait::hasElementwiseMappableTraits(&bodyOp) &&
        !isa<arith::ConstantOp>(bodyOp))
      return {};
  return consumer;
}

namespace {
struct TileContractionsPass
    : impl::TileContractionsPassBase<TileContractionsPass> {
  using Base::Base;

  void runOnOperation() override {
    if (tileRows == 0 || tileCols == 0) {
      getOperation().emitError("tile-rows and tile-cols must be positive");
      return signalPassFailure();
    }
    // An elementwise consumer of a convolution sees it through
    // expand_shape ([N, F, OH*OW] -> [N, F, OH, OW]); collapse the consumer
    // instead, so that it can become the kernel's epilogue.
    RewritePatternSet patterns(&getContext());
    linalg::populateFoldReshapeOpsByCollapsingPatterns(
        patterns, [](OpOperand *operand) {
          auto expand = operand->get().getDefiningOp<tensor::ExpandShapeOp>();
          return expand && isRegisterContractionResult(expand.getSrc()) &&
                 expand.getSrc().hasOneUse() &&
                 isa<linalg::GenericOp>(operand->getOwner());
        });
    tensor::ExpandShapeOp::getCanonicalizationPatterns(patterns, &getContext());
    tensor::CollapseShapeOp::getCanonicalizationPatterns(patterns,
                                                         &getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();

    SmallVector<std::pair<linalg::LinalgOp, RegisterContraction>> work;
    getOperation().walk([&](linalg::LinalgOp op) {
      if (auto roles = matchRegisterContraction(op))
        work.emplace_back(op, *roles);
    });
    IRRewriter rewriter(&getContext());
    for (auto &[op, roles] : work)
      if (failed(tile(rewriter, op, roles))) return signalPassFailure();
  }

  LogicalResult tile(IRRewriter &rewriter, linalg::LinalgOp op,
                     const RegisterContraction &roles) {
    MLIRContext *ctx = &getContext();
    SmallVector<int64_t> ranges = op.getStaticLoopRanges();
    int64_t rowBlock = chooseRowBlock(ranges[roles.rows], tileRows);
    SmallVector<OpFoldResult> sizes;
    SmallVector<int64_t> order;
    for (unsigned d = 0; d < ranges.size(); ++d) {
      int64_t size = d == roles.reduction ? 0
                     : d == roles.rows    ? rowBlock
                     : d == roles.cols    ? static_cast<int64_t>(tileCols)
                                          : 1;
      sizes.push_back(rewriter.getIndexAttr(size));
      if (d != roles.rows && d != roles.cols && d != roles.reduction)
        order.push_back(d);
    }
    // Column blocks outside row blocks: a panel of B is reused by every row
    // block before the next is loaded.
    order.append({roles.cols, roles.rows, roles.reduction});
    op->setAttr(kRegisterTileAttr,
                DenseI64ArrayAttr::get(
                    ctx, {rowBlock, static_cast<int64_t>(tileCols)}));

    // With an epilogue, the epilogue is tiled (its loops are the output
    // dims of the contraction) and the contraction fused into its tiles.
    Operation *root = op;
    if (linalg::GenericOp epilogue = findEpilogue(op)) {
      AffineMap output = op.getIndexingMapsArray()[2];
      SmallVector<OpFoldResult> epilogueSizes;
      SmallVector<int64_t> epilogueOrder, last(2);
      for (unsigned i = 0; i < output.getNumResults(); ++i) {
        unsigned d = output.getDimPosition(i);
        epilogueSizes.push_back(sizes[d]);
        if (d == roles.cols) last[0] = i;
        else if (d == roles.rows) last[1] = i;
        else epilogueOrder.push_back(i);
      }
      epilogueOrder.append(last);
      sizes = epilogueSizes;
      order = epilogueOrder;
      epilogue->setAttr(kEpilogueAttr, UnitAttr::get(ctx));
      root = epilogue;
    }

    scf::SCFTilingOptions tiling;
    tiling.setLoopType(scf::SCFTilingOptions::LoopType::ForallOp)
        .setTileSizes(sizes)
        .setInterchange(order);
    scf::SCFTileAndFuseOptions options;
    options.setTilingOptions(tiling);
    // The contraction (when an epilogue is the root) and a fill of its
    // output are fused into each tile; the fill becomes the kernel's
    // initial accumulator value.
    Operation *contraction = op;
    options.setFusionControlFn(
        [contraction](tensor::ExtractSliceOp, OpResult producer, bool)
            -> std::optional<scf::SCFTileAndFuseOptions::ControlFnResult> {
          if (producer.getOwner() == contraction ||
              isa<linalg::FillOp>(producer.getOwner()))
            return scf::SCFTileAndFuseOptions::ControlFnResult{};
          return std::nullopt;
        });
    rewriter.setInsertionPoint(root);
    FailureOr<scf::SCFTileAndFuseResult> tiled =
        scf::tileConsumerAndFuseProducersUsingSCF(
            rewriter, cast<TilingInterface>(root), options);
    if (failed(tiled))
      return op.emitError("cannot tile this contraction into register blocks");
    for (OpResult result : root->getResults())
      if (Value replacement = tiled->replacements.lookup(result))
        rewriter.replaceAllUsesWith(result, replacement);
    if (root->use_empty()) rewriter.eraseOp(root);
    if (root != op && op->use_empty()) rewriter.eraseOp(op);
    return success();
  }
};
} // namespace

} // namespace onnxc
