//===- QuantizationToLinalg.cpp - Quantization ops to linalg --------------===//
//
// QuantizeLinear and DequantizeLinear are one linalg.generic each. The
// integer products (MatMulInteger, ConvInteger) widen their operands to i32
// minus the zero points, then reuse the MatMul and Conv builders of
// ContractionUtils in i32; QLinearMatMul and QLinearConv requantize that
// i32 result in one more linalg.generic.
//
// Scales and zero points broadcast numpy-style against the tensor they
// belong to: a scalar or one element as it is, a vector along dim d of a
// rank-r tensor as [C, 1, ..., 1] (r - d dims), a tensor of the full rank
// as it is. Their dynamic dims broadcast at run time (emitBroadcastChecks):
// a size that is neither 1 nor the dim's fails the run.
//
// The arithmetic is the ONNX reference's: x / scale in x's float type,
// rounded half to even, plus the zero point, saturated to the output type;
// (x - zero point) * scale in the scale's type; the requantization
// multiplies the i32 sum, in double, by a_scale * b_scale / y_scale computed
// in the scales' type. Narrower floats (f16, bf16) are computed in f32 (or
// f64 for products that f32 cannot hold exactly) and rounded to their type
// after each operation, which gives the correctly rounded narrow result.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/dialects/ONNX/IR/ShapeHelpers.h"
#include "onnxc/lowering/ONNXToLinalg/ContractionUtils.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"
#include "onnxc/lowering/ONNXToLinalg/RuntimeChecks.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/DialectConversion.h"

#include <cmath>

using namespace mlir;

