//===- ElementwiseToLinalg.cpp - Elementwise ONNX ops to linalg -----------===//
//
// Every op here becomes one linalg.generic over the broadcast result shape:
// each operand is read through its numpy-broadcast indexing map, and a body
// callback computes one result element from the operands' elements. Integer
// ops take their signedness from the op's original (ONNX) operand types, as
// the converted values are signless.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/dialects/ONNX/IR/ShapeHelpers.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"
#include "onnxc/lowering/ONNXToLinalg/RuntimeChecks.h"
#include "onnxc/lowering/ONNXToLinalg/ScalarBuilder.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/TypeUtilities.h"

#include <cmath>
#include <functional>

using namespace mlir;

namespace onnxc {
namespace {

//===----------------------------------------------------------------------===//
// Scalar helpers for bodies
//===----------------------------------------------------------------------===//

using Body = ScalarBuilder;

/// Applies `fn` in f32 to a narrower float (libm has no f16 or bf16 forms).
static Value inF32(Body &s, Value x, function_ref<Value(Value)> fn) {
  auto type = cast<FloatType>(x.getType());
  if (type.getWidth() >= 32)
    return fn(x);
  Value wide = arith::ExtFOp::create(s.b, s.loc, s.b.getF32Type(), x);
  return arith::TruncFOp::create(s.b, s.loc, type, fn(wide));
}

//===----------------------------------------------------------------------===//
// The generic builder and the pattern template
//===----------------------------------------------------------------------===//

/// Computes one result element from the operands' elements.
using ScalarFn = std::function<Value(Body &, ValueRange)>;

/// True when every operand is a ranked tensor that broadcasts (numpy rules)
/// to `resultType`.
static bool broadcastsTo(ValueRange operands, RankedTensorType resultType) {
  for (Value operand : operands) {
    auto type = dyn_cast<RankedTensorType>(operand.getType());
    if (!type || type.getRank() > resultType.getRank())
      return false;
    int64_t offset = resultType.getRank() - type.getRank();
    for (auto [i, d] : llvm::enumerate(type.getShape())) {
      int64_t r = resultType.getDimSize(offset + i);
      if (d != 1 && !ShapedType::isDynamic(d) && !ShapedType::isDynamic(r) &&
          d != r)
        return false;
    }
  }
  return true;
}

/// A linalg.generic over `resultType` reading each of `operands` (the
/// inputs of `op`, in order) through its broadcast indexing map; `body`
/// yields the result element. Dynamic dims that take part in broadcasting
/// are checked at run time to be equal.
static Value buildBroadcastGeneric(OpBuilder &b, Location loc, Operation *op,
                                   RankedTensorType resultType,
                                   ValueRange inputs, const ScalarFn &body) {
  int64_t rank = resultType.getRank();
  SmallVector<Value> operands(inputs);
  auto operandNumbers = llvm::to_vector(
      llvm::seq<unsigned>(0, static_cast<unsigned>(operands.size())));
  // PRelu's slope broadcasts to X, not the other way.
  std::optional<unsigned> target;
  if (isa<PReluOp>(op))
    target = 0;
  SmallVector<Value> dynamicSizes = emitBroadcastChecks(
      b, loc, op, resultType, operands, operandNumbers, target);
  SmallVector<AffineMap> maps;
  for (Value operand : operands)
    maps.push_back(getBroadcastIndexingMap(
        cast<RankedTensorType>(operand.getType()).getShape(), rank,
        b.getContext()));
  maps.push_back(b.getMultiDimIdentityMap(rank));
  Value init = createEmptyTensor(b, loc, resultType, dynamicSizes);
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{resultType}, operands, ValueRange{init}, maps,
      iterators, [&](OpBuilder &nb, Location nloc, ValueRange args) {
        Body s{nb, nloc};
        linalg::YieldOp::create(nb, nloc, body(s, args.drop_back()));
      });
  return generic.getResult(0);
}

/// What a body factory needs to know about an op's element types.
struct ElementInfo {
  Type type;       // Converted (signless) element type of the first operand.
  bool isUnsigned; // The first operand is an unsigned integer in ONNX.

