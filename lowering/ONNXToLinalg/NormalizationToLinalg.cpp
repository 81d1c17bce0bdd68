//===- NormalizationToLinalg.cpp - Softmax and normalisation layers -------===//
//
// Softmax and LogSoftmax: a max reduction, a sum of exp(x - max) and one
// elementwise pass (three linalg ops, any axis). Hardmax: an argmax then a
// one-hot. LayerNormalization and InstanceNormalization: a sum, a mean, a sum
// of squared deviations and the inverse standard deviation (two-pass, so no
// cancellation), then one elementwise pass that applies scale and bias.
// BatchNormalization (inference): one elementwise pass. Half-precision inputs
// are reduced in f32 (LayerNormalization: in its stash type). LRN: a window
// sum of squares over the channels of a zero-padded copy, then one
// elementwise pass.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"
#include "onnxc/lowering/ONNXToLinalg/ReductionUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

using BodyFn = function_ref<Value(OpBuilder &, Location, ValueRange)>;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// The type that sums of `type` are accumulated in: f32 for half types.
static Type getComputeType(Type type) {
  if (isa<Float16Type, BFloat16Type>(type))
    return Float32Type::get(type.getContext());
  return type;
}

/// A float scalar converted to the float type `to`.
static Value convertFloat(OpBuilder &b, Location loc, Value value, Type to) {
  Type from = value.getType();
  if (from == to)
    return value;
  unsigned fromWidth = from.getIntOrFloatBitWidth();
  unsigned toWidth = to.getIntOrFloatBitWidth();
  if (fromWidth < toWidth)
    return arith::ExtFOp::create(b, loc, to, value);
  if (fromWidth > toWidth)
    return arith::TruncFOp::create(b, loc, to, value);
  // f16 <-> bf16: through f32.
  Value wide =
      arith::ExtFOp::create(b, loc, Float32Type::get(b.getContext()), value);
  return arith::TruncFOp::create(b, loc, to, wide);
}

static Value createNegInf(OpBuilder &b, Location loc, Type type) {
  auto ft = cast<FloatType>(type);
  return arith::ConstantOp::create(
      b, loc,
      b.getFloatAttr(ft, APFloat::getInf(ft.getFloatSemantics(), true)));
}

/// A linalg.generic with one result of `resultType` (a fresh tensor.empty)
/// whose body yields `body(inputs' elements)`.
static Value buildGeneric(OpBuilder &b, Location loc, ValueRange inputs,
                          ArrayRef<AffineMap> inputMaps,
                          RankedTensorType resultType, ValueRange dynamicSizes,
                          BodyFn body) {
  Value init = createEmptyTensor(b, loc, resultType, dynamicSizes);
  int64_t rank = resultType.getRank();
  SmallVector<AffineMap> maps(inputMaps);
  maps.push_back(b.getMultiDimIdentityMap(rank));
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, loc, resultType, inputs, init, maps, iterators,
      [&](OpBuilder &nb, Location nloc, ValueRange args) {
        Value result = body(nb, nloc, args.drop_back());
        linalg::YieldOp::create(nb, nloc, result);
      });
  return generic.getResult(0);
}

/// A linalg.generic that accumulates `body(inputs' elements, accumulator)`
/// over the `reduced` dims into a fill of `init` (inputs: the first has the
/// full iteration space, the others the kept dims).
static Value buildReduction(OpBuilder &b, Location loc, ValueRange inputs,
                            ArrayRef<bool> reduced, Value init, BodyFn body) {
  MLIRContext *context = b.getContext();
  int64_t rank = reduced.size();
  auto inputType = cast<RankedTensorType>(inputs[0].getType());
  RankedTensorType type = getReducedType(inputType, reduced, init.getType());
  Value filled = createFilledTensor(
      b, loc, type, getKeptDynamicSizes(b, loc, inputs[0], reduced), init);
  AffineMap kept = getKeptDimsMap(reduced, context);
  SmallVector<AffineMap> maps(inputs.size() + 1, kept);
  maps[0] = b.getMultiDimIdentityMap(rank);
  auto generic = linalg::GenericOp::create(
      b, loc, type, inputs, filled, maps, getIteratorTypes(reduced),
      [&](OpBuilder &nb, Location nloc, ValueRange args) {
        linalg::YieldOp::create(nb, nloc, body(nb, nloc, args));
      });
  return generic.getResult(0);
}