namespace onnxc {
namespace {

bool isUnsignedElement(Value original) {
  return onnxc::getElementType(original.getType()).isUnsignedInteger();
}

/// An integer scalar widened to `to` by its signedness.
Value extendInt(OpBuilder &b, Location loc, Value v, Type to, bool isUnsigned) {
  if (v.getType() == to)
    return v;
  if (isUnsigned)
    return arith::ExtUIOp::create(b, loc, to, v);
  return arith::ExtSIOp::create(b, loc, to, v);
}

Value intToFloat(OpBuilder &b, Location loc, Value v, Type to,
                 bool isUnsigned) {
  if (isUnsigned)
    return arith::UIToFPOp::create(b, loc, to, v);
  return arith::SIToFPOp::create(b, loc, to, v);
}

Value extendFloat(OpBuilder &b, Location loc, Value v, Type to) {
  if (v.getType() == to)
    return v;
  return arith::ExtFOp::create(b, loc, to, v);
}

/// `op` on floats of type `type`: directly for f32 and f64, else in f32 and
/// rounded back to `type` (exact for f16 and bf16 operands, whose sums,
/// products and quotients f32 rounds innocuously). Returns a `type` value.
template <typename OpTy>
Value floatOp(OpBuilder &b, Location loc, Value x, Value y, Type type) {
  if (type.getIntOrFloatBitWidth() >= 32)
    return OpTy::create(b, loc, x, y);
  Type f32 = b.getF32Type();
  Value wide = OpTy::create(b, loc, extendFloat(b, loc, x, f32),
                            extendFloat(b, loc, y, f32));
  return arith::TruncFOp::create(b, loc, type, wide);
}

/// The range of an integer type as floats of `type`.
std::pair<Value, Value> integerRange(OpBuilder &b, Location loc,
                                     IntegerType integer, bool isUnsigned,
                                     Type type) {
  unsigned width = integer.getWidth();
  double lo = isUnsigned ? 0.0 : -std::ldexp(1.0, width - 1);
  double hi =
      isUnsigned ? std::ldexp(1.0, width) - 1 : std::ldexp(1.0, width - 1) - 1;
  return {createScalarConstant(b, loc, type, lo),
          createScalarConstant(b, loc, type, hi)};
}

/// round_half_to_even(v) + zeroPoint, saturated to `out` and converted to
/// it. NaN becomes the low end of the range.
Value roundAndSaturate(OpBuilder &b, Location loc, Value v, Value zeroPoint,
                       bool zpUnsigned, IntegerType out, bool outUnsigned) {
  Type type = v.getType();
  Value r = math::RoundEvenOp::create(b, loc, v);
  if (zeroPoint)
    r = arith::AddFOp::create(b, loc, r,
                              intToFloat(b, loc, zeroPoint, type, zpUnsigned));
  auto [lo, hi] = integerRange(b, loc, out, outUnsigned, type);
  r = arith::MinNumFOp::create(b, loc, arith::MaxNumFOp::create(b, loc, r, lo),
                               hi);
  if (outUnsigned)
    return arith::FPToUIOp::create(b, loc, out, r);
  return arith::FPToSIOp::create(b, loc, out, r);
}

/// A scale or zero point (converted; ONNX input `number` of `op`) made
/// numpy-broadcastable against a tensor of rank `rank` that it quantizes
/// along dim `dim` (-1: per tensor only): static one-element tensors become
/// rank 0, a vector [C] becomes [C, 1, ..., 1] with `rank - dim` dims, a
/// tensor of the full rank stays. A vector of run-time size where only one
/// element fits is checked to hold one and read as a scalar. Null for an
/// absent parameter; failure where it cannot broadcast.
FailureOr<Value> alignParam(OpBuilder &b, Location loc, Operation *op,
                            Value param, unsigned number, int64_t dim,
                            int64_t rank) {
  if (!param || isa<NoneType>(param.getType()))
    return Value();
  auto type = dyn_cast<RankedTensorType>(param.getType());
  if (!type)
    return failure();
  if (type.hasStaticShape() && type.getNumElements() == 1) {
    if (type.getRank() == 0)
      return param;
    return Value(tensor::CollapseShapeOp::create(
        b, loc, RankedTensorType::get({}, type.getElementType()), param,
        ArrayRef<ReassociationIndices>{}));
  }
  if (type.getRank() == rank && rank > 1)
    return param;
  if (type.getRank() != 1)
    return failure();
  if (dim < 0 || dim >= rank) {
    if (!type.isDynamicDim(0))
      return failure();
    Value size = tensor::DimOp::create(b, loc, param, 0);
    emitRuntimeFailure(
        b, loc,
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, size,
                              arith::ConstantIndexOp::create(b, loc, 1)),
        describeNodeForFormat(op) + ": input " + std::to_string(number) +
            " has %lld elements; one (per tensor) is expected",
        {size});
    Value first = extractClamped(b, loc, param,
                                 {arith::ConstantIndexOp::create(b, loc, 0)});
    return Value(tensor::FromElementsOp::create(
        b, loc, RankedTensorType::get({}, type.getElementType()),
        ValueRange{first}));
  }
  int64_t count = rank - dim;
  if (count == 1)
    return param;
  SmallVector<int64_t> shape(count, 1);
  shape[0] = type.getDimSize(0);
  SmallVector<OpFoldResult> sizes(count, b.getIndexAttr(1));
  sizes[0] = tensor::getMixedSize(b, loc, param, 0);
  ReassociationIndices all;
  for (int64_t i = 0; i < count; ++i)
    all.push_back(i);
  return Value(tensor::ExpandShapeOp::create(
      b, loc, RankedTensorType::get(shape, type.getElementType()), param,
      ArrayRef<ReassociationIndices>{all}, sizes));
}

using ElementBody = function_ref<Value(OpBuilder &, Location, ValueRange)>;

/// One linalg.generic over the shape of `operands[0]` whose other operands
/// (null ones are skipped) broadcast to it, numpy-style and at run time
/// where dims are dynamic; `body` maps the elements of the non-null
/// operands, in order, to one of `elementType`. `inputNumbers` are the ONNX
/// input numbers of the operands, for the run-time messages.
FailureOr<Value> buildBroadcastGeneric(OpBuilder &b, Location loc,
                                       Operation *op, ArrayRef<Value> all,
                                       ArrayRef<unsigned> allNumbers,
                                       Type elementType, ElementBody body) {
  SmallVector<Value> operands;
  SmallVector<unsigned> numbers;
  for (auto [v, n] : llvm::zip(all, allNumbers)) {
    if (!v)
      continue;
    operands.push_back(v);
    numbers.push_back(n);
  }
  auto targetType = cast<RankedTensorType>(operands[0].getType());
  int64_t rank = targetType.getRank();
  for (Value v : operands)
    if (cast<RankedTensorType>(v.getType()).getRank() > rank)
      return failure();
  auto resultType = RankedTensorType::get(targetType.getShape(), elementType);
  SmallVector<Value> sizes =
      emitBroadcastChecks(b, loc, op, resultType, operands, numbers, 0);
  SmallVector<AffineMap> maps;
  for (Value v : operands)
    maps.push_back(getBroadcastIndexingMap(
        cast<RankedTensorType>(v.getType()).getShape(), rank, b.getContext()));
  maps.push_back(b.getMultiDimIdentityMap(rank));
  Value init = createEmptyTensor(b, loc, resultType, sizes);
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  return linalg::GenericOp::create(
             b, loc, TypeRange{resultType}, operands, ValueRange{init}, maps,
             iterators,
             [&](OpBuilder &nb, Location nloc, ValueRange args) {
               linalg::YieldOp::create(nb, nloc,
                                       body(nb, nloc, args.drop_back()));
             })
      .getResult(0);
}

/// `x - zeroPoint` widened to i32 (by the signedness of each), the zero
/// point aligned to `x` along `dim` (see alignParam).
FailureOr<Value> shiftToI32(OpBuilder &b, Location loc, Operation *op, Value x,
                            bool xUnsigned, Value zeroPoint, bool zpUnsigned,
                            int64_t dim, unsigned xNumber, unsigned zpNumber) {
  int64_t rank = cast<RankedTensorType>(x.getType()).getRank();
  FailureOr<Value> zp = alignParam(b, loc, op, zeroPoint, zpNumber, dim, rank);
  if (failed(zp))
    return failure();
  Type i32 = b.getI32Type();
  bool hasZp = static_cast<bool>(*zp);
  return buildBroadcastGeneric(
      b, loc, op, {x, *zp}, {xNumber, zpNumber}, i32,
      [&](OpBuilder &nb, Location nloc, ValueRange args) {
        Value v = extendInt(nb, nloc, args[0], i32, xUnsigned);
        if (!hasZp)
          return v;
        return Value(arith::SubIOp::create(
            nb, nloc, v, extendInt(nb, nloc, args[1], i32, zpUnsigned)));
      });
}

/// The scales' multiplier s1 * s2 / sy, in their type.
Value requantMultiplier(OpBuilder &b, Location loc, Value s1, Value s2,
                        Value sy) {
  Type type = s1.getType();
  Value product = floatOp<arith::MulFOp>(b, loc, s1, s2, type);
  return floatOp<arith::DivFOp>(b, loc, product, sy, type);
}

/// The output of QLinearMatMul and QLinearConv: the i32 `acc` (plus the i32
/// `bias` when there is one) times the multiplier of the scales, in double,
/// rounded, plus y's zero point, saturated to its type. `s1`, `s2` are the
/// input scales, `sy`, `zy` y's scale and zero point, all aligned to acc.
FailureOr<Value> requantize(OpBuilder &b, Location loc, Operation *op,
                            Value acc, Value bias, Value s1, Value s2, Value sy,
                            Value zy, ArrayRef<unsigned> numbers,
                            IntegerType out, bool outUnsigned) {
  bool hasBias = static_cast<bool>(bias);
  Type f64 = b.getF64Type();
  return buildBroadcastGeneric(
      b, loc, op, {acc, bias, s1, s2, sy, zy}, numbers, out,
      [&](OpBuilder &nb, Location nloc, ValueRange args) {
        Value sum = args[0];
        unsigned next = 1;
        if (hasBias)
          sum = arith::AddIOp::create(nb, nloc, sum, args[next++]);
        Value m = requantMultiplier(nb, nloc, args[next], args[next + 1],
                                    args[next + 2]);
        Value v = arith::MulFOp::create(nb, nloc,
                                        intToFloat(nb, nloc, sum, f64, false),
                                        extendFloat(nb, nloc, m, f64));
        return roundAndSaturate(nb, nloc, v, args[next + 3], outUnsigned, out,
                                outUnsigned);
      });
}

/// The converted result type of `op` and its (signless) integer element
/// type, or failure.
FailureOr<std::pair<Type, IntegerType>>
integerResult(const TypeConverter &converter, Operation *op) {
  Type type = converter.convertType(op->getResult(0).getType());
  auto ranked = dyn_cast_or_null<RankedTensorType>(type);
  if (!ranked)
    return failure();
  auto integer = dyn_cast<IntegerType>(ranked.getElementType());
  if (!integer)
    return failure();
  return std::make_pair(type, integer);
}

bool allRanked(ValueRange values) {
  return llvm::all_of(values, [](Value v) {
    return isa<RankedTensorType, NoneType>(v.getType());
  });
}

struct QuantizeLinearToLinalg : OpConversionPattern<QuantizeLinearOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(QuantizeLinearOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto result = integerResult(*getTypeConverter(), op);
    if (failed(result) || !allRanked(adaptor.getOperands()))
      return rewriter.notifyMatchFailure(op, "operands must be ranked");
    Value x = adaptor.getX();
    int64_t rank = cast<RankedTensorType>(x.getType()).getRank();
    int64_t axis = op.getAxis();
    if (axis < 0)
      axis += rank;
    FailureOr<Value> scale =
        alignParam(rewriter, loc, op, adaptor.getYScale(), 1, axis, rank);
    FailureOr<Value> zp =
        alignParam(rewriter, loc, op, adaptor.getYZeroPoint(), 2, axis, rank);
    if (failed(scale) || failed(zp))
      return rewriter.notifyMatchFailure(op, "y_scale or y_zero_point does "
                                             "not broadcast to x");
    Type xType = cast<RankedTensorType>(x.getType()).getElementType();
    bool hasZp = static_cast<bool>(*zp);
    bool zpUnsigned = hasZp && isUnsignedElement(op.getYZeroPoint());
    bool outUnsigned = isUnsignedElement(op.getY());
    IntegerType out = result->second;
    FailureOr<Value> y = buildBroadcastGeneric(
        rewriter, loc, op, {x, *scale, *zp}, {0, 1, 2}, out,
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value xv = args[0], s = args[1], q;
          if (isa<IntegerType>(xType)) {
            // int32 x: exactly in double.
            Type f64 = b.getF64Type();
            q = arith::DivFOp::create(b, l, intToFloat(b, l, xv, f64, false),
                                      extendFloat(b, l, s, f64));
          } else {
            q = floatOp<arith::DivFOp>(b, l, xv, s, xType);
            if (xType.getIntOrFloatBitWidth() < 32)
              q = extendFloat(b, l, q, b.getF32Type());
          }
          return roundAndSaturate(b, l, q, hasZp ? args[2] : Value(),
                                  zpUnsigned, out, outUnsigned);
        });
    if (failed(y))
      return rewriter.notifyMatchFailure(op, "parameters of a higher rank");
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, *y, result->first));
    return success();
  }
};

