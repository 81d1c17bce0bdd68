//===- InferQuantizationOps.cpp - Result types of the quantization ops ----===//
//
// QuantizeLinear, DequantizeLinear, MatMulInteger, ConvInteger,
// QLinearMatMul, QLinearConv. Besides the result type, these check what the
// lowering relies on: the element types of scales and zero points, a zero
// point of its scale's shape, and each scale or zero point a scalar or a
// vector along the one dim the op quantizes per element of.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/DataTypes.h"
#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

using namespace mlir;

namespace onnxc {

static constexpr int64_t kDyn = ShapedType::kDynamic;

static std::string describeShape(ArrayRef<int64_t> shape) {
  std::string text = "[";
  for (auto [i, d] : llvm::enumerate(shape)) {
    if (i)
      text += ", ";
    text += ShapedType::isDynamic(d) ? "?" : std::to_string(d);
  }
  return text + "]";
}

/// The integer types a tensor can be quantized to: int8, uint8, int16,
/// uint16 (ONNX's signed integers are signless here).
static bool isQuantizedType(Type type) {
  auto integer = dyn_cast<IntegerType>(type);
  return integer && (integer.getWidth() == 8 || integer.getWidth() == 16);
}

/// int8 or uint8 (the inputs of the integer matmul and conv).
static bool isInt8Type(Type type) {
  auto integer = dyn_cast<IntegerType>(type);
  return integer && integer.getWidth() == 8;
}

/// A zero point, when present, has the element type of the tensor it
/// belongs to and the shape of its scale (when there is one).
static LogicalResult checkZeroPoint(Value zeroPoint, StringRef name,
                                    Type expected, StringRef tensorName,
                                    Value scale, StringRef scaleName,
                                    OptLoc loc) {
  if (isNoValue(zeroPoint))
    return success();
  if (onnxc::getElementType(zeroPoint.getType()) != expected)
    return emitOptionalError(loc, name, " must have the element type of ",
                             tensorName);
  if (!scale)
    return success();
  MaybeShape z = onnxc::getShape(zeroPoint.getType());
  MaybeShape s = onnxc::getShape(scale.getType());
  if (!z || !s)
    return success();
  bool same = z->size() == s->size();
  for (size_t i = 0; same && i < z->size(); ++i)
    same = ShapedType::isDynamic((*z)[i]) || ShapedType::isDynamic((*s)[i]) ||
           (*z)[i] == (*s)[i];
  if (!same)
    return emitOptionalError(loc, name, " must have the shape of ", scaleName,
                             " ", describeShape(*s), ", got ",
                             describeShape(*z));
  return success();
}

/// A scale or zero point that is a scalar or holds one element (per
/// tensor), or, when `along` names a dim, 1-D with `count` entries (that
/// dim's size, kDyn when unknown).
static LogicalResult checkScalarOrVector(Value param, StringRef name,
                                         int64_t count, StringRef along,
                                         OptLoc loc) {
  if (isNoValue(param))
    return success();
  MaybeShape shape = onnxc::getShape(param.getType());
  if (!shape || shape->empty())
    return success();
  int64_t size = (*shape)[0];
  if (shape->size() == 1 && (size == 1 || ShapedType::isDynamic(size)))
    return success();
  if (along.empty())
    return emitOptionalError(loc, name, " must be a scalar, got shape ",
                             describeShape(*shape));
  if (shape->size() == 1 && (ShapedType::isDynamic(count) || size == count))
    return success();
  std::string expected =
      ShapedType::isDynamic(count) ? "" : " (" + std::to_string(count) + ")";
  return emitOptionalError(loc, name,
                           " must be a scalar or 1-D with one entry "
                           "per ",
                           along, expected, ", got shape ",
                           describeShape(*shape));
}

/// The scale and zero point of QuantizeLinear and DequantizeLinear: per
/// tensor, or 1-D along `axis` of x.
static LogicalResult checkAxisParams(Value x, Value scale, Value zeroPoint,
                                     StringRef scaleName, StringRef zpName,
                                     int64_t axis, int64_t blockSize,
                                     OptLoc loc) {
  if (blockSize != 0)
    return emitOptionalError(loc, "blocked quantization (block_size ",
                             blockSize, ") is not supported");
  MaybeShape xShape = onnxc::getShape(x.getType());
  MaybeShape s = onnxc::getShape(scale.getType());
  int64_t count = kDyn;
  if (xShape && s && s->size() == 1) {
    if (failed(normalizeAxis(axis, xShape->size(), loc, "axis")))
      return failure();
    count = (*xShape)[axis];
  }
  std::string along = "element of x's axis " + std::to_string(axis);
  if (failed(checkScalarOrVector(scale, scaleName, count, along, loc)) ||
      failed(checkScalarOrVector(zeroPoint, zpName, count, along, loc)))
    return failure();
  return success();
}

LogicalResult QuantizeLinearOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type xt = onnxc::getElementType(getX().getType());
  Type st = onnxc::getElementType(getYScale().getType());
  if (!isa<FloatType>(xt) && !xt.isSignlessInteger(32))
    return emitOptionalError(loc, "x must be float or int32");
  if (!isa<FloatType>(st) || (isa<FloatType>(xt) && st != xt))
    return emitOptionalError(loc, "y_scale must be float",
                             isa<FloatType>(xt) ? ", of x's element type" : "");
  Type yt = IntegerType::get(getContext(), 8, IntegerType::Unsigned);
  if (int64_t dtype = getOutputDtype()) {
    yt = onnxc::getElementType(getContext(), dtype);
    if (!yt)
      return emitOptionalError(loc, "output_dtype ", dtype,
                               " is not supported");
  }
  if (!isNoValue(getYZeroPoint())) {
    Type zt = onnxc::getElementType(getYZeroPoint().getType());
    if (getOutputDtype() && zt != yt)
      return emitOptionalError(loc, "y_zero_point's type disagrees with "
                                    "output_dtype");
    yt = zt;
  }
  if (!isQuantizedType(yt))
    return emitOptionalError(loc, "the output type must be int8, uint8, int16 "
                                  "or uint16 (float8 and int4 are not "
                                  "supported)");
  if (failed(checkZeroPoint(getYZeroPoint(), "y_zero_point", yt, "y",
                            getYScale(), "y_scale", loc)) ||
      failed(checkAxisParams(getX(), getYScale(), getYZeroPoint(), "y_scale",
                             "y_zero_point", getAxis(), getBlockSize(), loc)))
    return failure();
  return inferSameShapeAs(*this, 0, yt, types, loc);
}

