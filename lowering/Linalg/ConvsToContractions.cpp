//===- ConvsToContractions.cpp - 2-D convolutions as matrix products ------===//

#include "onnxc/lowering/Linalg/Passes.h"

#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace onnxc {
#define GEN_PASS_DEF_CONVSTOCONTRACTIONSPASS
#include "onnxc/lowering/Linalg/Passes.h.inc"

/// out[n, f, p] += W[f, k] * X[n, k, p] into the convolution's output
/// viewed as [N, F, OH*OW], then viewed back as [N, F, OH, OW].
static Value buildProduct(RewriterBase &rewriter, linalg::Conv2DNchwFchwOp conv,
                          Value w, Value x) {
  MLIRContext *context = rewriter.getContext();
  Location loc = conv.getLoc();
  Value init = conv.getOutputs()[0];
  auto initType = cast<RankedTensorType>(init.getType());
  SmallVector<ReassociationIndices> image{{0}, {1}, {2, 3}};
  Value acc = tensor::CollapseShapeOp::create(rewriter, loc, init, image);
  AffineExpr n, f, p, k;
  bindDims(context, n, f, p, k);
  SmallVector<AffineMap> maps{AffineMap::get(4, 0, {f, k}, context),
                              AffineMap::get(4, 0, {n, k, p}, context),
                              AffineMap::get(4, 0, {n, f, p}, context)};
  SmallVector<utils::IteratorType> iterators(3, utils::IteratorType::parallel);
  iterators.push_back(utils::IteratorType::reduction);
  Value product =
      linalg::GenericOp::create(
          rewriter, loc, TypeRange{acc.getType()}, ValueRange{w, x},
          ValueRange{acc}, maps, iterators,
          [](OpBuilder &b, Location bodyLoc, ValueRange args) {
            Value mul = arith::MulFOp::create(b, bodyLoc, args[0], args[1]);
            linalg::YieldOp::create(
                b, bodyLoc, arith::AddFOp::create(b, bodyLoc, args[2], mul)
                                .getResult());
          })
          .getResult(0);
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(rewriter, loc, init);
  return tensor::ExpandShapeOp::create(rewriter, loc, initType, product, image,
                                       sizes);
}

/// A 1x1 convolution with unit strides: out[n, f, p] += W[f, c] * X[n, c, p]
/// over the collapsed spatial dims p = h * W + w. Null when `conv` is not
/// one.
static Value rewriteUnitConv(RewriterBase &rewriter,
                             linalg::Conv2DNchwFchwOp conv) {
  Value input = conv.getInputs()[0], filter = conv.getInputs()[1];
  auto filterType = cast<RankedTensorType>(filter.getType());
  if (!isa<RankedTensorType>(conv.getOutputs()[0].getType()) ||
      filterType.getDimSize(2) != 1 ||
      filterType.getDimSize(3) != 1 ||
      !llvm::all_of(conv.getStrides().getValues<int64_t>(),
                    [](int64_t s) { return s == 1; }))
    return Value();

  Location loc = conv.getLoc();
  SmallVector<ReassociationIndices> image{{0}, {1}, {2, 3}};
  SmallVector<ReassociationIndices> weights{{0}, {1, 2, 3}};
  Value x = tensor::CollapseShapeOp::create(rewriter, loc, input, image);
  Value w = tensor::CollapseShapeOp::create(rewriter, loc, filter, weights);
  return buildProduct(rewriter, conv, w, x);
}

