//===- ShapeHelpers.cpp - Shared shape functions of the ONNX dialect ------===//

#include "onnxc/dialects/ONNX/IR/ShapeHelpers.h"
#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinDialect.h"

using namespace mlir;

namespace onnxc {

static std::string typeString(Type type) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << type;
  return s;
}

bool isCompatibleType(Type actual, Type inferred) {
  if (actual == inferred) return true;
  auto a = dyn_cast<TensorType>(actual);
  auto b = dyn_cast<TensorType>(inferred);
  if (!a || !b) return false;
  if (a.getElementType() != b.getElementType()) return false;
  if (!a.hasRank() || !b.hasRank()) return true;
  if (a.getRank() != b.getRank()) return false;
  for (auto [x, y] : llvm::zip(a.getShape(), b.getShape()))
    if (!ShapedType::isDynamic(x) && !ShapedType::isDynamic(y) && x != y)
      return false;
  return true;
}

Type joinTypes(Type a, Type b) {
  auto ta = dyn_cast<TensorType>(a);
  auto tb = dyn_cast<TensorType>(b);
  if (!ta || !tb) return a;
  if (!ta.hasRank()) return b;
  if (!tb.hasRank()) return a;
  SmallVector<int64_t> dims(ta.getShape());
  for (auto [i, d] : llvm::enumerate(tb.getShape()))
    if (ShapedType::isDynamic(dims[i])) dims[i] = d;
  return RankedTensorType::get(dims, ta.getElementType());
}

LogicalResult verifyInferredResultTypes(Operation *op) {
  auto iface = cast<InferResultTypes>(op);
  SmallVector<Type> inferred;
  if (failed(iface.inferResultTypes(inferred, op->getLoc())))
    return failure();
  if (inferred.size() != op->getNumResults())
    return op->emitOpError() << "has " << op->getNumResults()
                             << " results but " << inferred.size()
                             << " were inferred";
  for (auto [i, pair] : llvm::enumerate(
           llvm::zip(op->getResultTypes(), inferred))) {
    auto [actual, expected] = pair;
    if (!isCompatibleType(actual, expected))
      return op->emitOpError() << "result #" << i << " has type " << actual
                               << " but its operands and attributes give "
                               << expected;
  }
  return success();
}

MaybeShape getShape(Type type) {
  auto tensor = dyn_cast<TensorType>(type);
  if (!tensor || !tensor.hasRank()) return std::nullopt;
  return SmallVector<int64_t>(tensor.getShape());
}

Type getElementType(Type type) {
  if (auto shaped = dyn_cast<ShapedType>(type)) return shaped.getElementType();
  return type;
}

Type makeTensorType(const MaybeShape &shape, Type elementType) {
  if (!shape) return UnrankedTensorType::get(elementType);
  return RankedTensorType::get(*shape, elementType);
}

bool isNoValue(Value value) { return isa<NoneType>(value.getType()); }

/// The elements attribute behind a constant operand.
static ElementsAttr getConstantAttr(Value value) {
  auto constant = value.getDefiningOp<ConstantOp>();
  if (!constant) return {};
  return constant.getValue();
}

std::optional<SmallVector<int64_t>> getConstantInts(Value value) {
  ElementsAttr attr = getConstantAttr(value);
  if (!attr || !isa<IntegerType>(attr.getElementType())) return std::nullopt;
  bool isUnsigned = attr.getElementType().isUnsignedInteger();
  auto values = attr.tryGetValues<APInt>();
  if (!values) return std::nullopt;
  SmallVector<int64_t> result;
  result.reserve(attr.getNumElements());
  for (const APInt &v : *values)
    result.push_back(isUnsigned ? static_cast<int64_t>(v.getZExtValue())
                                : v.getSExtValue());
  return result;
}

std::optional<SmallVector<double>> getConstantFloats(Value value) {
  ElementsAttr attr = getConstantAttr(value);
  if (!attr) return std::nullopt;
  if (isa<IntegerType>(attr.getElementType())) {
    auto ints = getConstantInts(value);
    if (!ints) return std::nullopt;
    return SmallVector<double>(ints->begin(), ints->end());
  }
  auto values = attr.tryGetValues<APFloat>();
  if (!values) return std::nullopt;
  SmallVector<double> result;
  for (const APFloat &v : *values) result.push_back(v.convertToDouble());
  return result;
}

LogicalResult normalizeAxis(int64_t &axis, int64_t rank, OptLoc loc,
                            StringRef what) {
  if (axis < -rank || axis >= rank)
    return emitOptionalError(loc, what, " ", axis, " is out of range for rank ",
                             rank, " (expected [", -rank, ", ", rank, "))");
  if (axis < 0) axis += rank;
  return success();
}

