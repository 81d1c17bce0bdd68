//===- InferNNOps.cpp - Result types of linear algebra and NN ops ---------===//

#include "onnxc/dialects/ONNX/IR/DataTypes.h"
#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

using namespace mlir;

namespace onnxc {

static constexpr int64_t kDyn = ShapedType::kDynamic;

static bool isFloatLike(Type t) { return isa<FloatType>(t); }

/// Merges two dims that must agree (a contraction or channel count).
static LogicalResult mergeDims(int64_t a, int64_t b, int64_t &out,
                               StringRef what, OptLoc loc) {
  if (!ShapedType::isDynamic(a) && !ShapedType::isDynamic(b) && a != b)
    return emitOptionalError(loc, what, " mismatch: ", a, " vs ", b);
  out = ShapedType::isDynamic(a) ? b : a;
  return success();
}

LogicalResult MatMulOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getA().getType());
  if (et != onnxc::getElementType(getB().getType()))
    return emitOptionalError(loc, "A and B have different element types");
  return inferMatMulShape(getA().getType(), getB().getType(), et, types, loc);
}

LogicalResult inferMatMulShape(Type aType, Type bType, Type et,
                               TypeList &types, OptLoc loc) {
  MaybeShape a = onnxc::getShape(aType);
  MaybeShape b = onnxc::getShape(bType);
  if (!a || !b) {
    types.assign(1, UnrankedTensorType::get(et));
    return success();
  }
  if (a->empty() || b->empty())
    return emitOptionalError(loc, "MatMul operands must have rank >= 1");
  bool aVector = a->size() == 1, bVector = b->size() == 1;
  SmallVector<int64_t> as = *a, bs = *b;
  if (aVector) as.insert(as.begin(), 1);
  if (bVector) bs.push_back(1);
  int64_t k;
  if (failed(mergeDims(as.back(), bs[bs.size() - 2], k,
                       "contraction dimension", loc)))
    return failure();
  SmallVector<int64_t> batch;
  if (failed(broadcastShapes(ArrayRef(as).drop_back(2),
                             ArrayRef(bs).drop_back(2), batch, loc)))
    return failure();
  if (!aVector) batch.push_back(as[as.size() - 2]);
  if (!bVector) batch.push_back(bs.back());
  types.assign(1, RankedTensorType::get(batch, et));
  return success();
}

LogicalResult GemmOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getA().getType());
  MaybeShape a = onnxc::getShape(getA().getType());
  MaybeShape b = onnxc::getShape(getB().getType());
  if ((a && a->size() != 2) || (b && b->size() != 2))
    return emitOptionalError(loc, "Gemm operands A and B must be 2-D");
  int64_t m = kDyn, n = kDyn;
  if (a) {
    m = (*a)[getTransA() ? 1 : 0];
  }
  if (b) n = (*b)[getTransB() ? 0 : 1];
  if (a && b) {
    int64_t k;
    if (failed(mergeDims((*a)[getTransA() ? 0 : 1], (*b)[getTransB() ? 1 : 0],
                         k, "contraction dimension", loc)))
      return failure();
  }
  if (!isNoValue(getC())) {
    MaybeShape c = onnxc::getShape(getC().getType());
    SmallVector<int64_t> out;
    if (c && failed(broadcastShapes({m, n}, *c, out, loc)))
      return failure();
    if (c && out.size() != 2)
      return emitOptionalError(loc, "C must broadcast to (M, N)");
  }
  types.assign(1, RankedTensorType::get({m, n}, et));
  return success();
}

/// Kernel spatial dims from `kernel_shape` or from the weight's shape.
static LogicalResult getKernel(ArrayAttr kernelAttr, const MaybeShape &weight,
                               SmallVectorImpl<int64_t> &kernel, OptLoc loc) {
  if (kernelAttr) {
    kernel.assign(getI64Array(kernelAttr, 0, 0));
    if (weight && weight->size() >= 2) {
      for (size_t i = 0; i < kernel.size() && i + 2 < weight->size(); ++i)
        if (!ShapedType::isDynamic((*weight)[i + 2]) &&
            (*weight)[i + 2] != kernel[i])
          return emitOptionalError(loc, "kernel_shape disagrees with the "
                                        "weight's spatial dims");
    }
    return success();
  }
  if (!weight) return failure();
  kernel.assign(weight->begin() + 2, weight->end());
  return success();
}

