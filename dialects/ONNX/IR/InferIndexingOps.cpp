//===- InferIndexingOps.cpp - Result types of element-indexing ops --------===//
//
// Ops whose elements are read, selected or accumulated by their indices:
// GatherElements, ScatterElements, Trilu, DepthToSpace, SpaceToDepth, CumSum,
// OneHot, EyeLike.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/DataTypes.h"
#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

using namespace mlir;

namespace onnxc {

static constexpr int64_t kDyn = ShapedType::kDynamic;

/// A scalar or one-element operand (Trilu's k, CumSum's axis, OneHot's
/// depth).
static bool holdsOneValue(Value value) {
  MaybeShape shape = onnxc::getShape(value.getType());
  return !shape || shape->empty() || (shape->size() == 1 && (*shape)[0] == 1);
}

/// GatherElements and ScatterElements address the data at the indices' own
/// position in every dim but the axis: those dims may not exceed the data's.
static LogicalResult checkIndicesWithinData(ArrayRef<int64_t> data,
                                            ArrayRef<int64_t> indices,
                                            int64_t axis, OptLoc loc) {
  for (int64_t k = 0; k < static_cast<int64_t>(data.size()); ++k)
    if (k != axis && !ShapedType::isDynamic(data[k]) &&
        !ShapedType::isDynamic(indices[k]) && indices[k] > data[k])
      return emitOptionalError(loc, "dim ", k, " of indices is ", indices[k],
                               ", larger than the data's ", data[k]);
  return success();
}

LogicalResult GatherElementsOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getData().getType());
  MaybeShape data = onnxc::getShape(getData().getType());
  MaybeShape indices = onnxc::getShape(getIndices().getType());
  if (data && indices) {
    if (data->size() != indices->size())
      return emitOptionalError(loc, "data and indices must have the same rank");
    int64_t axis = getAxis();
    if (failed(normalizeAxis(axis, data->size(), loc))) return failure();
    if (failed(checkIndicesWithinData(*data, *indices, axis, loc)))
      return failure();
  }
  types.assign(1, makeTensorType(indices, et));
  return success();
}

LogicalResult ScatterElementsOp::inferResultTypes(TypeList &types,
                                                  OptLoc loc) {
  StringRef reduction = getReduction();
  if (!llvm::is_contained({"none", "add", "mul", "max", "min"}, reduction))
    return emitOptionalError(loc, "unknown reduction '", reduction, "'");
  if (onnxc::getElementType(getUpdates().getType()) !=
      onnxc::getElementType(getData().getType()))
    return emitOptionalError(loc, "updates and data differ in element type");
  if (!isa<IntegerType>(onnxc::getElementType(getIndices().getType())))
    return emitOptionalError(loc, "indices must be integers");
  MaybeShape data = onnxc::getShape(getData().getType());
  MaybeShape indices = onnxc::getShape(getIndices().getType());
  MaybeShape updates = onnxc::getShape(getUpdates().getType());
  if (indices && updates) {
    if (indices->size() != updates->size())
      return emitOptionalError(loc, "indices and updates differ in rank");
    for (auto [i, u] : llvm::zip(*indices, *updates))
      if (!ShapedType::isDynamic(i) && !ShapedType::isDynamic(u) && i != u)
        return emitOptionalError(loc, "indices and updates differ in shape");
  }
  if (data && indices) {
    if (data->size() != indices->size())
      return emitOptionalError(loc, "data and indices must have the same rank");
    int64_t axis = getAxis();
    if (failed(normalizeAxis(axis, data->size(), loc))) return failure();
    if (failed(checkIndicesWithinData(*data, *indices, axis, loc)))
      return failure();
  }
  return inferSameAsOperand(getOperation(), 0, types, loc);
}

