//===- InferVisionOps.cpp - Result types of image and box ops -------------===//
//
// MaxUnpool, GridSample, RoiAlign and NonMaxSuppression: ops over images
// ([N, C, spatial...]) and boxes, whose results take their sizes from the
// attributes, from another operand or from the data.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/DataTypes.h"
#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

using namespace mlir;

namespace onnxc {

static constexpr int64_t kDyn = ShapedType::kDynamic;

/// `type`'s shape when it is ranked with `rank` dims, else an error (an
/// unranked one gives nullopt and success).
static LogicalResult expectRank(Type type, StringRef name, int64_t rank,
                                MaybeShape &shape, OptLoc loc) {
  shape = onnxc::getShape(type);
  if (shape && static_cast<int64_t>(shape->size()) != rank)
    return emitOptionalError(loc, "'", name, "' must have rank ", rank,
                             ", got ", shape->size());
  return success();
}

static bool isInt64(Type type) {
  return onnxc::getElementType(type).isInteger(64);
}

static int64_t dimOf(const MaybeShape &shape, size_t dim) {
  return shape && dim < shape->size() ? (*shape)[dim] : kDyn;
}

LogicalResult MaxUnpoolOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getX().getType());
  if (!isInt64(getI().getType()))
    return emitOptionalError(loc, "I must be an int64 tensor");
  SmallVector<int64_t> kernel = getI64Array(getKernelShape(), 0, 0);
  size_t spatial = kernel.size();
  if (spatial == 0)
    return emitOptionalError(loc, "kernel_shape must not be empty");
  SmallVector<int64_t> strides = getI64Array(getStridesAttr(), spatial, 1);
  SmallVector<int64_t> pads = getI64Array(getPadsAttr(), 2 * spatial, 0);
  if (strides.size() != spatial || pads.size() != 2 * spatial)
    return emitOptionalError(loc, "strides and pads do not match the ",
                             spatial, " spatial dims of kernel_shape");
  for (size_t i = 0; i < spatial; ++i)
    if (kernel[i] < 1 || strides[i] < 1 || pads[i] < 0 ||
        pads[i + spatial] < 0)
      return emitOptionalError(loc, "kernel_shape and strides must be "
                                    "positive and pads not negative");
  MaybeShape x;
  if (failed(expectRank(getX().getType(), "X", spatial + 2, x, loc)))
    return failure();
  MaybeShape indices = onnxc::getShape(getI().getType());
  if (x && indices) {
    bool differ = x->size() != indices->size();
    for (size_t d = 0; !differ && d < x->size(); ++d)
      differ = !ShapedType::isDynamic((*x)[d]) &&
               !ShapedType::isDynamic((*indices)[d]) && (*x)[d] != (*indices)[d];
    if (differ)
      return emitOptionalError(loc, "I must have the shape of X");
  }
  SmallVector<int64_t> out(spatial + 2, kDyn);
  out[0] = dimOf(x, 0);
  out[1] = dimOf(x, 1);
  if (!isNoValue(getOutputShape())) {
    if (!isInt64(getOutputShape().getType()))
      return emitOptionalError(loc, "output_shape must be an int64 tensor");
    MaybeShape shape = onnxc::getShape(getOutputShape().getType());
    if (shape && (shape->size() != 1 ||
                  (!ShapedType::isDynamic((*shape)[0]) &&
                   (*shape)[0] != static_cast<int64_t>(spatial + 2))))
      return emitOptionalError(loc, "output_shape must hold ", spatial + 2,
                               " sizes");
    if (auto sizes = getConstantInts(getOutputShape())) {
      for (size_t d = 0; d < out.size(); ++d) {
        int64_t known = out[d], given = (*sizes)[d];
        if (given < 0 || (d < 2 && !ShapedType::isDynamic(known) &&
                          known != given))
          return emitOptionalError(loc, "output_shape[", d, "] = ", given,
                                   " does not fit X");
        out[d] = given;
      }
    }
  } else {
    for (size_t i = 0; i < spatial; ++i) {
      int64_t in = dimOf(x, i + 2);
      if (ShapedType::isDynamic(in))
        continue;
      int64_t size =
          (in - 1) * strides[i] + kernel[i] - pads[i] - pads[i + spatial];
      if (size < 0)
        return emitOptionalError(loc, "the output of spatial dim ", i,
                                 " would have ", size, " elements");
      out[i + 2] = size;
    }
  }
  types.assign(1, RankedTensorType::get(out, et));
  return success();
}