struct DequantizeLinearToLinalg : OpConversionPattern<DequantizeLinearOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(DequantizeLinearOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type resultType = getTypeConverter()->convertType(op.getType());
    if (!isa_and_nonnull<RankedTensorType>(resultType) ||
        !allRanked(adaptor.getOperands()))
      return rewriter.notifyMatchFailure(op, "operands must be ranked");
    Value x = adaptor.getX();
    auto xType = cast<RankedTensorType>(x.getType());
    int64_t rank = xType.getRank();
    int64_t axis = op.getAxis();
    if (axis < 0)
      axis += rank;
    FailureOr<Value> scale =
        alignParam(rewriter, loc, op, adaptor.getXScale(), 1, axis, rank);
    FailureOr<Value> zp =
        alignParam(rewriter, loc, op, adaptor.getXZeroPoint(), 2, axis, rank);
    if (failed(scale) || failed(zp))
      return rewriter.notifyMatchFailure(op, "x_scale or x_zero_point does "
                                             "not broadcast to x");
    bool xUnsigned = isUnsignedElement(op.getX());
    bool hasZp = static_cast<bool>(*zp);
    // int32 x may meet a zero point: the difference needs 33 bits.
    Type wide = xType.getElementType().getIntOrFloatBitWidth() >= 32
                    ? rewriter.getI64Type()
                    : rewriter.getI32Type();
    auto st = cast<FloatType>(
        cast<RankedTensorType>(scale->getType()).getElementType());
    FailureOr<Value> y = buildBroadcastGeneric(
        rewriter, loc, op, {x, *scale, *zp}, {0, 1, 2}, st,
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value d = extendInt(b, l, args[0], wide, xUnsigned);
          if (hasZp)
            d = arith::SubIOp::create(
                b, l, d, extendInt(b, l, args[2], wide, xUnsigned));
          if (st.getWidth() >= 32)
            return Value(arith::MulFOp::create(
                b, l, intToFloat(b, l, d, st, false), args[1]));
          // A narrow scale: the product is exact in double, rounded once.
          Type f64 = b.getF64Type();
          Value p = arith::MulFOp::create(b, l, intToFloat(b, l, d, f64, false),
                                          extendFloat(b, l, args[1], f64));
          return Value(arith::TruncFOp::create(b, l, st, p));
        });
    if (failed(y))
      return rewriter.notifyMatchFailure(op, "parameters of a higher rank");
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, *y, resultType));
    return success();
  }
};