LogicalResult ConvOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getX().getType());
  if (et != onnxc::getElementType(getW().getType()))
    return emitOptionalError(loc, "X and W have different element types");
  MaybeShape w = onnxc::getShape(getW().getType());
  int64_t outChannels = w && !w->empty() ? (*w)[0] : kDyn;
  if (!isNoValue(getB())) {
    MaybeShape b = onnxc::getShape(getB().getType());
    if (b && (b->size() != 1 ||
              (!ShapedType::isDynamic((*b)[0]) &&
               !ShapedType::isDynamic(outChannels) && (*b)[0] != outChannels)))
      return emitOptionalError(loc, "B must be 1-D with one entry per output "
                                    "channel");
  }
  return inferConvShape(*this, getX().getType(), getW().getType(), getGroup(),
                        getKernelShapeAttr(), getStridesAttr(),
                        getDilationsAttr(), getPadsAttr(), getAutoPad(), et,
                        types, loc);
}

LogicalResult inferConvShape(Operation *op, Type xType, Type wType,
                             int64_t group, ArrayAttr kernelShape,
                             ArrayAttr strides, ArrayAttr dilations,
                             ArrayAttr pads, StringRef autoPad, Type et,
                             TypeList &types, OptLoc loc) {
  MaybeShape x = onnxc::getShape(xType);
  MaybeShape w = onnxc::getShape(wType);
  if (w && w->size() < 3)
    return emitOptionalError(loc, "W must have rank >= 3, got ", w->size());
  if (x && w && x->size() != w->size())
    return emitOptionalError(loc, "X has rank ", x->size(), " but W has rank ",
                             w->size());
  if (group <= 0) return emitOptionalError(loc, "group must be positive");
  if (x && w && !ShapedType::isDynamic((*x)[1]) &&
      !ShapedType::isDynamic((*w)[1]) && (*x)[1] != (*w)[1] * group)
    return emitOptionalError(loc, "input channels (", (*x)[1],
                             ") must equal W's dim 1 (", (*w)[1],
                             ") times group (", group, ")");
  int64_t outChannels = w ? (*w)[0] : kDyn;
  SmallVector<int64_t> kernel;
  if (failed(getKernel(kernelShape, w, kernel, loc)) || !x) {
    MaybeShape out;
    if (x) out = SmallVector<int64_t>(x->size(), kDyn);
    types.assign(1, makeTensorType(out, et));
    return success();
  }
  MaybeShape out;
  if (failed(inferWindowedShape(op, x, outChannels, kernel, strides, dilations,
                                pads, autoPad, false, out, loc)))
    return failure();
  types.assign(1, makeTensorType(out, et));
  return success();
}

LogicalResult ConvTransposeOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getX().getType());
  MaybeShape x = onnxc::getShape(getX().getType());
  MaybeShape w = onnxc::getShape(getW().getType());
  if (!x || !w) {
    MaybeShape out;
    if (x) out = SmallVector<int64_t>(x->size(), kDyn);
    types.assign(1, makeTensorType(out, et));
    return success();
  }
  if (x->size() != w->size() || x->size() < 3)
    return emitOptionalError(loc, "X and W must have the same rank >= 3");
  size_t spatial = x->size() - 2;
  SmallVector<int64_t> kernel;
  if (failed(getKernel(getKernelShapeAttr(), w, kernel, loc)))
    return failure();
  SmallVector<int64_t> strides = getI64Array(getStridesAttr(), spatial, 1);
  SmallVector<int64_t> dilations = getI64Array(getDilationsAttr(), spatial, 1);
  SmallVector<int64_t> pads = getI64Array(getPadsAttr(), 2 * spatial, 0);
  SmallVector<int64_t> outPad = getI64Array(getOutputPaddingAttr(), spatial, 0);
  if (kernel.size() != spatial || strides.size() != spatial ||
      dilations.size() != spatial || pads.size() != 2 * spatial ||
      outPad.size() != spatial)
    return emitOptionalError(loc, "kernel_shape, strides, dilations, pads and "
                                  "output_padding do not match the ", spatial,
                             " spatial dims");
  int64_t outChannels = ShapedType::isDynamic((*w)[1])
                            ? kDyn
                            : (*w)[1] * getGroup();
  SmallVector<int64_t> out{(*x)[0], outChannels};
  if (auto outputShape = getOutputShapeAttr()) {
    SmallVector<int64_t> explicitShape = getI64Array(outputShape, 0, 0);
    if (explicitShape.size() != spatial)
      return emitOptionalError(loc, "output_shape must have ", spatial,
                               " entries");
    out.append(explicitShape);
  } else {
    for (size_t i = 0; i < spatial; ++i) {
      int64_t in = (*x)[i + 2];
      if (ShapedType::isDynamic(in)) { out.push_back(kDyn); continue; }
      StringRef autoPad = getAutoPad();
      int64_t size = strides[i] * (in - 1) + outPad[i] +
                     (kernel[i] - 1) * dilations[i] + 1;
      if (autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER")
        size = in * strides[i];
      else if (autoPad != "VALID")
        size -= pads[i] + pads[i + spatial];
      out.push_back(size);
    }
  }
  types.assign(1, RankedTensorType::get(out, et));
  return success();
}

