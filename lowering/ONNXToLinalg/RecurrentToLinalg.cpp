//===- RecurrentToLinalg.cpp - RNN, GRU, LSTM -----------------------------===//
//
// A recurrent layer runs as an scf.for over the time steps per direction,
// carrying the hidden state (and LSTM's cell state) and the outputs of the
// steps so far. The input projection of every step is one matrix product
// before the loop (X * W^T plus the biases); each step adds H * R^T (a
// linalg.matmul) and computes the gates in one linalg.generic. With
// sequence_lens, a batch entry past its length keeps its state, and the
// reverse direction starts at its own last step; Y is assembled after the
// loops, with zeros past each length. layout=1 is transposed to layout 0 on
// the way in and back on the way out.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/dialects/ONNX/IR/ShapeHelpers.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"
#include "onnxc/lowering/ONNXToLinalg/ReductionUtils.h"
#include "onnxc/lowering/ONNXToLinalg/ScalarBuilder.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"

using namespace mlir;

namespace onnxc {
namespace {

constexpr int64_t kDyn = ShapedType::kDynamic;

//===----------------------------------------------------------------------===//
// Activations
//===----------------------------------------------------------------------===//

/// One activation function of a layer, with its alpha and beta.
struct Activation {
  std::string name; // lower case
  double alpha = 0, beta = 0;
};

/// The activations of a layer, `perDirection` for each of `dirs` directions
/// (the defaults when the attribute is absent). As in ONNX Runtime, the
/// activation_alpha and activation_beta lists are consumed in order by the
/// functions that take an alpha (Affine, LeakyRelu, ThresholdedRelu,
/// ScaledTanh, HardSigmoid, Elu) and a beta (Affine, ScaledTanh,
/// HardSigmoid); a function whose value is not in the list takes the
/// default of the ONNX operator of the same name.
static SmallVector<Activation> getActivations(std::optional<ArrayAttr> names,
                                              std::optional<ArrayAttr> alphas,
                                              std::optional<ArrayAttr> betas,
                                              ArrayRef<StringRef> defaults,
                                              int64_t dirs) {
  SmallVector<Activation> result;
  if (names) {
    for (Attribute a : *names)
      result.push_back({cast<StringAttr>(a).getValue().lower()});
  } else {
    for (int64_t d = 0; d < dirs; ++d)
      for (StringRef name : defaults)
        result.push_back({name.lower()});
  }
  auto next = [](std::optional<ArrayAttr> list, size_t &i, double fallback) {
    if (!list || i >= list->size())
      return fallback;
    return cast<FloatAttr>((*list)[i++]).getValueAsDouble();
  };
  size_t ai = 0, bi = 0;
  for (Activation &a : result) {
    StringRef n = a.name;
    if (n == "affine" || n == "scaledtanh") {
      a.alpha = next(alphas, ai, 1.0);
      a.beta = next(betas, bi, n == "affine" ? 0.0 : 1.0);
    } else if (n == "hardsigmoid") {
      a.alpha = next(alphas, ai, 0.2);
      a.beta = next(betas, bi, 0.5);
    } else if (n == "leakyrelu") {
      a.alpha = next(alphas, ai, 0.01);
    } else if (n == "thresholdedrelu" || n == "elu") {
      a.alpha = next(alphas, ai, 1.0);
    }
  }
  return result;
}

static Value applyActivation(ScalarBuilder &s, const Activation &a, Value x) {
  StringRef n = a.name;
  Value zero = s.like(x, 0), one = s.like(x, 1);
  if (n == "sigmoid")
    return s.div(one, s.add(one, s.exp(s.neg(x))));
  if (n == "tanh")
    return s.tanh(x);
  if (n == "relu")
    return s.max(x, zero);
  if (n == "affine")
    return s.add(s.mul(s.like(x, a.alpha), x), s.like(x, a.beta));
  if (n == "leakyrelu")
    return s.select(s.lt(x, zero), s.mul(s.like(x, a.alpha), x), x);
  if (n == "thresholdedrelu")
    return s.select(s.gt(x, s.like(x, a.alpha)), x, zero);
  if (n == "scaledtanh")
    return s.mul(s.like(x, a.alpha), s.tanh(s.mul(s.like(x, a.beta), x)));
  if (n == "hardsigmoid")
    return s.clamp(s.add(s.mul(s.like(x, a.alpha), x), s.like(x, a.beta)), 0,
                   1);
  if (n == "elu")
    return s.select(s.lt(x, zero),
                    s.mul(s.like(x, a.alpha), s.call<math::ExpM1Op>(x)), x);
  if (n == "softsign")
    return s.div(x, s.add(one, s.abs(x)));
  // softplus (the shape function admits no other name)
  return s.softplus(x);
}

//===----------------------------------------------------------------------===//
// Tensor helpers
//===----------------------------------------------------------------------===//

/// Entry `d` of dim 0 of `v`, that dim dropped.
static Value sliceDir(OpBuilder &b, Location loc, Value v, int64_t d) {
  auto type = cast<RankedTensorType>(v.getType());
  SmallVector<OpFoldResult> offsets(type.getRank(), b.getIndexAttr(0));
  SmallVector<OpFoldResult> sizes, strides(type.getRank(), b.getIndexAttr(1));
  offsets[0] = b.getIndexAttr(d);
  sizes.push_back(b.getIndexAttr(1));
  for (int64_t i = 1; i < type.getRank(); ++i)
    sizes.push_back(tensor::getMixedSize(b, loc, v, i));
  auto resultType = RankedTensorType::get(type.getShape().drop_front(),
                                          type.getElementType());
  return tensor::ExtractSliceOp::create(b, loc, resultType, v, offsets, sizes,
                                        strides);
}

/// Columns [start, start + size) of a 2-D `v` (elements of a 1-D one).
static Value sliceCols(OpBuilder &b, Location loc, Value v, OpFoldResult start,
                       OpFoldResult size) {
  auto type = cast<RankedTensorType>(v.getType());
  int64_t rank = type.getRank();
  SmallVector<OpFoldResult> offsets(rank, b.getIndexAttr(0));
  SmallVector<OpFoldResult> sizes, strides(rank, b.getIndexAttr(1));
  for (int64_t i = 0; i + 1 < rank; ++i)
    sizes.push_back(tensor::getMixedSize(b, loc, v, i));
  offsets.back() = start;
  sizes.push_back(size);
  return tensor::ExtractSliceOp::create(b, loc, v, offsets, sizes, strides);
}

static Value transpose(OpBuilder &b, Location loc, Value v,
                       ArrayRef<int64_t> perm) {
  SmallVector<OpFoldResult> sizes;
  for (int64_t p : perm)
    sizes.push_back(tensor::getMixedSize(b, loc, v, p));
  Value init = tensor::EmptyOp::create(
      b, loc, sizes, cast<RankedTensorType>(v.getType()).getElementType());
  return linalg::TransposeOp::create(b, loc, v, init, perm).getResult()[0];
}

/// A zero-filled tensor of `sizes`.
static Value zeros(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
                   Type elementType) {
  Value empty = tensor::EmptyOp::create(b, loc, sizes, elementType);
  Value zero = createScalarConstant(b, loc, elementType, 0.0);
  return linalg::FillOp::create(b, loc, zero, empty).getResult(0);
}

/// a [M, K] * bT [K, N].
static Value matmul(OpBuilder &b, Location loc, Value a, Value bT) {
  Type et = cast<RankedTensorType>(a.getType()).getElementType();
  Value init = zeros(
      b, loc,
      {tensor::getMixedSize(b, loc, a, 0), tensor::getMixedSize(b, loc, bT, 1)},
      et);
  return linalg::MatmulOp::create(b, loc, TypeRange{init.getType()},
                                  ValueRange{a, bT}, ValueRange{init})
      .getResult(0);
}

//===----------------------------------------------------------------------===//
// The layer
//===----------------------------------------------------------------------===//

enum class Kind { RNN, GRU, LSTM };

/// One layer as the loops need it (converted operands, layout 0).
struct Layer {
  Kind kind;
  int64_t gates;
  Type type;                    // element type
  Value x, w, r, bias, lens;    // lens: [N] i32 or null
  Value initH, initC, peephole; // null when absent
  OpFoldResult seq, batch, hidden;
  std::optional<double> clip;
  bool linearBeforeReset = false, inputForget = false;
  SmallVector<Activation> activations; // per direction, in order
  int64_t perDirection;
};

/// The outputs of one direction: the hidden state of each step in the order
/// the steps ran ([T, N, H]), the final hidden and cell states.
struct DirectionResult {
  Value steps, h, c;
};

class LayerBuilder {
public:
  LayerBuilder(OpBuilder &b, Location loc, const Layer &layer)
      : b(b), loc(loc), L(layer) {}