  bool isFloat() const { return isa<FloatType>(type); }
  bool isInt() const { return isa<IntegerType>(type) && !type.isInteger(1); }
  bool isBool() const { return type.isInteger(1); }
};

/// The type a lowering computes: the op's converted result type, or the
/// inferred one where the declared result is unranked.
static RankedTensorType getComputedResultType(Operation *op) {
  Type type = op->getResult(0).getType();
  if (!isa<RankedTensorType>(type)) {
    SmallVector<Type> inferred;
    auto iface = dyn_cast<InferResultTypes>(op);
    if (!iface || failed(iface.inferResultTypes(inferred, std::nullopt)) ||
        inferred.size() != 1)
      return {};
    type = inferred[0];
  }
  return getConvertedRankedType(type);
}

/// Replaces `op` by `value`, cast back to the declared (converted) result
/// type where that is less precise.
static void replaceWithResult(ConversionPatternRewriter &rewriter,
                              const TypeConverter &converter, Operation *op,
                              Value value) {
  Type declared = converter.convertType(op->getResult(0).getType());
  if (declared && declared != value.getType())
    value = tensor::CastOp::create(rewriter, op->getLoc(), declared, value);
  rewriter.replaceOp(op, value);
}

static Type originalElementType(Value value) {
  return getElementTypeOrSelf(value.getType());
}

/// Lowers an op whose every operand is a broadcast input of the generic.
/// The factory returns a null body for element types or attributes it does
/// not handle, which fails the match.
template <typename OpTy>
struct ElementwiseToLinalg : OpConversionPattern<OpTy> {
  using Factory = ScalarFn (*)(OpTy, const ElementInfo &);

  ElementwiseToLinalg(const TypeConverter &converter, MLIRContext *context,
                      Factory factory)
      : OpConversionPattern<OpTy>(converter, context), factory(factory) {}

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = getComputedResultType(op);
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "result rank is unknown");
    ValueRange operands = adaptor.getOperands();
    if (!broadcastsTo(operands, resultType))
      return rewriter.notifyMatchFailure(
          op, "operands are unranked or do not broadcast to the result");
    Type first = originalElementType(op->getOperand(0));
    ElementInfo info{getElementTypeOrSelf(operands[0].getType()),
                     first.isUnsignedInteger()};
    ScalarFn body = factory(op, info);
    if (!body)
      return rewriter.notifyMatchFailure(
          op, "unsupported element type or attribute value");
    replaceWithResult(rewriter, *this->getTypeConverter(), op,
                      buildBroadcastGeneric(rewriter, op.getLoc(), op,
                                            resultType, operands, body));
    return success();
  }

private:
  Factory factory;
};

template <typename OpTy>
static void addElementwise(RewritePatternSet &patterns,
                           const TypeConverter &converter,
                           ScalarFn (*factory)(OpTy, const ElementInfo &)) {
  patterns.add<ElementwiseToLinalg<OpTy>>(converter, patterns.getContext(),
                                          factory);
}

//===----------------------------------------------------------------------===//
// Body factories shared by several ops
//===----------------------------------------------------------------------===//

/// A float-only math op (computed in f32 for narrower floats).
template <typename OpTy, typename MathOp>
static ScalarFn floatMath(OpTy, const ElementInfo &e) {
  if (!e.isFloat())
    return nullptr;
  return [](Body &s, ValueRange a) {
    return inF32(s, a[0], [&](Value x) { return s.call<MathOp>(x); });
  };
}

/// A float-only formula of one operand.
static ScalarFn floatUnary(const ElementInfo &e,
                           std::function<Value(Body &, Value)> fn) {
  if (!e.isFloat())
    return nullptr;
  return [fn](Body &s, ValueRange a) { return fn(s, a[0]); };
}

