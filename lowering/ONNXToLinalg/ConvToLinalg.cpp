//===- ConvToLinalg.cpp - Conv to linalg ----------------------------------===//
//
// Conv (NCHW, 1-D to 3-D) pads its input with tensor.pad and becomes
// linalg.conv_{1,2,3}d_nc..._fc... (group 1), linalg.depthwise_conv_*
// (group = C = output channels) or, for other groups, an expand to
// N, G, C/G, ... around linalg.conv_2d_ngchw_gfchw (2-D) or an equivalent
// linalg.generic (1-D, 3-D). A bias is added by one broadcasting
// linalg.generic. ConvTranspose becomes the same convolution over a dilated,
// padded input with transposed, flipped weights. The builders are shared
// with ConvInteger and QLinearConv (ContractionUtils.cpp).
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/lowering/ONNXToLinalg/ContractionUtils.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"
#include "onnxc/lowering/ONNXToLinalg/WindowUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;

namespace onnxc {
namespace {

/// Checks the optional bias of Conv/ConvTranspose: 1-D, one entry per output
/// channel. Returns the converted bias, null when absent, failure when bad.
FailureOr<Value> matchBias(Value original, Value converted, Type elementType,
                           int64_t outChannels) {
  if (isNoValue(original))
    return Value();
  auto type = dyn_cast<RankedTensorType>(converted.getType());
  if (!type || type.getRank() != 1 || type.getElementType() != elementType ||
      (!type.isDynamicDim(0) && type.getDimSize(0) != outChannels))
    return failure();
  return converted;
}

struct ConvToLinalg : OpConversionPattern<ConvOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ConvOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getX(), weight = adaptor.getW();
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    auto wType = dyn_cast<RankedTensorType>(weight.getType());
    Type resultType = getTypeConverter()->convertType(op.getType());
    if (!xType || !wType || !resultType)
      return rewriter.notifyMatchFailure(op, "X and W must be ranked");
    Type et = xType.getElementType();
    if (et != wType.getElementType() ||
        !(isa<FloatType>(et) || isa<IntegerType>(et)))
      return rewriter.notifyMatchFailure(
          op, "X and W must share a float or integer element type");
    std::string reason;
    FailureOr<ConvPlan> plan = planConvolution(
        xType, wType, op.getGroup(), op.getKernelShapeAttr(),
        op.getStridesAttr(), op.getDilationsAttr(), op.getPadsAttr(),
        op.getAutoPad(), /*allowDynamicWeight=*/false, reason);
    if (failed(plan))
      return rewriter.notifyMatchFailure(op, reason);
    FailureOr<Value> bias =
        matchBias(op.getB(), adaptor.getB(), et, plan->outChannels);
    if (failed(bias))
      return rewriter.notifyMatchFailure(
          op, "B must be 1-D with one entry per output channel");
    Value result = emitConvolution(rewriter, loc, op, x, weight, *bias, *plan);
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, result, resultType));
    return success();
  }
};

