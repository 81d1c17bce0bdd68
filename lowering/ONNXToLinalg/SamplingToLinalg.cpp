//===- SamplingToLinalg.cpp - GridSample and RoiAlign ---------------------===//
//
// Ops that read an image at fractional coordinates and interpolate. Each is
// one linalg.generic over the output whose body computes the coordinates
// and reads the taps with tensor.extract. Coordinates are computed in f64;
// a tap's index is clamped into its dim before it is
// read whatever the coordinate (NaN and huge values included), and taps that
// the spec reads as 0 get weight 0 instead.
//
// GridSample: every spatial dim interpolated at once (2^r taps for linear,
// 4 x 4 for cubic, 1 for nearest), with the padding modes applied to the
// coordinates and to the taps as the ONNX reference does. RoiAlign: per
// output bin an average (or maximum) of bilinear samples on a grid whose
// size comes from the box when sampling_ratio is 0 (scf.for loops in the
// body).
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/lowering/ONNXToLinalg/DataMovementUtils.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"
#include "onnxc/lowering/ONNXToLinalg/RuntimeChecks.h"
#include "onnxc/lowering/ONNXToLinalg/ScalarBuilder.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {
namespace {

using FP = arith::CmpFPredicate;

/// Float helpers of one compute type.
struct FloatMath {
  OpBuilder &b;
  Location loc;
  FloatType type;