/// linalg.reduce with `combine(element, accumulator)` into a fill of `init`.
static Value buildReduce(OpBuilder &b, Location loc, Value input,
                         ArrayRef<bool> reduced, Value init, BodyFn combine) {
  auto inputType = cast<RankedTensorType>(input.getType());
  RankedTensorType type = getReducedType(inputType, reduced, init.getType());
  Value filled = createFilledTensor(
      b, loc, type, getKeptDynamicSizes(b, loc, input, reduced), init);
  auto reduce = linalg::ReduceOp::create(
      b, loc, input, filled, getReducedDims(reduced),
      [&](OpBuilder &nb, Location nloc, ValueRange args) {
        linalg::YieldOp::create(nb, nloc, combine(nb, nloc, args));
      });
  return reduce.getResult(0);
}

namespace {
/// Mean and 1/sqrt(variance + epsilon) over the `reduced` dims of `x`, in
/// `type`, as tensors of the kept dims.
struct Moments {
  Value mean;
  Value invStdDev;
};
} // namespace

static Moments computeMoments(OpBuilder &b, Location loc, Value x,
                              ArrayRef<bool> reduced, Type type,
                              double epsilon) {
  auto xType = cast<RankedTensorType>(x.getType());
  RankedTensorType statsType = getReducedType(xType, reduced, type);
  SmallVector<Value> dynamicSizes = getKeptDynamicSizes(b, loc, x, reduced);
  Value zero = createScalarConstant(b, loc, type, 0.0);
  Value sum =
      buildReduce(b, loc, x, reduced, zero,
                  [&](OpBuilder &nb, Location nloc, ValueRange args) -> Value {
                    Value e = convertFloat(nb, nloc, args[0], type);
                    return arith::AddFOp::create(nb, nloc, e, args[1]);
                  });
  Value count = createReducedCount(b, loc, x, reduced, type);
  AffineMap identity = b.getMultiDimIdentityMap(statsType.getRank());
  Value mean =
      buildGeneric(b, loc, sum, identity, statsType, dynamicSizes,
                   [&](OpBuilder &nb, Location nloc, ValueRange args) -> Value {
                     return arith::DivFOp::create(nb, nloc, args[0], count);
                   });
  Value squares = buildReduction(
      b, loc, ValueRange{x, mean}, reduced, zero,
      [&](OpBuilder &nb, Location nloc, ValueRange args) -> Value {
        Value e = convertFloat(nb, nloc, args[0], type);
        Value d = arith::SubFOp::create(nb, nloc, e, args[1]);
        Value d2 = arith::MulFOp::create(nb, nloc, d, d);
        return arith::AddFOp::create(nb, nloc, d2, args[2]);
      });
  Value invStdDev =
      buildGeneric(b, loc, squares, identity, statsType, dynamicSizes,
                   [&](OpBuilder &nb, Location nloc, ValueRange args) -> Value {
                     Value eps = createScalarConstant(nb, nloc, type, epsilon);
                     Value one = createScalarConstant(nb, nloc, type, 1.0);
                     Value variance =
                         arith::DivFOp::create(nb, nloc, args[0], count);
                     Value sum = arith::AddFOp::create(nb, nloc, variance, eps);
                     Value stdDev = math::SqrtOp::create(nb, nloc, sum);
                     return arith::DivFOp::create(nb, nloc, one, stdDev);
                   });
  return {mean, invStdDev};
}

/// True when a tensor of `shape` broadcasts (numpy rules) onto `target`
/// without growing it.
static bool broadcastsOnto(ArrayRef<int64_t> shape, ArrayRef<int64_t> target) {
  if (shape.size() > target.size())
    return false;
  int64_t offset = target.size() - shape.size();
  for (auto [i, d] : llvm::enumerate(shape)) {
    int64_t t = target[offset + i];
    if (d == 1 || ShapedType::isDynamic(d) || ShapedType::isDynamic(t))
      continue;
    if (d != t)
      return false;
  }
  return true;
}

