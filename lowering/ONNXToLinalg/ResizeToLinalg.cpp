//===- ResizeToLinalg.cpp - Resize (and Upsample) -------------------------===//
//
// Resize as one linalg.generic over the output. For every resized axis the
// body maps the output index to a coordinate in the input (the coordinate
// transformation mode) and turns it into taps, input indices with weights:
// one for nearest (by the nearest mode), two for linear, four for cubic (the
// cubic_coeff_a kernel, renormalised without the taps outside the input when
// exclude_outside is set). Taps outside the input read its edge. The result
// is the sum over every combination of the axes' taps, computed in f64 as
// ONNX's reference does; tf_crop_and_resize gives extrapolation_value where a
// coordinate falls outside the input. Scales and sizes may be constants or
// run-time values; output sizes follow ONNX (floor(scale * size), or the
// sizes given, or for keep_aspect_ratio_policy one scale for every axis).
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/dialects/ONNX/IR/ShapeHelpers.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"
#include "onnxc/lowering/ONNXToLinalg/RuntimeChecks.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"

using namespace mlir;

namespace onnxc {
namespace {

/// f64 and index arithmetic for the body and the sizes.
struct F64 {
  OpBuilder &b;
  Location loc;

  Type f64() const { return b.getF64Type(); }
  Value c(double v) const {
    return arith::ConstantOp::create(b, loc, b.getF64FloatAttr(v));
  }
  Value add(Value x, Value y) const { return arith::AddFOp::create(b, loc, x, y); }
  Value sub(Value x, Value y) const { return arith::SubFOp::create(b, loc, x, y); }
  Value mul(Value x, Value y) const { return arith::MulFOp::create(b, loc, x, y); }
  Value div(Value x, Value y) const { return arith::DivFOp::create(b, loc, x, y); }
  Value floor(Value x) const { return math::FloorOp::create(b, loc, x); }
  Value cmp(arith::CmpFPredicate p, Value x, Value y) const {
    return arith::CmpFOp::create(b, loc, p, x, y);
  }
  Value select(Value cond, Value x, Value y) const {
    return arith::SelectOp::create(b, loc, cond, x, y);
  }
  /// An index (non-negative) as f64.
  Value fromIndex(Value index) const {
    Value i64 = arith::IndexCastOp::create(b, loc, b.getI64Type(), index);
    return arith::SIToFPOp::create(b, loc, f64(), i64);
  }
  /// An integral f64 as an index clamped to [0, size - 1].
  Value toClampedIndex(Value x, Value size) const {
    Value i64 = arith::FPToSIOp::create(b, loc, b.getI64Type(), x);
    Value index = arith::IndexCastOp::create(b, loc, b.getIndexType(), i64);
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value last = arith::SubIOp::create(
        b, loc, size, arith::ConstantIndexOp::create(b, loc, 1));
    index = arith::MaxSIOp::create(b, loc, index, zero);
    return arith::MinSIOp::create(b, loc, index, last);
  }
};

/// What the body needs of one resized axis, computed before the generic.
struct AxisPlan {
  int64_t axis;
  Value inSize;    // index
  Value inSizeF;   // f64
  Value scale;     // f64: output size / input size as ONNX defines it
  Value outWidth;  // f64: scale * input size (not rounded)
  Value outSizeF;  // f64: the output size
  Value roiStart, roiEnd; // f64, tf_crop_and_resize only
};

/// Weights of the four cubic taps at distance t in [0, 1) past the second.
SmallVector<Value> cubicCoefficients(const F64 &m, Value t, double a) {
  Value A = m.c(a), one = m.c(1);
  auto far = [&](Value d) { // |d| in [1, 2]
    return m.sub(m.mul(m.add(m.mul(m.sub(m.mul(A, d), m.mul(m.c(5), A)), d),
                             m.mul(m.c(8), A)),
                       d),
                 m.mul(m.c(4), A));
  };
  auto near = [&](Value d) { // |d| in [0, 1]
    return m.add(m.mul(m.mul(m.sub(m.mul(m.add(A, m.c(2)), d),
                                   m.add(A, m.c(3))),
                             d),
                       d),
                 one);
  };
  Value u = m.sub(one, t);
  return {far(m.add(t, one)), near(t), near(u), far(m.add(u, one))};
}

struct ResizeToLinalg : OpConversionPattern<ResizeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ResizeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getX();
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inputType || !resultType)
      return rewriter.notifyMatchFailure(op, "unranked input or result");
    int64_t rank = inputType.getRank();
    Type elementType = inputType.getElementType();
    StringRef mode = op.getMode();
    StringRef transform = op.getCoordinateTransformationMode();
    StringRef nearestMode = op.getNearestMode();
    StringRef policy = op.getKeepAspectRatioPolicy();
    if (op.getAntialias() != 0)
      return rewriter.notifyMatchFailure(op, "antialias");
    if (mode != "nearest" && !isa<FloatType>(elementType))
      return rewriter.notifyMatchFailure(op, "interpolation of integers");
    if (!llvm::is_contained({"half_pixel", "pytorch_half_pixel",
                             "align_corners", "asymmetric",
                             "tf_half_pixel_for_nn", "tf_crop_and_resize"},
                            transform))
      return rewriter.notifyMatchFailure(op, "coordinate transformation");
    if (mode == "nearest" &&
        !llvm::is_contained(
            {"round_prefer_floor", "round_prefer_ceil", "floor", "ceil"},
            nearestMode))
      return rewriter.notifyMatchFailure(op, "nearest mode");
    if (!llvm::is_contained({"stretch", "not_larger", "not_smaller"}, policy))
      return rewriter.notifyMatchFailure(op, "keep_aspect_ratio_policy");