  DirectionResult build(int64_t d, bool reverse);

private:
  /// Computes `body` in f32 for a narrower element type.
  Value wide(ScalarBuilder &s, Value x) {
    if (cast<FloatType>(x.getType()).getWidth() >= 32)
      return x;
    return arith::ExtFOp::create(s.b, s.loc, s.b.getF32Type(), x);
  }
  Value narrow(ScalarBuilder &s, Value x) {
    if (x.getType() == L.type)
      return x;
    return arith::TruncFOp::create(s.b, s.loc, L.type, x);
  }
  Value clip(ScalarBuilder &s, Value x) {
    if (!L.clip)
      return x;
    return s.clamp(x, -*L.clip, *L.clip);
  }
  const Activation &act(int64_t d, int64_t i) {
    return L.activations[d * L.perDirection + i];
  }

  /// A linalg.generic over [N, H]: `inputs` are [N, H] (identity map) or
  /// [H] (broadcast over the batch); `body` gets the batch index and the
  /// elements (in f32 for narrow types) and returns one result per
  /// destination: a carried state, written in place so that the loop yields
  /// its own buffer, or null for a new tensor.
  SmallVector<Value> gateGeneric(
      ValueRange inputs, ArrayRef<Value> destinations,
      function_ref<SmallVector<Value>(ScalarBuilder &, Value, ArrayRef<Value>)>
          body) {
    MLIRContext *ctx = b.getContext();
    AffineMap identity = AffineMap::getMultiDimIdentityMap(2, ctx);
    AffineMap row = AffineMap::get(2, 0, {getAffineDimExpr(1, ctx)}, ctx);
    SmallVector<AffineMap> maps;
    for (Value v : inputs)
      maps.push_back(
          cast<RankedTensorType>(v.getType()).getRank() == 2 ? identity : row);
    SmallVector<Value> inits;
    for (Value d : destinations) {
      inits.push_back(
          d ? d
            : tensor::EmptyOp::create(b, loc, {L.batch, L.hidden}, L.type)
                  .getResult());
      maps.push_back(identity);
    }
    SmallVector<utils::IteratorType> iterators(2,
                                               utils::IteratorType::parallel);
    auto generic = linalg::GenericOp::create(
        b, loc, ValueRange(inits).getTypes(), inputs, inits, maps, iterators,
        [&](OpBuilder &nb, Location nl, ValueRange args) {
          ScalarBuilder s{nb, nl};
          SmallVector<Value> elements;
          for (Value a : args.take_front(inputs.size()))
            elements.push_back(wide(s, a));
          Value batchIndex = linalg::IndexOp::create(nb, nl, 0);
          SmallVector<Value> results = body(s, batchIndex, elements);
          for (Value &r : results)
            r = narrow(s, r);
          linalg::YieldOp::create(nb, nl, results);
        });
    return generic.getResults();
  }