/// Checks that `value` is a 1-D float tensor (a per-channel parameter).
static bool isChannelVector(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && type.getRank() == 1 && isSupportedFloat(type.getElementType());
}

namespace {

//===----------------------------------------------------------------------===//
// Softmax, LogSoftmax, Hardmax
//===----------------------------------------------------------------------===//

/// Checks a softmax-like op and reads its input, result type and axis.
template <typename OpTy>
LogicalResult matchSoftmaxLike(OpTy op, Value input,
                               ConversionPatternRewriter &rewriter,
                               RankedTensorType &resultType, int64_t &axis) {
  auto inputType = dyn_cast<RankedTensorType>(input.getType());
  resultType = getConvertedRankedType(op.getType());
  if (!inputType || !resultType)
    return rewriter.notifyMatchFailure(op, "expects ranked input and result");
  if (!isSupportedFloat(inputType.getElementType()))
    return rewriter.notifyMatchFailure(op, "expects a float input");
  axis = op.getAxis();
  if (failed(normalizeAxis(axis, inputType.getRank(), std::nullopt)))
    return rewriter.notifyMatchFailure(op, "axis out of range");
  if (resultType.getRank() != inputType.getRank())
    return rewriter.notifyMatchFailure(op, "result rank disagrees");
  return success();
}

template <typename OpTy, bool IsLog>
struct SoftmaxToLinalg : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getInput();
    RankedTensorType resultType;
    int64_t axis;
    if (failed(matchSoftmaxLike(op, x, rewriter, resultType, axis)))
      return failure();
    auto xType = cast<RankedTensorType>(x.getType());
    Type type = xType.getElementType();
    Type computeType = getComputeType(type);
    int64_t rank = xType.getRank();
    SmallVector<bool> reduced(rank, false);
    reduced[axis] = true;

    Value max = buildReduce(
        rewriter, loc, x, reduced, createNegInf(rewriter, loc, type),
        [](OpBuilder &b, Location l, ValueRange args) -> Value {
          return arith::MaximumFOp::create(b, l, args[0], args[1]);
        });
    auto shifted = [&](OpBuilder &b, Location l, Value e, Value m) -> Value {
      return arith::SubFOp::create(b, l, convertFloat(b, l, e, computeType),
                                   convertFloat(b, l, m, computeType));
    };
    Value sum =
        buildReduction(rewriter, loc, ValueRange{x, max}, reduced,
                       createScalarConstant(rewriter, loc, computeType, 0.0),
                       [&](OpBuilder &b, Location l, ValueRange args) -> Value {
                         Value exp = math::ExpOp::create(
                             b, l, shifted(b, l, args[0], args[1]));
                         return arith::AddFOp::create(b, l, exp, args[2]);
                       });
    AffineMap kept = getKeptDimsMap(reduced, rewriter.getContext());
    Value result =
        buildGeneric(rewriter, loc, ValueRange{x, max, sum},
                     {rewriter.getMultiDimIdentityMap(rank), kept, kept},
                     RankedTensorType::get(xType.getShape(), type),
                     getDynamicSizes(rewriter, loc, x),
                     [&](OpBuilder &b, Location l, ValueRange args) -> Value {
                       Value d = shifted(b, l, args[0], args[1]);
                       Value r;
                       if (IsLog)
                         r = arith::SubFOp::create(
                             b, l, d, math::LogOp::create(b, l, args[2]));
                       else
                         r = arith::DivFOp::create(
                             b, l, math::ExpOp::create(b, l, d), args[2]);
                       return convertFloat(b, l, r, type);
                     });
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, result, resultType));
    return success();
  }
};