  Value cst(double v) { return createScalarConstant(b, loc, type, v); }
  Value add(Value x, Value y) { return arith::AddFOp::create(b, loc, x, y); }
  Value sub(Value x, Value y) { return arith::SubFOp::create(b, loc, x, y); }
  Value mul(Value x, Value y) { return arith::MulFOp::create(b, loc, x, y); }
  Value div(Value x, Value y) { return arith::DivFOp::create(b, loc, x, y); }
  Value floor(Value x) { return math::FloorOp::create(b, loc, x); }
  Value cmp(FP p, Value x, Value y) {
    return arith::CmpFOp::create(b, loc, p, x, y);
  }
  Value select(Value c, Value x, Value y) {
    return arith::SelectOp::create(b, loc, c, x, y);
  }
  Value andI(Value x, Value y) { return arith::AndIOp::create(b, loc, x, y); }
  Value orI(Value x, Value y) { return arith::OrIOp::create(b, loc, x, y); }
  /// `x` clamped into [lo, hi]; NaN becomes lo.
  Value clamp(Value x, Value lo, Value hi) {
    return arith::MinNumFOp::create(b, loc,
                                    arith::MaxNumFOp::create(b, loc, x, lo), hi);
  }
  /// A float (any type) in the compute type.
  Value from(Value x) {
    unsigned have = x.getType().getIntOrFloatBitWidth();
    unsigned want = type.getWidth();
    if (x.getType() == type)
      return x;
    if (have < want)
      return arith::ExtFOp::create(b, loc, type, x);
    return arith::TruncFOp::create(b, loc, type, x);
  }
  Value fromIndex(Value i) {
    return arith::SIToFPOp::create(
        b, loc, type,
        arith::IndexCastOp::create(b, loc, b.getI64Type(), i).getResult());
  }
  /// An integral float already clamped into an axis as an index.
  Value toIndex(Value x) {
    return arith::IndexCastOp::create(
        b, loc, b.getIndexType(),
        arith::FPToSIOp::create(b, loc, b.getI64Type(), x).getResult());
  }
};

/// The image element type `et` converted to `type` and back.
Value toElement(OpBuilder &b, Location loc, Value v, Type et) {
  if (v.getType() == et)
    return v;
  if (et.getIntOrFloatBitWidth() > v.getType().getIntOrFloatBitWidth())
    return arith::ExtFOp::create(b, loc, et, v);
  return arith::TruncFOp::create(b, loc, et, v);
}

/// Coordinates and weights are computed in f64, as the ONNX reference
/// computes them (in Python floats): in f32 the cubic and RoiAlign test
/// outputs differ from it by up to 8e-5.
FloatType computeTypeOf(MLIRContext *context) {
  return Float64Type::get(context);
}

//===----------------------------------------------------------------------===//
// GridSample
//===----------------------------------------------------------------------===//

/// x reflected into [lo, hi] as the ONNX reference reflects it (hi == lo
/// gives lo).
Value reflect(FloatMath &f, Value x, Value lo, Value hi) {
  Value range = f.sub(hi, lo);
  Value degenerate = f.cmp(FP::OLE, range, f.cst(0.0));
  Value safeRange = f.select(degenerate, f.cst(1.0), range);
  auto fold = [&](Value distance, Value nearEnd, Value farEnd, bool down) {
    Value n = f.floor(f.div(distance, safeRange));
    Value r = f.sub(distance, f.mul(n, safeRange));
    Value half = f.mul(n, f.cst(0.5));
    Value even = f.cmp(FP::OEQ, f.floor(half), half);
    Value towardNear = down ? f.add(nearEnd, r) : f.sub(nearEnd, r);
    Value towardFar = down ? f.sub(farEnd, r) : f.add(farEnd, r);
    return f.select(even, towardNear, towardFar);
  };
  Value below = fold(f.sub(lo, x), lo, hi, true);
  Value above = fold(f.sub(x, hi), hi, lo, false);
  Value r = f.select(f.cmp(FP::OLT, x, lo), below,
                     f.select(f.cmp(FP::OGT, x, hi), above, x));
  return f.select(degenerate, lo, r);
}

struct GridSampleToLinalg : OpConversionPattern<GridSampleOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(GridSampleOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getX(), grid = adaptor.getGrid();
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    auto gridType = dyn_cast<RankedTensorType>(grid.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!xType || !gridType || !resultType ||
        !isa<FloatType>(xType.getElementType()) ||
        gridType.getRank() != xType.getRank())
      return rewriter.notifyMatchFailure(op, "X must be a ranked float "
                                             "tensor of the grid's rank");
    int64_t spatial = xType.getRank() - 2;
    StringRef mode = op.getMode(), padding = op.getPaddingMode();
    bool alignCorners = op.getAlignCorners() != 0;
    Type et = xType.getElementType();
    FloatType ct = computeTypeOf(rewriter.getContext());

    // The grid must cover the batch of X.
    Value n = tensor::DimOp::create(rewriter, loc, x, 0);
    if (xType.isDynamicDim(0) || gridType.isDynamicDim(0)) {
      Value gridN = tensor::DimOp::create(rewriter, loc, grid, 0);
      emitRuntimeFailure(
          rewriter, loc,
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne, n,
                                gridN),
          describeNodeForFormat(op) +
              ": X has a batch of %lld, the grid one of %lld",
          {n, gridN});
    }
    if (gridType.isDynamicDim(spatial + 1)) {
      Value coords = tensor::DimOp::create(rewriter, loc, grid, spatial + 1);
      Value expected = arith::ConstantIndexOp::create(rewriter, loc, spatial);
      emitRuntimeFailure(
          rewriter, loc,
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne,
                                coords, expected),
          describeNodeForFormat(op) +
              ": the grid holds %lld coordinates per point, X has %lld "
              "spatial dims",
          {coords, expected});
    }

    SmallVector<OpFoldResult> sizes{tensor::getMixedSize(rewriter, loc, x, 0),
                                    tensor::getMixedSize(rewriter, loc, x, 1)};
    for (int64_t i = 0; i < spatial; ++i)
      sizes.push_back(tensor::getMixedSize(rewriter, loc, grid, i + 1));
    SmallVector<Value> dims;
    for (int64_t i = 0; i < spatial; ++i)
      dims.push_back(tensor::DimOp::create(rewriter, loc, x, i + 2));

    Value y = buildIndexedGeneric(
        rewriter, loc, sizes, et,
        [&](OpBuilder &b, Location l, ArrayRef<Value> at) -> Value {
          FloatMath f{b, l, ct};
          SmallVector<Value> size, lo, hi, coord;
          for (int64_t i = 0; i < spatial; ++i) {
            Value d = f.fromIndex(dims[i]);
            size.push_back(d);
            lo.push_back(alignCorners ? f.cst(0.0) : f.cst(-0.5));
            hi.push_back(alignCorners ? f.sub(d, f.cst(1.0))
                                      : f.sub(d, f.cst(0.5)));
            // grid[n, h..., k] holds the coordinate of spatial dim
            // spatial - 1 - k (x first).
            SmallVector<Value> gridAt{at[0]};
            for (int64_t j = 0; j < spatial; ++j)
              gridAt.push_back(at[j + 2]);
            gridAt.push_back(
                arith::ConstantIndexOp::create(b, l, spatial - 1 - i));
            Value g = f.from(extractClamped(b, l, grid, gridAt));
            Value c =
                alignCorners
                    ? f.mul(f.mul(f.add(g, f.cst(1.0)), f.cst(0.5)),
                            f.sub(d, f.cst(1.0)))
                    : f.mul(f.sub(f.mul(f.add(g, f.cst(1.0)), d), f.cst(1.0)),
                            f.cst(0.5));
            if (mode == "nearest")
              c = math::RoundEvenOp::create(b, l, c);
            Value outside = f.orI(f.cmp(FP::OLT, c, lo.back()),
                                  f.cmp(FP::OGT, c, hi.back()));
            if (padding == "border")
              c = f.select(outside, f.clamp(c, f.cst(0.0), f.sub(d, f.cst(1.0))),
                           c);
            else if (padding == "reflection")
              c = f.select(outside, reflect(f, c, lo.back(), hi.back()), c);
            coord.push_back(c);
          }
          // The tap at integral float coordinates `tap`, by the padding
          // mode, and whether it counts (zeros padding reads 0 outside).
          auto readTap = [&](ArrayRef<Value> tap) -> std::pair<Value, Value> {
            SmallVector<Value> from{at[0], at[1]};
            Value valid = arith::ConstantIntOp::create(b, l, 1, 1);
            for (int64_t i = 0; i < spatial; ++i) {
              Value t = tap[i];
              Value last = f.sub(size[i], f.cst(1.0));
              if (padding == "zeros")
                valid = f.andI(valid, f.andI(f.cmp(FP::OGE, t, f.cst(0.0)),
                                             f.cmp(FP::OLE, t, last)));
              else if (padding == "reflection")
                t = reflect(f, t, lo[i], hi[i]);
              // Clamped, then truncated (as the reference's int()).
              from.push_back(f.toIndex(f.clamp(t, f.cst(0.0), last)));
            }
            return {f.from(extractClamped(b, l, x, from)), valid};
          };
          Value zero = f.cst(0.0);
          Value result = zero;
          if (mode == "nearest") {
            auto [v, valid] = readTap(coord);
            result = f.select(valid, v, zero);
          } else {
            // Taps per dim: 2 (linear, from floor) or 4 (cubic, from
            // floor - 1), each with its weight.
            int64_t taps = mode == "cubic" ? 4 : 2;
            SmallVector<SmallVector<Value>> tapCoord(spatial),
                tapWeight(spatial);
            for (int64_t i = 0; i < spatial; ++i) {
              Value base = f.floor(coord[i]);
              Value t = f.sub(coord[i], base);
              if (taps == 2) {
                tapCoord[i] = {base, f.add(base, f.cst(1.0))};
                tapWeight[i] = {f.sub(f.cst(1.0), t), t};
                continue;
              }
              const double a = -0.75;
              auto far = [&](Value s) { // 1 < |s| < 2
                return f.sub(
                    f.mul(f.add(f.mul(f.sub(f.mul(f.cst(a), s), f.cst(5 * a)),
                                      s),
                                f.cst(8 * a)),
                          s),
                    f.cst(4 * a));
              };
              auto near = [&](Value s) { // |s| <= 1
                return f.add(f.mul(f.mul(f.sub(f.mul(f.cst(a + 2), s),
                                               f.cst(a + 3)),
                                         s),
                                   s),
                             f.cst(1.0));
              };
              Value one = f.cst(1.0);
              tapCoord[i] = {f.sub(base, one), base, f.add(base, one),
                             f.add(base, f.cst(2.0))};
              tapWeight[i] = {far(f.add(t, one)), near(t),
                              near(f.sub(one, t)),
                              far(f.sub(f.cst(2.0), t))};
            }
            int64_t total = 1;
            for (int64_t i = 0; i < spatial; ++i)
              total *= taps;
            for (int64_t k = 0; k < total; ++k) {
              SmallVector<Value> tap;
              Value w = f.cst(1.0);
              int64_t rest = k;
              for (int64_t i = 0; i < spatial; ++i, rest /= taps) {
                tap.push_back(tapCoord[i][rest % taps]);
                w = f.mul(w, tapWeight[i][rest % taps]);
              }
              auto [v, valid] = readTap(tap);
              result = f.add(result, f.mul(w, f.select(valid, v, zero)));
            }
          }
          return toElement(b, l, result, et);
        });
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, y, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// RoiAlign
//===----------------------------------------------------------------------===//