/// The dims of a matmul operand that per-row (A) and per-column (B)
/// parameters follow: A's row dim, B's column dim; -1 for a vector.
int64_t rowDim(Value a) {
  int64_t r = cast<RankedTensorType>(a.getType()).getRank();
  return r >= 2 ? r - 2 : -1;
}
int64_t columnDim(Value b) {
  int64_t r = cast<RankedTensorType>(b.getType()).getRank();
  return r >= 2 ? r - 1 : -1;
}

/// A and B of MatMulInteger and QLinearMatMul as i32 minus their zero points
/// (per tensor, per row of A, per column of B).
FailureOr<std::pair<Value, Value>>
shiftMatMulOperands(OpBuilder &b, Location loc, Operation *op, Value a,
                    Value origA, Value aZp, Value origAZp, unsigned aNumbers[2],
                    Value bMat, Value origB, Value bZp, Value origBZp,
                    unsigned bNumbers[2]) {
  auto unsignedOrFalse = [](Value v) {
    return !isa<NoneType>(v.getType()) && isUnsignedElement(v);
  };
  FailureOr<Value> as =
      shiftToI32(b, loc, op, a, isUnsignedElement(origA), aZp,
                 unsignedOrFalse(origAZp), rowDim(a), aNumbers[0], aNumbers[1]);
  FailureOr<Value> bs = shiftToI32(b, loc, op, bMat, isUnsignedElement(origB),
                                   bZp, unsignedOrFalse(origBZp),
                                   columnDim(bMat), bNumbers[0], bNumbers[1]);
  if (failed(as) || failed(bs))
    return failure();
  return std::make_pair(*as, *bs);
}