/// One-hot of the first maximum along the axis (a NaN counts as the
/// maximum, like numpy's argmax).
struct HardmaxToLinalg : OpConversionPattern<HardmaxOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(HardmaxOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *context = rewriter.getContext();
    Value x = adaptor.getInput();
    RankedTensorType resultType;
    int64_t axis;
    if (failed(matchSoftmaxLike(op, x, rewriter, resultType, axis)))
      return failure();
    auto xType = cast<RankedTensorType>(x.getType());
    Type type = xType.getElementType();
    Type i64 = rewriter.getI64Type();
    int64_t rank = xType.getRank();
    SmallVector<bool> reduced(rank, false);
    reduced[axis] = true;

    SmallVector<Value> dynamicSizes =
        getKeptDynamicSizes(rewriter, loc, x, reduced);
    RankedTensorType valueType = getReducedType(xType, reduced, type);
    RankedTensorType indexType = getReducedType(xType, reduced, i64);
    Value valueInit = createFilledTensor(rewriter, loc, valueType, dynamicSizes,
                                         createNegInf(rewriter, loc, type));
    Value indexInit =
        createFilledTensor(rewriter, loc, indexType, dynamicSizes,
                           createScalarConstant(rewriter, loc, i64, 0.0));
    AffineMap kept = getKeptDimsMap(reduced, context);
    AffineMap identity = rewriter.getMultiDimIdentityMap(rank);
    auto argmax = linalg::GenericOp::create(
        rewriter, loc, TypeRange{valueType, indexType}, x,
        ValueRange{valueInit, indexInit}, {identity, kept, kept},
        getIteratorTypes(reduced),
        [&](OpBuilder &b, Location l, ValueRange args) {
          using P = arith::CmpFPredicate;
          Value e = args[0], best = args[1];
          Value greater = arith::CmpFOp::create(b, l, P::OGT, e, best);
          Value eIsNaN = arith::CmpFOp::create(b, l, P::UNO, e, e);
          Value bestIsNumber = arith::CmpFOp::create(b, l, P::ORD, best, best);
          Value firstNaN = arith::AndIOp::create(b, l, eIsNaN, bestIsNumber);
          Value take = arith::OrIOp::create(b, l, greater, firstNaN);
          Value index = arith::IndexCastOp::create(
              b, l, b.getI64Type(),
              linalg::IndexOp::create(b, l, static_cast<uint64_t>(axis)));
          linalg::YieldOp::create(
              b, l,
              ValueRange{arith::SelectOp::create(b, l, take, e, best),
                         arith::SelectOp::create(b, l, take, index, args[2])});
        });
    Value result = buildGeneric(
        rewriter, loc, argmax.getResult(1), kept,
        RankedTensorType::get(xType.getShape(), type),
        getDynamicSizes(rewriter, loc, x),
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value index = arith::IndexCastOp::create(
              b, l, b.getI64Type(),
              linalg::IndexOp::create(b, l, static_cast<uint64_t>(axis)));
          Value isMax = arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq,
                                              index, args[0]);
          return arith::SelectOp::create(b, l, isMax,
                                         createScalarConstant(b, l, type, 1.0),
                                         createScalarConstant(b, l, type, 0.0));
        });
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, result, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// LayerNormalization, InstanceNormalization, BatchNormalization
//===----------------------------------------------------------------------===//

