//===- ReductionToLinalg.cpp - Reduce*, ArgMax, ArgMin --------------------===//
//
// A Reduce* op becomes a linalg.reduce into a linalg.fill of the reduction's
// identity, then an elementwise linalg.generic for the ops that finish with a
// scalar function (Mean, L2, LogSum, LogSumExp), then a tensor.expand_shape
// when the reduced dims are kept. ArgMax/ArgMin are one linalg.generic that
// carries the (value, index) pair of the best element so far.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/lowering/ONNXToLinalg/DataMovementUtils.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"
#include "onnxc/lowering/ONNXToLinalg/ReductionUtils.h"
#include "onnxc/lowering/ONNXToLinalg/RuntimeChecks.h"

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

/// Unsigned ONNX integers, and bool (i1), compare and divide as unsigned: on
/// i1, unsigned max is `or` and unsigned min is `and`.
static bool isUnsignedLike(Type onnxElementType) {
  auto integer = dyn_cast<IntegerType>(onnxElementType);
  return integer && (integer.isUnsigned() || integer.getWidth() == 1);
}

/// The lowest (`lowest`) or highest value of `type`: -inf/+inf for floats,
/// the integer bounds otherwise. The identity of max and min.
static Value createExtremeConstant(OpBuilder &b, Location loc, Type type,
                                   bool isUnsigned, bool lowest) {
  if (auto ft = dyn_cast<FloatType>(type))
    return arith::ConstantOp::create(
        b, loc,
        b.getFloatAttr(ft, APFloat::getInf(ft.getFloatSemantics(), lowest)));
  unsigned width = type.getIntOrFloatBitWidth();
  APInt value = isUnsigned ? (lowest ? APInt::getMinValue(width)
                                     : APInt::getMaxValue(width))
                           : (lowest ? APInt::getSignedMinValue(width)
                                     : APInt::getSignedMaxValue(width));
  return arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, value));
}