  /// Whether batch entry `batchIndex` is still inside its sequence at step
  /// `t` (null without sequence_lens: always).
  Value isActive(ScalarBuilder &s, Value batchIndex, Value t) {
    if (!L.lens)
      return {};
    Value len = tensor::ExtractOp::create(s.b, s.loc, L.lens, batchIndex);
    Value len64 = arith::ExtSIOp::create(s.b, s.loc, s.b.getI64Type(), len);
    Value t64 = arith::IndexCastOp::create(s.b, s.loc, s.b.getI64Type(), t);
    return arith::CmpIOp::create(s.b, s.loc, arith::CmpIPredicate::slt, t64,
                                 len64);
  }

  OpBuilder &b;
  Location loc;
  const Layer &L;
};

DirectionResult LayerBuilder::build(int64_t d, bool reverse) {
  Type et = L.type;
  Value zeroIndex = arith::ConstantIndexOp::create(b, loc, 0);
  Value oneIndex = arith::ConstantIndexOp::create(b, loc, 1);
  Value seq = getValueOrCreateConstantIndexOp(b, loc, L.seq);
  Value hidden = getValueOrCreateConstantIndexOp(b, loc, L.hidden);
  auto hTimes = [&](int64_t k) -> OpFoldResult {
    if (auto h = getConstantIntValue(L.hidden))
      return b.getIndexAttr(k * *h);
    return arith::MulIOp::create(b, loc, hidden,
                                 arith::ConstantIndexOp::create(b, loc, k))
        .getResult();
  };
  OpFoldResult gatesWidth = hTimes(L.gates);

  // X * W^T + biases for every step at once: [T, N, G*H].
  Value wT = transpose(b, loc, sliceDir(b, loc, L.w, d), {1, 0});
  Value rT = transpose(b, loc, sliceDir(b, loc, L.r, d), {1, 0});
  Value x2 = tensor::CollapseShapeOp::create(
      b, loc, L.x, SmallVector<ReassociationIndices>{{0, 1}, {2}});
  Value xw = matmul(b, loc, x2, wT);
  Value recurrentHBias; // GRU with linear_before_reset: Rbh stays apart
  if (L.bias) {
    Value bd = sliceDir(b, loc, L.bias, d);
    Value wb = sliceCols(b, loc, bd, b.getIndexAttr(0), gatesWidth);
    Value rb = sliceCols(b, loc, bd, gatesWidth, gatesWidth);
    if (L.kind == Kind::GRU && L.linearBeforeReset)
      recurrentHBias = sliceCols(b, loc, rb, hTimes(2), L.hidden);
    bool keepRbh = static_cast<bool>(recurrentHBias);
    OpFoldResult hStart = hTimes(2);
    MLIRContext *ctx = b.getContext();
    AffineMap identity = AffineMap::getMultiDimIdentityMap(2, ctx);
    AffineMap col = AffineMap::get(2, 0, {getAffineDimExpr(1, ctx)}, ctx);
    auto generic = linalg::GenericOp::create(
        b, loc, TypeRange{xw.getType()}, ValueRange{xw, wb, rb}, ValueRange{xw},
        {identity, col, col, identity},
        {utils::IteratorType::parallel, utils::IteratorType::parallel},
        [&](OpBuilder &nb, Location nl, ValueRange args) {
          ScalarBuilder s{nb, nl};
          Value sum = s.add(args[0], args[1]);
          Value withR = s.add(sum, args[2]);
          if (keepRbh) {
            Value j = linalg::IndexOp::create(nb, nl, 1);
            Value isH = arith::CmpIOp::create(
                nb, nl, arith::CmpIPredicate::sge, j,
                getValueOrCreateConstantIndexOp(nb, nl, hStart));
            withR = s.select(isH, sum, withR);
          }
          linalg::YieldOp::create(nb, nl, withR);
        });
    xw = generic.getResult(0);
  }
  SmallVector<OpFoldResult> xwSizes{L.seq, L.batch, gatesWidth};
  auto xwType =
      RankedTensorType::get({getConstantIntValue(L.seq).value_or(kDyn),
                             getConstantIntValue(L.batch).value_or(kDyn),
                             getConstantIntValue(gatesWidth).value_or(kDyn)},
                            et);
  xw = tensor::ExpandShapeOp::create(
      b, loc, xwType, xw, SmallVector<ReassociationIndices>{{0, 1}, {2}},
      xwSizes);

  Value peephole = L.peephole ? sliceDir(b, loc, L.peephole, d) : Value();
  Value h0 = L.initH ? sliceDir(b, loc, L.initH, d)
                     : zeros(b, loc, {L.batch, L.hidden}, et);
  Value c0;
  if (L.kind == Kind::LSTM)
    c0 = L.initC ? sliceDir(b, loc, L.initC, d)
                 : zeros(b, loc, {L.batch, L.hidden}, et);
  Value steps = tensor::EmptyOp::create(b, loc, {L.seq, L.batch, L.hidden}, et);
  auto stateType = cast<RankedTensorType>(h0.getType());

  SmallVector<Value> carried{h0, steps};
  if (c0)
    carried.push_back(c0);
  auto loop = scf::ForOp::create(
      b, loc, zeroIndex, seq, oneIndex, carried,
      [&](OpBuilder &lb, Location ll, Value t, ValueRange state) {
        OpBuilder::InsertionGuard guard(b);
        b.setInsertionPoint(lb.getInsertionBlock(), lb.getInsertionPoint());
        Value h = state[0], c = c0 ? state[2] : Value();
        // This step's rows of X * W^T: one time for every batch entry, or,
        // reversed with sequence_lens, each entry's own.
        Value xwt;
        if (reverse && L.lens) {
          Value init =
              tensor::EmptyOp::create(b, ll, {L.batch, gatesWidth}, et);
          MLIRContext *ctx = b.getContext();
          auto generic = linalg::GenericOp::create(
              b, ll, TypeRange{init.getType()}, ValueRange{}, ValueRange{init},
              {AffineMap::getMultiDimIdentityMap(2, ctx)},
              {utils::IteratorType::parallel, utils::IteratorType::parallel},
              [&](OpBuilder &nb, Location nl, ValueRange) {
                Value n = linalg::IndexOp::create(nb, nl, 0);
                Value j = linalg::IndexOp::create(nb, nl, 1);
                Value len = tensor::ExtractOp::create(nb, nl, L.lens, n);
                len =
                    arith::IndexCastOp::create(nb, nl, nb.getIndexType(), len);
                // len - 1 - t, clamped into [0, T) (inactive entries).
                Value time = arith::SubIOp::create(
                    nb, nl, arith::SubIOp::create(nb, nl, len, oneIndex), t);
                time = arith::MaxSIOp::create(nb, nl, time, zeroIndex);
                time = arith::MinSIOp::create(
                    nb, nl, time, arith::SubIOp::create(nb, nl, seq, oneIndex));
                linalg::YieldOp::create(nb, nl,
                                        tensor::ExtractOp::create(
                                            nb, nl, xw, ValueRange{time, n, j})
                                            .getResult());
              });
          xwt = generic.getResult(0);
        } else {
          Value time =
              reverse
                  ? arith::SubIOp::create(
                        b, ll, arith::SubIOp::create(b, ll, seq, oneIndex), t)
                        .getResult()
                  : t;
          SmallVector<OpFoldResult> offsets{time, b.getIndexAttr(0),
                                            b.getIndexAttr(0)};
          SmallVector<OpFoldResult> sizes{b.getIndexAttr(1), L.batch,
                                          gatesWidth};
          SmallVector<OpFoldResult> strides(3, b.getIndexAttr(1));
          auto rowType = RankedTensorType::get(
              {xwType.getDimSize(1), xwType.getDimSize(2)}, et);
          xwt = tensor::ExtractSliceOp::create(b, ll, rowType, xw, offsets,
                                               sizes, strides);
        }
        auto gate = [&](Value v, int64_t g) {
          return sliceCols(b, ll, v, hTimes(g), L.hidden);
        };

        SmallVector<Value> next;
        if (L.kind == Kind::RNN) {
          Value hr = matmul(b, ll, h, rT);
          next = gateGeneric({xwt, hr, h}, {h},
                             [&](ScalarBuilder &s, Value n, ArrayRef<Value> e) {
                               Value hNew = applyActivation(
                                   s, act(d, 0), clip(s, s.add(e[0], e[1])));
                               if (Value active = isActive(s, n, t))
                                 hNew = s.select(active, hNew, e[2]);
                               return SmallVector<Value>{hNew};
                             });
        } else if (L.kind == Kind::LSTM) {
          Value hr = matmul(b, ll, h, rT);
          SmallVector<Value> inputs;
          for (int64_t g = 0; g < 4; ++g) // i, o, f, c
            inputs.push_back(gate(xwt, g));
          for (int64_t g = 0; g < 4; ++g)
            inputs.push_back(gate(hr, g));
          inputs.append({h, c});
          if (peephole)
            for (int64_t g = 0; g < 3; ++g) // i, o, f
              inputs.push_back(sliceCols(b, ll, peephole, hTimes(g), L.hidden));
          bool hasPeephole = static_cast<bool>(peephole);
          next = gateGeneric(
              inputs, {h, c},
              [&](ScalarBuilder &s, Value n, ArrayRef<Value> e) {
                Value hPrev = e[8], cPrev = e[9];
                auto pre = [&](int64_t g) { return s.add(e[g], e[4 + g]); };
                Value zero = s.like(hPrev, 0);
                Value pi = hasPeephole ? e[10] : zero;
                Value po = hasPeephole ? e[11] : zero;
                Value pf = hasPeephole ? e[12] : zero;
                const Activation &f = act(d, 0), &g = act(d, 1),
                                 &hAct = act(d, 2);
                Value i = applyActivation(
                    s, f, clip(s, s.add(pre(0), s.mul(pi, cPrev))));
                Value fg =
                    L.inputForget
                        ? s.sub(s.like(i, 1), i)
                        : applyActivation(
                              s, f, clip(s, s.add(pre(2), s.mul(pf, cPrev))));
                Value cand = applyActivation(s, g, clip(s, pre(3)));
                Value cNew = s.add(s.mul(fg, cPrev), s.mul(i, cand));
                Value o = applyActivation(
                    s, f, clip(s, s.add(pre(1), s.mul(po, cNew))));
                Value hNew = s.mul(o, applyActivation(s, hAct, cNew));
                if (Value active = isActive(s, n, t)) {
                  hNew = s.select(active, hNew, hPrev);
                  cNew = s.select(active, cNew, cPrev);
                }
                return SmallVector<Value>{hNew, cNew};
              });
        } else if (L.linearBeforeReset) { // GRU: h = g(xw_h + r (.) (H*Rh^T +
                                          // Rbh))
          Value hr = matmul(b, ll, h, rT);
          SmallVector<Value> inputs{gate(xwt, 0),
                                    gate(xwt, 1),
                                    gate(xwt, 2),
                                    gate(hr, 0),
                                    gate(hr, 1),
                                    gate(hr, 2),
                                    h};
          if (recurrentHBias)
            inputs.push_back(recurrentHBias);
          bool hasRbh = static_cast<bool>(recurrentHBias);
          next = gateGeneric(
              inputs, {h}, [&](ScalarBuilder &s, Value n, ArrayRef<Value> e) {
                const Activation &f = act(d, 0), &g = act(d, 1);
                Value z = applyActivation(s, f, clip(s, s.add(e[0], e[3])));
                Value rg = applyActivation(s, f, clip(s, s.add(e[1], e[4])));
                Value recurrent = hasRbh ? s.add(e[5], e[7]) : e[5];
                Value cand = applyActivation(
                    s, g, clip(s, s.add(e[2], s.mul(rg, recurrent))));
                Value hPrev = e[6];
                Value hNew =
                    s.add(s.mul(s.sub(s.like(z, 1), z), cand), s.mul(z, hPrev));
                if (Value active = isActive(s, n, t))
                  hNew = s.select(active, hNew, hPrev);
                return SmallVector<Value>{hNew};
              });
        } else { // GRU: h = g(xw_h + (r (.) H) * Rh^T)
          Value rTzr = sliceCols(b, ll, rT, b.getIndexAttr(0), hTimes(2));
          Value rTh = sliceCols(b, ll, rT, hTimes(2), L.hidden);
          Value hr = matmul(b, ll, h, rTzr);
          SmallVector<Value> zr = gateGeneric(
              {gate(xwt, 0), gate(xwt, 1), gate(hr, 0), gate(hr, 1), h},
              {Value(), Value()},
              [&](ScalarBuilder &s, Value, ArrayRef<Value> e) {
                const Activation &f = act(d, 0);
                Value z = applyActivation(s, f, clip(s, s.add(e[0], e[2])));
                Value rg = applyActivation(s, f, clip(s, s.add(e[1], e[3])));
                return SmallVector<Value>{z, s.mul(rg, e[4])};
              });
          Value rhR = matmul(b, ll, zr[1], rTh);
          next = gateGeneric(
              {gate(xwt, 2), rhR, zr[0], h}, {h},
              [&](ScalarBuilder &s, Value n, ArrayRef<Value> e) {
                Value cand =
                    applyActivation(s, act(d, 1), clip(s, s.add(e[0], e[1])));
                Value z = e[2], hPrev = e[3];
                Value hNew =
                    s.add(s.mul(s.sub(s.like(z, 1), z), cand), s.mul(z, hPrev));
                if (Value active = isActive(s, n, t))
                  hNew = s.select(active, hNew, hPrev);
                return SmallVector<Value>{hNew};
              });
        }
        Value hNext = tensor::CastOp::create(b, ll, stateType, next[0]);
        SmallVector<OpFoldResult> offsets{t, b.getIndexAttr(0),
                                          b.getIndexAttr(0)};
        SmallVector<OpFoldResult> sizes{b.getIndexAttr(1), L.batch, L.hidden};
        SmallVector<OpFoldResult> strides(3, b.getIndexAttr(1));
        Value stepsNext = tensor::InsertSliceOp::create(
            b, ll, hNext, state[1], offsets, sizes, strides);
        SmallVector<Value> yielded{hNext, stepsNext};
        if (c0)
          yielded.push_back(tensor::CastOp::create(b, ll, stateType, next[1]));
        scf::YieldOp::create(b, ll, yielded);
      });
  return {loop.getResult(1), loop.getResult(0),
          c0 ? loop.getResult(2) : Value()};
}

//===----------------------------------------------------------------------===//
// The pattern
//===----------------------------------------------------------------------===//

/// Stacks [N, H] states into [D, N, H].
static Value stackStates(OpBuilder &b, Location loc, ArrayRef<Value> states,
                         const Layer &L) {
  int64_t dirs = states.size();
  Value out = tensor::EmptyOp::create(
      b, loc, {b.getIndexAttr(dirs), L.batch, L.hidden}, L.type);
  for (auto [d, s] : llvm::enumerate(states)) {
    SmallVector<OpFoldResult> offsets{b.getIndexAttr(d), b.getIndexAttr(0),
                                      b.getIndexAttr(0)};
    SmallVector<OpFoldResult> sizes{b.getIndexAttr(1), L.batch, L.hidden};
    SmallVector<OpFoldResult> strides(3, b.getIndexAttr(1));
    out =
        tensor::InsertSliceOp::create(b, loc, s, out, offsets, sizes, strides);
  }
  return out;
}

/// Y [T, D, N, H] from each direction's steps: step order reversed for a
/// reverse direction (from each entry's own length with sequence_lens), and
/// zeros past each entry's length.
static Value assembleY(OpBuilder &b, Location loc, ArrayRef<Value> steps,
                       ArrayRef<bool> reverse, const Layer &L) {
  int64_t dirs = steps.size();
  if (dirs == 1 && !reverse[0] && !L.lens) {
    auto type = cast<RankedTensorType>(steps[0].getType());
    auto yType = RankedTensorType::get(
        {type.getDimSize(0), 1, type.getDimSize(1), type.getDimSize(2)},
        L.type);
    return tensor::ExpandShapeOp::create(
        b, loc, yType, steps[0],
        SmallVector<ReassociationIndices>{{0, 1}, {2}, {3}},
        SmallVector<OpFoldResult>{L.seq, b.getIndexAttr(1), L.batch, L.hidden});
  }
  Value init = tensor::EmptyOp::create(
      b, loc, {L.seq, b.getIndexAttr(dirs), L.batch, L.hidden}, L.type);
  SmallVector<utils::IteratorType> iterators(4, utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{init.getType()}, ValueRange{}, ValueRange{init},
      {b.getMultiDimIdentityMap(4)}, iterators,
      [&](OpBuilder &nb, Location nl, ValueRange) {
        ScalarBuilder s{nb, nl};
        Value time = linalg::IndexOp::create(nb, nl, 0);
        Value dir = linalg::IndexOp::create(nb, nl, 1);
        Value n = linalg::IndexOp::create(nb, nl, 2);
        Value j = linalg::IndexOp::create(nb, nl, 3);
        Value zeroIndex = arith::ConstantIndexOp::create(nb, nl, 0);
        Value oneIndex = arith::ConstantIndexOp::create(nb, nl, 1);
        Value len = getValueOrCreateConstantIndexOp(nb, nl, L.seq);
        if (L.lens)
          len = arith::IndexCastOp::create(
              nb, nl, nb.getIndexType(),
              tensor::ExtractOp::create(nb, nl, L.lens, n));
        Value valid =
            arith::CmpIOp::create(nb, nl, arith::CmpIPredicate::slt, time, len);
        Value last = arith::SubIOp::create(
            nb, nl, getValueOrCreateConstantIndexOp(nb, nl, L.seq), oneIndex);
        Value result;
        for (int64_t d = dirs - 1; d >= 0; --d) {
          Value src = time;
          if (reverse[d]) {
            src = arith::SubIOp::create(
                nb, nl, arith::SubIOp::create(nb, nl, len, oneIndex), time);
            src = arith::MinSIOp::create(
                nb, nl, arith::MaxSIOp::create(nb, nl, src, zeroIndex), last);
          }
          Value v = tensor::ExtractOp::create(nb, nl, steps[d],
                                              ValueRange{src, n, j});
          if (!result) {
            result = v;
            continue;
          }
          Value isD =
              arith::CmpIOp::create(nb, nl, arith::CmpIPredicate::eq, dir,
                                    arith::ConstantIndexOp::create(nb, nl, d));
          result = s.select(isD, v, result);
        }
        linalg::YieldOp::create(nb, nl,
                                s.select(valid, result, s.like(result, 0)));
      });
  return generic.getResult(0);
}

template <typename OpTy, Kind K>
struct RecurrentToLinalg : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Layer L;
    L.kind = K;
    L.gates = K == Kind::RNN ? 1 : K == Kind::GRU ? 3 : 4;
    L.perDirection = K == Kind::RNN ? 1 : K == Kind::GRU ? 2 : 3;
    SmallVector<RankedTensorType> resultTypes;
    for (Value result : op->getResults()) {
      auto type = getConvertedRankedType(result.getType());
      if (!type)
        return rewriter.notifyMatchFailure(op, "unranked result");
      resultTypes.push_back(type);
    }
    auto xType = dyn_cast<RankedTensorType>(adaptor.getX().getType());
    if (!xType || xType.getRank() != 3 ||
        !isa<RankedTensorType>(adaptor.getW().getType()) ||
        !isa<RankedTensorType>(adaptor.getR().getType()))
      return rewriter.notifyMatchFailure(op, "X, W and R must be ranked");
    L.type = xType.getElementType();
    if (!isSupportedFloat(L.type))
      return rewriter.notifyMatchFailure(op, "unsupported element type");
    FailureOr<int64_t> dirs = getRecurrentDirections(op.getDirection());
    if (failed(dirs))
      return rewriter.notifyMatchFailure(op, "invalid direction");
    bool layout1 = op.getLayout() == 1;
    auto optional = [](Value v) {
      return isa<NoneType>(v.getType()) ? Value() : v;
    };