struct MatMulIntegerToLinalg : OpConversionPattern<MatMulIntegerOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(MatMulIntegerOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type resultType = getTypeConverter()->convertType(op.getType());
    if (!isa_and_nonnull<RankedTensorType>(resultType) ||
        !allRanked(adaptor.getOperands()))
      return rewriter.notifyMatchFailure(op, "operands must be ranked");
    unsigned aNumbers[2] = {0, 2}, bNumbers[2] = {1, 3};
    auto shifted = shiftMatMulOperands(
        rewriter, loc, op, adaptor.getA(), op.getA(), adaptor.getAZeroPoint(),
        op.getAZeroPoint(), aNumbers, adaptor.getB(), op.getB(),
        adaptor.getBZeroPoint(), op.getBZeroPoint(), bNumbers);
    if (failed(shifted))
      return rewriter.notifyMatchFailure(op, "a zero point does not "
                                             "broadcast to its matrix");
    std::string reason;
    FailureOr<Value> product =
        buildMatMul(rewriter, loc, op, shifted->first, shifted->second, reason);
    if (failed(product))
      return rewriter.notifyMatchFailure(op, reason);
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, *product, resultType));
    return success();
  }
};

struct QLinearMatMulToLinalg : OpConversionPattern<QLinearMatMulOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(QLinearMatMulOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto result = integerResult(*getTypeConverter(), op);
    if (failed(result) || !allRanked(adaptor.getOperands()))
      return rewriter.notifyMatchFailure(op, "operands must be ranked");
    Value a = adaptor.getA(), b = adaptor.getB();
    unsigned aNumbers[2] = {0, 2}, bNumbers[2] = {3, 5};
    auto shifted = shiftMatMulOperands(
        rewriter, loc, op, a, op.getA(), adaptor.getAZeroPoint(),
        op.getAZeroPoint(), aNumbers, b, op.getB(), adaptor.getBZeroPoint(),
        op.getBZeroPoint(), bNumbers);
    if (failed(shifted))
      return rewriter.notifyMatchFailure(op, "a zero point does not "
                                             "broadcast to its matrix");
    std::string reason;
    FailureOr<Value> acc =
        buildMatMul(rewriter, loc, op, shifted->first, shifted->second, reason);
    if (failed(acc))
      return rewriter.notifyMatchFailure(op, reason);
    // The parameters' dims in the product [..., M, N] ([..., N] or [..., M]
    // for a vector operand).
    int64_t rank = cast<RankedTensorType>(acc->getType()).getRank();
    bool aVector = rowDim(a) < 0, bVector = columnDim(b) < 0;
    int64_t rows = aVector ? -1 : rank - (bVector ? 1 : 2);
    int64_t columns = bVector ? -1 : rank - 1;
    FailureOr<Value> sa =
        alignParam(rewriter, loc, op, adaptor.getAScale(), 1, rows, rank);
    FailureOr<Value> sb =
        alignParam(rewriter, loc, op, adaptor.getBScale(), 4, columns, rank);
    FailureOr<Value> sy =
        alignParam(rewriter, loc, op, adaptor.getYScale(), 6, columns, rank);
    FailureOr<Value> zy = alignParam(rewriter, loc, op, adaptor.getYZeroPoint(),
                                     7, columns, rank);
    if (failed(sa) || failed(sb) || failed(sy) || failed(zy) ||
        !sameScaleTypes({*sa, *sb, *sy}))
      return rewriter.notifyMatchFailure(op, "a scale does not broadcast to "
                                             "the product");
    FailureOr<Value> y = requantize(
        rewriter, loc, op, *acc, Value(), *sa, *sb, *sy, *zy,
        {0, 8, 1, 4, 6, 7}, result->second, isUnsignedElement(op.getY()));
    if (failed(y))
      return rewriter.notifyMatchFailure(op, "parameters of a higher rank");
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, *y, result->first));
    return success();
  }

  static bool sameScaleTypes(ArrayRef<Value> scales) {
    Type first = cast<RankedTensorType>(scales[0].getType()).getElementType();
    return llvm::all_of(scales, [&](Value s) {
      return cast<RankedTensorType>(s.getType()).getElementType() == first;
    });
  }
};