LogicalResult DequantizeLinearOp::inferResultTypes(TypeList &types,
                                                   OptLoc loc) {
  Type xt = onnxc::getElementType(getX().getType());
  Type st = onnxc::getElementType(getXScale().getType());
  if (!isQuantizedType(xt) && !xt.isSignlessInteger(32))
    return emitOptionalError(loc, "x must be int8, uint8, int16, uint16 or "
                                  "int32 (float8 and int4 are not supported)");
  if (!isa<FloatType>(st))
    return emitOptionalError(loc, "x_scale must be float");
  if (failed(checkZeroPoint(getXZeroPoint(), "x_zero_point", xt, "x",
                            getXScale(), "x_scale", loc)) ||
      failed(checkAxisParams(getX(), getXScale(), getXZeroPoint(), "x_scale",
                             "x_zero_point", getAxis(), getBlockSize(), loc)))
    return failure();
  return inferSameShapeAs(*this, 0, st, types, loc);
}

/// A zero point (or scale) of an operand of an integer matmul: a scalar, 1-D
/// along the rows of A (`rowsOfA`) or the columns of B, or of the operand's
/// rank with 1 for the other matrix dim (per batch and row or column).
static LogicalResult checkMatMulParam(Value param, StringRef name,
                                      Value operand, bool rowsOfA, OptLoc loc) {
  if (isNoValue(param))
    return success();
  MaybeShape p = onnxc::getShape(param.getType());
  MaybeShape m = onnxc::getShape(operand.getType());
  if (!p || !m)
    return success();
  int64_t rank = m->size();
  if (rank >= 2 && static_cast<int64_t>(p->size()) == rank && rank > 1) {
    int64_t unit = rowsOfA ? rank - 1 : rank - 2;
    for (int64_t i = 0; i < rank; ++i) {
      int64_t d = (*p)[i], e = (*m)[i];
      bool ok = i == unit ? (d == 1 || ShapedType::isDynamic(d))
                          : (d == 1 || ShapedType::isDynamic(d) ||
                             ShapedType::isDynamic(e) || d == e);
      if (!ok)
        return emitOptionalError(
            loc, name, " of shape ", describeShape(*p), " does not fit ",
            rowsOfA ? "A" : "B", " of shape ", describeShape(*m),
            rowsOfA ? " (expected [..., M, 1])" : " (expected [..., 1, N])");
    }
    return success();
  }
  int64_t count = kDyn;
  StringRef along;
  if (rank >= 2) {
    count = (*m)[rowsOfA ? rank - 2 : rank - 1];
    along = rowsOfA ? "row of A" : "column of B";
  }
  return checkScalarOrVector(param, name, count, along, loc);
}

