//===- ComposedOpHandlers.cpp - Ops imported as compositions of others ----===//
//
// Ops whose meaning is a composition of ops onnxc lowers, imported as that
// composition. RMSNormalization, Attention (opset 23) and Swish (24) are defined
// by ONNX function bodies that the linked libonnx is too old to know, so
// function expansion cannot import them; LpNormalization has no body.
// Each follows the op's definition: the same ops, in the same types, as the
// ONNX function body where there is one.
//
//===----------------------------------------------------------------------===//

#include "NodeImport.h"

#include "onnxc/dialects/ONNX/IR/DataTypes.h"
#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

#include <cmath>
#include <limits>

using namespace mlir;

namespace onnxc {
namespace {

Value result(Operation *op) { return op ? op->getResult(0) : Value(); }

/// The node's float attribute `name`, or `fallback`.
double floatAttr(NodeImport &n, StringRef name, double fallback) {
  if (auto attr = dyn_cast_or_null<FloatAttr>(n.getAttr(name)))
    return attr.getValueAsDouble();
  return fallback;
}

/// Fails on attributes other than `known` (a misspelt or newer attribute
/// must not be ignored).
LogicalResult checkAttributes(NodeImport &n, ArrayRef<StringRef> known) {
  for (const NamedAttribute &a : n.attributes)
    if (!llvm::is_contained(known, a.getName().strref()))
      return n.error("attribute '" + a.getName().strref() +
                     "' is not supported");
  return success();
}

/// X's rank, which the compositions need to name their axes.
FailureOr<int64_t> knownRank(NodeImport &n, Value x) {
  MaybeShape shape = getShape(x.getType());
  if (!shape)
    return n.error("needs an input of known rank");
  return static_cast<int64_t>(shape->size());
}

/// `value` cast to ONNX data type `to` (itself when it has that type).
Value castTo(NodeImport &n, Value value, int64_t to) {
  std::optional<int64_t> have = getOnnxDataType(getElementType(value.getType()));
  if (have && *have == to)
    return value;
  return result(n.create<CastOp>(
      {value}, {n.builder.getNamedAttr("to", n.builder.getI64IntegerAttr(to))},
      1));
}

/// RMSNormalization: X / sqrt(mean(X^2 over axis..rank-1) + epsilon), in
/// stash_type, cast back, times Scale.
LogicalResult importRMSNormalization(NodeImport &n) {
  if (failed(checkAttributes(n, {"axis", "epsilon", "stash_type"})))
    return failure();
  if (n.inputs.size() != 2)
    return n.error("expects the inputs X and scale");
  Value x = n.inputs[0];
  FailureOr<int64_t> rank = knownRank(n, x);
  if (failed(rank))
    return failure();
  int64_t axis = n.getInt("axis").value_or(-1);
  if (axis < -*rank || axis >= *rank)
    return n.error("axis " + Twine(axis) + " is out of range for rank " +
                   Twine(*rank));
  if (axis < 0)
    axis += *rank;
  std::optional<int64_t> xType = getOnnxDataType(getElementType(x.getType()));
  if (!xType || !isa<FloatType>(getElementType(x.getType())))
    return n.error("X must be a float tensor");
  int64_t stash = n.getInt("stash_type").value_or(1);
  Type stashType = getElementType(n.builder.getContext(), stash);
  if (!stashType || !isa<FloatType>(stashType))
    return n.error("stash_type " + Twine(stash) + " is not a float type");
  SmallVector<int64_t> axes;
  for (int64_t d = axis; d < *rank; ++d)
    axes.push_back(d);
  Value xu = castTo(n, x, stash);
  if (!xu)
    return failure();
  Value squared = result(n.create<MulOp>({xu, xu}, {}, 1));
  if (!squared)
    return failure();
  Value mean = result(n.create<ReduceMeanOp>(
      {squared, n.constantI64(axes)},
      {n.builder.getNamedAttr("keepdims", n.builder.getI64IntegerAttr(1))},
      1));
  if (!mean)
    return failure();
  Value eps = n.constantScalar(stashType, floatAttr(n, "epsilon", 1e-5));
  Value shifted = result(n.create<AddOp>({mean, eps}, {}, 1));
  Value rms = shifted ? result(n.create<SqrtOp>({shifted}, {}, 1)) : Value();
  Value normalized = rms ? result(n.create<DivOp>({xu, rms}, {}, 1)) : Value();
  Value back = normalized ? castTo(n, normalized, *xType) : Value();
  Value y = back ? result(n.create<MulOp>({back, n.inputs[1]}, {}, 1)) : Value();
  if (!y)
    return failure();
  n.outputs.push_back(y);
  return success();
}

/// Swish: X * Sigmoid(alpha * X).
LogicalResult importSwish(NodeImport &n) {
  if (failed(checkAttributes(n, {"alpha"})))
    return failure();
  if (n.inputs.size() != 1)
    return n.error("expects the one input X");
  Value x = n.inputs[0];
  Type et = getElementType(x.getType());
  if (!isa<FloatType>(et))
    return n.error("X must be a float tensor");
  Value alpha = n.constantScalar(et, floatAttr(n, "alpha", 1.0));
  Value scaled = result(n.create<MulOp>({x, alpha}, {}, 1));
  Value gate = scaled ? result(n.create<SigmoidOp>({scaled}, {}, 1)) : Value();
  Value y = gate ? result(n.create<MulOp>({x, gate}, {}, 1)) : Value();
  if (!y)
    return failure();
  n.outputs.push_back(y);
  return success();
}

/// LpNormalization: X divided by its L1 (sum of |x|) or L2 (square root of
/// the sum of squares) norm along `axis`; 0 where the norm is 0.
LogicalResult importLpNormalization(NodeImport &n) {
  if (failed(checkAttributes(n, {"axis", "p"})))
    return failure();
  if (n.inputs.size() != 1)
    return n.error("expects the one input X");
  Value x = n.inputs[0];
  Type et = getElementType(x.getType());
  if (!isa<FloatType>(et))
    return n.error("X must be a float tensor");
  FailureOr<int64_t> rank = knownRank(n, x);
  if (failed(rank))
    return failure();
  int64_t axis = n.getInt("axis").value_or(-1);
  int64_t p = n.getInt("p").value_or(2);
  if (axis < -*rank || axis >= *rank)
    return n.error("axis " + Twine(axis) + " is out of range for rank " +
                   Twine(*rank));
  if (p != 1 && p != 2)
    return n.error("p must be 1 or 2, got " + Twine(p));
  auto keep = n.builder.getNamedAttr("keepdims", n.builder.getI64IntegerAttr(1));
  Value axes = n.constantI64({axis});
  Value norm = p == 1
                   ? result(n.create<ReduceL1Op>({x, axes}, {keep}, 1))
                   : result(n.create<ReduceL2Op>({x, axes}, {keep}, 1));
  if (!norm)
    return failure();
  Value zero = n.constantScalar(et, 0.0);
  Value isZero = result(n.create<EqualOp>({norm, zero}, {}, 1));
  Value quotient = result(n.create<DivOp>({x, norm}, {}, 1));
  Value y = isZero && quotient
                ? result(n.create<WhereOp>({isZero, zero, quotient}, {}, 1))
                : Value();
  if (!y)
    return failure();
  n.outputs.push_back(y);
  return success();
}

/// Attention (opsets 23 and 24) as the ops of its definition: 3-D inputs
/// split into heads, the KV cache concatenated, grouped KV heads repeated,
/// softmax(Q K^T * scale [softcapped] + mask + causal bias) V, a row that the
/// bias masks entirely giving 0, and the optional outputs.
LogicalResult importAttention(NodeImport &n) {
  if (failed(checkAttributes(n, {"is_causal", "kv_num_heads", "q_num_heads",
                                 "qk_matmul_output_mode", "scale", "softcap",
                                 "softmax_precision"})))
    return failure();
  if (n.inputs.size() < 3 || n.inputs.size() > 7)
    return n.error("expects Q, K, V and up to 4 optional inputs");
  auto input = [&](size_t i) {
    return i < n.inputs.size() && !isNoValue(n.inputs[i]) ? n.inputs[i]
                                                           : Value();
  };
  Value q = input(0), k = input(1), v = input(2), mask = input(3);
  Value pastKey = input(4), pastValue = input(5);
  if (input(6))
    return n.error("nonpad_kv_seqlen (an external KV cache) is not supported");
  if (!q || !k || !v)
    return n.error("needs Q, K and V");
  if (!pastKey != !pastValue)
    return n.error("past_key and past_value must be given together");
  Type et = getElementType(q.getType());
  if (!isa<FloatType>(et) || getElementType(k.getType()) != et ||
      getElementType(v.getType()) != et)
    return n.error("Q, K and V must be float tensors of one type");
  std::optional<int64_t> etCode = getOnnxDataType(et);
  MaybeShape qs = getShape(q.getType()), ks = getShape(k.getType()),
             vs = getShape(v.getType());
  if (!qs || !ks || !vs || qs->size() != ks->size() ||
      qs->size() != vs->size() || (qs->size() != 3 && qs->size() != 4))
    return n.error("Q, K and V must be of one known rank, 3 or 4");
  bool threeD = qs->size() == 3;
  Builder &b = n.builder;
  auto one = [](Operation *op) { return op ? op->getResult(0) : Value(); };
  auto i64Attr = [&](StringRef name, int64_t value) {
    return b.getNamedAttr(name, b.getI64IntegerAttr(value));
  };
  auto perm = [&](ArrayRef<int64_t> order) {
    return b.getNamedAttr("perm", b.getI64ArrayAttr(order));
  };
  constexpr int64_t kDyn = ShapedType::kDynamic;

  // Heads: [B, S, H * D] -> [B, H, S, D].
  int64_t qHeads, kvHeads;
  if (threeD) {
    std::optional<int64_t> qh = n.getInt("q_num_heads"),
                           kvh = n.getInt("kv_num_heads");
    if (!qh || !kvh || *qh < 1 || *kvh < 1)
      return n.error("3-D inputs need positive q_num_heads and kv_num_heads");
    qHeads = *qh;
    kvHeads = *kvh;
    auto split = [&](Value x, int64_t heads) -> Value {
      Value r = one(n.create<ReshapeOp>(
          {x, n.constantI64({0, 0, heads, -1})}, {}, 1));
      return r ? one(n.create<TransposeOp>({r}, {perm({0, 2, 1, 3})}, 1))
               : Value();
    };
    q = split(q, qHeads);
    k = split(k, kvHeads);
    v = split(v, kvHeads);
    if (!q || !k || !v)
      return failure();
  } else {
    qHeads = (*qs)[1];
    kvHeads = (*ks)[1];
  }
  MaybeShape q4 = getShape(q.getType());
  int64_t headSize = (*q4)[3];

  // Both Q and K are scaled by sqrt(scale), as the definition does.
  double scale;
  if (auto attr = dyn_cast_or_null<FloatAttr>(n.getAttr("scale"))) {
    scale = attr.getValueAsDouble();
  } else {
    if (headSize == kDyn)
      return n.error("needs a static head size (or the scale attribute)");
    scale = 1.0 / std::sqrt(static_cast<double>(headSize));
  }
  Value scaleRoot = n.constantScalar(et, std::sqrt(scale));

  // The KV cache.
  Value presentKey = k, presentValue = v;
  if (pastKey) {
    auto axis2 = i64Attr("axis", 2);
    presentKey = one(n.create<ConcatOp>({pastKey, k}, {axis2}, 1));
    presentValue = one(n.create<ConcatOp>({pastValue, v}, {axis2}, 1));
    if (!presentKey || !presentValue)
      return failure();
  }
  MaybeShape pk = getShape(presentKey.getType());
  int64_t qLength = (*q4)[2], kvLength = pk ? (*pk)[2] : kDyn;

  // Grouped KV heads: each repeated for its group of query heads.
  Value keys = presentKey, values = presentValue;
  if (qHeads == kDyn || kvHeads == kDyn)
    return n.error("needs static numbers of query and KV heads");
  if (qHeads != kvHeads) {
    if (qHeads % kvHeads != 0)
      return n.error(Twine(qHeads) + " query heads do not divide into " +
                     Twine(kvHeads) + " KV heads");
    int64_t groups = qHeads / kvHeads;
    auto repeat = [&](Value x) -> Value {
      MaybeShape shape = getShape(x.getType());
      if (!shape || (*shape)[3] == kDyn)
        return Value();
      Value u = one(n.create<UnsqueezeOp>({x, n.constantI64({2})}, {}, 1));
      Value e = u ? one(n.create<ExpandOp>(
                        {u, n.constantI64({1, 1, groups, 1, 1})}, {}, 1))
                  : Value();
      return e ? one(n.create<ReshapeOp>(
                     {e, n.constantI64({0, qHeads, -1, (*shape)[3]})}, {}, 1))
               : Value();
    };
    keys = repeat(keys);
    values = repeat(values);
    if (!keys || !values)
      return n.error("grouped KV heads need static head sizes");
  }

  Value qScaled = one(n.create<MulOp>({q, scaleRoot}, {}, 1));
  Value kScaled = one(n.create<MulOp>({keys, scaleRoot}, {}, 1));
  Value kT = kScaled ? one(n.create<TransposeOp>({kScaled},
                                                 {perm({0, 1, 3, 2})}, 1))
                     : Value();
  Value qk = qScaled && kT ? one(n.create<MatMulOp>({qScaled, kT}, {}, 1))
                           : Value();
  if (!qk)
    return failure();
  Value capped = qk;
  double softcap = floatAttr(n, "softcap", 0.0);
  if (softcap > 0) {
    Value c = n.constantScalar(et, softcap);
    Value d = one(n.create<DivOp>({qk, c}, {}, 1));
    Value t = d ? one(n.create<TanhOp>({d}, {}, 1)) : Value();
    capped = t ? one(n.create<MulOp>({t, c}, {}, 1)) : Value();
    if (!capped)
      return failure();
  }

  // The additive bias: the mask (a bool one as 0 / -inf, padded with -inf
  // to the KV length) and the causal bias, aligned to the bottom right of
  // the cache.
  Value negInf = n.constantScalar(et, -std::numeric_limits<double>::infinity());
  Value zero = n.constantScalar(et, 0.0);
  Value bias;
  if (mask) {
    Value m = mask;
    if (getElementType(m.getType()).isInteger(1))
      m = one(n.create<WhereOp>({m, zero, negInf}, {}, 1));
    else if (getElementType(m.getType()) != et)
      return n.error("attn_mask must be bool or of Q's type");
    MaybeShape ms = getShape(m ? m.getType() : Type());
    if (!m || !ms || ms->empty())
      return n.error("attn_mask needs a known rank");
    int64_t maskLength = ms->back();
    if (maskLength == kDyn || kvLength == kDyn)
      return n.error("attn_mask needs static lengths to be padded to the "
                     "KV sequence");
    if (maskLength > kvLength)
      return n.error("attn_mask covers " + Twine(maskLength) +
                     " keys, the KV sequence has " + Twine(kvLength));
    if (maskLength < kvLength) {
      SmallVector<int64_t> pads(2 * ms->size(), 0);
      pads.back() = kvLength - maskLength;
      m = one(n.create<PadOp>({m, n.constantI64(pads), negInf, n.noValue()},
                              {}, 1));
      if (!m)
        return failure();
    }
    bias = m;
  }
  if (n.getInt("is_causal").value_or(0) != 0) {
    MaybeShape past = pastKey ? getShape(pastKey.getType()) : MaybeShape();
    int64_t offset = pastKey ? (past ? (*past)[2] : kDyn) : 0;
    if (qLength == kDyn || kvLength == kDyn || offset == kDyn)
      return n.error("is_causal needs static sequence lengths");
    SmallVector<APFloat> values;
    const llvm::fltSemantics &sem = cast<FloatType>(et).getFloatSemantics();
    for (int64_t i = 0; i < qLength; ++i)
      for (int64_t j = 0; j < kvLength; ++j)
        values.push_back(j <= i + offset ? APFloat::getZero(sem)
                                         : APFloat::getInf(sem, true));
    auto type = RankedTensorType::get({qLength, kvLength}, et);
    Value causal = one(n.create<ConstantOp>(
        {}, {b.getNamedAttr("value", DenseElementsAttr::get(type, values))},
        1));
    bias = bias ? one(n.create<AddOp>({bias, causal}, {}, 1)) : causal;
    if (!bias)
      return failure();
  }
  Value biased = bias ? one(n.create<AddOp>({capped, bias}, {}, 1)) : capped;
  if (!biased)
    return failure();

  // Softmax, in softmax_precision when given; rows without any allowed key
  // are 0.
  Value logits = biased;
  std::optional<int64_t> precision = n.getInt("softmax_precision");
  if (precision) {
    Type pt = getElementType(b.getContext(), *precision);
    if (!pt || !isa<FloatType>(pt))
      return n.error("softmax_precision " + Twine(*precision) +
                     " is not a float type");
    logits = castTo(n, logits, *precision);
  }
  Value probs = logits ? one(n.create<SoftmaxOp>({logits}, {}, 1)) : Value();
  if (!probs)
    return failure();
  if (bias) {
    Value rowMax = one(n.create<ReduceMaxOp>({bias, n.constantI64({-1})},
                                             {i64Attr("keepdims", 1)}, 1));
    Value masked =
        rowMax ? one(n.create<EqualOp>({rowMax, negInf}, {}, 1)) : Value();
    Type pt = getElementType(probs.getType());
    Value zeroP = n.constantScalar(pt, 0.0);
    probs = masked ? one(n.create<WhereOp>({masked, zeroP, probs}, {}, 1))
                   : Value();
    if (!probs)
      return failure();
  }
  if (precision)
    probs = castTo(n, probs, *etCode);
  Value y4 = probs ? one(n.create<MatMulOp>({probs, values}, {}, 1)) : Value();
  if (!y4)
    return failure();
  Value y = y4;
  if (threeD) {
    Value t = one(n.create<TransposeOp>({y4}, {perm({0, 2, 1, 3})}, 1));
    y = t ? one(n.create<ReshapeOp>({t, n.constantI64({0, 0, -1})}, {}, 1))
          : Value();
    if (!y)
      return failure();
  }
  int64_t mode = n.getInt("qk_matmul_output_mode").value_or(0);
  Value qkOut = mode == 0 ? qk : mode == 1 ? capped : mode == 2 ? biased
              : mode == 3 ? probs : Value();
  if (!qkOut)
    return n.error("qk_matmul_output_mode must be 0, 1, 2 or 3, got " +
                   Twine(mode));
  n.outputs.assign({y, presentKey, presentValue, qkOut});
  return success();
}

} // namespace

void addComposedOpHandlers(
    llvm::function_ref<void(StringRef, int64_t, OpHandler)> add) {
  add("RMSNormalization", 23, importRMSNormalization);
  add("Swish", 24, importSwish);
  add("LpNormalization", 1, importLpNormalization);
  add("Attention", 23, importAttention);
}

} // namespace onnxc