/// x and w of ConvInteger and QLinearConv as i32 minus their zero points
/// (x's per tensor, w's per tensor or per output channel), convolved.
template <typename OpTy>
FailureOr<Value> buildIntegerConv(ConversionPatternRewriter &rewriter, OpTy op,
                                  Value x, Value xZp, Value w, Value wZp,
                                  unsigned numbers[4], std::string &reason) {
  Location loc = op.getLoc();
  auto unsignedOrFalse = [](Value v) {
    return !isNoValue(v) && isUnsignedElement(v);
  };
  FailureOr<Value> xs = shiftToI32(
      rewriter, loc, op, x, isUnsignedElement(op.getX()), xZp,
      unsignedOrFalse(op.getXZeroPoint()), -1, numbers[0], numbers[1]);
  FailureOr<Value> ws = shiftToI32(
      rewriter, loc, op, w, isUnsignedElement(op.getW()), wZp,
      unsignedOrFalse(op.getWZeroPoint()), 0, numbers[2], numbers[3]);
  if (failed(xs) || failed(ws)) {
    reason = "a zero point does not broadcast to its tensor";
    return failure();
  }
  FailureOr<ConvPlan> plan = planConvolution(
      cast<RankedTensorType>(xs->getType()),
      cast<RankedTensorType>(ws->getType()), op.getGroup(),
      op.getKernelShapeAttr(), op.getStridesAttr(), op.getDilationsAttr(),
      op.getPadsAttr(), op.getAutoPad(), /*allowDynamicWeight=*/true, reason);
  if (failed(plan))
    return failure();
  return emitConvolution(rewriter, loc, op, *xs, *ws, Value(), *plan);
}