LogicalResult broadcastShapes(ArrayRef<int64_t> a, ArrayRef<int64_t> b,
                              SmallVectorImpl<int64_t> &result, OptLoc loc) {
  size_t rank = std::max(a.size(), b.size());
  result.assign(rank, 1);
  for (size_t i = 0; i < rank; ++i) {
    int64_t x = i < rank - a.size() ? 1 : a[i - (rank - a.size())];
    int64_t y = i < rank - b.size() ? 1 : b[i - (rank - b.size())];
    if (x == 1) result[i] = y;
    else if (y == 1) result[i] = x;
    else if (ShapedType::isDynamic(x)) result[i] = y;
    else if (ShapedType::isDynamic(y)) result[i] = x;
    else if (x == y) result[i] = x;
    else {
      auto fmt = [](ArrayRef<int64_t> s) {
        std::string out = "[";
        for (auto [k, d] : llvm::enumerate(s))
          out += (k ? "," : "") +
                 (ShapedType::isDynamic(d) ? std::string("?") : std::to_string(d));
        return out + "]";
      };
      return emitOptionalError(loc, "shapes ", fmt(a), " and ", fmt(b),
                               " do not broadcast (dim ", i, ": ", x, " vs ",
                               y, ")");
    }
  }
  return success();
}

SmallVector<int64_t> getI64Array(ArrayAttr attr, size_t count,
                                 int64_t fallback) {
  if (!attr) return SmallVector<int64_t>(count, fallback);
  SmallVector<int64_t> out;
  for (Attribute a : attr) out.push_back(cast<IntegerAttr>(a).getInt());
  return out;
}

LogicalResult inferSameAsOperand(Operation *op, unsigned index,
                                 TypeList &types, OptLoc loc) {
  types.assign(op->getNumResults(), op->getOperand(index).getType());
  return success();
}

LogicalResult inferSameShapeAs(Operation *op, unsigned index, Type elementType,
                               TypeList &types, OptLoc loc) {
  Type in = op->getOperand(index).getType();
  types.assign(1, makeTensorType(getShape(in), elementType));
  return success();
}

LogicalResult inferBroadcast(Operation *op, Type elementType, TypeList &types,
                             OptLoc loc) {
  if (op->getNumOperands() == 0)
    return emitOptionalError(loc, "expects at least one operand");
  Type firstElement = getElementType(op->getOperand(0).getType());
  MaybeShape shape = SmallVector<int64_t>();
  // PRelu and Pow allow a second operand of another element type.
  bool mixedTypesAllowed = isa<PowOp, PReluOp>(op);
  for (Value operand : op->getOperands()) {
    Type et = getElementType(operand.getType());
    if (et != firstElement && !mixedTypesAllowed)
      return emitOptionalError(loc, "operands have different element types (",
                               typeString(firstElement), " and ",
                               typeString(et), ")");
    MaybeShape s = getShape(operand.getType());
    if (!s || !shape) {
      shape = std::nullopt;
      continue;
    }
    SmallVector<int64_t> out;
    if (failed(broadcastShapes(*shape, *s, out, loc))) return failure();
    shape = out;
  }
  types.assign(1, makeTensorType(shape, elementType ? elementType
                                                    : firstElement));
  return success();
}

LogicalResult inferUnidirectional(Operation *op, TypeList &types,
                                  OptLoc loc) {
  MaybeShape to = getShape(op->getOperand(0).getType());
  MaybeShape from = getShape(op->getOperand(1).getType());
  if (to && from) {
    if (from->size() > to->size())
      return emitOptionalError(loc, "operand 1 has rank ", from->size(),
                               ", more than operand 0's ", to->size());
    int64_t offset = to->size() - from->size();
    for (auto [k, d] : llvm::enumerate(*from)) {
      int64_t t = (*to)[offset + k];
      if (d != 1 && !ShapedType::isDynamic(d) && !ShapedType::isDynamic(t) &&
          d != t)
        return emitOptionalError(loc, "dim ", k, " of operand 1 (", d,
                                 ") does not broadcast to ", t);
    }
  }
  return inferSameAsOperand(op, 0, types, loc);
}

LogicalResult inferWhere(Operation *op, TypeList &types, OptLoc loc) {
  Type cond = getElementType(op->getOperand(0).getType());
  if (!cond.isInteger(1))
    return emitOptionalError(loc, "condition must be a bool tensor, got ",
                             typeString(cond));
  Type x = getElementType(op->getOperand(1).getType());
  if (x != getElementType(op->getOperand(2).getType()))
    return emitOptionalError(loc, "X and Y have different element types");
  MaybeShape shape = SmallVector<int64_t>();
  for (Value operand : op->getOperands()) {
    MaybeShape s = getShape(operand.getType());
    if (!s || !shape) { shape = std::nullopt; continue; }
    SmallVector<int64_t> out;
    if (failed(broadcastShapes(*shape, *s, out, loc))) return failure();
    shape = out;
  }
  types.assign(1, makeTensorType(shape, x));
  return success();
}

