//===- ComposedOpHandlers.cpp - Ops imported as compositions of others ----===//
//
// Ops whose meaning is a short composition of ops onnxc lowers, imported as
// that composition. RMSNormalization (opset 23) and Swish (24) are defined
// by ONNX function bodies that the linked libonnx is too old to know, so
// function expansion cannot import them; LpNormalization has no body.
// Each follows the op's definition: the same ops, in the same types, as the
// ONNX function body where there is one.
//
//===----------------------------------------------------------------------===//

#include "NodeImport.h"

#include "onnxc/dialects/ONNX/IR/DataTypes.h"
#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

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

} // namespace

void addComposedOpHandlers(
    llvm::function_ref<void(StringRef, int64_t, OpHandler)> add) {
  add("RMSNormalization", 23, importRMSNormalization);
  add("Swish", 24, importSwish);
  add("LpNormalization", 1, importLpNormalization);
}

} // namespace onnxc