/// Any other convolution through im2col: the patches of the input, as
/// col[n, c, kh, kw, oh, ow] = X[n, c, oh * sh + kh * dh, ow * sw + kw * dw]
/// (a copy whose innermost dim is contiguous in the result), viewed as
/// [N, C*KH*KW, OH*OW] and multiplied by the filter viewed as [F, C*KH*KW].
/// The batch may be dynamic; the other dims must be static.
static Value rewriteIm2ColConv(RewriterBase &rewriter,
                               linalg::Conv2DNchwFchwOp conv) {
  Value input = conv.getInputs()[0], filter = conv.getInputs()[1];
  Value init = conv.getOutputs()[0];
  auto inputType = cast<RankedTensorType>(input.getType());
  auto filterType = cast<RankedTensorType>(filter.getType());
  auto initType = dyn_cast<RankedTensorType>(init.getType());
  if (!initType || !filterType.hasStaticShape() ||
      ShapedType::isDynamicShape(inputType.getShape().drop_front()) ||
      ShapedType::isDynamicShape(initType.getShape().drop_front()))
    return Value();
  SmallVector<int64_t> strides =
      llvm::to_vector(conv.getStrides().getValues<int64_t>());
  SmallVector<int64_t> dilations =
      llvm::to_vector(conv.getDilations().getValues<int64_t>());

  MLIRContext *context = rewriter.getContext();
  Location loc = conv.getLoc();
  Type elementType = initType.getElementType();
  int64_t c = filterType.getDimSize(1), kh = filterType.getDimSize(2),
          kw = filterType.getDimSize(3);
  int64_t oh = initType.getDimSize(2), ow = initType.getDimSize(3);
  SmallVector<OpFoldResult> colSizes{
      tensor::getMixedSize(rewriter, loc, input, 0), rewriter.getIndexAttr(c),
      rewriter.getIndexAttr(kh), rewriter.getIndexAttr(kw),
      rewriter.getIndexAttr(oh), rewriter.getIndexAttr(ow)};
  Value colInit =
      tensor::EmptyOp::create(rewriter, loc, colSizes, elementType);
  AffineExpr n, ch, i, j, y, x;
  bindDims(context, n, ch, i, j, y, x);
  SmallVector<AffineMap> copyMaps{
      AffineMap::get(6, 0,
                     {n, ch, y * strides[0] + i * dilations[0],
                      x * strides[1] + j * dilations[1]},
                     context),
      AffineMap::getMultiDimIdentityMap(6, context)};
  Value patches =
      linalg::GenericOp::create(
          rewriter, loc, TypeRange{colInit.getType()}, ValueRange{input},
          ValueRange{colInit}, copyMaps,
          SmallVector<utils::IteratorType>(6, utils::IteratorType::parallel),
          [](OpBuilder &b, Location bodyLoc, ValueRange args) {
            linalg::YieldOp::create(b, bodyLoc, args[0]);
          })
          .getResult(0);
  SmallVector<ReassociationIndices> colGroups{{0}, {1, 2, 3}, {4, 5}};
  Value col =
      tensor::CollapseShapeOp::create(rewriter, loc, patches, colGroups);
  SmallVector<ReassociationIndices> weights{{0}, {1, 2, 3}};
  Value w = tensor::CollapseShapeOp::create(rewriter, loc, filter, weights);
  return buildProduct(rewriter, conv, w, col);
}

namespace {
struct ConvsToContractionsPass
    : impl::ConvsToContractionsPassBase<ConvsToContractionsPass> {
  void runOnOperation() override {
    SmallVector<linalg::Conv2DNchwFchwOp> convs;
    getOperation().walk([&](linalg::Conv2DNchwFchwOp conv) {
      // Float tensors only: the contraction's body is mulf/addf.
      auto type = dyn_cast<RankedTensorType>(conv.getOutputs()[0].getType());
      if (type && isa<FloatType>(type.getElementType()))
        convs.push_back(conv);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::Conv2DNchwFchwOp conv : convs) {
      rewriter.setInsertionPoint(conv);
      if (Value unit = rewriteUnitConv(rewriter, conv)) {
        rewriter.replaceOp(conv, unit);
        continue;
      }
      // A conv with dynamic image sizes stays as it is.
      if (Value product = rewriteIm2ColConv(rewriter, conv))
        rewriter.replaceOp(conv, product);
    }
  }
};
} // namespace

} // namespace onnxc
