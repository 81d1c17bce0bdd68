//===- TileContractions.cpp - Register blocks on a parallel loop ----------===//

#include "onnxc/lowering/Linalg/Passes.h"
#include "onnxc/lowering/Linalg/RegisterContraction.h"

#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/IR/PatternMatch.h"

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

namespace {
struct TileContractionsPass
    : impl::TileContractionsPassBase<TileContractionsPass> {
  using Base::Base;

  void runOnOperation() override {
    if (tileRows == 0 || tileCols == 0) {
      getOperation().emitError("tile-rows and tile-cols must be positive");
      return signalPassFailure();
    }
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
    SmallVector<int64_t> order, inner;
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

    scf::SCFTilingOptions tiling;
    tiling.setLoopType(scf::SCFTilingOptions::LoopType::ForallOp)
        .setTileSizes(sizes)
        .setInterchange(order);
    scf::SCFTileAndFuseOptions options;
    options.setTilingOptions(tiling);
    // Only a fill of the output is worth repeating per tile: it becomes the
    // kernel's initial accumulator value.
    options.setFusionControlFn(
        [](tensor::ExtractSliceOp, OpResult producer,
           bool) -> std::optional<scf::SCFTileAndFuseOptions::ControlFnResult> {
          if (isa<linalg::FillOp>(producer.getOwner()))
            return scf::SCFTileAndFuseOptions::ControlFnResult{};
          return std::nullopt;
        });
    rewriter.setInsertionPoint(op);
    FailureOr<scf::SCFTileAndFuseResult> tiled =
        scf::tileConsumerAndFuseProducersUsingSCF(
            rewriter, cast<TilingInterface>(op.getOperation()), options);
    if (failed(tiled))
      return op.emitError("cannot tile this contraction into register blocks");
    for (OpResult result : op->getResults())
      if (Value replacement = tiled->replacements.lookup(result))
        rewriter.replaceAllUsesWith(result, replacement);
    if (op->use_empty()) rewriter.eraseOp(op);
    return success();
  }
};
} // namespace

} // namespace onnxc