/// An elementwise linalg.generic over `inputs` (all of the result's shape).
static Value buildElementwise(OpBuilder &b, Location loc, ValueRange inputs,
                              RankedTensorType resultType,
                              ValueRange dynamicSizes, BodyFn body) {
  Value init = createEmptyTensor(b, loc, resultType, dynamicSizes);
  int64_t rank = resultType.getRank();
  SmallVector<AffineMap> maps(inputs.size() + 1,
                              b.getMultiDimIdentityMap(rank));
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

//===----------------------------------------------------------------------===//
// Reduce*
//===----------------------------------------------------------------------===//

namespace {

enum class ReduceKind {
  Sum,
  Mean,
  Max,
  Min,
  Prod,
  L1,
  L2,
  LogSum,
  LogSumExp,
  SumSquare
};

/// The scalar ops of one reduction kind on one element type.
struct ReduceScalars {
  ReduceKind kind;
  Type type; // the converted (signless) element type
  bool isFloat;
  bool isUnsigned; // compare and divide as unsigned

  /// The value the accumulator starts from.
  Value identity(OpBuilder &b, Location loc) const {
    switch (kind) {
    case ReduceKind::Max:
      return createExtremeConstant(b, loc, type, isUnsigned, /*lowest=*/true);
    case ReduceKind::Min:
      return createExtremeConstant(b, loc, type, isUnsigned, /*lowest=*/false);
    case ReduceKind::Prod:
      return createScalarConstant(b, loc, type, 1.0);
    default:
      return createScalarConstant(b, loc, type, 0.0);
    }
  }

  /// The element's contribution before it is combined (|x|, x*x, ...).
  Value pre(OpBuilder &b, Location loc, Value x) const {
    switch (kind) {
    case ReduceKind::L1:
      if (isFloat)
        return math::AbsFOp::create(b, loc, x);
      if (isUnsigned)
        return x;
      return math::AbsIOp::create(b, loc, x);
    case ReduceKind::L2:
    case ReduceKind::SumSquare:
      if (isFloat)
        return arith::MulFOp::create(b, loc, x, x);
      return arith::MulIOp::create(b, loc, x, x);
    default:
      return x;
    }
  }

  Value combine(OpBuilder &b, Location loc, Value x, Value acc) const {
    switch (kind) {
    case ReduceKind::Max:
      if (isFloat)
        return arith::MaximumFOp::create(b, loc, x, acc);
      if (isUnsigned)
        return arith::MaxUIOp::create(b, loc, x, acc);
      return arith::MaxSIOp::create(b, loc, x, acc);
    case ReduceKind::Min:
      if (isFloat)
        return arith::MinimumFOp::create(b, loc, x, acc);
      if (isUnsigned)
        return arith::MinUIOp::create(b, loc, x, acc);
      return arith::MinSIOp::create(b, loc, x, acc);
    case ReduceKind::Prod:
      if (isFloat)
        return arith::MulFOp::create(b, loc, x, acc);
      return arith::MulIOp::create(b, loc, x, acc);
    default:
      if (isFloat)
        return arith::AddFOp::create(b, loc, x, acc);
      return arith::AddIOp::create(b, loc, x, acc);
    }
  }

  /// True when the reduced value needs a scalar function afterwards.
  bool hasPost() const {
    return kind == ReduceKind::Mean || kind == ReduceKind::L2 ||
           kind == ReduceKind::LogSum;
  }

  /// The function applied to each reduced value; `count` is the number of
  /// elements reduced (Mean only).
  Value post(OpBuilder &b, Location loc, Value r, Value count) const {
    switch (kind) {
    case ReduceKind::Mean:
      if (isFloat)
        return arith::DivFOp::create(b, loc, r, count);
      if (isUnsigned)
        return arith::DivUIOp::create(b, loc, r, count);
      return arith::DivSIOp::create(b, loc, r, count);
    case ReduceKind::L2:
      return math::SqrtOp::create(b, loc, r);
    case ReduceKind::LogSum:
      return math::LogOp::create(b, loc, r);
    default:
      return r;
    }
  }
};

} // namespace

/// linalg.reduce of `input` over the `reduced` dims with `scalars`' identity,
/// pre-function and combiner.
static Value buildReduce(OpBuilder &b, Location loc, Value input,
                         ArrayRef<bool> reduced, const ReduceScalars &scalars) {
  auto inputType = cast<RankedTensorType>(input.getType());
  RankedTensorType type = getReducedType(inputType, reduced, scalars.type);
  Value init = createFilledTensor(b, loc, type,
                                  getKeptDynamicSizes(b, loc, input, reduced),
                                  scalars.identity(b, loc));
  auto reduce = linalg::ReduceOp::create(
      b, loc, input, init, getReducedDims(reduced),
      [&](OpBuilder &nb, Location nloc, ValueRange args) {
        Value x = scalars.pre(nb, nloc, args[0]);
        linalg::YieldOp::create(nb, nloc,
                                scalars.combine(nb, nloc, x, args[1]));
      });
  return reduce.getResult(0);
}

/// log(sum(exp(x - s))) + s over the `reduced` dims, with s the max unless
/// it is infinite (then 0, so that x - s is not inf - inf).
static Value buildLogSumExp(OpBuilder &b, Location loc, Value input,
                            ArrayRef<bool> reduced, Type type) {
  MLIRContext *context = b.getContext();
  auto inputType = cast<RankedTensorType>(input.getType());
  RankedTensorType reducedType = getReducedType(inputType, reduced, type);
  SmallVector<Value> dynamicSizes = getKeptDynamicSizes(b, loc, input, reduced);
  ReduceScalars maxScalars{ReduceKind::Max, type, true, false};
  Value max = buildReduce(b, loc, input, reduced, maxScalars);
  Value shift = buildElementwise(
      b, loc, max, reducedType, dynamicSizes,
      [&](OpBuilder &nb, Location nloc, ValueRange args) -> Value {
        Value inf = createExtremeConstant(nb, nloc, type, false, false);
        Value zero = createScalarConstant(nb, nloc, type, 0.0);
        Value abs = math::AbsFOp::create(nb, nloc, args[0]);
        Value isInf = arith::CmpFOp::create(nb, nloc, arith::CmpFPredicate::OEQ,
                                            abs, inf);
        return arith::SelectOp::create(nb, nloc, isInf, zero, args[0]);
      });

  int64_t rank = inputType.getRank();
  AffineMap kept = getKeptDimsMap(reduced, context);
  SmallVector<AffineMap> maps = {b.getMultiDimIdentityMap(rank), kept, kept};
  SmallVector<utils::IteratorType> iterators = getIteratorTypes(reduced);
  Value init = createFilledTensor(b, loc, reducedType, dynamicSizes,
                                  createScalarConstant(b, loc, type, 0.0));
  auto sum = linalg::GenericOp::create(
      b, loc, reducedType, ValueRange{input, shift}, init, maps, iterators,
      [&](OpBuilder &nb, Location nloc, ValueRange args) {
        Value diff = arith::SubFOp::create(nb, nloc, args[0], args[1]);
        Value exp = math::ExpOp::create(nb, nloc, diff);
        linalg::YieldOp::create(
            nb, nloc,
            arith::AddFOp::create(nb, nloc, exp, args[2]).getResult());
      });
  return buildElementwise(
      b, loc, ValueRange{sum.getResult(0), shift}, reducedType, dynamicSizes,
      [&](OpBuilder &nb, Location nloc, ValueRange args) -> Value {
        Value log = math::LogOp::create(nb, nloc, args[0]);
        return arith::AddFOp::create(nb, nloc, log, args[1]);
      });
}

/// Reducing over no dims (noop_with_empty_axes=1 with empty axes, or a rank-0
/// input) applies the element functions alone, as the ONNX spec clarified
/// (onnx/onnx#6103): |x| for L1 and L2, x*x for SumSquare, log(x) for LogSum;
/// the other reductions are the identity.
static Value buildNoReduction(OpBuilder &b, Location loc, Value input,
                              const ReduceScalars &scalars) {
  switch (scalars.kind) {
  case ReduceKind::L1:
  case ReduceKind::L2:
  case ReduceKind::SumSquare:
  case ReduceKind::LogSum:
    break;
  default:
    return input;
  }
  auto type = cast<RankedTensorType>(input.getType());
  return buildElementwise(
      b, loc, input, type, getDynamicSizes(b, loc, input),
      [&](OpBuilder &nb, Location nloc, ValueRange args) -> Value {
        Value x = args[0];
        if (scalars.kind == ReduceKind::LogSum)
          return math::LogOp::create(nb, nloc, x);
        ReduceScalars l1 = scalars;
        if (scalars.kind == ReduceKind::L2)
          l1.kind = ReduceKind::L1;
        return l1.pre(nb, nloc, x);
      });
}

/// Reduce* with axes read at run time (a bit mask, RuntimeChecks.h): a loop
/// nest over the input combines each element into the accumulator element
/// at its index with the reduced dims set to 0; the ops that finish with a
/// scalar function apply it after. The result's sizes are picked at run
/// time, and checked against its type by the final reshape. Slower than the
/// linalg.reduce of constant axes, but any axes are right.
static Value buildRuntimeAxesReduce(OpBuilder &b, Location loc, Operation *op,
                                    Value input, Value axes, bool axesUnsigned,
                                    bool noop, bool keepDims,
                                    RankedTensorType resultType,
                                    const ReduceScalars &scalars) {
  using P = arith::CmpIPredicate;
  auto inType = cast<RankedTensorType>(input.getType());
  int64_t rank = inType.getRank();
  Type i64 = b.getI64Type();
  Value mask = emitAxesMask(b, loc, op, axes, rank, axesUnsigned);
  if (!noop) {
    // No axes: every dim.
    Value none = arith::CmpIOp::create(
        b, loc, P::eq, tensor::DimOp::create(b, loc, axes, 0),
        arith::ConstantIndexOp::create(b, loc, 0));
    mask = arith::SelectOp::create(
        b, loc, none,
        arith::ConstantIntOp::create(b, loc, i64, (int64_t(1) << rank) - 1),
        mask);
  }
  if (!keepDims) {
    Value numReduced = math::CtPopOp::create(b, loc, mask);
    Value expected =
        arith::ConstantIntOp::create(b, loc, i64, rank - resultType.getRank());
    emitRuntimeFailure(
        b, loc, arith::CmpIOp::create(b, loc, P::ne, numReduced, expected),
        describeNodeForFormat(op) +
            ": reduces %lld dims at run time, the result's "
            "rank needs %lld",
        {numReduced, expected});
  }

  IndexMath m(b, loc);
  SmallVector<Value> bits, bounds;
  SmallVector<OpFoldResult> inSizes, keptSizes;
  for (int64_t d = 0; d < rank; ++d) {
    bits.push_back(maskBit(b, loc, mask, d));
    inSizes.push_back(tensor::getMixedSize(b, loc, input, d));
    keptSizes.push_back(
        m.select(Cond{std::nullopt, bits.back()}, m.cst(1), inSizes.back()));
    bounds.push_back(m.value(inSizes.back()));
  }
  Type type = scalars.type;
  auto filled = [&](Value value) {
    Value empty = tensor::EmptyOp::create(b, loc, keptSizes, type);
    return linalg::FillOp::create(b, loc, value, empty).getResult(0);
  };
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  using ContributionFn =
      function_ref<Value(OpBuilder &, Location, Value, ValueRange)>;
  auto accumulate = [&](const ReduceScalars &s, Value init,
                        ContributionFn contribution) {
    return buildTensorLoopNest(
        b, loc, bounds, init,
        [&](OpBuilder &nb, Location nl, ValueRange ivs, Value acc) -> Value {
          SmallVector<Value> at;
          for (auto [bit, iv] : llvm::zip(bits, ivs))
            at.push_back(arith::SelectOp::create(nb, nl, bit, zero, iv));
          Value x = tensor::ExtractOp::create(nb, nl, input, ivs);
          Value old = tensor::ExtractOp::create(nb, nl, acc, at);
          Value v = s.combine(nb, nl, contribution(nb, nl, x, at), old);
          return tensor::InsertOp::create(nb, nl, v, acc, at);
        });
  };
  auto elementwise = [&](ValueRange inputs, BodyFn body) {
    auto accType = cast<RankedTensorType>(inputs[0].getType());
    return buildElementwise(b, loc, inputs, accType,
                            getDynamicSizes(b, loc, inputs[0]), body);
  };

  Value result;
  if (scalars.kind == ReduceKind::LogSumExp) {
    ReduceScalars max{ReduceKind::Max, type, true, false};
    ReduceScalars sum{ReduceKind::Sum, type, true, false};
    Value best = accumulate(
        max, filled(max.identity(b, loc)),
        [](OpBuilder &, Location, Value x, ValueRange) { return x; });
    // The shift is 0 where the max is infinite (no inf - inf).
    Value shift = elementwise(
        best, [&](OpBuilder &nb, Location nl, ValueRange args) -> Value {
          Value inf = createExtremeConstant(nb, nl, type, false, false);
          Value isInf =
              arith::CmpFOp::create(nb, nl, arith::CmpFPredicate::OEQ,
                                    math::AbsFOp::create(nb, nl, args[0]), inf);
          return arith::SelectOp::create(
              nb, nl, isInf, createScalarConstant(nb, nl, type, 0.0), args[0]);
        });
    Value exps = accumulate(
        sum, filled(sum.identity(b, loc)),
        [&](OpBuilder &nb, Location nl, Value x, ValueRange at) -> Value {
          Value s = tensor::ExtractOp::create(nb, nl, shift, at);
          return math::ExpOp::create(nb, nl,
                                     arith::SubFOp::create(nb, nl, x, s));
        });
    result = elementwise(ValueRange{exps, shift}, [](OpBuilder &nb, Location nl,
                                                     ValueRange args) {
      return arith::AddFOp::create(nb, nl, math::LogOp::create(nb, nl, args[0]),
                                   args[1])
          .getResult();
    });
  } else {
    result = accumulate(scalars, filled(scalars.identity(b, loc)),
                        [&](OpBuilder &nb, Location nl, Value x, ValueRange) {
                          return scalars.pre(nb, nl, x);
                        });
    if (scalars.hasPost()) {
      Value count;
      if (scalars.kind == ReduceKind::Mean) {
        OpFoldResult n = m.cst(1);
        for (auto [bit, size] : llvm::zip(bits, inSizes))
          n = m.mul(n, m.select(Cond{std::nullopt, bit}, size, m.cst(1)));
        count = arith::IndexCastOp::create(b, loc, i64, m.value(n));
        if (isa<FloatType>(type))
          count = arith::SIToFPOp::create(b, loc, type, count);
        else if (type.getIntOrFloatBitWidth() < 64)
          count = arith::TruncIOp::create(b, loc, type, count);
      }
      result =
          elementwise(result, [&](OpBuilder &nb, Location nl, ValueRange args) {
            return scalars.post(nb, nl, args[0], count);
          });
    }
  }
  SmallVector<OpFoldResult> sizes =
      keepDims ? keptSizes
               : compactSizes(m, bits, keptSizes, resultType.getRank());
  return buildCheckedReshape(b, loc, op, result, sizes, resultType);
}

namespace {

template <typename OpTy, ReduceKind Kind>
struct ReduceToLinalg : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getData();
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    RankedTensorType resultType = getConvertedRankedType(op.getType());
    if (!inputType || !resultType)
      return rewriter.notifyMatchFailure(op, "expects ranked data and result");
    Type onnxElementType =
        cast<ShapedType>(op.getData().getType()).getElementType();
    Type type = inputType.getElementType();
    bool isFloat = isa<FloatType>(type);
    if (!isSupportedFloat(type) && !isa<IntegerType>(type))
      return rewriter.notifyMatchFailure(op, "unsupported element type");
    if (!isFloat && (Kind == ReduceKind::L2 || Kind == ReduceKind::LogSum ||
                     Kind == ReduceKind::LogSumExp))
      return rewriter.notifyMatchFailure(
          op, "only floating-point inputs are lowered for this reduction");
    if (type.isInteger(1) && Kind != ReduceKind::Max && Kind != ReduceKind::Min)
      return rewriter.notifyMatchFailure(op, "bool input of an arithmetic "
                                             "reduction");

    int64_t rank = inputType.getRank();
    SmallVector<int64_t> axes;
    bool keepDims = op.getKeepdims() != 0;
    ReduceScalars scalars{Kind, type, isFloat, isUnsignedLike(onnxElementType)};
    if (!isNoValue(op.getAxes())) {
      auto constant = getConstantInts(op.getAxes());
      auto axesType = dyn_cast<RankedTensorType>(adaptor.getAxes().getType());
      bool isVector = axesType && axesType.getRank() == 1 &&
                      isa<IntegerType>(axesType.getElementType());
      if (constant) {
        axes = *constant;
      } else if (isVector && axesType.getDimSize(0) != 0) {
        if (rank > 63)
          return rewriter.notifyMatchFailure(op, "axes read at run time "
                                                 "reduce a rank of at most 63");
        rewriter.replaceOp(
            op, buildRuntimeAxesReduce(
                    rewriter, loc, op, input, adaptor.getAxes(),
                    isUnsignedLike(getElementType(op.getAxes().getType())),
                    op.getNoopWithEmptyAxes(), keepDims, resultType, scalars));
        return success();
      } else if (!isVector) {
        return rewriter.notifyMatchFailure(op, "axes must be a 1-D integer "
                                               "tensor");
      }
    }
    SmallVector<bool> reduced(rank, false);
    if (axes.empty()) {
      if (!op.getNoopWithEmptyAxes())
        reduced.assign(rank, true);
    } else {
      for (int64_t axis : axes) {
        if (failed(normalizeAxis(axis, rank, std::nullopt)))
          return rewriter.notifyMatchFailure(op, "axis out of range");
        reduced[axis] = true;
      }
    }

    int64_t numReduced = llvm::count(reduced, true);
    if (resultType.getRank() !=
        (numReduced == 0 || keepDims ? rank : rank - numReduced))
      return rewriter.notifyMatchFailure(op, "result rank disagrees");

    Value result;
    if (numReduced == 0) {
      result = buildNoReduction(rewriter, loc, input, scalars);
    } else {
      if (Kind == ReduceKind::LogSumExp) {
        result = buildLogSumExp(rewriter, loc, input, reduced, type);
      } else {
        result = buildReduce(rewriter, loc, input, reduced, scalars);
        if (scalars.hasPost()) {
          Value count =
              Kind == ReduceKind::Mean
                  ? createReducedCount(rewriter, loc, input, reduced, type)
                  : Value();
          result = buildElementwise(
              rewriter, loc, result, cast<RankedTensorType>(result.getType()),
              getKeptDynamicSizes(rewriter, loc, input, reduced),
              [&](OpBuilder &nb, Location nloc, ValueRange args) {
                return scalars.post(nb, nloc, args[0], count);
              });
        }
      }
      if (keepDims)
        result = expandReducedDims(rewriter, loc, result, input, reduced);
    }
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, result, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// ArgMax, ArgMin
//===----------------------------------------------------------------------===//

template <typename OpTy, bool IsMax>
struct ArgReduceToLinalg : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *context = rewriter.getContext();
    Value input = adaptor.getData();
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    RankedTensorType resultType = getConvertedRankedType(op.getType());
    if (!inputType || !resultType)
      return rewriter.notifyMatchFailure(op, "expects ranked data and result");
    Type type = inputType.getElementType();
    bool isFloat = isa<FloatType>(type);
    if (!isSupportedFloat(type) && !isa<IntegerType>(type))
      return rewriter.notifyMatchFailure(op, "unsupported element type");
    bool isUnsigned = isUnsignedLike(
        cast<ShapedType>(op.getData().getType()).getElementType());
    int64_t rank = inputType.getRank();
    int64_t axis = op.getAxis();
    if (failed(normalizeAxis(axis, rank, std::nullopt)))
      return rewriter.notifyMatchFailure(op, "axis out of range");
    bool selectLast = op.getSelectLastIndex() != 0;
    bool keepDims = op.getKeepdims() != 0;
    if (resultType.getRank() != (keepDims ? rank : rank - 1))
      return rewriter.notifyMatchFailure(op, "result rank disagrees");

    SmallVector<bool> reduced(rank, false);
    reduced[axis] = true;
    Type i64 = rewriter.getI64Type();
    SmallVector<Value> dynamicSizes =
        getKeptDynamicSizes(rewriter, loc, input, reduced);
    RankedTensorType valueType = getReducedType(inputType, reduced, type);
    RankedTensorType indexType = getReducedType(inputType, reduced, i64);
    Value valueInit = createFilledTensor(
        rewriter, loc, valueType, dynamicSizes,
        createExtremeConstant(rewriter, loc, type, isUnsigned,
                              /*lowest=*/IsMax));
    Value indexInit =
        createFilledTensor(rewriter, loc, indexType, dynamicSizes,
                           createScalarConstant(rewriter, loc, i64, 0.0));

    AffineMap kept = getKeptDimsMap(reduced, context);
    SmallVector<AffineMap> maps = {rewriter.getMultiDimIdentityMap(rank), kept,
                                   kept};
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    iterators[axis] = utils::IteratorType::reduction;
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{valueType, indexType}, input,
        ValueRange{valueInit, indexInit}, maps, iterators,
        [&](OpBuilder &b, Location nloc, ValueRange args) {
          Value x = args[0], best = args[1], bestIndex = args[2];
          Value take;
          if (isFloat) {
            // Ordered compare; a NaN wins like numpy's argmax/argmin: the
            // first NaN, or the last with select_last_index.
            using P = arith::CmpFPredicate;
            P pred = IsMax ? (selectLast ? P::OGE : P::OGT)
                           : (selectLast ? P::OLE : P::OLT);
            Value better = arith::CmpFOp::create(b, nloc, pred, x, best);
            Value xIsNaN = arith::CmpFOp::create(b, nloc, P::UNO, x, x);
            if (!selectLast) {
              Value bestIsNumber =
                  arith::CmpFOp::create(b, nloc, P::ORD, best, best);
              xIsNaN = arith::AndIOp::create(b, nloc, xIsNaN, bestIsNumber);
            }
            take = arith::OrIOp::create(b, nloc, better, xIsNaN);
          } else {
            using P = arith::CmpIPredicate;
            P pred = IsMax ? (selectLast ? (isUnsigned ? P::uge : P::sge)
                                         : (isUnsigned ? P::ugt : P::sgt))
                           : (selectLast ? (isUnsigned ? P::ule : P::sle)
                                         : (isUnsigned ? P::ult : P::slt));
            take = arith::CmpIOp::create(b, nloc, pred, x, best);
          }
          Value index = arith::IndexCastOp::create(
              b, nloc, b.getI64Type(),
              linalg::IndexOp::create(b, nloc, static_cast<uint64_t>(axis)));
          Value newBest = arith::SelectOp::create(b, nloc, take, x, best);
          Value newIndex =
              arith::SelectOp::create(b, nloc, take, index, bestIndex);
          linalg::YieldOp::create(b, nloc, ValueRange{newBest, newIndex});
        });
    Value result = generic.getResult(1);
    if (keepDims)
      result = expandReducedDims(rewriter, loc, result, input, reduced);
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, result, resultType));
    return success();
  }
};

} // namespace

void populateReductionToLinalgPatterns(const TypeConverter &converter,
                                       RewritePatternSet &patterns) {
  MLIRContext *context = patterns.getContext();
  patterns.add<ReduceToLinalg<ReduceSumOp, ReduceKind::Sum>,
               ReduceToLinalg<ReduceMeanOp, ReduceKind::Mean>,
               ReduceToLinalg<ReduceMaxOp, ReduceKind::Max>,
               ReduceToLinalg<ReduceMinOp, ReduceKind::Min>,
               ReduceToLinalg<ReduceProdOp, ReduceKind::Prod>,
               ReduceToLinalg<ReduceL1Op, ReduceKind::L1>,
               ReduceToLinalg<ReduceL2Op, ReduceKind::L2>,
               ReduceToLinalg<ReduceLogSumOp, ReduceKind::LogSum>,
               ReduceToLinalg<ReduceLogSumExpOp, ReduceKind::LogSumExp>,
               ReduceToLinalg<ReduceSumSquareOp, ReduceKind::SumSquare>,
               ArgReduceToLinalg<ArgMaxOp, true>,
               ArgReduceToLinalg<ArgMinOp, false>>(converter, context);
}

} // namespace onnxc