struct LayerNormalizationToLinalg : OpConversionPattern<LayerNormalizationOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(LayerNormalizationOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *context = rewriter.getContext();
    Value x = adaptor.getX();
    Value scale = adaptor.getScale();
    bool hasBias = !isNoValue(op.getB());
    Value bias = hasBias ? adaptor.getB() : Value();
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    auto scaleType = dyn_cast<RankedTensorType>(scale.getType());
    auto biasType =
        hasBias ? dyn_cast<RankedTensorType>(bias.getType()) : nullptr;
    RankedTensorType yType = getConvertedRankedType(op.getY().getType());
    if (!xType || !scaleType || (hasBias && !biasType) || !yType)
      return rewriter.notifyMatchFailure(op, "expects ranked operands and Y");
    Type type = xType.getElementType();
    Type stashType = onnxc::getElementType(op.getMean().getType());
    if (!isSupportedFloat(type) || !isSupportedFloat(stashType) ||
        !isSupportedFloat(scaleType.getElementType()) ||
        (hasBias && !isSupportedFloat(biasType.getElementType())))
      return rewriter.notifyMatchFailure(op, "expects float operands");
    int64_t rank = xType.getRank();
    int64_t axis = op.getAxis();
    if (failed(normalizeAxis(axis, rank, std::nullopt)))
      return rewriter.notifyMatchFailure(op, "axis out of range");
    if (!broadcastsOnto(scaleType.getShape(), xType.getShape()) ||
        (hasBias && !broadcastsOnto(biasType.getShape(), xType.getShape())))
      return rewriter.notifyMatchFailure(
          op, "Scale and B must broadcast onto the normalised dims");
    // Mean and InvStdDev are built only when used; their types then matter.
    RankedTensorType meanType, invStdDevType;
    bool meanUsed = !op.getMean().use_empty();
    bool invStdDevUsed = !op.getInvStdDev().use_empty();
    if (meanUsed)
      meanType = getConvertedRankedType(op.getMean().getType());
    if (invStdDevUsed)
      invStdDevType = getConvertedRankedType(op.getInvStdDev().getType());
    if ((meanUsed && (!meanType || meanType.getRank() != rank)) ||
        (invStdDevUsed &&
         (!invStdDevType || invStdDevType.getRank() != rank)) ||
        yType.getRank() != rank)
      return rewriter.notifyMatchFailure(op, "result ranks disagree");

    SmallVector<bool> reduced(rank, false);
    for (int64_t i = axis; i < rank; ++i)
      reduced[i] = true;
    Moments moments = computeMoments(rewriter, loc, x, reduced, stashType,
                                     op.getEpsilonAttr().getValueAsDouble());

    // Normalise in the stash type, then scale and shift in X's type (the
    // order of the ONNX function body).
    AffineMap kept = getKeptDimsMap(reduced, context);
    SmallVector<Value> inputs = {x, moments.mean, moments.invStdDev, scale};
    SmallVector<AffineMap> maps = {
        rewriter.getMultiDimIdentityMap(rank), kept, kept,
        getBroadcastIndexingMap(scaleType.getShape(), rank, context)};
    if (hasBias) {
      inputs.push_back(bias);
      maps.push_back(
          getBroadcastIndexingMap(biasType.getShape(), rank, context));
    }
    Value y = buildGeneric(
        rewriter, loc, inputs, maps,
        RankedTensorType::get(xType.getShape(), type),
        getDynamicSizes(rewriter, loc, x),
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value e = convertFloat(b, l, args[0], stashType);
          Value d = arith::SubFOp::create(b, l, e, args[1]);
          Value n = arith::MulFOp::create(b, l, d, args[2]);
          n = convertFloat(b, l, n, type);
          Value r =
              arith::MulFOp::create(b, l, n, convertFloat(b, l, args[3], type));
          if (hasBias)
            r = arith::AddFOp::create(b, l, r,
                                      convertFloat(b, l, args[4], type));
          return r;
        });

    SmallVector<Value> results = {castIfNeeded(rewriter, loc, y, yType), Value(),
                                  Value()};
    if (meanUsed)
      results[1] = castIfNeeded(
          rewriter, loc,
          expandReducedDims(rewriter, loc, moments.mean, x, reduced), meanType);
    if (invStdDevUsed)
      results[2] = castIfNeeded(
          rewriter, loc,
          expandReducedDims(rewriter, loc, moments.invStdDev, x, reduced),
          invStdDevType);
    rewriter.replaceOp(op, results);
    return success();
  }
};

struct InstanceNormalizationToLinalg
    : OpConversionPattern<InstanceNormalizationOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(InstanceNormalizationOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *context = rewriter.getContext();
    Value x = adaptor.getInput();
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    RankedTensorType resultType = getConvertedRankedType(op.getType());
    if (!xType || !resultType || resultType.getRank() != xType.getRank())
      return rewriter.notifyMatchFailure(op, "expects ranked input and result");
    if (xType.getRank() < 3)
      return rewriter.notifyMatchFailure(op, "expects (N, C, D1, ...) input");
    if (!isSupportedFloat(xType.getElementType()) ||
        !isChannelVector(adaptor.getScale()) ||
        !isChannelVector(adaptor.getB()))
      return rewriter.notifyMatchFailure(
          op, "expects a float input and 1-D float scale and B");
    Type type = xType.getElementType();
    Type computeType = getComputeType(type);
    int64_t rank = xType.getRank();
    SmallVector<bool> reduced(rank, true);
    reduced[0] = reduced[1] = false;
    Moments moments = computeMoments(rewriter, loc, x, reduced, computeType,
                                     op.getEpsilonAttr().getValueAsDouble());

    AffineMap kept = getKeptDimsMap(reduced, context);
    AffineMap channel = AffineMap::get(rank, 0, getAffineDimExpr(1, context));
    Value y = buildGeneric(
        rewriter, loc,
        ValueRange{x, moments.mean, moments.invStdDev, adaptor.getScale(),
                   adaptor.getB()},
        {rewriter.getMultiDimIdentityMap(rank), kept, kept, channel, channel},
        RankedTensorType::get(xType.getShape(), type),
        getDynamicSizes(rewriter, loc, x),
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value e = convertFloat(b, l, args[0], computeType);
          Value s = convertFloat(b, l, args[3], computeType);
          Value bias = convertFloat(b, l, args[4], computeType);
          Value d = arith::SubFOp::create(b, l, e, args[1]);
          Value r = arith::MulFOp::create(b, l, s, d);
          r = arith::MulFOp::create(b, l, r, args[2]);
          r = arith::AddFOp::create(b, l, r, bias);
          return convertFloat(b, l, r, type);
        });
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, y, resultType));
    return success();
  }
};

