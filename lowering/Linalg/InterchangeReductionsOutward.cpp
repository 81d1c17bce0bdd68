//===- InterchangeReductionsOutward.cpp - Contiguous innermost loops ------===//

#include "onnxc/lowering/Linalg/Passes.h"

#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace onnxc {
#define GEN_PASS_DEF_INTERCHANGEREDUCTIONSOUTWARDPASS
#include "onnxc/lowering/Linalg/Passes.h.inc"

/// Old loop dims in their new order: parallel dims, reduction dims, then the
/// parallel dim of the output's innermost index. Empty when nothing changes.
static SmallVector<unsigned> getLoopOrder(linalg::GenericOp op) {
  if (op.getNumReductionLoops() == 0 || op.getNumDpsInits() == 0) return {};
  AffineMap output = op.getMatchingIndexingMap(op.getDpsInitOperand(0));
  if (output.getNumResults() == 0) return {};
  auto innermost = dyn_cast<AffineDimExpr>(output.getResults().back());
  if (!innermost) return {};
  unsigned inner = innermost.getPosition();
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  if (iterators[inner] != utils::IteratorType::parallel) return {};
  SmallVector<unsigned> order;
  for (unsigned d = 0; d < iterators.size(); ++d)
    if (iterators[d] == utils::IteratorType::parallel && d != inner)
      order.push_back(d);
  for (unsigned d = 0; d < iterators.size(); ++d)
    if (iterators[d] == utils::IteratorType::reduction) order.push_back(d);
  order.push_back(inner);
  for (unsigned i = 0; i < order.size(); ++i)
    if (order[i] != i) return order;
  return {};
}

namespace {
struct InterchangeReductionsOutwardPass
    : impl::InterchangeReductionsOutwardPassBase<
          InterchangeReductionsOutwardPass> {
  void runOnOperation() override {
    SmallVector<linalg::LinalgOp> candidates;
    getOperation().walk([&](linalg::LinalgOp op) {
      if (op.getNumReductionLoops() > 0) candidates.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::LinalgOp op : candidates) {
      rewriter.setInsertionPoint(op);
      linalg::GenericOp generic = dyn_cast<linalg::GenericOp>(*op);
      if (!generic) {
        FailureOr<linalg::GenericOp> generalized =
            linalg::generalizeNamedOp(rewriter, op);
        if (failed(generalized)) continue;
        generic = *generalized;
      }
      SmallVector<unsigned> order = getLoopOrder(generic);
      if (order.empty()) continue;
      if (failed(linalg::interchangeGenericOp(rewriter, generic, order)))
        return signalPassFailure();
    }
  }
};
} // namespace

} // namespace onnxc