LogicalResult GatherNDOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getData().getType());
  if (!isa<IntegerType>(onnxc::getElementType(getIndices().getType())))
    return emitOptionalError(loc, "indices must be integers");
  MaybeShape data = onnxc::getShape(getData().getType());
  MaybeShape indices = onnxc::getShape(getIndices().getType());
  int64_t b = getBatchDims();
  if (!data || !indices || indices->empty() ||
      ShapedType::isDynamic(indices->back())) {
    types.assign(1, UnrankedTensorType::get(et));
    return success();
  }
  int64_t r = data->size(), q = indices->size(), k = indices->back();
  if (b < 0 || b >= std::min(r, q))
    return emitOptionalError(loc, "batch_dims ", b, " must be below the ranks");
  if (k < 1 || b + k > r)
    return emitOptionalError(loc, "the last dim of indices (", k,
                             ") plus batch_dims exceeds the data's rank ", r);
  for (int64_t d = 0; d < b; ++d)
    if (!ShapedType::isDynamic((*data)[d]) &&
        !ShapedType::isDynamic((*indices)[d]) && (*data)[d] != (*indices)[d])
      return emitOptionalError(loc, "batch dim ", d, " differs");
  SmallVector<int64_t> out(indices->begin(), indices->end() - 1);
  out.append(data->begin() + b + k, data->end());
  types.assign(1, RankedTensorType::get(out, et));
  return success();
}

LogicalResult ScatterNDOp::inferResultTypes(TypeList &types, OptLoc loc) {
  StringRef reduction = getReduction();
  if (!llvm::is_contained({"none", "add", "mul", "max", "min"}, reduction))
    return emitOptionalError(loc, "unknown reduction '", reduction, "'");
  if (!isa<IntegerType>(onnxc::getElementType(getIndices().getType())))
    return emitOptionalError(loc, "indices must be integers");
  MaybeShape data = onnxc::getShape(getData().getType());
  MaybeShape indices = onnxc::getShape(getIndices().getType());
  MaybeShape updates = onnxc::getShape(getUpdates().getType());
  if (data && indices && updates && !indices->empty() &&
      !ShapedType::isDynamic(indices->back())) {
    int64_t k = indices->back(), r = data->size(), q = indices->size();
    if (k < 1 || k > r)
      return emitOptionalError(loc, "the last dim of indices (", k,
                               ") must be in [1, ", r, "]");
    // updates: indices.shape[:-1] ++ data.shape[k:]
    SmallVector<int64_t> expected(indices->begin(), indices->end() - 1);
    expected.append(data->begin() + k, data->end());
    if (static_cast<int64_t>(updates->size()) != q - 1 + r - k)
      return emitOptionalError(loc, "updates has rank ", updates->size(),
                               ", expected ", q - 1 + r - k);
    for (auto [u, e] : llvm::zip(*updates, expected))
      if (!ShapedType::isDynamic(u) && !ShapedType::isDynamic(e) && u != e)
        return emitOptionalError(loc, "updates do not match indices and data");
  }
  return inferSameAsOperand(getOperation(), 0, types, loc);
}

LogicalResult TriluOp::inferResultTypes(TypeList &types, OptLoc loc) {
  MaybeShape shape = onnxc::getShape(getInput().getType());
  if (shape && shape->size() < 2)
    return emitOptionalError(loc, "input must have rank 2 or more, not ",
                             shape->size());
  if (!isNoValue(getK())) {
    if (!isa<IntegerType>(onnxc::getElementType(getK().getType())))
      return emitOptionalError(loc, "k must be an integer");
    if (!holdsOneValue(getK()))
      return emitOptionalError(loc, "k must hold one value");
  }
  return inferSameAsOperand(getOperation(), 0, types, loc);
}

LogicalResult CumSumOp::inferResultTypes(TypeList &types, OptLoc loc) {
  MaybeShape shape = onnxc::getShape(getX().getType());
  if (shape && shape->empty())
    return emitOptionalError(loc, "x must have rank 1 or more");
  if (!isa<IntegerType>(onnxc::getElementType(getAxis().getType())))
    return emitOptionalError(loc, "axis must be an integer");
  if (!holdsOneValue(getAxis()))
    return emitOptionalError(loc, "axis must hold one value");
  if (auto value = getConstantInts(getAxis()); value && shape) {
    int64_t a = (*value)[0];
    if (failed(normalizeAxis(a, shape->size(), loc))) return failure();
  }
  return inferSameAsOperand(getOperation(), 0, types, loc);
}