/// Inference mode: scale * (x - mean) / sqrt(var + epsilon) + B per channel.
struct BatchNormalizationToLinalg : OpConversionPattern<BatchNormalizationOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(BatchNormalizationOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *context = rewriter.getContext();
    Value x = adaptor.getX();
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    RankedTensorType resultType = getConvertedRankedType(op.getType());
    if (!xType || !resultType || resultType.getRank() != xType.getRank())
      return rewriter.notifyMatchFailure(op, "expects ranked input and result");
    if (xType.getRank() < 2)
      return rewriter.notifyMatchFailure(op, "expects (N, C, ...) input");
    SmallVector<Value> params = {adaptor.getScale(), adaptor.getB(),
                                 adaptor.getInputMean(), adaptor.getInputVar()};
    if (!isSupportedFloat(xType.getElementType()) ||
        !llvm::all_of(params, isChannelVector))
      return rewriter.notifyMatchFailure(
          op, "expects a float input and 1-D float scale, B, mean and var");
    Type type = xType.getElementType();
    Type computeType = getComputeType(type);
    int64_t rank = xType.getRank();
    double epsilon = op.getEpsilonAttr().getValueAsDouble();

    AffineMap channel = AffineMap::get(rank, 0, getAffineDimExpr(1, context));
    SmallVector<Value> inputs = {x};
    inputs.append(params);
    Value y =
        buildGeneric(rewriter, loc, inputs,
                     {rewriter.getMultiDimIdentityMap(rank), channel, channel,
                      channel, channel},
                     RankedTensorType::get(xType.getShape(), type),
                     getDynamicSizes(rewriter, loc, x),
                     [&](OpBuilder &b, Location l, ValueRange args) -> Value {
                       SmallVector<Value> v;
                       for (Value arg : args)
                         v.push_back(convertFloat(b, l, arg, computeType));
                       Value eps =
                           createScalarConstant(b, l, computeType, epsilon);
                       Value d = arith::SubFOp::create(b, l, v[0], v[3]);
                       Value r = arith::MulFOp::create(b, l, v[1], d);
                       Value std = math::SqrtOp::create(
                           b, l, arith::AddFOp::create(b, l, v[4], eps));
                       r = arith::DivFOp::create(b, l, r, std);
                       r = arith::AddFOp::create(b, l, r, v[2]);
                       return convertFloat(b, l, r, type);
                     });
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, y, resultType));
    return success();
  }
};

