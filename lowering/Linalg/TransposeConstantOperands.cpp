//===- TransposeConstantOperands.cpp - Constant B stored as [K, N] --------===//

#include "onnxc/lowering/Linalg/Passes.h"

#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/DialectResourceBlobManager.h"

using namespace mlir;

namespace onnxc {
#define GEN_PASS_DEF_TRANSPOSECONSTANTOPERANDSPASS
#include "onnxc/lowering/Linalg/Passes.h.inc"

/// The bytes of a [rows, cols] matrix of `elementBytes`-byte elements,
/// transposed.
static std::vector<char> transposeBytes(ArrayRef<char> data, int64_t rows,
                                        int64_t cols, int64_t elementBytes) {
  std::vector<char> out(data.size());
  for (int64_t r = 0; r < rows; ++r)
    for (int64_t c = 0; c < cols; ++c)
      std::memcpy(&out[(c * rows + r) * elementBytes],
                  &data[(r * cols + c) * elementBytes], elementBytes);
  return out;
}

/// `value` transposed, as an attribute of type `type` ([cols, rows]); null
/// when its storage is not raw bytes of whole-byte elements.
static ElementsAttr transposeConstant(ElementsAttr value,
                                      RankedTensorType type) {
  auto source = cast<RankedTensorType>(value.getType());
  unsigned bits = source.getElementTypeBitWidth();
  if (bits % 8 != 0) return {};
  int64_t rows = source.getDimSize(0), cols = source.getDimSize(1);
  if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
    if (dense.isSplat()) return dense.resizeSplat(type);
    std::vector<char> bytes =
        transposeBytes(dense.getRawData(), rows, cols, bits / 8);
    return DenseElementsAttr::getFromRawBuffer(type, bytes);
  }
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value)) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob ||
        static_cast<int64_t>(blob->getData().size()) !=
            rows * cols * (bits / 8))
      return {};
    std::vector<char> bytes =
        transposeBytes(blob->getData(), rows, cols, bits / 8);
    AsmResourceBlob transposed = HeapAsmResourceBlob::allocateAndCopyWithAlign(
        bytes, blob->getDataAlignment());
    std::string name = (resource.getRawHandle().getKey() + "_t").str();
    return DenseResourceElementsAttr::get(type, name, std::move(transposed));
  }
  return {};
}

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
      auto transposedType = RankedTensorType::get(
          {type.getDimSize(1), type.getDimSize(0)}, type.getElementType());
      ElementsAttr transposed = transposeConstant(value, transposedType);
      if (!transposed) continue;

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