    SmallVector<int64_t> axes;
    if (auto attr = op.getAxesAttr())
      axes = getI64Array(attr, 0, 0);
    else
      for (int64_t i = 0; i < rank; ++i)
        axes.push_back(i);
    for (int64_t &axis : axes)
      if (failed(normalizeAxis(axis, rank, std::nullopt)))
        return rewriter.notifyMatchFailure(op, "axis out of range");
    int64_t count = axes.size();

    F64 m{rewriter, loc};
    // One f64 per axis from a 1-D tensor operand (constant or not).
    auto entries = [&](Value original, Value converted)
        -> std::optional<SmallVector<Value>> {
      auto type = dyn_cast<RankedTensorType>(converted.getType());
      if (!type || type.getRank() != 1 ||
          (!type.isDynamicDim(0) && type.getDimSize(0) != count))
        return std::nullopt;
      if (type.isDynamicDim(0)) {
        Value length = tensor::DimOp::create(rewriter, loc, converted, 0);
        Value expected = arith::ConstantIndexOp::create(rewriter, loc, count);
        emitRuntimeFailure(
            rewriter, loc,
            arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne,
                                  length, expected),
            describeNodeForFormat(op) +
                ": scales or sizes has %lld values, expected %lld",
            {length, expected});
      }
      SmallVector<Value> values;
      bool isUnsigned = getElementType(original.getType()).isUnsignedInteger();
      for (int64_t i = 0; i < count; ++i) {
        Value at = arith::ConstantIndexOp::create(rewriter, loc, i);
        Value v = extractClamped(rewriter, loc, converted, at);
        if (isa<FloatType>(v.getType()))
          v = v.getType().isF64()
                  ? v
                  : arith::ExtFOp::create(rewriter, loc, m.f64(), v).getResult();
        else if (isUnsigned)
          v = arith::UIToFPOp::create(rewriter, loc, m.f64(), v);
        else
          v = arith::SIToFPOp::create(rewriter, loc, m.f64(), v);
        values.push_back(v);
      }
      return values;
    };
    bool hasScales = !isNoValue(op.getScales()) &&
                     !(isa<RankedTensorType>(adaptor.getScales().getType()) &&
                       cast<RankedTensorType>(adaptor.getScales().getType())
                               .getShape() == ArrayRef<int64_t>{0});
    bool hasSizes = !isNoValue(op.getSizes());
    if (hasScales == hasSizes)
      return rewriter.notifyMatchFailure(op, "needs scales or sizes");
    auto given = hasScales ? entries(op.getScales(), adaptor.getScales())
                           : entries(op.getSizes(), adaptor.getSizes());
    if (!given)
      return rewriter.notifyMatchFailure(op, "scales or sizes of bad shape");

    SmallVector<AxisPlan> plans;
    SmallVector<OpFoldResult> outSizes =
        tensor::getMixedSizes(rewriter, loc, input);
    for (auto [i, axis] : llvm::enumerate(axes)) {
      AxisPlan p;
      p.axis = axis;
      p.inSize = tensor::DimOp::create(rewriter, loc, input, axis);
      p.inSizeF = m.fromIndex(p.inSize);
      plans.push_back(p);
    }
    if (hasScales) {
      for (auto [i, p] : llvm::enumerate(plans)) {
        p.scale = (*given)[i];
        p.outWidth = m.mul(p.scale, p.inSizeF);
        p.outSizeF = m.floor(p.outWidth);
      }
    } else if (policy == "stretch") {
      for (auto [i, p] : llvm::enumerate(plans)) {
        p.outSizeF = (*given)[i];
        p.scale = m.div(p.outSizeF, p.inSizeF);
        p.outWidth = m.mul(p.scale, p.inSizeF);
      }
    } else {
      // One scale for every axis: the smallest (not_larger) or largest
      // (not_smaller) of sizes / input sizes; sizes round(scale * input).
      Value scale;
      for (auto [i, p] : llvm::enumerate(plans)) {
        Value s = m.div((*given)[i], p.inSizeF);
        scale = !scale ? s
                : policy == "not_larger"
                    ? arith::MinimumFOp::create(rewriter, loc, scale, s)
                          .getResult()
                    : arith::MaximumFOp::create(rewriter, loc, scale, s)
                          .getResult();
      }
      for (AxisPlan &p : plans) {
        p.scale = scale;
        p.outWidth = m.mul(scale, p.inSizeF);
        p.outSizeF = m.floor(m.add(p.outWidth, m.c(0.5)));
      }
    }
    // Output sizes: the result type's where shape inference knew them (it
    // follows the same rules), computed at run time otherwise.
    for (AxisPlan &p : plans) {
      if (!resultType.isDynamicDim(p.axis)) {
        outSizes[p.axis] = rewriter.getIndexAttr(resultType.getDimSize(p.axis));
        continue;
      }
      // A negative or nan size (from scales or sizes given at run time)
      // fails the run, and the output is then empty.
      Value valid = m.cmp(arith::CmpFPredicate::OGE, p.outSizeF, m.c(0));
      Value huge = m.cmp(arith::CmpFPredicate::OGE, p.outSizeF, m.c(0x1p62));
      emitRuntimeFailure(
          rewriter, loc,
          arith::OrIOp::create(
              rewriter, loc,
              arith::XOrIOp::create(
                  rewriter, loc, valid,
                  arith::ConstantIntOp::create(rewriter, loc, 1, 1)),
              huge),
          describeNodeForFormat(op) + ": output dim " +
              std::to_string(p.axis) +
              " has no valid size (scales or sizes negative, nan or too "
              "large)",
          {});
      Value size = arith::FPToSIOp::create(
          rewriter, loc, rewriter.getI64Type(),
          m.select(arith::AndIOp::create(
                       rewriter, loc, valid,
                       arith::XOrIOp::create(
                           rewriter, loc, huge,
                           arith::ConstantIntOp::create(rewriter, loc, 1, 1))),
                   p.outSizeF, m.c(0)));
      outSizes[p.axis] =
          arith::IndexCastOp::create(rewriter, loc, rewriter.getIndexType(),
                                     size)
              .getResult();
    }
    // An empty input dim has nothing to resize from.
    for (AxisPlan &p : plans) {
      if (!inputType.isDynamicDim(p.axis) &&
          inputType.getDimSize(p.axis) != 0)
        continue;
      Value outSize =
          getValueOrCreateConstantIndexOp(rewriter, loc, outSizes[p.axis]);
      Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
      Value failed = arith::AndIOp::create(
          rewriter, loc,
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq,
                                p.inSize, zero),
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne,
                                outSize, zero));
      emitRuntimeFailure(rewriter, loc, failed,
                         describeNodeForFormat(op) + ": dim " +
                             std::to_string(p.axis) +
                             " of the input is empty, the output's is %lld",
                         {outSize});
    }
    if (transform == "tf_crop_and_resize") {
      // roi holds the starts of every axis, then the ends.
      auto roiType = isNoValue(op.getRoi())
                         ? RankedTensorType()
                         : dyn_cast<RankedTensorType>(adaptor.getRoi().getType());
      if (!roiType || roiType.getRank() != 1 ||
          !isa<FloatType>(roiType.getElementType()) ||
          (!roiType.isDynamicDim(0) && roiType.getDimSize(0) != 2 * count))
        return rewriter.notifyMatchFailure(op, "roi of bad shape");
      if (roiType.isDynamicDim(0)) {
        Value length = tensor::DimOp::create(rewriter, loc, adaptor.getRoi(), 0);
        Value expected =
            arith::ConstantIndexOp::create(rewriter, loc, 2 * count);
        emitRuntimeFailure(
            rewriter, loc,
            arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne,
                                  length, expected),
            describeNodeForFormat(op) + ": roi has %lld values, expected %lld",
            {length, expected});
      }
      for (auto [i, p] : llvm::enumerate(plans)) {
        auto read = [&](int64_t k) {
          Value at = arith::ConstantIndexOp::create(rewriter, loc, k);
          Value v = extractClamped(rewriter, loc, adaptor.getRoi(), at);
          return v.getType().isF64()
                     ? v
                     : arith::ExtFOp::create(rewriter, loc, m.f64(), v)
                           .getResult();
        };
        p.roiStart = read(i);
        p.roiEnd = read(i + count);
      }
    }

    Value init = tensor::EmptyOp::create(rewriter, loc, outSizes, elementType);
    SmallVector<AffineMap> maps{rewriter.getMultiDimIdentityMap(rank)};
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    double cubicA = op.getCubicCoeffA().convertToDouble();
    bool excludeOutside = op.getExcludeOutside() != 0;
    double extrapolation = op.getExtrapolationValue().convertToDouble();
    auto generic = linalg::GenericOp::create(
        rewriter, loc, init.getType(), ValueRange{}, ValueRange{init}, maps,
        iterators, [&](OpBuilder &b, Location l, ValueRange) {
          F64 f{b, l};
          using P = arith::CmpFPredicate;
          Value outside; // tf_crop_and_resize: a coordinate off the input
          // Taps of each resized axis: (input index, weight).
          SmallVector<SmallVector<std::pair<Value, Value>>> taps;
          for (const AxisPlan &p : plans) {
            Value o = f.fromIndex(linalg::IndexOp::create(b, l, p.axis));
            Value one = f.c(1), half = f.c(0.5);
            Value x;
            if (transform == "half_pixel") {
              x = f.sub(f.div(f.add(o, half), p.scale), half);
            } else if (transform == "pytorch_half_pixel") {
              x = f.select(f.cmp(P::OGT, p.outWidth, one),
                           f.sub(f.div(f.add(o, half), p.scale), half),
                           f.c(0));
            } else if (transform == "align_corners") {
              x = f.select(f.cmp(P::OEQ, p.outWidth, one), f.c(0),
                           f.div(f.mul(o, f.sub(p.inSizeF, one)),
                                 f.sub(p.outWidth, one)));
            } else if (transform == "asymmetric") {
              x = f.div(o, p.scale);
            } else if (transform == "tf_half_pixel_for_nn") {
              x = f.div(f.add(o, half), p.scale);
            } else { // tf_crop_and_resize
              Value last = f.sub(p.inSizeF, one);
              Value span = f.sub(p.roiEnd, p.roiStart);
              x = f.select(
                  f.cmp(P::OGT, p.outWidth, one),
                  f.add(f.mul(p.roiStart, last),
                        f.div(f.mul(f.mul(o, span), last),
                              f.sub(p.outWidth, one))),
                  f.mul(f.mul(half, f.add(p.roiStart, p.roiEnd)), last));
              Value off = arith::OrIOp::create(
                  b, l, f.cmp(P::OLT, x, f.c(0)), f.cmp(P::OGT, x, last));
              outside = outside ? arith::OrIOp::create(b, l, outside, off)
                                      .getResult()
                                : off;
            }
            Value fl = f.floor(x);
            Value r = f.sub(x, fl);
            SmallVector<std::pair<Value, Value>> axisTaps;
            if (mode == "nearest") {
              Value up;
              if (nearestMode == "round_prefer_floor")
                up = f.cmp(P::OGT, r, half);
              else if (nearestMode == "round_prefer_ceil")
                up = f.cmp(P::OGE, r, half);
              else if (nearestMode == "floor")
                up = arith::ConstantIntOp::create(b, l, 0, 1);
              else
                up = f.cmp(P::OGT, r, f.c(0));
              Value index = f.select(up, f.add(fl, one), fl);
              axisTaps.push_back({f.toClampedIndex(index, p.inSize), one});
            } else if (mode == "linear") {
              axisTaps.push_back({f.toClampedIndex(fl, p.inSize), f.sub(one, r)});
              axisTaps.push_back(
                  {f.toClampedIndex(f.add(fl, one), p.inSize), r});
            } else {
              SmallVector<Value> weights = cubicCoefficients(f, r, cubicA);
              SmallVector<Value> positions;
              for (int k = 0; k < 4; ++k)
                positions.push_back(f.add(fl, f.c(k - 1)));
              if (excludeOutside) {
                Value sum = f.c(0);
                Value last = f.sub(p.inSizeF, one);
                for (int k = 0; k < 4; ++k) {
                  Value in = arith::AndIOp::create(
                      b, l, f.cmp(P::OGE, positions[k], f.c(0)),
                      f.cmp(P::OLE, positions[k], last));
                  weights[k] = f.select(in, weights[k], f.c(0));
                  sum = f.add(sum, weights[k]);
                }
                for (Value &w : weights)
                  w = f.div(w, sum);
              }
              for (int k = 0; k < 4; ++k)
                axisTaps.push_back(
                    {f.toClampedIndex(positions[k], p.inSize), weights[k]});
            }
            taps.push_back(axisTaps);
          }

          // Every combination of taps: read, weigh, add up.
          SmallVector<Value> base;
          for (int64_t d = 0; d < rank; ++d)
            base.push_back(linalg::IndexOp::create(b, l, d));
          Value result;
          SmallVector<size_t> choice(plans.size(), 0);
          while (true) {
            SmallVector<Value> at = base;
            Value weight;
            for (auto [i, p] : llvm::enumerate(plans)) {
              at[p.axis] = taps[i][choice[i]].first;
              Value w = taps[i][choice[i]].second;
              weight = weight ? f.mul(weight, w) : w;
            }
            // In bounds whatever the sizes: an empty input dim reads 0 (the
            // run has failed the check below).
            Value v = extractClamped(b, l, input, at);
            if (mode == "nearest") {
              result = v;
            } else {
              Value wide = v.getType().isF64()
                               ? v
                               : arith::ExtFOp::create(b, l, f.f64(), v)
                                     .getResult();
              Value term = weight ? f.mul(wide, weight) : wide;
              result = result ? f.add(result, term) : term;
            }
            size_t i = 0;
            for (; i < choice.size(); ++i) {
              if (++choice[i] < taps[i].size())
                break;
              choice[i] = 0;
            }
            if (i == choice.size())
              break;
          }
          if (mode != "nearest") {
            if (outside)
              result = f.select(outside, f.c(extrapolation), result);
            if (!elementType.isF64())
              result = arith::TruncFOp::create(b, l, elementType, result);
          } else if (outside) {
            Value extra =
                isa<FloatType>(elementType)
                    ? arith::ConstantOp::create(
                          b, l, b.getFloatAttr(elementType, extrapolation))
                          .getResult()
                    : arith::ConstantOp::create(
                          b, l,
                          b.getIntegerAttr(elementType,
                                           static_cast<int64_t>(extrapolation)))
                          .getResult();
            result = arith::SelectOp::create(b, l, outside, extra, result);
          }
          linalg::YieldOp::create(b, l, result);
        });
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, generic.getResult(0),
                                        resultType));
    return success();
  }
};

} // namespace

void populateResizeToLinalgPatterns(const TypeConverter &converter,
                                    RewritePatternSet &patterns) {
  patterns.add<ResizeToLinalg>(converter, patterns.getContext());
}

} // namespace onnxc