LogicalResult GridSampleOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getX().getType());
  if (!isa<FloatType>(onnxc::getElementType(getGrid().getType())))
    return emitOptionalError(loc, "grid must be a float tensor");
  StringRef mode = getMode(), padding = getPaddingMode();
  if (mode != "linear" && mode != "nearest" && mode != "cubic")
    return emitOptionalError(loc, "mode '", mode,
                             "' is not one of linear, nearest, cubic");
  if (padding != "zeros" && padding != "border" && padding != "reflection")
    return emitOptionalError(loc, "padding_mode '", padding,
                             "' is not one of zeros, border, reflection");
  MaybeShape x = onnxc::getShape(getX().getType());
  MaybeShape grid = onnxc::getShape(getGrid().getType());
  if (x && x->size() < 3)
    return emitOptionalError(loc, "X must have rank 3 or more, got ",
                             x->size());
  if (grid && grid->size() < 3)
    return emitOptionalError(loc, "grid must have rank 3 or more, got ",
                             grid->size());
  if (!x && !grid) {
    types.assign(1, UnrankedTensorType::get(et));
    return success();
  }
  size_t spatial = x ? x->size() - 2 : grid->size() - 2;
  if (x && grid && grid->size() != spatial + 2)
    return emitOptionalError(loc, "grid must have rank ", spatial + 2,
                             " for X of rank ", x->size());
  int64_t coords = dimOf(grid, spatial + 1);
  if (!ShapedType::isDynamic(coords) && coords != static_cast<int64_t>(spatial))
    return emitOptionalError(loc, "the last dim of grid must be ", spatial,
                             ", got ", coords);
  if (mode == "cubic" && spatial != 2)
    return emitOptionalError(loc, "mode 'cubic' samples 2 spatial dims only");
  int64_t n = dimOf(x, 0), gridN = dimOf(grid, 0);
  if (!ShapedType::isDynamic(n) && !ShapedType::isDynamic(gridN) &&
      n != gridN)
    return emitOptionalError(loc, "X and grid differ in the batch size (", n,
                             " and ", gridN, ")");
  SmallVector<int64_t> out{ShapedType::isDynamic(n) ? gridN : n, dimOf(x, 1)};
  for (size_t i = 0; i < spatial; ++i)
    out.push_back(dimOf(grid, i + 1));
  types.assign(1, RankedTensorType::get(out, et));
  return success();
}