/// ConvTranspose as a stride-1 Conv: the input is dilated by the strides
/// (zeros inserted with a strided tensor.insert_slice), padded by
/// dilation * (K - 1) - pads (plus output_padding at the end; negative
/// amounts crop), and convolved with W transposed to [F, C/G, K...] and
/// flipped spatially (one linalg.generic).
struct ConvTransposeToLinalg : OpConversionPattern<ConvTransposeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ConvTransposeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getX(), weight = adaptor.getW();
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    auto wType = dyn_cast<RankedTensorType>(weight.getType());
    Type resultType = getTypeConverter()->convertType(op.getType());
    if (!xType || !wType || !resultType)
      return rewriter.notifyMatchFailure(op, "X and W must be ranked");
    int64_t rank = xType.getRank(), spatial = rank - 2;
    if (rank < 3 || rank > 5 || wType.getRank() != rank)
      return rewriter.notifyMatchFailure(
          op, "X and W must have the same rank, 3 to 5 (1-D to 3-D)");
    Type et = xType.getElementType();
    if (et != wType.getElementType() || !isa<FloatType>(et))
      return rewriter.notifyMatchFailure(
          op, "X and W must share a float element type");
    if (!wType.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "W must have a static shape");
    for (int64_t i = 2; i < rank; ++i)
      if (xType.isDynamicDim(i))
        return rewriter.notifyMatchFailure(
            op, "ConvTranspose needs static spatial dims");
    StringRef autoPad = op.getAutoPad();
    bool same = autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER";
    if (autoPad != "NOTSET" && autoPad != "VALID" && !same)
      return rewriter.notifyMatchFailure(op, "unknown auto_pad");

    int64_t group = op.getGroup();
    int64_t channels = wType.getDimSize(0);
    int64_t groupOutChannels = wType.getDimSize(1);
    if (group <= 0 || channels % group != 0)
      return rewriter.notifyMatchFailure(
          op, "group must divide the input channels");
    if (!xType.isDynamicDim(1) && xType.getDimSize(1) != channels)
      return rewriter.notifyMatchFailure(op, "X and W disagree on channels");
    int64_t outChannels = groupOutChannels * group;
    SmallVector<int64_t> kernel(wType.getShape().drop_front(2));
    if (auto kernelAttr = op.getKernelShapeAttr())
      if (getI64Array(kernelAttr, 0, 0) != kernel)
        return rewriter.notifyMatchFailure(
            op, "kernel_shape disagrees with W's spatial dims");
    FailureOr<Value> bias =
        matchBias(op.getB(), adaptor.getB(), et, outChannels);
    if (failed(bias))
      return rewriter.notifyMatchFailure(
          op, "B must be 1-D with one entry per output channel");

    SmallVector<int64_t> strides = getI64Array(op.getStridesAttr(), spatial, 1);
    SmallVector<int64_t> dilations =
        getI64Array(op.getDilationsAttr(), spatial, 1);
    SmallVector<int64_t> pads = getI64Array(op.getPadsAttr(), 2 * spatial, 0);
    SmallVector<int64_t> outputPadding =
        getI64Array(op.getOutputPaddingAttr(), spatial, 0);
    if (autoPad == "VALID")
      pads.assign(2 * spatial, 0);
    // An output_shape, or auto_pad SAME (the input's size times the stride),
    // decides the pads: the total is split with the larger half at the end
    // for SAME_UPPER, at the start otherwise (a negative total extends the
    // output at the other side).
    std::optional<SmallVector<int64_t>> target;
    if (auto outputShape = op.getOutputShapeAttr()) {
      target = getI64Array(outputShape, 0, 0);
      if (static_cast<int64_t>(target->size()) != spatial)
        return rewriter.notifyMatchFailure(op, "output_shape must have one "
                                               "entry per spatial dim");
    } else if (same) {
      target.emplace();
      for (int64_t i = 0;
           i < spatial && i < static_cast<int64_t>(strides.size()); ++i)
        target->push_back(xType.getDimSize(i + 2) * strides[i]);
    }
    if (target && static_cast<int64_t>(strides.size()) == spatial &&
        static_cast<int64_t>(dilations.size()) == spatial &&
        static_cast<int64_t>(outputPadding.size()) == spatial) {
      pads.assign(2 * spatial, 0);
      for (int64_t i = 0; i < spatial; ++i) {
        int64_t total = strides[i] * (xType.getDimSize(i + 2) - 1) +
                        outputPadding[i] + (kernel[i] - 1) * dilations[i] + 1 -
                        (*target)[i];
        int64_t half = total >= 0 ? total / 2 : -((-total + 1) / 2);
        if (autoPad == "SAME_UPPER") {
          pads[i] = half;
          pads[i + spatial] = total - half;
        } else {
          pads[i] = total - half;
          pads[i + spatial] = half;
        }
      }
    }
    if (static_cast<int64_t>(strides.size()) != spatial ||
        static_cast<int64_t>(dilations.size()) != spatial ||
        static_cast<int64_t>(pads.size()) != 2 * spatial ||
        static_cast<int64_t>(outputPadding.size()) != spatial)
      return rewriter.notifyMatchFailure(
          op, "strides, dilations, pads or output_padding do not match the "
              "kernel rank");

    // Output sizes; an explicit output_shape must agree with them.
    SmallVector<int64_t> outSpatial;
    for (int64_t i = 0; i < spatial; ++i) {
      if (strides[i] <= 0 || dilations[i] <= 0 || outputPadding[i] < 0)
        return rewriter.notifyMatchFailure(
            op, "strides and dilations must be positive");
      outSpatial.push_back(strides[i] * (xType.getDimSize(i + 2) - 1) +
                           outputPadding[i] + (kernel[i] - 1) * dilations[i] +
                           1 - pads[i] - pads[i + spatial]);
      if (outSpatial.back() <= 0)
        return rewriter.notifyMatchFailure(op, "empty output");
    }
    if (target && *target != outSpatial)
      return rewriter.notifyMatchFailure(op, "output_shape not reached");

    x = refineChannels(rewriter, loc, x, channels);
    xType = cast<RankedTensorType>(x.getType());
    Value zero = createScalarConstant(rewriter, loc, et, 0.0);

    // Dilate: zeros between input elements.
    Value dilated = x;
    if (llvm::any_of(strides, [](int64_t s) { return s != 1; })) {
      SmallVector<int64_t> shape(xType.getShape());
      SmallVector<OpFoldResult> offsets(rank, rewriter.getIndexAttr(0));
      SmallVector<OpFoldResult> sizes, steps(2, rewriter.getIndexAttr(1));
      for (int64_t i = 0; i < rank; ++i) {
        if (xType.isDynamicDim(i))
          sizes.push_back(
              tensor::DimOp::create(rewriter, loc, x, i).getResult());
        else
          sizes.push_back(rewriter.getIndexAttr(xType.getDimSize(i)));
      }
      for (int64_t i = 0; i < spatial; ++i) {
        shape[i + 2] = (shape[i + 2] - 1) * strides[i] + 1;
        steps.push_back(rewriter.getIndexAttr(strides[i]));
      }
      auto dilatedType = RankedTensorType::get(shape, et);
      Value empty = createEmptyTensor(rewriter, loc, dilatedType,
                                      getDynamicSizes(rewriter, loc, x));
      Value zeros =
          linalg::FillOp::create(rewriter, loc, zero, empty).getResult(0);
      dilated = tensor::InsertSliceOp::create(rewriter, loc, x, zeros, offsets,
                                              sizes, steps);
    }

    // Pad by dilation * (K - 1) - pads; crop where that is negative.
    SmallVector<int64_t> low, high, cropLow, cropHigh;
    for (int64_t i = 0; i < spatial; ++i) {
      int64_t full = dilations[i] * (kernel[i] - 1);
      int64_t lo = full - pads[i];
      int64_t hi = full - pads[i + spatial] + outputPadding[i];
      low.push_back(std::max<int64_t>(lo, 0));
      high.push_back(std::max<int64_t>(hi, 0));
      cropLow.push_back(std::max<int64_t>(-lo, 0));
      cropHigh.push_back(std::max<int64_t>(-hi, 0));
    }
    Value padded = padSpatial(rewriter, loc, dilated, low, high, zero);
    if (llvm::any_of(cropLow, [](int64_t c) { return c != 0; }) ||
        llvm::any_of(cropHigh, [](int64_t c) { return c != 0; })) {
      auto type = cast<RankedTensorType>(padded.getType());
      SmallVector<int64_t> shape(type.getShape());
      SmallVector<OpFoldResult> offsets(rank, rewriter.getIndexAttr(0));
      SmallVector<OpFoldResult> sizes;
      SmallVector<OpFoldResult> steps(rank, rewriter.getIndexAttr(1));
      for (int64_t i = 0; i < 2; ++i) {
        if (type.isDynamicDim(i))
          sizes.push_back(
              tensor::DimOp::create(rewriter, loc, padded, i).getResult());
        else
          sizes.push_back(rewriter.getIndexAttr(type.getDimSize(i)));
      }
      for (int64_t i = 0; i < spatial; ++i) {
        offsets[i + 2] = rewriter.getIndexAttr(cropLow[i]);
        shape[i + 2] -= cropLow[i] + cropHigh[i];
        sizes.push_back(rewriter.getIndexAttr(shape[i + 2]));
      }
      padded = tensor::ExtractSliceOp::create(rewriter, loc,
                                              RankedTensorType::get(shape, et),
                                              padded, offsets, sizes, steps);
    }

    Value filter = flipAndTransposeWeights(rewriter, loc, weight, group);
    Window window;
    window.kernel = kernel;
    window.strides.assign(spatial, 1);
    window.dilations = dilations;
    SmallVector<int64_t> outShape{xType.getDimSize(0), outChannels};
    outShape.append(outSpatial);
    auto outType = RankedTensorType::get(outShape, et);
    SmallVector<Value> outSizes;
    if (xType.isDynamicDim(0))
      outSizes.push_back(tensor::DimOp::create(rewriter, loc, x, 0));
    Value result = buildConvolution(rewriter, loc, padded, filter, *bias, zero,
                                    group, window, outType, outSizes);
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, result, resultType));
    return success();
  }