/// LRN: the squares (in the compute type) padded with zeros along the
/// channels, a window sum of `size` channels read at c + k from the padded
/// tensor, and one elementwise pass x / (bias + alpha / size * sum)^beta.
struct LRNToLinalg : OpConversionPattern<LRNOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(LRNOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getX();
    auto type = dyn_cast<RankedTensorType>(x.getType());
    auto resultType = getConvertedRankedType(op.getType());
    int64_t size = op.getSize();
    if (!type || !resultType || type.getRank() < 2 ||
        !isa<FloatType>(type.getElementType()) || size < 1)
      return rewriter.notifyMatchFailure(op, "X must be a float tensor of "
                                             "rank 2+ and size positive");
    MLIRContext *context = rewriter.getContext();
    int64_t rank = type.getRank();
    Type et = type.getElementType(), computeType = getComputeType(et);
    SmallVector<Value> dynamicSizes = getDynamicSizes(rewriter, loc, x);
    auto computeTensor = RankedTensorType::get(type.getShape(), computeType);
    AffineMap identity = rewriter.getMultiDimIdentityMap(rank);
    Value squares = buildGeneric(
        rewriter, loc, x, identity, computeTensor, dynamicSizes,
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value e = convertFloat(b, l, args[0], computeType);
          return arith::MulFOp::create(b, l, e, e);
        });
    SmallVector<OpFoldResult> low(rank, rewriter.getIndexAttr(0));
    SmallVector<OpFoldResult> high(low);
    low[1] = rewriter.getIndexAttr((size - 1) / 2);
    high[1] = rewriter.getIndexAttr(size - 1 - (size - 1) / 2);
    Value zero = createScalarConstant(rewriter, loc, computeType, 0.0);
    SmallVector<int64_t> paddedShape(type.getShape());
    if (!ShapedType::isDynamic(paddedShape[1]))
      paddedShape[1] += size - 1;
    Value padded = tensor::PadOp::create(
        rewriter, loc, RankedTensorType::get(paddedShape, computeType),
        squares, low, high, zero);
    // dims 0..rank-1: the output; dim rank: the offset in the window.
    SmallVector<AffineExpr> read;
    for (int64_t d = 0; d < rank; ++d)
      read.push_back(d == 1 ? getAffineDimExpr(1, context) +
                                  getAffineDimExpr(rank, context)
                            : getAffineDimExpr(d, context));
    SmallVector<AffineMap> maps{
        AffineMap::get(rank + 1, 0, read, context),
        AffineMap::get(rank + 1, 0, {getAffineDimExpr(rank, context)}, context),
        AffineMap::getMultiDimIdentityMap(rank + 1, context).getMajorSubMap(
            rank)};
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    iterators.push_back(utils::IteratorType::reduction);
    Value window = tensor::EmptyOp::create(rewriter, loc,
                                           ArrayRef<int64_t>{size}, computeType);
    Value sums = linalg::FillOp::create(
                     rewriter, loc, zero,
                     createEmptyTensor(rewriter, loc, computeTensor,
                                       dynamicSizes))
                     .getResult(0);
    sums = linalg::GenericOp::create(
               rewriter, loc, computeTensor, ValueRange{padded, window}, sums,
               maps, iterators,
               [&](OpBuilder &b, Location l, ValueRange args) {
                 linalg::YieldOp::create(
                     b, l, ValueRange{arith::AddFOp::create(b, l, args[0],
                                                            args[2])});
               })
               .getResult(0);
    double alpha = op.getAlpha().convertToDouble() / static_cast<double>(size);
    double beta = op.getBeta().convertToDouble();
    double bias = op.getBias().convertToDouble();
    Value y = buildGeneric(
        rewriter, loc, {x, sums}, {identity, identity},
        RankedTensorType::get(type.getShape(), et), dynamicSizes,
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value e = convertFloat(b, l, args[0], computeType);
          Value scaled = arith::MulFOp::create(
              b, l, createScalarConstant(b, l, computeType, alpha), args[1]);
          Value base = arith::AddFOp::create(
              b, l, createScalarConstant(b, l, computeType, bias), scaled);
          Value denominator = math::PowFOp::create(
              b, l, base, createScalarConstant(b, l, computeType, beta));
          return convertFloat(b, l, arith::DivFOp::create(b, l, e, denominator),
                              et);
        });
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, y, resultType));
    return success();
  }
};

} // namespace

void populateNormalizationToLinalgPatterns(const TypeConverter &converter,
                                           RewritePatternSet &patterns) {
  patterns.add<SoftmaxToLinalg<SoftmaxOp, false>,
               SoftmaxToLinalg<LogSoftmaxOp, true>, HardmaxToLinalg,
               LayerNormalizationToLinalg, InstanceNormalizationToLinalg,
               BatchNormalizationToLinalg, LRNToLinalg>(converter,
                                                        patterns.getContext());
}

} // namespace onnxc