LogicalResult RoiAlignOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getX().getType());
  if (!isa<FloatType>(et) ||
      onnxc::getElementType(getRois().getType()) != et)
    return emitOptionalError(loc, "X and rois must be float tensors of one "
                                  "type");
  if (!isInt64(getBatchIndices().getType()))
    return emitOptionalError(loc, "batch_indices must be an int64 tensor");
  StringRef mode = getMode(), ctm = getCoordinateTransformationMode();
  if (mode != "avg" && mode != "max")
    return emitOptionalError(loc, "mode '", mode, "' is not avg or max");
  if (ctm != "half_pixel" && ctm != "output_half_pixel")
    return emitOptionalError(loc, "coordinate_transformation_mode '", ctm,
                             "' is not half_pixel or output_half_pixel");
  // I64Attr getters return the value as uint64_t.
  int64_t height = getOutputHeight(), width = getOutputWidth();
  if (height < 1 || width < 1 || static_cast<int64_t>(getSamplingRatio()) < 0)
    return emitOptionalError(loc, "output_height and output_width must be "
                                  "positive and sampling_ratio not negative");
  MaybeShape x, rois, indices;
  if (failed(expectRank(getX().getType(), "X", 4, x, loc)) ||
      failed(expectRank(getRois().getType(), "rois", 2, rois, loc)) ||
      failed(expectRank(getBatchIndices().getType(), "batch_indices", 1,
                        indices, loc)))
    return failure();
  int64_t boxSize = dimOf(rois, 1);
  if (!ShapedType::isDynamic(boxSize) && boxSize != 4)
    return emitOptionalError(loc, "rois must be [num_rois, 4], got ", boxSize,
                             " values per box");
  int64_t r = dimOf(rois, 0), ri = dimOf(indices, 0);
  if (!ShapedType::isDynamic(r) && !ShapedType::isDynamic(ri) && r != ri)
    return emitOptionalError(loc, "rois and batch_indices differ in the "
                                  "number of boxes (",
                             r, " and ", ri, ")");
  types.assign(1, RankedTensorType::get({ShapedType::isDynamic(r) ? ri : r,
                                         dimOf(x, 1), height, width},
                                        et));
  return success();
}

LogicalResult NonMaxSuppressionOp::inferResultTypes(TypeList &types,
                                                    OptLoc loc) {
  Type et = onnxc::getElementType(getBoxes().getType());
  if (!isa<FloatType>(et) ||
      onnxc::getElementType(getScores().getType()) != et)
    return emitOptionalError(loc, "boxes and scores must be float tensors "
                                  "of one type");
  if (int64_t box = getCenterPointBox(); box != 0 && box != 1)
    return emitOptionalError(loc, "center_point_box must be 0 or 1");
  MaybeShape boxes, scores;
  if (failed(expectRank(getBoxes().getType(), "boxes", 3, boxes, loc)) ||
      failed(expectRank(getScores().getType(), "scores", 3, scores, loc)))
    return failure();
  if (!ShapedType::isDynamic(dimOf(boxes, 2)) && dimOf(boxes, 2) != 4)
    return emitOptionalError(loc, "boxes must hold 4 values per box");
  auto differ = [](int64_t a, int64_t b) {
    return !ShapedType::isDynamic(a) && !ShapedType::isDynamic(b) && a != b;
  };
  if (differ(dimOf(boxes, 0), dimOf(scores, 0)) ||
      differ(dimOf(boxes, 1), dimOf(scores, 2)))
    return emitOptionalError(loc, "boxes [batch, boxes, 4] and scores "
                                  "[batch, classes, boxes] do not agree");
  auto checkScalar = [&](Value v, StringRef name, bool integer) {
    if (isNoValue(v))
      return success();
    Type t = onnxc::getElementType(v.getType());
    if (integer ? !t.isInteger(64) : !t.isF32())
      return emitOptionalError(loc, "'", name, "' must be ",
                               integer ? "an int64" : "a float", " tensor");
    MaybeShape s = onnxc::getShape(v.getType());
    if (s && (s->size() > 1 ||
              (s->size() == 1 && !ShapedType::isDynamic((*s)[0]) &&
               (*s)[0] != 1)))
      return emitOptionalError(loc, "'", name, "' must hold one value");
    return success();
  };
  if (failed(checkScalar(getMaxOutputBoxesPerClass(),
                         "max_output_boxes_per_class", true)) ||
      failed(checkScalar(getIouThreshold(), "iou_threshold", false)) ||
      failed(checkScalar(getScoreThreshold(), "score_threshold", false)))
    return failure();
  types.assign(1, RankedTensorType::get({kDyn, 3},
                                        IntegerType::get(getContext(), 64)));
  return success();
}

} // namespace onnxc
