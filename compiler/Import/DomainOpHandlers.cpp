//===- DomainOpHandlers.cpp - Ops of domains other than ai.onnx -----------===//
//
// Ops of other domains are imported as the default domain's ops that compute
// them, so that the rest of the compiler sees only the `onnx` dialect:
//
// - ai.onnx.preview.training: the optimizers Adagrad, Momentum (standard and
//   nesterov) and Adam, elementwise on each tensor they update, as ONNX's
//   definitions give them.
// - com.microsoft (what ONNX Runtime's quantization and transformer tools
//   write into models): Gelu, FastGelu, BiasGelu, FusedMatMul,
//   SkipLayerNormalization, QuantizeLinear and DequantizeLinear, as ONNX
//   Runtime's contrib-op documentation defines them.
//
//===----------------------------------------------------------------------===//

#include "NodeImport.h"

#include "onnxc/dialects/ONNX/IR/DataTypes.h"
#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

#include "onnx/onnx_pb.h"

#include "llvm/ADT/StringMap.h"

using namespace mlir;

namespace onnxc {
namespace {

/// Builds onnx ops for one node; after a failure (already reported at the
/// node) every further value is null.
class Emit {
public:
  explicit Emit(NodeImport &n) : n(n) {}

  template <typename OpTy>
  Value op(ValueRange operands, ArrayRef<NamedAttribute> attrs = {}) {
    if (failed || llvm::any_of(operands, [](Value v) { return !v; }))
      return {};
    auto created = n.create<OpTy>(operands, attrs, 1);
    if (!created) {
      failed = true;
      return {};
    }
    return created->getResult(0);
  }
  Value add(Value a, Value b) { return op<AddOp>({a, b}); }
  Value sub(Value a, Value b) { return op<SubOp>({a, b}); }
  Value mul(Value a, Value b) { return op<MulOp>({a, b}); }
  Value div(Value a, Value b) { return op<DivOp>({a, b}); }
  Value sqrt(Value a) { return op<SqrtOp>({a}); }
  Value cst(Type et, double v) { return n.constantScalar(et, v); }
  Value cast(Value v, Type et) {
    std::optional<int64_t> to = getOnnxDataType(et);
    return op<CastOp>(
        {v}, {n.builder.getNamedAttr("to", n.builder.getI64IntegerAttr(*to))});
  }
  /// t > 0 (t an integer scalar tensor).
  Value positive(Value t) {
    return op<GreaterOp>({t, n.constantScalar(getElementType(t.getType()), 0)});
  }
  Value select(Value c, Value a, Value b) { return op<WhereOp>({c, a, b}); }