template <typename PoolOp>
static LogicalResult inferPool(PoolOp op, TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(op.getX().getType());
  MaybeShape x = onnxc::getShape(op.getX().getType());
  SmallVector<int64_t> kernel = getI64Array(op.getKernelShape(), 0, 0);
  MaybeShape out;
  if (failed(inferWindowedShape(op, x, x ? (*x)[1] : kDyn, kernel,
                                op.getStridesAttr(), op.getDilationsAttr(),
                                op.getPadsAttr(), op.getAutoPad(),
                                op.getCeilMode() != 0, out, loc)))
    return failure();
  types.assign(1, makeTensorType(out, et));
  return success();
}

LogicalResult MaxPoolOp::inferResultTypes(TypeList &types, OptLoc loc) {
  if (failed(inferPool(*this, types, loc))) return failure();
  types.push_back(makeTensorType(onnxc::getShape(types[0]),
                                 IntegerType::get(getContext(), 64)));
  return success();
}

LogicalResult AveragePoolOp::inferResultTypes(TypeList &types, OptLoc loc) {
  return inferPool(*this, types, loc);
}

LogicalResult BatchNormalizationOp::inferResultTypes(TypeList &types,
                                                     OptLoc loc) {
  MaybeShape x = onnxc::getShape(getX().getType());
  if (x && x->size() < 2)
    return emitOptionalError(loc, "X must have rank >= 2 (N, C, ...)");
  for (Value v : {getScale(), getB(), getInputMean(), getInputVar()}) {
    MaybeShape s = onnxc::getShape(v.getType());
    if (!s) continue;
    if (s->size() != 1)
      return emitOptionalError(loc, "scale, B, mean and var must be 1-D");
    if (x && !ShapedType::isDynamic((*x)[1]) &&
        !ShapedType::isDynamic((*s)[0]) && (*s)[0] != (*x)[1])
      return emitOptionalError(loc, "scale, B, mean and var must have C = ",
                               (*x)[1], " entries, got ", (*s)[0]);
  }
  return inferSameAsOperand(*this, 0, types, loc);
}

LogicalResult LayerNormalizationOp::inferResultTypes(TypeList &types,
                                                     OptLoc loc) {
  MaybeShape x = onnxc::getShape(getX().getType());
  MaybeShape stats = x;
  if (x) {
    int64_t axis = getAxis();
    if (failed(normalizeAxis(axis, x->size(), loc))) return failure();
    for (size_t i = axis; i < x->size(); ++i) (*stats)[i] = 1;
  }
  Type stashType = getElementType(getContext(), getStashType());
  if (!stashType || !isa<FloatType>(stashType))
    return emitOptionalError(loc, "stash_type ", getStashType(),
                             " is not a floating-point ONNX data type");
  types.assign({getX().getType(), makeTensorType(stats, stashType),
                makeTensorType(stats, stashType)});
  return success();
}