private:
  /// W [C, F/G, K...] -> W' [F, C/G, K...] with
  /// W'[g * F/G + f, c, k] = W[g * C/G + c, f, K - 1 - k].
  static Value flipAndTransposeWeights(OpBuilder &b, Location loc, Value weight,
                                       int64_t group) {
    MLIRContext *context = b.getContext();
    auto wType = cast<RankedTensorType>(weight.getType());
    int64_t rank = wType.getRank(), spatial = rank - 2;
    int64_t groupChannels = wType.getDimSize(0) / group;
    int64_t groupOutChannels = wType.getDimSize(1);
    // Grouped view [G, C/G, F/G, K...] in, [G, F/G, C/G, K...] out.
    Value grouped = splitGroups(b, loc, weight, 0, group);
    SmallVector<int64_t> outShape{group, groupOutChannels, groupChannels};
    llvm::append_range(outShape, wType.getShape().drop_front(2));
    auto outType = RankedTensorType::get(outShape, wType.getElementType());
    int64_t numLoops = rank + 1;
    auto dim = [&](int64_t i) { return getAffineDimExpr(i, context); };
    SmallVector<AffineExpr> inExprs{dim(0), dim(2), dim(1)};
    for (int64_t i = 0; i < spatial; ++i)
      inExprs.push_back(wType.getDimSize(i + 2) - 1 - dim(3 + i));
    SmallVector<AffineMap> maps{
        AffineMap::get(numLoops, 0, inExprs, context),
        AffineMap::getMultiDimIdentityMap(numLoops, context)};
    SmallVector<utils::IteratorType> iterators(numLoops,
                                               utils::IteratorType::parallel);
    Value empty =
        tensor::EmptyOp::create(b, loc, outShape, wType.getElementType());
    Value flipped = linalg::GenericOp::create(
                        b, loc, TypeRange{outType}, ValueRange{grouped},
                        ValueRange{empty}, maps, iterators,
                        [](OpBuilder &nb, Location nloc, ValueRange args) {
                          linalg::YieldOp::create(nb, nloc, args[0]);
                        })
                        .getResult(0);
    SmallVector<ReassociationIndices> reassociation{{0, 1}};
    for (int64_t i = 2; i < numLoops; ++i)
      reassociation.push_back({i});
    return tensor::CollapseShapeOp::create(b, loc, flipped, reassociation);
  }
};

} // namespace

void populateConvToLinalgPatterns(const TypeConverter &converter,
                                  RewritePatternSet &patterns) {
  patterns.add<ConvToLinalg, ConvTransposeToLinalg>(converter,
                                                    patterns.getContext());
}

} // namespace onnxc