    L.x = layout1 ? transpose(rewriter, loc, adaptor.getX(), {1, 0, 2})
                  : adaptor.getX();
    L.w = adaptor.getW();
    L.r = adaptor.getR();
    L.bias = optional(adaptor.getB());
    L.lens = optional(adaptor.getSequenceLens());
    L.initH = optional(adaptor.getInitialH());
    if (L.initH && layout1)
      L.initH = transpose(rewriter, loc, L.initH, {1, 0, 2});
    if constexpr (K == Kind::LSTM) {
      L.initC = optional(adaptor.getInitialC());
      if (L.initC && layout1)
        L.initC = transpose(rewriter, loc, L.initC, {1, 0, 2});
      L.peephole = optional(adaptor.getP());
      L.inputForget = op.getInputForget() != 0;
    }
    if constexpr (K == Kind::GRU)
      L.linearBeforeReset = op.getLinearBeforeReset() != 0;
    if (auto clip = op.getClip())
      L.clip = clip->convertToDouble();
    L.seq = tensor::getMixedSize(rewriter, loc, L.x, 0);
    L.batch = tensor::getMixedSize(rewriter, loc, L.x, 1);
    L.hidden = tensor::getMixedSize(rewriter, loc, L.r, 2);
    static constexpr StringRef rnnDefaults[] = {"Tanh"};
    static constexpr StringRef gruDefaults[] = {"Sigmoid", "Tanh"};
    static constexpr StringRef lstmDefaults[] = {"Sigmoid", "Tanh", "Tanh"};
    ArrayRef<StringRef> defaults = K == Kind::RNN   ? ArrayRef(rnnDefaults)
                                   : K == Kind::GRU ? ArrayRef(gruDefaults)
                                                    : ArrayRef(lstmDefaults);
    L.activations = getActivations(op.getActivations(), op.getActivationAlpha(),
                                   op.getActivationBeta(), defaults, *dirs);
    if (static_cast<int64_t>(L.activations.size()) != L.perDirection * *dirs)
      return rewriter.notifyMatchFailure(op, "wrong number of activations");