struct RoiAlignToLinalg : OpConversionPattern<RoiAlignOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(RoiAlignOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getX(), rois = adaptor.getRois();
    Value batchIndices = adaptor.getBatchIndices();
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!xType || !resultType || xType.getRank() != 4 ||
        !isa<RankedTensorType>(rois.getType()) ||
        !isa<RankedTensorType>(batchIndices.getType()))
      return rewriter.notifyMatchFailure(op, "shapes not known well enough");
    Type et = xType.getElementType();
    FloatType ct = computeTypeOf(rewriter.getContext());
    bool halfPixel = op.getCoordinateTransformationMode() == "half_pixel";
    bool isMax = op.getMode() == "max";
    int64_t outH = op.getOutputHeight(), outW = op.getOutputWidth();
    int64_t samplingRatio = op.getSamplingRatio();
    double spatialScale = op.getSpatialScale().convertToDouble();

    using P = arith::CmpIPredicate;
    Value zeroIndex = arith::ConstantIndexOp::create(rewriter, loc, 0);
    Value oneIndex = arith::ConstantIndexOp::create(rewriter, loc, 1);
    Value batch = tensor::DimOp::create(rewriter, loc, x, 0);
    Value numRois = tensor::DimOp::create(rewriter, loc, rois, 0);
    Value numIndices = tensor::DimOp::create(rewriter, loc, batchIndices, 0);
    emitRuntimeFailure(
        rewriter, loc,
        arith::CmpIOp::create(rewriter, loc, P::ne, numRois, numIndices),
        describeNodeForFormat(op) +
            ": %lld rois and %lld batch_indices differ in number",
        {numRois, numIndices});
    emitValueRangeCheck(
        rewriter, loc, batchIndices, zeroIndex,
        arith::SubIOp::create(rewriter, loc, batch, oneIndex),
        describeNodeForFormat(op) +
            ": batch index %lld is out of range for a batch of %lld",
        batch);
    Value height = tensor::DimOp::create(rewriter, loc, x, 2);
    Value width = tensor::DimOp::create(rewriter, loc, x, 3);

    SmallVector<OpFoldResult> sizes{
        tensor::getMixedSize(rewriter, loc, rois, 0),
        tensor::getMixedSize(rewriter, loc, x, 1), rewriter.getIndexAttr(outH),
        rewriter.getIndexAttr(outW)};
    Value y = buildIndexedGeneric(
        rewriter, loc, sizes, et,
        [&](OpBuilder &b, Location l, ArrayRef<Value> at) -> Value {
          FloatMath f{b, l, ct};
          Value r = at[0], c = at[1];
          auto roi = [&](int64_t k) {
            Value v = f.from(extractClamped(
                b, l, rois, {r, arith::ConstantIndexOp::create(b, l, k)}));
            return f.sub(f.mul(v, f.cst(spatialScale)),
                         f.cst(halfPixel ? 0.5 : 0.0));
          };
          Value startW = roi(0), startH = roi(1);
          Value roiW = f.sub(roi(2), startW), roiH = f.sub(roi(3), startH);
          if (!halfPixel) {
            roiW = arith::MaximumFOp::create(b, l, roiW, f.cst(1.0));
            roiH = arith::MaximumFOp::create(b, l, roiH, f.cst(1.0));
          }
          Value binH = f.div(roiH, f.cst(outH)), binW = f.div(roiW, f.cst(outW));
          // The sampling grid of the bin: sampling_ratio, else
          // ceil(roi size / output size), at least 0 and at most 2^20
          // (a box of NaN or huge size must not loop for long).
          auto gridSize = [&](Value extent, int64_t out) -> Value {
            if (samplingRatio > 0)
              return arith::ConstantIndexOp::create(b, l, samplingRatio);
            Value g = math::CeilOp::create(b, l, f.div(extent, f.cst(out)));
            return f.toIndex(f.clamp(g, f.cst(0.0), f.cst(1 << 20)));
          };
          Value gridH = gridSize(roiH, outH), gridW = gridSize(roiW, outW);
          Value count = arith::MaxSIOp::create(
              b, l, arith::MulIOp::create(b, l, gridH, gridW),
              arith::ConstantIndexOp::create(b, l, 1));
          Value n = arith::IndexCastOp::create(
              b, l, b.getIndexType(),
              extractClamped(b, l, batchIndices, ValueRange{r}));
          Value h = f.fromIndex(height), w = f.fromIndex(width);
          Value ph = f.fromIndex(at[2]), pw = f.fromIndex(at[3]);
          // One bilinear sample at (yy, xx): the weighted corners as the
          // reference computes them (max mode takes the largest weighted
          // corner).
          auto sample = [&](OpBuilder &sb, Location sl, Value yy,
                            Value xx) -> Value {
            FloatMath s{sb, sl, ct};
            Value outside =
                s.orI(s.orI(s.cmp(FP::OLT, yy, s.cst(-1.0)),
                            s.cmp(FP::OGT, yy, h)),
                      s.orI(s.cmp(FP::OLT, xx, s.cst(-1.0)),
                            s.cmp(FP::OGT, xx, w)));
            auto axis = [&](Value v, Value extent) {
              Value last = s.sub(extent, s.cst(1.0));
              v = arith::MaxNumFOp::create(sb, sl, v, s.cst(0.0));
              Value low = s.floor(v);
              Value atEnd = s.cmp(FP::OGE, low, last);
              low = s.select(atEnd, last, low);
              Value high = s.select(atEnd, last, s.add(low, s.cst(1.0)));
              v = s.select(atEnd, low, v);
              Value frac = s.sub(v, low);
              return std::array<Value, 4>{low, high, frac,
                                          s.sub(s.cst(1.0), frac)};
            };
            auto [yLow, yHigh, ly, hy] = axis(yy, h);
            auto [xLow, xHigh, lx, hx] = axis(xx, w);
            auto read = [&](Value py, Value px) {
              SmallVector<Value> from{
                  n, c,
                  s.toIndex(s.clamp(py, s.cst(0.0), s.sub(h, s.cst(1.0)))),
                  s.toIndex(s.clamp(px, s.cst(0.0), s.sub(w, s.cst(1.0))))};
              return s.from(extractClamped(sb, sl, x, from));
            };
            Value v1 = s.mul(s.mul(hy, hx), read(yLow, xLow));
            Value v2 = s.mul(s.mul(hy, lx), read(yLow, xHigh));
            Value v3 = s.mul(s.mul(ly, hx), read(yHigh, xLow));
            Value v4 = s.mul(s.mul(ly, lx), read(yHigh, xHigh));
            Value combined =
                isMax ? arith::MaximumFOp::create(
                            sb, sl,
                            arith::MaximumFOp::create(
                                sb, sl, arith::MaximumFOp::create(sb, sl, v1, v2),
                                v3),
                            v4)
                            .getResult()
                      : s.add(s.add(v1, v2), s.add(v3, v4));
            return s.select(outside, s.cst(0.0), combined);
          };
          Value gridHf = f.fromIndex(gridH), gridWf = f.fromIndex(gridW);
          Value first = arith::ConstantIntOp::create(b, l, 1, 1);
          auto loops = buildLoopNest(
              b, l, {gridH, gridW}, {f.cst(0.0), first},
              [&](OpBuilder &lb, Location ll, ValueRange ivs,
                  ValueRange carried) -> SmallVector<Value> {
                FloatMath s{lb, ll, ct};
                Value iy = s.fromIndex(ivs[0]), ix = s.fromIndex(ivs[1]);
                Value yy = s.add(
                    s.add(startH, s.mul(ph, binH)),
                    s.div(s.mul(s.add(iy, s.cst(0.5)), binH), gridHf));
                Value xx = s.add(
                    s.add(startW, s.mul(pw, binW)),
                    s.div(s.mul(s.add(ix, s.cst(0.5)), binW), gridWf));
                Value v = sample(lb, ll, yy, xx);
                Value acc =
                    isMax ? s.select(carried[1], v,
                                     arith::MaximumFOp::create(lb, ll,
                                                               carried[0], v))
                          : s.add(carried[0], v);
                return {acc, arith::ConstantIntOp::create(lb, ll, 0, 1)};
              });
          Value result = loops[0];
          if (!isMax)
            result = f.div(result, f.fromIndex(count));
          return toElement(b, l, result, et);
        });
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, y, resultType));
    return success();
  }
};

} // namespace

void populateSamplingToLinalgPatterns(const TypeConverter &converter,
                                      RewritePatternSet &patterns) {
  patterns.add<GridSampleToLinalg, RoiAlignToLinalg>(converter,
                                                     patterns.getContext());
}

} // namespace onnxc