LogicalResult MatMulIntegerOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type at = onnxc::getElementType(getA().getType());
  Type bt = onnxc::getElementType(getB().getType());
  if (!isInt8Type(at) || !isInt8Type(bt))
    return emitOptionalError(loc, "A and B must be int8 or uint8");
  if (failed(checkZeroPoint(getAZeroPoint(), "a_zero_point", at, "A", {}, {},
                            loc)) ||
      failed(checkZeroPoint(getBZeroPoint(), "b_zero_point", bt, "B", {}, {},
                            loc)) ||
      failed(checkMatMulParam(getAZeroPoint(), "a_zero_point", getA(), true,
                              loc)) ||
      failed(checkMatMulParam(getBZeroPoint(), "b_zero_point", getB(), false,
                              loc)))
    return failure();
  return inferMatMulShape(getA().getType(), getB().getType(),
                          IntegerType::get(getContext(), 32), types, loc);
}

LogicalResult QLinearMatMulOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type at = onnxc::getElementType(getA().getType());
  Type bt = onnxc::getElementType(getB().getType());
  Type yt = onnxc::getElementType(getYZeroPoint().getType());
  if (!isInt8Type(at) || !isInt8Type(bt) || !isInt8Type(yt))
    return emitOptionalError(loc, "a, b and y_zero_point must be int8 or "
                                  "uint8");
  for (Value scale : {getAScale(), getBScale(), getYScale()})
    if (!isa<FloatType>(onnxc::getElementType(scale.getType())))
      return emitOptionalError(loc, "scales must be float");
  if (failed(checkZeroPoint(getAZeroPoint(), "a_zero_point", at, "a",
                            getAScale(), "a_scale", loc)) ||
      failed(checkZeroPoint(getBZeroPoint(), "b_zero_point", bt, "b",
                            getBScale(), "b_scale", loc)) ||
      failed(checkMatMulParam(getAScale(), "a_scale", getA(), true, loc)) ||
      failed(checkMatMulParam(getAZeroPoint(), "a_zero_point", getA(), true,
                              loc)) ||
      failed(checkMatMulParam(getBScale(), "b_scale", getB(), false, loc)) ||
      failed(checkMatMulParam(getBZeroPoint(), "b_zero_point", getB(), false,
                              loc)) ||
      failed(checkZeroPoint(getYZeroPoint(), "y_zero_point", yt, "y",
                            getYScale(), "y_scale", loc)) ||
      failed(checkMatMulParam(getYScale(), "y_scale", getB(), false, loc)) ||
      failed(checkMatMulParam(getYZeroPoint(), "y_zero_point", getB(), false,
                              loc)))
    return failure();
  return inferMatMulShape(getA().getType(), getB().getType(), yt, types, loc);
}