/// add/sub/mul on floats and integers (not bool).
template <typename OpTy, Value (Body::*method)(Value, Value)>
static ScalarFn arithmetic(OpTy, const ElementInfo &e) {
  if (!e.isFloat() && !e.isInt())
    return nullptr;
  return [](Body &s, ValueRange a) { return (s.*method)(a[0], a[1]); };
}

/// Bitwise ops on integers and bools; `boolOnly` for And/Or/Xor.
template <typename OpTy, Value (Body::*method)(Value, Value), bool boolOnly>
static ScalarFn bitwise(OpTy, const ElementInfo &e) {
  if (boolOnly ? !e.isBool() : !isa<IntegerType>(e.type))
    return nullptr;
  return [](Body &s, ValueRange a) { return (s.*method)(a[0], a[1]); };
}

/// Ordered compares (Less, Greater, ...), unsigned-aware.
template <typename OpTy, Value (Body::*method)(Value, Value, bool)>
static ScalarFn compare(OpTy, const ElementInfo &e) {
  if (!e.isFloat() && !isa<IntegerType>(e.type))
    return nullptr;
  bool isUnsigned = e.isUnsigned;
  return [isUnsigned](Body &s, ValueRange a) {
    return (s.*method)(a[0], a[1], isUnsigned);
  };
}

/// Sum, Max, Min: a left fold over the operands.
static ScalarFn variadic(const ElementInfo &e,
                         std::function<Value(Body &, Value, Value)> fn) {
  if (!e.isFloat() && !e.isInt())
    return nullptr;
  return [fn](Body &s, ValueRange a) {
    Value acc = a[0];
    for (Value x : a.drop_front())
      acc = fn(s, acc, x);
    return acc;
  };
}

static double attr(const APFloat &value) { return value.convertToDouble(); }

//===----------------------------------------------------------------------===//
// Ops with their own pattern: Clip, Cast, CastLike, Identity
//===----------------------------------------------------------------------===//

/// Clip: min and max are optional one-element tensors (rank 0 or 1), read
/// once outside the generic and applied as scalars (min first, as numpy).
struct ClipToLinalg : OpConversionPattern<ClipOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ClipOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = getComputedResultType(op);
    Value input = adaptor.getInput();
    if (!resultType || !broadcastsTo(input, resultType))
      return rewriter.notifyMatchFailure(op, "input or result is unranked");
    Type elementType = resultType.getElementType();
    if (!isa<FloatType>(elementType) &&
        (!elementType.isSignlessInteger() || elementType.isInteger(1)))
      return rewriter.notifyMatchFailure(op, "unsupported element type");
    Location loc = op.getLoc();
    SmallVector<Value, 2> bounds;
    for (Value bound : {adaptor.getMin(), adaptor.getMax()}) {
      if (isNoValue(bound)) {
        bounds.push_back(Value());
        continue;
      }
      auto type = dyn_cast<RankedTensorType>(bound.getType());
      if (!type || type.getRank() > 1 || type.getElementType() != elementType ||
          (type.getRank() == 1 && type.getDimSize(0) != 1 &&
           !ShapedType::isDynamic(type.getDimSize(0))))
        return rewriter.notifyMatchFailure(
            op, "min and max must be one-element tensors of the input type");
      bounds.push_back(bound);
    }
    // Extracts only once the match can no longer fail.
    for (Value &bound : bounds) {
      if (!bound)
        continue;
      SmallVector<Value> indices;
      if (cast<RankedTensorType>(bound.getType()).getRank() == 1)
        indices.push_back(arith::ConstantIndexOp::create(rewriter, loc, 0));
      bound = tensor::ExtractOp::create(rewriter, loc, bound, indices);
    }
    bool isUnsigned = originalElementType(op.getInput()).isUnsignedInteger();
    Value lo = bounds[0], hi = bounds[1];
    auto body = [&](Body &s, ValueRange a) {
      // min(max(x, lo), hi) as numpy.clip: a NaN input or bound gives NaN.
      Value x = a[0];
      if (lo)
        x = s.max(x, lo, isUnsigned);
      if (hi)
        x = s.min(x, hi, isUnsigned);
      return x;
    };
    replaceWithResult(
        rewriter, *getTypeConverter(), op,
        buildBroadcastGeneric(rewriter, loc, op, resultType, input, body));
    return success();
  }
};