/// DepthToSpace (`toSpace`) and SpaceToDepth: NCHW, channels divided by or
/// multiplied with blocksize^2, H and W the other way.
static LogicalResult inferBlockRearrangement(Value input, int64_t blocksize,
                                             bool toSpace, TypeList &types,
                                             OptLoc loc) {
  Type et = onnxc::getElementType(input.getType());
  MaybeShape shape = onnxc::getShape(input.getType());
  if (blocksize < 1)
    return emitOptionalError(loc, "blocksize must be positive, not ",
                             blocksize);
  if (!shape) {
    types.assign(1, UnrankedTensorType::get(et));
    return success();
  }
  if (shape->size() != 4)
    return emitOptionalError(loc, "input must have rank 4 (NCHW), not ",
                             shape->size());
  int64_t square = blocksize * blocksize;
  SmallVector<int64_t> out(*shape);
  auto scale = [&](int64_t &d, bool multiply, int64_t by,
                   const char *what) -> LogicalResult {
    if (ShapedType::isDynamic(d)) return success();
    if (!multiply) {
      if (d % by != 0)
        return emitOptionalError(loc, what, " (", d,
                                 ") is not a multiple of ", by);
      d /= by;
    } else {
      d *= by;
    }
    return success();
  };
  if (failed(scale(out[1], !toSpace, square, "the channel count")) ||
      failed(scale(out[2], toSpace, blocksize, "the height")) ||
      failed(scale(out[3], toSpace, blocksize, "the width")))
    return failure();
  types.assign(1, RankedTensorType::get(out, et));
  return success();
}

LogicalResult DepthToSpaceOp::inferResultTypes(TypeList &types, OptLoc loc) {
  if (getMode() != "DCR" && getMode() != "CRD")
    return emitOptionalError(loc, "mode must be DCR or CRD, not '", getMode(),
                             "'");
  return inferBlockRearrangement(getInput(), getBlocksize(), true, types, loc);
}

LogicalResult SpaceToDepthOp::inferResultTypes(TypeList &types, OptLoc loc) {
  return inferBlockRearrangement(getInput(), getBlocksize(), false, types, loc);
}

LogicalResult OneHotOp::inferResultTypes(TypeList &types, OptLoc loc) {
  MaybeShape indices = onnxc::getShape(getIndices().getType());
  MaybeShape values = onnxc::getShape(getValues().getType());
  if (values && (values->size() != 1 ||
                 (!ShapedType::isDynamic((*values)[0]) && (*values)[0] != 2)))
    return emitOptionalError(loc, "values must hold [off_value, on_value]");
  if (!holdsOneValue(getDepth()))
    return emitOptionalError(loc, "depth must hold one value");
  Type et = onnxc::getElementType(getValues().getType());
  if (!indices) {
    types.assign(1, UnrankedTensorType::get(et));
    return success();
  }
  int64_t rank = indices->size() + 1;
  int64_t axis = getAxis();
  if (failed(normalizeAxis(axis, rank, loc))) return failure();
  int64_t depth = kDyn;
  if (auto floats = getConstantFloats(getDepth())) {
    if ((*floats)[0] < 1)
      return emitOptionalError(loc, "depth must be positive, not ",
                               (*floats)[0]);
    depth = static_cast<int64_t>((*floats)[0]);
  }
  SmallVector<int64_t> out(*indices);
  out.insert(out.begin() + axis, depth);
  types.assign(1, RankedTensorType::get(out, et));
  return success();
}

LogicalResult EyeLikeOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getInput().getType());
  if (auto dtype = getDtype()) {
    et = onnxc::getElementType(getContext(), *dtype);
    if (!et)
      return emitOptionalError(loc, "dtype ", *dtype,
                               " is not a supported data type");
  }
  MaybeShape shape = onnxc::getShape(getInput().getType());
  if (shape && shape->size() != 2)
    return emitOptionalError(loc, "input must have rank 2, not ",
                             shape->size());
  types.assign(1, makeTensorType(shape, et));
  return success();
}

} // namespace onnxc
