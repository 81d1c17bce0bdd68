//===- RegisterContraction.cpp - Contractions with register kernels -------===//

#include "onnxc/lowering/Linalg/RegisterContraction.h"

using namespace mlir;

namespace onnxc {

/// The loop dim of `map`'s last result, when it is a plain dim.
static std::optional<unsigned> innermostDim(AffineMap map) {
  if (map.getNumResults() == 0) return std::nullopt;
  auto dim = dyn_cast<AffineDimExpr>(map.getResults().back());
  if (!dim) return std::nullopt;
  return dim.getPosition();
}

std::optional<RegisterContraction>
matchRegisterContraction(linalg::LinalgOp op) {
  if (!op.hasPureTensorSemantics() || op.getNumDpsInputs() != 2 ||
      op.getNumDpsInits() != 1 || op->getNumResults() != 1)
    return std::nullopt;
  for (Value operand : op->getOperands()) {
    auto type = dyn_cast<RankedTensorType>(operand.getType());
    if (!type || !type.getElementType().isF32()) return std::nullopt;
  }
  if (!linalg::isaContractionOpInterface(op)) return std::nullopt;
  FailureOr<linalg::ContractionDimensions> dims =
      linalg::inferContractionDims(op);
  if (failed(dims) || dims->k.size() != 1 || dims->m.empty() ||
      dims->n.empty())
    return std::nullopt;

  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  std::optional<unsigned> cols = innermostDim(maps[2]);
  if (!cols || !llvm::is_contained(dims->n, *cols)) return std::nullopt;
  RegisterContraction roles;
  roles.cols = *cols;
  roles.reduction = dims->k.front();
  // B is the input indexed by n; n must be its innermost dim too.
  unsigned rhs = maps[0].isFunctionOfDim(*cols) ? 0 : 1;
  if (innermostDim(maps[rhs]) != cols) return std::nullopt;
  roles.rhs = rhs;
  roles.lhs = 1 - rhs;
  // The rows: the m dim that indexes the output closest to its end.
  std::optional<unsigned> rows;
  for (AffineExpr result : maps[2].getResults()) {
    auto dim = dyn_cast<AffineDimExpr>(result);
    if (dim && llvm::is_contained(dims->m, dim.getPosition()))
      rows = dim.getPosition();
  }
  if (!rows) return std::nullopt;
  roles.rows = *rows;
  return roles;
}

std::optional<RegisterDepthwise>
matchRegisterDepthwise(linalg::LinalgOp op) {
  auto conv = dyn_cast<linalg::DepthwiseConv2DNchwChwOp>(op.getOperation());
  if (!conv || !conv.hasPureTensorSemantics()) return std::nullopt;
  for (Value operand : op->getOperands()) {
    auto type = dyn_cast<RankedTensorType>(operand.getType());
    if (!type || !type.getElementType().isF32()) return std::nullopt;
  }
  auto filter = cast<RankedTensorType>(conv.getInputs()[1].getType());
  if (!filter.hasStaticShape() ||
      !llvm::all_of(conv.getDilations().getValues<int64_t>(),
                    [](int64_t d) { return d == 1; }))
    return std::nullopt;
  int64_t colStride = *std::next(conv.getStrides().getValues<int64_t>().begin());
  if (colStride != 1 && colStride != 2) return std::nullopt;
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  // output (n, c, oh, ow), filter (c, kh, kw).
  RegisterDepthwise roles;
  roles.channels = maps[2].getDimPosition(1);
  roles.rows = maps[2].getDimPosition(2);
  roles.cols = maps[2].getDimPosition(3);
  roles.windowRows = maps[1].getDimPosition(1);
  roles.windowCols = maps[1].getDimPosition(2);
  roles.colStride = colStride;
  return roles;
}

} // namespace onnxc