static bool isCastableElement(Type type) {
  return isa<FloatType>(type) || isa<IntegerType>(type);
}

/// Elementwise conversion of `input` to the element type of `resultType`;
/// `from` and `to` are the original element types.
static LogicalResult lowerCast(Operation *op, Value input, Type from, Type to,
                               const TypeConverter &converter,
                               ConversionPatternRewriter &rewriter) {
  auto resultType = getComputedResultType(op);
  if (!resultType || !broadcastsTo(input, resultType) ||
      cast<RankedTensorType>(input.getType()).getRank() != resultType.getRank())
    return rewriter.notifyMatchFailure(op, "input or result is unranked");
  if (!isCastableElement(from) || !isCastableElement(to))
    return rewriter.notifyMatchFailure(op, "unsupported element types");
  Type toConverted = resultType.getElementType();
  auto body = [&](Body &s, ValueRange a) {
    return s.cast(a[0], from, to, toConverted);
  };
  replaceWithResult(rewriter, converter, op,
                    buildBroadcastGeneric(rewriter, op->getLoc(), op,
                                          resultType, input, body));
  return success();
}

struct CastToLinalg : OpConversionPattern<CastOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(CastOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    return lowerCast(op, adaptor.getInput(), originalElementType(op.getInput()),
                     originalElementType(op.getOutput()), *getTypeConverter(),
                     rewriter);
  }
};

struct CastLikeToLinalg : OpConversionPattern<CastLikeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(CastLikeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type to = originalElementType(op.getTargetType());
    if (to != originalElementType(op.getOutput()))
      return rewriter.notifyMatchFailure(op,
                                         "result type is not target_type's");
    return lowerCast(op, adaptor.getInput(), originalElementType(op.getInput()),
                     to, *getTypeConverter(), rewriter);
  }
};

/// Identity forwards its input (a tensor.cast where the static shapes
/// differ).
struct IdentityToLinalg : OpConversionPattern<IdentityOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(IdentityOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value input = adaptor.getInput();
    Type type = getTypeConverter()->convertType(op.getType());
    if (!type)
      return rewriter.notifyMatchFailure(op, "unsupported type");
    if (input.getType() == type) {
      rewriter.replaceOp(op, input);
      return success();
    }
    if (!tensor::CastOp::areCastCompatible(input.getType(), type))
      return rewriter.notifyMatchFailure(op, "input and result types differ");
    rewriter.replaceOpWithNewOp<tensor::CastOp>(op, type, input);
    return success();
  }
};

} // namespace

//===----------------------------------------------------------------------===//
// The table of ops
//===----------------------------------------------------------------------===//

