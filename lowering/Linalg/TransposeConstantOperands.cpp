//===- TransposeConstantOperands.cpp - Constant B stored as [K, N] --------===//

#include "onnxc/lowering/Linalg/ConstantLayouts.h"
#include "onnxc/lowering/Linalg/Passes.h"

#include "mlir/Dialect/Linalg/Transforms/Transforms.h"

using namespace mlir;

namespace onnxc {
#define GEN_PASS_DEF_TRANSPOSECONSTANTOPERANDSPASS
#include "onnxc/lowering/Linalg/Passes.h.inc"

namespace {
struct TransposeConstantOperandsPass
    : impl::TransposeConstantOperandsPassBase<TransposeConstantOperandsPass> {
  void runOnOperation() override {
    SmallVector<linalg::LinalgOp> candidates;
    getOperation().walk([&](linalg::LinalgOp op) {
      if (op.hasPureTensorSemantics() && op.getNumDpsInputs() == 2 &&
          op.getNumDpsInits() == 1 && linalg::isaContractionOpInterface(op))
        candidates.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::LinalgOp op : candidates) rewrite(rewriter, op);
  }

  static void rewrite(IRRewriter &rewriter, linalg::LinalgOp op) {
    FailureOr<linalg::ContractionDimensions> dims =
        linalg::inferContractionDims(op);
    if (failed(dims) || dims->k.size() != 1) return;
    SmallVector<AffineMap> maps = op.getIndexingMapsArray();
    auto cols = dyn_cast<AffineDimExpr>(maps[2].getResults().back());
    if (!cols) return;
    unsigned k = dims->k.front(), n = cols.getPosition();
    MLIRContext *ctx = op.getContext();
    AffineExpr nExpr = getAffineDimExpr(n, ctx), kExpr = getAffineDimExpr(k, ctx);
    for (unsigned i = 0; i < 2; ++i) {
      AffineMap map = maps[i];
      if (map.getNumResults() != 2 || map.getResult(0) != nExpr ||
          map.getResult(1) != kExpr)
        continue;
      auto constant = op.getDpsInputs()[i].getDefiningOp<arith::ConstantOp>();
      auto value =
          constant ? dyn_cast<ElementsAttr>(constant.getValue()) : nullptr;
      auto type = constant ? dyn_cast<RankedTensorType>(constant.getType())
                           : nullptr;
      if (!value || !type || !type.hasStaticShape()) continue;
      ElementsAttr transposed = transposeConstant(value);
      if (!transposed) continue;
      auto transposedType = cast<RankedTensorType>(transposed.getType());

      rewriter.setInsertionPoint(op);
      auto generic = dyn_cast<linalg::GenericOp>(op.getOperation());
      if (!generic) {
        FailureOr<linalg::GenericOp> generalized =
            linalg::generalizeNamedOp(rewriter, op);
        if (failed(generalized)) return;
        generic = *generalized;
      }
      rewriter.setInsertionPoint(constant);
      Value replacement = arith::ConstantOp::create(
          rewriter, constant.getLoc(), transposedType,
          cast<TypedAttr>(transposed));
      maps[i] = AffineMap::get(map.getNumDims(), 0, {kExpr, nExpr}, ctx);
      rewriter.modifyOpInPlace(generic, [&] {
        generic->setOperand(i, replacement);
        generic.setIndexingMapsAttr(rewriter.getAffineMapArrayAttr(maps));
      });
      return;
    }
  }
};
} // namespace

} // namespace onnxc