    LayerBuilder builder(rewriter, loc, L);
    SmallVector<Value> steps, hs, cs;
    SmallVector<bool> reverse;
    for (int64_t d = 0; d < *dirs; ++d) {
      bool rev = op.getDirection() == "reverse" || d == 1;
      DirectionResult r = builder.build(d, rev);
      steps.push_back(r.steps);
      hs.push_back(r.h);
      cs.push_back(r.c);
      reverse.push_back(rev);
    }
    SmallVector<Value> results{assembleY(rewriter, loc, steps, reverse, L),
                               stackStates(rewriter, loc, hs, L)};
    if (K == Kind::LSTM)
      results.push_back(stackStates(rewriter, loc, cs, L));
    if (layout1) {
      results[0] = transpose(rewriter, loc, results[0], {2, 0, 1, 3});
      for (size_t i = 1; i < results.size(); ++i)
        results[i] = transpose(rewriter, loc, results[i], {1, 0, 2});
    }
    for (auto [v, type] : llvm::zip(results, resultTypes))
      v = castIfNeeded(rewriter, loc, v, type);
    rewriter.replaceOp(op, results);
    return success();
  }
};

} // namespace

void populateRecurrentToLinalgPatterns(const TypeConverter &converter,
                                       RewritePatternSet &patterns) {
  patterns.add<RecurrentToLinalg<RNNOp, Kind::RNN>,
               RecurrentToLinalg<GRUOp, Kind::GRU>,
               RecurrentToLinalg<LSTMOp, Kind::LSTM>>(converter,
                                                      patterns.getContext());
}

} // namespace onnxc