  NodeImport &n;
  bool failed = false;
};

double floatAttr(NodeImport &n, StringRef name, double fallback) {
  if (auto attr = dyn_cast_or_null<FloatAttr>(n.getAttr(name)))
    return attr.getValueAsDouble();
  return fallback;
}

/// The optimizers' inputs: R, T, then `groups` lists of equal length.
LogicalResult splitOptimizerInputs(NodeImport &n, unsigned groups,
                                   size_t &count) {
  if (n.inputs.size() < 2 + groups || (n.inputs.size() - 2) % groups != 0)
    return n.error("expects R, T and " + Twine(groups) +
                   " lists of tensors of equal length");
  count = (n.inputs.size() - 2) / groups;
  if (n.node.output_size() != static_cast<int>(count * (groups - 1)))
    return n.error("expects " + Twine(count * (groups - 1)) + " outputs");
  Type et = getElementType(n.inputs[0].getType());
  if (!isa<FloatType>(et) || !getElementType(n.inputs[1].getType()).isInteger(64))
    return n.error("expects a float R and an int64 T");
  return success();
}

/// X_new = X - r * G' / (sqrt(H + G'^2) + epsilon), r = R / (1 + T * decay),
/// G' = norm * X + G.
LogicalResult importAdagrad(NodeImport &n) {
  size_t count;
  if (failed(splitOptimizerInputs(n, 3, count))) return failure();
  Emit e(n);
  Value r = n.inputs[0], t = n.inputs[1];
  Type et = getElementType(r.getType());
  double decay = floatAttr(n, "decay_factor", 0);
  double epsilon = floatAttr(n, "epsilon", 1e-6);
  double norm = floatAttr(n, "norm_coefficient", 0);
  Value rate = e.div(
      r, e.add(e.cst(et, 1), e.mul(e.cast(t, et), e.cst(et, decay))));
  SmallVector<Value> xs, hs;
  for (size_t i = 0; i < count; ++i) {
    Value x = n.inputs[2 + i], g = n.inputs[2 + count + i],
          h = n.inputs[2 + 2 * count + i];
    Value gReg = e.add(e.mul(e.cst(et, norm), x), g);
    Value hNew = e.add(h, e.mul(gReg, gReg));
    Value adaptive = e.add(e.sqrt(hNew), e.cst(et, epsilon));
    xs.push_back(e.sub(x, e.div(e.mul(rate, gReg), adaptive)));
    hs.push_back(hNew);
  }
  if (e.failed) return failure();
  n.outputs.append(xs);
  n.outputs.append(hs);
  return success();
}

/// V_new = alpha * V + (T > 0 ? beta : 1) * G'; X_new = X - R * V_new, or
/// X - R * (G' + alpha * V_new) for nesterov; G' = norm * X + G.
LogicalResult importMomentum(NodeImport &n) {
  size_t count;
  if (failed(splitOptimizerInputs(n, 3, count))) return failure();
  auto mode = dyn_cast_or_null<StringAttr>(n.getAttr("mode"));
  if (!mode || (mode.getValue() != "standard" && mode.getValue() != "nesterov"))
    return n.error("mode must be 'standard' or 'nesterov'");
  Emit e(n);
  Value r = n.inputs[0], t = n.inputs[1];
  Type et = getElementType(r.getType());
  double alpha = floatAttr(n, "alpha", 0), beta = floatAttr(n, "beta", 0);
  double norm = floatAttr(n, "norm_coefficient", 0);
  Value betaAdjusted =
      e.select(e.positive(t), e.cst(et, beta), e.cst(et, 1));
  SmallVector<Value> xs, vs;
  for (size_t i = 0; i < count; ++i) {
    Value x = n.inputs[2 + i], g = n.inputs[2 + count + i],
          v = n.inputs[2 + 2 * count + i];
    Value gReg = e.add(e.mul(e.cst(et, norm), x), g);
    Value vNew = e.add(e.mul(e.cst(et, alpha), v), e.mul(betaAdjusted, gReg));
    Value step = mode.getValue() == "standard"
                     ? vNew
                     : e.add(gReg, e.mul(e.cst(et, alpha), vNew));
    xs.push_back(e.sub(x, e.mul(r, step)));
    vs.push_back(vNew);
  }
  if (e.failed) return failure();
  n.outputs.append(xs);
  n.outputs.append(vs);
  return success();
}

/// Adam with bias-corrected rate R * sqrt(1 - beta^T) / (1 - alpha^T) for
/// T > 0, and the post-update decay (1 - norm_coefficient_post).
LogicalResult importAdam(NodeImport &n) {
  size_t count;
  if (failed(splitOptimizerInputs(n, 4, count))) return failure();
  Emit e(n);
  Value r = n.inputs[0], t = n.inputs[1];
  Type et = getElementType(r.getType());
  double alpha = floatAttr(n, "alpha", 0.9), beta = floatAttr(n, "beta", 0.999);
  double epsilon = floatAttr(n, "epsilon", 1e-6);
  double norm = floatAttr(n, "norm_coefficient", 0);
  double post = floatAttr(n, "norm_coefficient_post", 0);
  Value tf = e.cast(t, et);
  Value corrected = e.div(
      e.mul(r, e.sqrt(e.sub(e.cst(et, 1), e.op<PowOp>({e.cst(et, beta), tf})))),
      e.sub(e.cst(et, 1), e.op<PowOp>({e.cst(et, alpha), tf})));
  Value rate = e.select(e.positive(t), corrected, r);
  SmallVector<Value> xs, vs, hs;
  for (size_t i = 0; i < count; ++i) {
    Value x = n.inputs[2 + i], g = n.inputs[2 + count + i],
          v = n.inputs[2 + 2 * count + i], h = n.inputs[2 + 3 * count + i];
    Value gReg = e.add(e.mul(e.cst(et, norm), x), g);
    Value vNew = e.add(e.mul(e.cst(et, alpha), v),
                       e.mul(e.cst(et, 1 - alpha), gReg));
    Value hNew = e.add(e.mul(e.cst(et, beta), h),
                       e.mul(e.cst(et, 1 - beta), e.mul(gReg, gReg)));
    Value hSqrt = e.add(e.sqrt(hNew), e.cst(et, epsilon));
    Value xNew = e.sub(x, e.mul(rate, e.div(vNew, hSqrt)));
    xs.push_back(e.mul(e.cst(et, 1 - post), xNew));
    vs.push_back(vNew);
    hs.push_back(hNew);
  }
  if (e.failed) return failure();
  n.outputs.append(xs);
  n.outputs.append(vs);
  n.outputs.append(hs);
  return success();
}

//===----------------------------------------------------------------------===//
// com.microsoft
//===----------------------------------------------------------------------===//

Value gelu(Emit &e, Value x, StringRef approximate) {
  return e.op<GeluOp>({x}, {e.n.builder.getNamedAttr(
                               "approximate",
                               e.n.builder.getStringAttr(approximate))});
}

/// Gelu (exact, erf), FastGelu (tanh approximation of X + bias), BiasGelu
/// (exact of A + B).
LogicalResult importMsGelu(NodeImport &n, StringRef approximate,
                           bool biasRequired) {
  size_t max = biasRequired || approximate == "tanh" ? 2 : 1;
  if (n.inputs.empty() || n.inputs.size() > max ||
      (biasRequired && n.inputs.size() != 2))
    return n.error("expects " + Twine(biasRequired ? "2" : "1 or 2") +
                   " inputs");
  Emit e(n);
  Value x = n.inputs[0];
  if (n.inputs.size() == 2 && !isNoValue(n.inputs[1]))
    x = e.add(x, n.inputs[1]);
  Value y = gelu(e, x, approximate);
  if (!y) return failure();
  n.outputs.push_back(y);
  return success();
}

/// alpha * op(A) * op(B), op transposing the last two dims.
LogicalResult importFusedMatMul(NodeImport &n) {
  if (n.inputs.size() != 2) return n.error("expects 2 inputs");
  for (StringRef batch : {"transBatchA", "transBatchB"})
    if (n.getInt(batch).value_or(0) != 0)
      return n.error("attribute '" + batch + "' is not supported");
  Emit e(n);
  SmallVector<Value> operands;
  for (auto [value, attr] :
       llvm::zip(n.inputs, SmallVector<StringRef>{"transA", "transB"})) {
    if (n.getInt(attr).value_or(0) == 0) {
      operands.push_back(value);
      continue;
    }
    MaybeShape shape = getShape(value.getType());
    if (!shape || shape->size() < 2)
      return n.error("'" + attr + "' needs an operand of known rank >= 2");
    SmallVector<int64_t> perm;
    for (size_t d = 0; d < shape->size(); ++d) perm.push_back(d);
    std::swap(perm[perm.size() - 1], perm[perm.size() - 2]);
    operands.push_back(e.op<TransposeOp>(
        {value}, {n.builder.getNamedAttr("perm",
                                         n.builder.getI64ArrayAttr(perm))}));
  }
  Value y = e.op<MatMulOp>(operands);
  double alpha = floatAttr(n, "alpha", 1.0);
  if (alpha != 1.0)
    y = e.mul(y, e.cst(getElementType(n.inputs[0].getType()), alpha));
  if (!y) return failure();
  n.outputs.push_back(y);
  return success();
}

/// LayerNormalization(input + skip (+ bias)) over the last dim; outputs the
/// normalised sum, its mean and inverse standard deviation, and the sum.
LogicalResult importSkipLayerNormalization(NodeImport &n) {
  if (n.inputs.size() < 3 || n.inputs.size() > 5)
    return n.error("expects input, skip, gamma and optional beta and bias");
  Emit e(n);
  Value sum = e.add(n.inputs[0], n.inputs[1]);
  if (n.inputs.size() == 5 && !isNoValue(n.inputs[4]))
    sum = e.add(sum, n.inputs[4]);
  Value beta = n.inputs.size() >= 4 ? n.inputs[3] : n.noValue();
  SmallVector<NamedAttribute> attrs{
      n.builder.getNamedAttr("axis", n.builder.getI64IntegerAttr(-1))};
  if (Attribute eps = n.getAttr("epsilon"))
    attrs.push_back(n.builder.getNamedAttr("epsilon", eps));
  if (e.failed || !sum) return failure();
  auto norm = n.create<LayerNormalizationOp>({sum, n.inputs[2], beta}, attrs, 3);
  if (!norm) return failure();
  n.outputs.assign({norm->getResult(0), norm->getResult(1), norm->getResult(2),
                    sum});
  return success();
}

/// QuantizeLinear and DequantizeLinear of com.microsoft: those of ai.onnx.
template <typename OpTy> LogicalResult importMsQuantization(NodeImport &n) {
  SmallVector<Value> operands(n.inputs);
  while (operands.size() < 3) operands.push_back(n.noValue());
  SmallVector<NamedAttribute> attrs;
  if (Attribute axis = n.getAttr("axis"))
    attrs.push_back(n.builder.getNamedAttr("axis", axis));
  auto op = n.create<OpTy>(operands, attrs, 1);
  if (!op) return failure();
  n.outputs.push_back(op->getResult(0));
  return success();
}

struct Entry {
  int64_t firstVersion;
  OpHandler handler;
};

llvm::StringMap<SmallVector<Entry, 1>> buildTable() {
  llvm::StringMap<SmallVector<Entry, 1>> t;
  auto add = [&](StringRef domain, StringRef op, int64_t since, OpHandler h) {
    t[(domain + "::" + op).str()].push_back({since, std::move(h)});
  };
  StringRef training = "ai.onnx.preview.training";
  add(training, "Adagrad", 1, importAdagrad);
  add(training, "Momentum", 1, importMomentum);
  add(training, "Adam", 1, importAdam);
  StringRef ms = "com.microsoft";
  add(ms, "Gelu", 1,
      [](NodeImport &n) { return importMsGelu(n, "none", false); });
  add(ms, "FastGelu", 1,
      [](NodeImport &n) { return importMsGelu(n, "tanh", false); });
  add(ms, "BiasGelu", 1,
      [](NodeImport &n) { return importMsGelu(n, "none", true); });
  add(ms, "FusedMatMul", 1, importFusedMatMul);
  add(ms, "SkipLayerNormalization", 1, importSkipLayerNormalization);
  add(ms, "QuantizeLinear", 1, importMsQuantization<QuantizeLinearOp>);
  add(ms, "DequantizeLinear", 1, importMsQuantization<DequantizeLinearOp>);
  return t;
}

} // namespace

const OpHandler *lookupDomainOpHandler(StringRef domain, StringRef opType,
                                       int64_t version, int64_t &firstVersion) {
  static const llvm::StringMap<SmallVector<Entry, 1>> table = buildTable();
  firstVersion = 0;
  auto it = table.find((domain + "::" + opType).str());
  if (it == table.end()) return nullptr;
  const Entry *chosen = nullptr;
  for (const Entry &e : it->second)
    if (e.firstVersion <= version) chosen = &e;
  if (!chosen) {
    firstVersion = it->second.front().firstVersion;
    return nullptr;
  }
  return &chosen->handler;
}

} // namespace onnxc
