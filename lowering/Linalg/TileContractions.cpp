//===- TileContractions.cpp - Register blocks on a parallel loop ----------===//

#include "onnxc/lowering/Linalg/Passes.h"
#include "onnxc/lowering/Linalg/RegisterContraction.h"

#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
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

/// Columns per block of a matrix product with `extent` columns: the tile
/// columns, or half of them when that leaves fewer columns unused in the
/// last, partial block (196 columns: 13 blocks of 16 rather than 7 of 32),
/// with twice the rows, to keep as many accumulators. Narrower blocks lose
/// more to the loads of A than they save.
static std::pair<int64_t, int64_t> chooseProductBlock(int64_t rows,
                                                      int64_t extent,
                                                      int64_t maxRows,
                                                      int64_t maxCols) {
  int64_t cols = maxCols;
  if (!ShapedType::isDynamic(extent)) {
    auto unused = [&](int64_t c) { return llvm::divideCeil(extent, c) * c - extent; };
    if (maxCols >= 16 && unused(maxCols / 2) < unused(maxCols))
      cols = maxCols / 2;
  }
  int64_t rowLimit = maxRows * maxCols / cols;
  return {chooseRowBlock(rows, rowLimit), cols};
}

/// Columns per block of a depthwise convolution: the tile columns, or,
/// for narrower images, the width rounded up to a multiple of 8 (a vector
/// no wider than needed).
static int64_t chooseDepthwiseColumns(int64_t width, int64_t maxCols) {
  if (ShapedType::isDynamic(width) || width >= maxCols) return maxCols;
  return std::max<int64_t>(8, llvm::alignTo(width, 8));
}

/// The register block of an op: its row and column loops and their sizes.
struct RegisterBlock {
  unsigned rows, cols;
  int64_t rowBlock, colBlock;
};

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
  // The body runs on whole vectors, including the padding lanes of a
  // partial tile: ops that may trap there (integer division by a zero lane)
  // keep the epilogue a separate op.
  for (Operation &bodyOp : consumer.getBody()->without_terminator())
    if (!isa<arith::ConstantOp>(bodyOp) &&
        (!OpTrait::hasElementwiseMappableTraits(&bodyOp) ||
         !isPure(&bodyOp) ||
         !isSpeculatable(&bodyOp)))
      return {};
  return consumer;
}

namespace {
struct TileContractionsPass
    : impl::TileContractionsPassBase<TileContractionsPass> {
  using Base::Base;

  void runOnOperation() override {
    if (tileRows == 0 || !llvm::isPowerOf2_32(tileCols)) {
      getOperation().emitError(
          "tile-rows must be positive and tile-cols a power of two");
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

    SmallVector<std::pair<linalg::LinalgOp, RegisterBlock>> work;
    getOperation().walk([&](linalg::LinalgOp op) {
      SmallVector<int64_t> ranges = op.getStaticLoopRanges();
      if (auto roles = matchRegisterContraction(op)) {
        auto [rowBlock, colBlock] = chooseProductBlock(
            ranges[roles->rows], ranges[roles->cols], tileRows, tileCols);
        work.push_back({op, {roles->rows, roles->cols, rowBlock, colBlock}});
      } else if (auto conv = matchRegisterDepthwise(op)) {
        work.push_back({op,
                        {conv->rows, conv->cols,
                         chooseRowBlock(ranges[conv->rows], tileRows),
                         chooseDepthwiseColumns(ranges[conv->cols],
                                                tileCols)}});
      }
    });
    IRRewriter rewriter(&getContext());
    for (auto &[op, block] : work)
      if (failed(tile(rewriter, op, block))) return signalPassFailure();
  }

  LogicalResult tile(IRRewriter &rewriter, linalg::LinalgOp op,
                     const RegisterBlock &block) {
    MLIRContext *ctx = &getContext();
    SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
    SmallVector<OpFoldResult> sizes;
    SmallVector<int64_t> order, reductions;
    for (unsigned d = 0; d < iterators.size(); ++d) {
      bool reduction = iterators[d] == utils::IteratorType::reduction;
      int64_t size = reduction            ? 0
                     : d == block.rows    ? block.rowBlock
                     : d == block.cols    ? block.colBlock
                                          : 1;
      sizes.push_back(rewriter.getIndexAttr(size));
      if (reduction) reductions.push_back(d);
      else if (d != block.rows && d != block.cols) order.push_back(d);
    }
    // Column blocks outside row blocks: a panel of B is reused by every row
    // block before the next is loaded.
    order.append({block.cols, block.rows});
    order.append(reductions);
    op->setAttr(kRegisterTileAttr,
                DenseI64ArrayAttr::get(ctx, {block.rowBlock, block.colBlock}));

    // With an epilogue, the epilogue is tiled (its loops are the output
    // dims of the contraction) and the contraction fused into its tiles.
    Operation *root = op;
    if (linalg::GenericOp epilogue = findEpilogue(op)) {
      AffineMap output = op.getIndexingMapsArray().back();
      SmallVector<OpFoldResult> epilogueSizes;
      SmallVector<int64_t> epilogueOrder, last(2);
      for (unsigned i = 0; i < output.getNumResults(); ++i) {
        unsigned d = output.getDimPosition(i);
        epilogueSizes.push_back(sizes[d]);
        if (d == block.cols) last[0] = i;
        else if (d == block.rows) last[1] = i;
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
      return op.emitError("cannot tile this op into register blocks");
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