/// W's per-output-channel scale or zero point (a scalar, or 1-D with one
/// entry per output channel).
static LogicalResult checkChannelParam(Value param, StringRef name, Value w,
                                       OptLoc loc) {
  MaybeShape shape = onnxc::getShape(w.getType());
  int64_t channels = shape && !shape->empty() ? (*shape)[0] : kDyn;
  return checkScalarOrVector(param, name, channels, "output channel", loc);
}

LogicalResult ConvIntegerOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type xt = onnxc::getElementType(getX().getType());
  Type wt = onnxc::getElementType(getW().getType());
  if (!isInt8Type(xt) || !isInt8Type(wt))
    return emitOptionalError(loc, "x and w must be int8 or uint8");
  if (failed(checkZeroPoint(getXZeroPoint(), "x_zero_point", xt, "x", {}, {},
                            loc)) ||
      failed(checkZeroPoint(getWZeroPoint(), "w_zero_point", wt, "w", {}, {},
                            loc)) ||
      failed(checkScalarOrVector(getXZeroPoint(), "x_zero_point", kDyn, {},
                                 loc)) ||
      failed(checkChannelParam(getWZeroPoint(), "w_zero_point", getW(), loc)))
    return failure();
  return inferConvShape(*this, getX().getType(), getW().getType(), getGroup(),
                        getKernelShapeAttr(), getStridesAttr(),
                        getDilationsAttr(), getPadsAttr(), getAutoPad(),
                        IntegerType::get(getContext(), 32), types, loc);
}

LogicalResult QLinearConvOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type xt = onnxc::getElementType(getX().getType());
  Type wt = onnxc::getElementType(getW().getType());
  Type yt = onnxc::getElementType(getYZeroPoint().getType());
  if (!isInt8Type(xt) || !isInt8Type(wt) || !isInt8Type(yt))
    return emitOptionalError(loc, "x, w and y_zero_point must be int8 or "
                                  "uint8");
  for (Value scale : {getXScale(), getWScale(), getYScale()})
    if (!isa<FloatType>(onnxc::getElementType(scale.getType())))
      return emitOptionalError(loc, "scales must be float");
  if (failed(checkZeroPoint(getXZeroPoint(), "x_zero_point", xt, "x",
                            getXScale(), "x_scale", loc)) ||
      failed(checkZeroPoint(getWZeroPoint(), "w_zero_point", wt, "w",
                            getWScale(), "w_scale", loc)) ||
      failed(checkZeroPoint(getYZeroPoint(), "y_zero_point", yt, "y",
                            getYScale(), "y_scale", loc)) ||
      failed(checkScalarOrVector(getXScale(), "x_scale", kDyn, {}, loc)) ||
      failed(checkScalarOrVector(getXZeroPoint(), "x_zero_point", kDyn, {},
                                 loc)) ||
      failed(checkChannelParam(getWScale(), "w_scale", getW(), loc)) ||
      failed(checkChannelParam(getWZeroPoint(), "w_zero_point", getW(), loc)) ||
      failed(checkScalarOrVector(getYScale(), "y_scale", kDyn, {}, loc)) ||
      failed(
          checkScalarOrVector(getYZeroPoint(), "y_zero_point", kDyn, {}, loc)))
    return failure();
  if (!isNoValue(getB())) {
    MaybeShape w = onnxc::getShape(getW().getType());
    MaybeShape b = onnxc::getShape(getB().getType());
    int64_t channels = w && !w->empty() ? (*w)[0] : kDyn;
    if (!onnxc::getElementType(getB().getType()).isSignlessInteger(32))
      return emitOptionalError(loc, "B must be int32");
    if (b && (b->size() != 1 ||
              (!ShapedType::isDynamic((*b)[0]) &&
               !ShapedType::isDynamic(channels) && (*b)[0] != channels)))
      return emitOptionalError(loc, "B must be 1-D with one entry per output "
                                    "channel");
  }
  return inferConvShape(*this, getX().getType(), getW().getType(), getGroup(),
                        getKernelShapeAttr(), getStridesAttr(),
                        getDilationsAttr(), getPadsAttr(), getAutoPad(), yt,
                        types, loc);
}

} // namespace onnxc