bool isRankedConv(Value x, Value w) {
  auto xType = dyn_cast<RankedTensorType>(x.getType());
  auto wType = dyn_cast<RankedTensorType>(w.getType());
  return xType && wType && xType.getRank() >= 3 &&
         xType.getRank() == wType.getRank();
}

struct ConvIntegerToLinalg : OpConversionPattern<ConvIntegerOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ConvIntegerOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type resultType = getTypeConverter()->convertType(op.getType());
    if (!isa_and_nonnull<RankedTensorType>(resultType) ||
        !allRanked(adaptor.getOperands()) ||
        !isRankedConv(adaptor.getX(), adaptor.getW()))
      return rewriter.notifyMatchFailure(op, "operands must be ranked");
    unsigned numbers[4] = {0, 2, 1, 3};
    std::string reason;
    FailureOr<Value> y = buildIntegerConv(
        rewriter, op, adaptor.getX(), adaptor.getXZeroPoint(), adaptor.getW(),
        adaptor.getWZeroPoint(), numbers, reason);
    if (failed(y))
      return rewriter.notifyMatchFailure(op, reason);
    rewriter.replaceOp(op, castIfNeeded(rewriter, op.getLoc(), *y, resultType));
    return success();
  }
};

struct QLinearConvToLinalg : OpConversionPattern<QLinearConvOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(QLinearConvOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto result = integerResult(*getTypeConverter(), op);
    if (failed(result) || !allRanked(adaptor.getOperands()) ||
        !isRankedConv(adaptor.getX(), adaptor.getW()))
      return rewriter.notifyMatchFailure(op, "operands must be ranked");
    unsigned numbers[4] = {0, 2, 3, 5};
    std::string reason;
    FailureOr<Value> acc = buildIntegerConv(
        rewriter, op, adaptor.getX(), adaptor.getXZeroPoint(), adaptor.getW(),
        adaptor.getWZeroPoint(), numbers, reason);
    if (failed(acc))
      return rewriter.notifyMatchFailure(op, reason);
    // Per output channel: dim 1 of the result [N, F, O...].
    int64_t rank = cast<RankedTensorType>(acc->getType()).getRank();
    FailureOr<Value> bias =
        alignParam(rewriter, loc, op, adaptor.getB(), 8, 1, rank);
    FailureOr<Value> sx =
        alignParam(rewriter, loc, op, adaptor.getXScale(), 1, -1, rank);
    FailureOr<Value> sw =
        alignParam(rewriter, loc, op, adaptor.getWScale(), 4, 1, rank);
    FailureOr<Value> sy =
        alignParam(rewriter, loc, op, adaptor.getYScale(), 6, -1, rank);
    FailureOr<Value> zy =
        alignParam(rewriter, loc, op, adaptor.getYZeroPoint(), 7, -1, rank);
    if (failed(bias) || failed(sx) || failed(sw) || failed(sy) || failed(zy) ||
        !QLinearMatMulToLinalg::sameScaleTypes({*sx, *sw, *sy}))
      return rewriter.notifyMatchFailure(op, "a scale or B does not "
                                             "broadcast to the output");
    FailureOr<Value> y = requantize(
        rewriter, loc, op, *acc, *bias, *sx, *sw, *sy, *zy, {0, 8, 1, 4, 6, 7},
        result->second, isUnsignedElement(op.getY()));
    if (failed(y))
      return rewriter.notifyMatchFailure(op, "parameters of a higher rank");
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, *y, result->first));
    return success();
  }
};

} // namespace

void populateQuantizationToLinalgPatterns(const TypeConverter &converter,
                                          RewritePatternSet &patterns) {
  patterns.add<QuantizeLinearToLinalg, DequantizeLinearToLinalg,
               MatMulIntegerToLinalg, QLinearMatMulToLinalg,
               ConvIntegerToLinalg, QLinearConvToLinalg>(converter,
                                                         patterns.getContext());
}

} // namespace onnxc