template <typename SoftmaxLike>
static LogicalResult inferSoftmax(SoftmaxLike op, TypeList &types, OptLoc loc) {
  Type in = op.getInput().getType();
  if (!isFloatLike(onnxc::getElementType(in)))
    return emitOptionalError(loc, "expects a floating-point input");
  if (MaybeShape x = onnxc::getShape(in)) {
    int64_t axis = op.getAxis();
    if (failed(normalizeAxis(axis, x->size(), loc))) return failure();
  }
  types.assign(1, in);
  return success();
}

LogicalResult SoftmaxOp::inferResultTypes(TypeList &t, OptLoc loc) {
  return inferSoftmax(*this, t, loc);
}
LogicalResult LogSoftmaxOp::inferResultTypes(TypeList &t, OptLoc loc) {
  return inferSoftmax(*this, t, loc);
}
LogicalResult HardmaxOp::inferResultTypes(TypeList &t, OptLoc loc) {
  return inferSoftmax(*this, t, loc);
}

template <typename ArgOp>
static LogicalResult inferArgReduce(ArgOp op, TypeList &types, OptLoc loc) {
  Type i64 = IntegerType::get(op.getContext(), 64);
  MaybeShape x = onnxc::getShape(op.getData().getType());
  if (!x) {
    types.assign(1, UnrankedTensorType::get(i64));
    return success();
  }
  int64_t axis = op.getAxis();
  if (failed(normalizeAxis(axis, x->size(), loc))) return failure();
  SmallVector<int64_t> out = *x;
  if (op.getKeepdims()) out[axis] = 1;
  else out.erase(out.begin() + axis);
  types.assign(1, RankedTensorType::get(out, i64));
  return success();
}

LogicalResult ArgMaxOp::inferResultTypes(TypeList &t, OptLoc loc) {
  return inferArgReduce(*this, t, loc);
}
LogicalResult ArgMinOp::inferResultTypes(TypeList &t, OptLoc loc) {
  return inferArgReduce(*this, t, loc);
}

LogicalResult ResizeOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getX().getType());
  StringRef mode = getMode();
  if (mode != "nearest" && mode != "linear" && mode != "cubic")
    return emitOptionalError(loc, "unknown resize mode '", mode, "'");
  MaybeShape x = onnxc::getShape(getX().getType());
  bool hasScales = !isNoValue(getScales()) &&
                   onnxc::getShape(getScales().getType()) !=
                       SmallVector<int64_t>{0};
  bool hasSizes = !isNoValue(getSizes());
  if (hasScales && hasSizes)
    return emitOptionalError(loc, "only one of scales and sizes may be given");
  if (!x) {
    types.assign(1, UnrankedTensorType::get(et));
    return success();
  }
  SmallVector<int64_t> out(x->size(), kDyn);
  SmallVector<int64_t> axes;
  if (auto axesAttr = getAxesAttr()) axes = getI64Array(axesAttr, 0, 0);
  else
    for (size_t i = 0; i < x->size(); ++i) axes.push_back(i);
  for (int64_t &axis : axes)
    if (failed(normalizeAxis(axis, x->size(), loc))) return failure();
  // Dims outside `axes` keep their size.
  SmallVector<bool> resized(x->size(), false);
  for (int64_t axis : axes) resized[axis] = true;
  for (size_t i = 0; i < x->size(); ++i)
    if (!resized[i]) out[i] = (*x)[i];
  bool stretch = getKeepAspectRatioPolicy() == "stretch";
  if (hasSizes && stretch) {
    if (auto sizes = getConstantInts(getSizes())) {
      if (sizes->size() != axes.size())
        return emitOptionalError(loc, "sizes has ", sizes->size(),
                                 " entries; expected ", axes.size());
      for (auto [i, axis] : llvm::enumerate(axes)) out[axis] = (*sizes)[i];
    }
  } else if (hasScales) {
    if (auto scales = getConstantFloats(getScales())) {
      if (scales->size() != axes.size())
        return emitOptionalError(loc, "scales has ", scales->size(),
                                 " entries; expected ", axes.size());
      for (auto [i, axis] : llvm::enumerate(axes))
        if (!ShapedType::isDynamic((*x)[axis]))
          out[axis] = static_cast<int64_t>(
              std::floor((*x)[axis] * (*scales)[i]));
    }
  }
  types.assign(1, RankedTensorType::get(out, et));
  return success();
}

} // namespace onnxc