LogicalResult inferReduce(Operation *op, bool keepDims, bool noopWithEmptyAxes,
                          TypeList &types, OptLoc loc) {
  Type input = op->getOperand(0).getType();
  Type elementType = getElementType(input);
  MaybeShape shape = getShape(input);
  Value axesValue = op->getOperand(1);
  std::optional<SmallVector<int64_t>> axes;
  if (isNoValue(axesValue)) axes = SmallVector<int64_t>();
  else axes = getConstantInts(axesValue);
  if (!shape || !axes) {
    // Unknown axes: the rank is still known when dims are kept.
    if (shape && keepDims)
      shape = SmallVector<int64_t>(shape->size(), ShapedType::kDynamic);
    else
      shape = std::nullopt;
    types.assign(1, makeTensorType(shape, elementType));
    return success();
  }
  int64_t rank = shape->size();
  if (axes->empty()) {
    if (noopWithEmptyAxes) {
      types.assign(1, input);
      return success();
    }
    for (int64_t i = 0; i < rank; ++i) axes->push_back(i);
  }
  SmallVector<bool> reduced(rank, false);
  for (int64_t axis : *axes) {
    if (failed(normalizeAxis(axis, rank, loc, "reduction axis")))
      return failure();
    reduced[axis] = true;
  }
  SmallVector<int64_t> out;
  for (int64_t i = 0; i < rank; ++i) {
    if (!reduced[i]) out.push_back((*shape)[i]);
    else if (keepDims) out.push_back(1);
  }
  types.assign(1, RankedTensorType::get(out, elementType));
  return success();
}

LogicalResult inferGlobalPool(Operation *op, TypeList &types, OptLoc loc) {
  Type input = op->getOperand(0).getType();
  MaybeShape shape = getShape(input);
  if (shape) {
    if (shape->size() < 3)
      return emitOptionalError(loc, "expects an input of rank >= 3 (N, C, "
                                    "spatial...), got rank ",
                               shape->size());
    for (size_t i = 2; i < shape->size(); ++i) (*shape)[i] = 1;
  }
  types.assign(1, makeTensorType(shape, getElementType(input)));
  return success();
}

LogicalResult inferWindowedShape(Operation *op, const MaybeShape &input,
                                 int64_t outChannels, ArrayRef<int64_t> kernel,
                                 ArrayAttr stridesAttr, ArrayAttr dilationsAttr,
                                 ArrayAttr padsAttr, StringRef autoPad,
                                 bool ceilMode, MaybeShape &result,
                                 OptLoc loc) {
  if (!input) { result = std::nullopt; return success(); }
  size_t spatial = kernel.size();
  if (input->size() != spatial + 2)
    return emitOptionalError(loc, "expects an input of rank ", spatial + 2,
                             " for a ", spatial, "-d kernel, got rank ",
                             input->size());
  SmallVector<int64_t> strides = getI64Array(stridesAttr, spatial, 1);
  SmallVector<int64_t> dilations = getI64Array(dilationsAttr, spatial, 1);
  SmallVector<int64_t> pads = getI64Array(padsAttr, 2 * spatial, 0);
  if (strides.size() != spatial || dilations.size() != spatial ||
      pads.size() != 2 * spatial)
    return emitOptionalError(loc, "strides, dilations and pads must have ",
                             spatial, ", ", spatial, " and ", 2 * spatial,
                             " entries for a ", spatial, "-d kernel");
  for (size_t i = 0; i < spatial; ++i) {
    // A kernel dim may be dynamic (the weight's, when it is an input).
    if (strides[i] <= 0 || dilations[i] <= 0 ||
        (!ShapedType::isDynamic(kernel[i]) && kernel[i] <= 0))
      return emitOptionalError(loc, "kernel sizes, strides and dilations must "
                                    "be positive");
    if (pads[i] < 0 || pads[i + spatial] < 0)
      return emitOptionalError(loc, "pads must be non-negative");
  }
  if (autoPad != "NOTSET" && autoPad != "VALID" && autoPad != "SAME_UPPER" &&
      autoPad != "SAME_LOWER")
    return emitOptionalError(loc, "unknown auto_pad '", autoPad, "'");
  SmallVector<int64_t> out{(*input)[0], outChannels};
  for (size_t i = 0; i < spatial; ++i) {
    int64_t in = (*input)[i + 2];
    bool same = autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER";
    if (ShapedType::isDynamic(in) ||
        (ShapedType::isDynamic(kernel[i]) && !same)) {
      out.push_back(ShapedType::kDynamic);
      continue;
    }
    int64_t effective = (kernel[i] - 1) * dilations[i] + 1;
    int64_t size;
    if (autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
      size = (in + strides[i] - 1) / strides[i];
    } else {
      int64_t padded = in + (autoPad == "VALID" ? 0 : pads[i] + pads[i + spatial]);
      int64_t span = padded - effective;
      if (span < 0)
        return emitOptionalError(loc, "kernel extent ", effective,
                                 " is larger than the padded input (", padded,
                                 ") in spatial dim ", i);
      size = (ceilMode ? (span + strides[i] - 1) / strides[i]
                       : span / strides[i]) + 1;
      // A window starting in the right padding only is dropped (ceil mode).
      if (ceilMode && (size - 1) * strides[i] >= in + pads[i]) --size;
    }
    out.push_back(size);
  }
  result = out;
  return success();
}

} // namespace onnxc