void populateElementwiseToLinalgPatterns(const TypeConverter &converter,
                                         RewritePatternSet &patterns) {
  auto add = [&](auto factory) {
    addElementwise(patterns, converter, factory);
  };
  using E = const ElementInfo &;

  // Float math functions.
  add(floatMath<ExpOp, math::ExpOp>);
  add(floatMath<LogOp, math::LogOp>);
  add(floatMath<SqrtOp, math::SqrtOp>);
  add(floatMath<TanhOp, math::TanhOp>);
  add(floatMath<ErfOp, math::ErfOp>);
  add(floatMath<FloorOp, math::FloorOp>);
  add(floatMath<CeilOp, math::CeilOp>);
  add(floatMath<RoundOp, math::RoundEvenOp>); // Halves to even, as ONNX.
  add(floatMath<SinOp, math::SinOp>);
  add(floatMath<CosOp, math::CosOp>);
  add(floatMath<TanOp, math::TanOp>);
  add(floatMath<AsinOp, math::AsinOp>);
  add(floatMath<AcosOp, math::AcosOp>);
  add(floatMath<AtanOp, math::AtanOp>);
  add(floatMath<SinhOp, math::SinhOp>);
  add(floatMath<CoshOp, math::CoshOp>);
  add(floatMath<AsinhOp, math::AsinhOp>);
  add(floatMath<AcoshOp, math::AcoshOp>);
  add(floatMath<AtanhOp, math::AtanhOp>);

  // Other unary ops.
  add(+[](AbsOp, E e) -> ScalarFn {
    if (e.isFloat())
      return [](Body &s, ValueRange a) { return s.abs(a[0]); };
    if (!e.isInt())
      return nullptr;
    if (e.isUnsigned)
      return [](Body &, ValueRange a) { return a[0]; };
    return [](Body &s, ValueRange a) { return s.call<math::AbsIOp>(a[0]); };
  });
  add(+[](NegOp, E e) -> ScalarFn {
    if (!e.isFloat() && !e.isInt())
      return nullptr;
    return [](Body &s, ValueRange a) { return s.neg(a[0]); };
  });
  add(+[](ReciprocalOp, E e) {
    return floatUnary(e,
                      [](Body &s, Value x) { return s.div(s.like(x, 1), x); });
  });
  add(+[](ReluOp, E e) -> ScalarFn {
    if (!e.isFloat() && !e.isInt())
      return nullptr;
    if (e.isUnsigned)
      return [](Body &, ValueRange a) { return a[0]; };
    return [](Body &s, ValueRange a) { return s.max(a[0], s.like(a[0], 0)); };
  });
  add(+[](SigmoidOp, E e) {
    return floatUnary(e, [](Body &s, Value x) {
      Value one = s.like(x, 1);
      return s.div(one, s.add(one, s.exp(s.neg(x))));
    });
  });
  add(+[](SignOp, E e) -> ScalarFn {
    if (!e.isFloat() && !e.isInt())
      return nullptr;
    bool isUnsigned = e.isUnsigned;
    return [isUnsigned](Body &s, ValueRange a) {
      Value x = a[0], zero = s.like(x, 0);
      // Zero (of either sign) gives +0; NaN stays NaN, as numpy.sign.
      Value rest = Body::isFloat(x) ? s.select(s.isNaN(x), x, zero) : zero;
      Value negative = isUnsigned ? zero : s.like(x, -1);
      return s.select(s.gt(x, zero, isUnsigned), s.like(x, 1),
                      s.select(s.lt(x, zero, isUnsigned), negative, rest));
    };
  });
  add(+[](SoftplusOp, E e) {
    return floatUnary(e, [](Body &s, Value x) { return s.softplus(x); });
  });
  add(+[](SoftsignOp, E e) {
    return floatUnary(e, [](Body &s, Value x) {
      return s.div(x, s.add(s.like(x, 1), s.abs(x)));
    });
  });
  add(+[](NotOp, E e) -> ScalarFn {
    if (!e.isBool())
      return nullptr;
    return [](Body &s, ValueRange a) { return s.xori(a[0], s.like(a[0], 1)); };
  });
  add(+[](BitwiseNotOp, E e) -> ScalarFn {
    if (!isa<IntegerType>(e.type))
      return nullptr;
    return [](Body &s, ValueRange a) { return s.xori(a[0], s.like(a[0], -1)); };
  });
  add(+[](HardSwishOp, E e) {
    return floatUnary(e, [](Body &s, Value x) {
      Value t = s.add(s.mul(x, s.like(x, 1.0 / 6.0)), s.like(x, 0.5));
      return s.mul(x, s.clamp(t, 0, 1));
    });
  });
  add(+[](MishOp, E e) {
    return floatUnary(
        e, [](Body &s, Value x) { return s.mul(x, s.tanh(s.softplus(x))); });
  });
  add(+[](IsNaNOp, E e) {
    return floatUnary(e, [](Body &s, Value x) { return s.isNaN(x); });
  });
  add(+[](IsInfOp op, E e) {
    bool positive = op.getDetectPositive() != 0;
    bool negative = op.getDetectNegative() != 0;
    return floatUnary(e, [positive, negative](Body &s, Value x) {
      Value isPositive = positive ? s.eq(x, s.like(x, INFINITY)) : Value();
      Value isNegative = negative ? s.eq(x, s.like(x, -INFINITY)) : Value();
      if (isPositive && isNegative)
        return s.ori(isPositive, isNegative);
      if (isPositive || isNegative)
        return isPositive ? isPositive : isNegative;
      return s.cst(s.b.getI1Type(), 0);
    });
  });

  // Activations with attributes (float).
  add(+[](LeakyReluOp op, E e) {
    double alpha = attr(op.getAlpha());
    return floatUnary(e, [alpha](Body &s, Value x) {
      return s.select(s.lt(x, s.like(x, 0)), s.mul(x, s.like(x, alpha)), x);
    });
  });
  add(+[](EluOp op, E e) {
    double alpha = attr(op.getAlpha());
    return floatUnary(e, [alpha](Body &s, Value x) {
      Value negative = s.mul(s.like(x, alpha), s.call<math::ExpM1Op>(x));
      return s.select(s.lt(x, s.like(x, 0)), negative, x);
    });
  });
  add(+[](CeluOp op, E e) {
    double alpha = attr(op.getAlpha());
    return floatUnary(e, [alpha](Body &s, Value x) {
      Value a = s.like(x, alpha), zero = s.like(x, 0);
      Value negative = s.mul(a, s.call<math::ExpM1Op>(s.div(x, a)));
      return s.add(s.max(x, zero), s.min(negative, zero));
    });
  });
  add(+[](SeluOp op, E e) {
    double alpha = attr(op.getAlpha()), gamma = attr(op.getGamma());
    return floatUnary(e, [alpha, gamma](Body &s, Value x) {
      Value negative = s.mul(s.like(x, alpha), s.call<math::ExpM1Op>(x));
      Value y = s.select(s.gt(x, s.like(x, 0)), x, negative);
      return s.mul(s.like(x, gamma), y);
    });
  });
  add(+[](HardSigmoidOp op, E e) {
    double alpha = attr(op.getAlpha()), beta = attr(op.getBeta());
    return floatUnary(e, [alpha, beta](Body &s, Value x) {
      return s.clamp(s.add(s.mul(x, s.like(x, alpha)), s.like(x, beta)), 0, 1);
    });
  });
  add(+[](ThresholdedReluOp op, E e) {
    double alpha = attr(op.getAlpha());
    return floatUnary(e, [alpha](Body &s, Value x) {
      return s.select(s.gt(x, s.like(x, alpha)), x, s.like(x, 0));
    });
  });
  add(+[](ShrinkOp op, E e) -> ScalarFn {
    double bias = attr(op.getBias()), lambd = attr(op.getLambd());
    if (!e.isFloat() && !e.isInt())
      return nullptr;
    Type original = e.isUnsigned
                        ? IntegerType::get(e.type.getContext(),
                                           e.type.getIntOrFloatBitWidth(),
                                           IntegerType::Unsigned)
                        : e.type;
    // Integers compute in f64 and truncate back, as the ONNX reference.
    return [bias, lambd, original](Body &s, ValueRange a) {
      Type f64 = s.b.getF64Type();
      Type type = a[0].getType();
      Value x = Body::isFloat(a[0]) ? a[0] : s.cast(a[0], original, f64, f64);
      Value zero = s.like(x, 0);
      Value y = s.select(
          s.lt(x, s.like(x, -lambd)), s.add(x, s.like(x, bias)),
          s.select(s.gt(x, s.like(x, lambd)), s.sub(x, s.like(x, bias)), zero));
      return Body::isFloat(a[0]) ? y : s.cast(y, f64, original, type);
    };
  });
  add(+[](GeluOp op, E e) -> ScalarFn {
    StringRef approximate = op.getApproximate();
    if (approximate == "none")
      return floatUnary(e, [](Body &s, Value x) {
        Value erf = inF32(s, s.mul(x, s.like(x, M_SQRT1_2)),
                          [&](Value v) { return s.call<math::ErfOp>(v); });
        return s.mul(s.mul(s.like(x, 0.5), x), s.add(s.like(x, 1), erf));
      });
    if (approximate == "tanh")
      return floatUnary(e, [](Body &s, Value x) {
        Value cube = s.mul(s.mul(x, x), x);
        Value inner = s.mul(s.like(x, std::sqrt(2.0 / M_PI)),
                            s.add(x, s.mul(s.like(x, 0.044715), cube)));
        return s.mul(s.mul(s.like(x, 0.5), x),
                     s.add(s.like(x, 1), s.tanh(inner)));
      });
    return nullptr;
  });

  // Binary arithmetic.
  add(arithmetic<AddOp, &Body::add>);
  add(arithmetic<SubOp, &Body::sub>);
  add(arithmetic<MulOp, &Body::mul>);
  add(+[](DivOp, E e) -> ScalarFn {
    if (!e.isFloat() && !e.isInt())
      return nullptr;
    bool isUnsigned = e.isUnsigned;
    return [isUnsigned](Body &s, ValueRange a) {
      return s.div(a[0], a[1], isUnsigned);
    };
  });
  add(+[](PowOp op, E e) -> ScalarFn {
    Type from = originalElementType(op.getB());
    Type base = originalElementType(op.getA());
    if (!isCastableElement(from) || from.isInteger(1))
      return nullptr;
    bool intExponent = isa<IntegerType>(from);
    if (e.isFloat()) {
      // The exponent in the base's type: powf handles integral exponents
      // of negative bases.
      return [from, base](Body &s, ValueRange a) {
        Value y = s.cast(a[1], from, base, a[0].getType());
        return inF32(s, a[0], [&](Value x) {
          Value exponent = s.cast(y, base, x.getType(), x.getType());
          return (Value)math::PowFOp::create(s.b, s.loc, x, exponent);
        });
      };
    }
    if (!e.isInt())
      return nullptr;
    bool baseUnsigned = e.isUnsigned;
    if (intExponent)
      return [baseUnsigned, from](Body &s, ValueRange a) {
        return s.ipow(a[0], a[1], baseUnsigned, from.isUnsignedInteger());
      };
    // Integer base, float exponent: in f64, truncated back.
    return [from, base](Body &s, ValueRange a) {
      Type f64 = s.b.getF64Type();
      Value x = s.cast(a[0], base, f64, f64);
      Value y = s.cast(a[1], from, f64, f64);
      Value r = math::PowFOp::create(s.b, s.loc, x, y);
      return s.cast(r, f64, base, a[0].getType());
    };
  });
  add(+[](ModOp op, E e) -> ScalarFn {
    int64_t fmod = op.getFmod();
    if ((!e.isFloat() && !e.isInt()) || (fmod != 0 && fmod != 1))
      return nullptr;
    bool isUnsigned = e.isUnsigned;
    if (fmod == 1 || isUnsigned)
      return [isUnsigned](Body &s, ValueRange a) {
        return s.rem(a[0], a[1], isUnsigned);
      };
    // fmod = 0: the result takes the divisor's sign (Python's %).
    return [](Body &s, ValueRange a) {
      Value r = s.rem(a[0], a[1]);
      Value zero = s.like(r, 0);
      Value signsDiffer = s.xori(s.lt(r, zero), s.lt(a[1], zero));
      Value adjust = s.andi(s.ne(r, zero), signsDiffer);
      return s.select(adjust, s.add(r, a[1]), r);
    };
  });
  add(+[](BitShiftOp op, E e) -> ScalarFn {
    StringRef direction = op.getDirection();
    if (!e.isInt() || !e.isUnsigned ||
        (direction != "LEFT" && direction != "RIGHT"))
      return nullptr;
    bool left = direction == "LEFT";
    return [left](Body &s, ValueRange a) -> Value {
      Value x = a[0], n = a[1];
      Value shifted =
          left ? arith::ShLIOp::create(s.b, s.loc, x, n).getResult()
               : arith::ShRUIOp::create(s.b, s.loc, x, n).getResult();
      // Shifting by the width or more gives 0, as numpy does (LLVM leaves
      // it undefined).
      Value width = s.like(n, n.getType().getIntOrFloatBitWidth());
      Value tooFar = arith::CmpIOp::create(s.b, s.loc,
                                           arith::CmpIPredicate::uge, n, width);
      return s.select(tooFar, s.like(x, 0), shifted);
    };
  });
  add(bitwise<BitwiseAndOp, &Body::andi, false>);
  add(bitwise<BitwiseOrOp, &Body::ori, false>);
  add(bitwise<BitwiseXorOp, &Body::xori, false>);
  add(+[](PReluOp op, E e) -> ScalarFn {
    if ((!e.isFloat() && !e.isInt()) ||
        originalElementType(op.getSlope()) != originalElementType(op.getX()))
      return nullptr;
    bool isUnsigned = e.isUnsigned;
    return [isUnsigned](Body &s, ValueRange a) {
      Value x = a[0];
      return s.select(s.lt(x, s.like(x, 0), isUnsigned), s.mul(x, a[1]), x);
    };
  });

  // Comparisons and logic.
  add(+[](EqualOp, E e) -> ScalarFn {
    if (!e.isFloat() && !isa<IntegerType>(e.type))
      return nullptr;
    return [](Body &s, ValueRange a) { return s.eq(a[0], a[1]); };
  });
  add(compare<LessOp, &Body::lt>);
  add(compare<LessOrEqualOp, &Body::le>);
  add(compare<GreaterOp, &Body::gt>);
  add(compare<GreaterOrEqualOp, &Body::ge>);
  add(bitwise<AndOp, &Body::andi, true>);
  add(bitwise<OrOp, &Body::ori, true>);
  add(bitwise<XorOp, &Body::xori, true>);

  // Variadic ops.
  add(+[](SumOp, E e) {
    return variadic(e, [](Body &s, Value x, Value y) { return s.add(x, y); });
  });
  add(+[](MeanOp op, E e) -> ScalarFn {
    if (!e.isFloat())
      return nullptr;
    double count = op->getNumOperands();
    return [count](Body &s, ValueRange a) {
      Value sum = a[0];
      for (Value x : a.drop_front())
        sum = s.add(sum, x);
      return s.div(sum, s.like(sum, count));
    };
  });
  add(+[](MaxOp, E e) {
    bool isUnsigned = e.isUnsigned;
    return variadic(e, [isUnsigned](Body &s, Value x, Value y) {
      return s.max(x, y, isUnsigned);
    });
  });
  add(+[](MinOp, E e) {
    bool isUnsigned = e.isUnsigned;
    return variadic(e, [isUnsigned](Body &s, Value x, Value y) {
      return s.min(x, y, isUnsigned);
    });
  });

  add(+[](WhereOp, E e) -> ScalarFn {
    if (!e.isBool())
      return nullptr;
    return [](Body &s, ValueRange a) { return s.select(a[0], a[1], a[2]); };
  });

  patterns.add<ClipToLinalg, CastToLinalg, CastLikeToLinalg, IdentityToLinalg>(
      converter, patterns.getContext());
}

} // namespace onnxc
