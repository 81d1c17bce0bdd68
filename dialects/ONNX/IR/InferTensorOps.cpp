//===- InferTensorOps.cpp - Result types of data-movement ops -------------===//
//
// Constants, casts, and ops that move or reshape data without arithmetic.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/DataTypes.h"
#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

using namespace mlir;

namespace onnxc {

static constexpr int64_t kDyn = ShapedType::kDynamic;

static Type i64Type(Operation *op) {
  return IntegerType::get(op->getContext(), 64);
}

/// Length of a 1-D operand (a shape, axes or pads vector), if known.
static std::optional<int64_t> getVectorLength(Value value) {
  MaybeShape shape = onnxc::getShape(value.getType());
  if (!shape || shape->size() != 1 || ShapedType::isDynamic((*shape)[0]))
    return std::nullopt;
  return (*shape)[0];
}

static LogicalResult expectIntegerVector(Value value, StringRef name,
                                         OptLoc loc) {
  Type et = getElementType(value.getType());
  if (!isa<IntegerType>(et) || et.isInteger(1))
    return emitOptionalError(loc, "'", name, "' must be an integer tensor");
  MaybeShape shape = onnxc::getShape(value.getType());
  if (shape && shape->size() != 1)
    return emitOptionalError(loc, "'", name, "' must be 1-D, got rank ",
                             shape->size());
  return success();
}

LogicalResult NoValueOp::inferResultTypes(TypeList &types, OptLoc) {
  types.assign(1, NoneType::get(getContext()));
  return success();
}

LogicalResult ConstantOp::inferResultTypes(TypeList &types, OptLoc) {
  types.assign(1, getValue().getType());
  return success();
}

LogicalResult CastOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type to = onnxc::getElementType(getContext(), getTo());
  if (!to)
    return emitOptionalError(loc, "cannot cast to ONNX data type ", getTo(),
                             " (", getOnnxDataTypeName(getTo()), ")");
  return inferSameShapeAs(*this, 0, to, types, loc);
}

LogicalResult CastLikeOp::inferResultTypes(TypeList &types, OptLoc loc) {
  return inferSameShapeAs(
      *this, 0, onnxc::getElementType(getTargetType().getType()), types, loc);
}

LogicalResult ConstantOfShapeOp::inferResultTypes(TypeList &types,
                                                  OptLoc loc) {
  Type elementType = Float32Type::get(getContext());
  if (auto value = getValueAttr()) {
    if (value.getNumElements() != 1)
      return emitOptionalError(loc, "'value' must hold exactly one element");
    elementType = value.getElementType();
  }
  if (failed(expectIntegerVector(getInput(), "input", loc))) return failure();
  MaybeShape shape;
  if (auto dims = getConstantInts(getInput())) {
    for (int64_t d : *dims)
      if (d < 0)
        return emitOptionalError(loc, "shape entries must be >= 0, got ", d);
    shape = *dims;
  } else if (auto length = getVectorLength(getInput())) {
    shape = SmallVector<int64_t>(*length, kDyn);
  }
  types.assign(1, makeTensorType(shape, elementType));
  return success();
}

LogicalResult RangeOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getStart().getType());
  for (Value v : getOperands()) {
    if (onnxc::getElementType(v.getType()) != et)
      return emitOptionalError(loc, "start, limit and delta must share a type");
    MaybeShape s = onnxc::getShape(v.getType());
    if (s && !s->empty())
      return emitOptionalError(loc, "start, limit and delta must be scalars");
  }
  int64_t size = kDyn;
  auto start = getConstantFloats(getStart());
  auto limit = getConstantFloats(getLimit());
  auto delta = getConstantFloats(getDelta());
  if (start && limit && delta) {
    if ((*delta)[0] == 0)
      return emitOptionalError(loc, "delta must not be zero");
    size = std::max<int64_t>(
        0, static_cast<int64_t>(
               std::ceil(((*limit)[0] - (*start)[0]) / (*delta)[0])));
  }
  types.assign(1, RankedTensorType::get({size}, et));
  return success();
}

LogicalResult ShapeOp::inferResultTypes(TypeList &types, OptLoc loc) {
  MaybeShape shape = onnxc::getShape(getData().getType());
  int64_t length = kDyn;
  if (shape) {
    int64_t rank = shape->size();
    auto clamp = [&](int64_t v) {
      if (v < 0) v += rank;
      return std::clamp<int64_t>(v, 0, rank);
    };
    int64_t start = clamp(getStart().value_or(0));
    int64_t end = clamp(getEnd().value_or(rank));
    length = std::max<int64_t>(0, end - start);
  }
  types.assign(1, RankedTensorType::get({length}, i64Type(*this)));
  return success();
}

LogicalResult SizeOp::inferResultTypes(TypeList &types, OptLoc) {
  types.assign(1, RankedTensorType::get({}, i64Type(*this)));
  return success();
}

LogicalResult ReshapeOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getData().getType());
  if (failed(expectIntegerVector(getShape(), "shape", loc))) return failure();
  MaybeShape input = onnxc::getShape(getData().getType());
  auto dims = getConstantInts(getShape());
  if (!dims) {
    MaybeShape out;
    if (auto length = getVectorLength(getShape()))
      out = SmallVector<int64_t>(*length, kDyn);
    types.assign(1, makeTensorType(out, et));
    return success();
  }
  SmallVector<int64_t> out;
  int64_t inferIndex = -1, known = 1;
  bool knownIsExact = true;
  for (auto [i, d] : llvm::enumerate(*dims)) {
    if (d == -1) {
      if (inferIndex >= 0)
        return emitOptionalError(loc, "shape has more than one -1 entry");
      inferIndex = i;
      out.push_back(kDyn);
      continue;
    }
    if (d < -1)
      return emitOptionalError(loc, "shape entry ", d, " is invalid");
    if (d == 0 && !getAllowzero()) {
      if (!input || i >= input->size())
        return input ? emitOptionalError(loc, "shape entry ", i,
                                         " copies a dim the input lacks")
                     : (out.push_back(kDyn), knownIsExact = false, success());
      d = (*input)[i];
    }
    out.push_back(d);
    if (ShapedType::isDynamic(d)) knownIsExact = false;
    else known *= d;
  }
  if (input && llvm::none_of(*input, ShapedType::isDynamic)) {
    int64_t total = 1;
    for (int64_t d : *input) total *= d;
    if (inferIndex >= 0 && knownIsExact) {
      if (known == 0 || total % known != 0)
        return emitOptionalError(loc, "cannot reshape ", total,
                                 " elements with -1 into a shape holding ",
                                 known, " elements per entry");
      out[inferIndex] = total / known;
    } else if (inferIndex < 0 && knownIsExact && total != known) {
      return emitOptionalError(loc, "cannot reshape ", total,
                               " elements into ", known);
    }
  }
  types.assign(1, RankedTensorType::get(out, et));
  return success();
}

LogicalResult FlattenOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getInput().getType());
  MaybeShape shape = onnxc::getShape(getInput().getType());
  if (!shape) {
    types.assign(1, RankedTensorType::get({kDyn, kDyn}, et));
    return success();
  }
  int64_t rank = shape->size(), axis = getAxis();
  if (axis < -rank || axis > rank)
    return emitOptionalError(loc, "axis ", axis, " is out of range for rank ",
                             rank);
  if (axis < 0) axis += rank;
  auto product = [&](int64_t from, int64_t to) {
    int64_t p = 1;
    for (int64_t i = from; i < to; ++i) {
      if (ShapedType::isDynamic((*shape)[i])) return kDyn;
      p *= (*shape)[i];
    }
    return p;
  };
  types.assign(1, RankedTensorType::get({product(0, axis), product(axis, rank)},
                                        et));
  return success();
}

LogicalResult TransposeOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getData().getType());
  MaybeShape shape = onnxc::getShape(getData().getType());
  if (!shape) {
    MaybeShape out;
    if (auto perm = getPerm())
      out = SmallVector<int64_t>(perm->size(), kDyn);
    types.assign(1, makeTensorType(out, et));
    return success();
  }
  int64_t rank = shape->size();
  SmallVector<int64_t> perm;
  if (auto permAttr = getPerm()) perm = getI64Array(*permAttr, 0, 0);
  else
    for (int64_t i = rank - 1; i >= 0; --i) perm.push_back(i);
  if (static_cast<int64_t>(perm.size()) != rank)
    return emitOptionalError(loc, "perm has ", perm.size(),
                             " entries for an input of rank ", rank);
  SmallVector<bool> seen(rank, false);
  SmallVector<int64_t> out;
  for (int64_t p : perm) {
    if (p < 0 || p >= rank || seen[p])
      return emitOptionalError(loc, "perm is not a permutation of [0, ", rank,
                               ")");
    seen[p] = true;
    out.push_back((*shape)[p]);
  }
  types.assign(1, RankedTensorType::get(out, et));
  return success();
}

LogicalResult ConcatOp::inferResultTypes(TypeList &types, OptLoc loc) {
  if (getInputs().empty())
    return emitOptionalError(loc, "expects at least one input");
  Type et = onnxc::getElementType(getInputs()[0].getType());
  MaybeShape out;
  int64_t axis = getAxis();
  for (Value input : getInputs()) {
    if (onnxc::getElementType(input.getType()) != et)
      return emitOptionalError(loc, "inputs have different element types");
    MaybeShape s = onnxc::getShape(input.getType());
    if (!s) continue;
    if (!out) {
      out = *s;
      if (failed(normalizeAxis(axis, s->size(), loc))) return failure();
      (*out)[axis] = 0;
    }
    if (s->size() != out->size())
      return emitOptionalError(loc, "inputs have different ranks (",
                               out->size(), " and ", s->size(), ")");
    for (size_t i = 0; i < s->size(); ++i) {
      int64_t d = (*s)[i];
      int64_t &o = (*out)[i];
      if (static_cast<int64_t>(i) == axis) {
        o = (ShapedType::isDynamic(o) || ShapedType::isDynamic(d)) ? kDyn
                                                                   : o + d;
      } else if (ShapedType::isDynamic(o)) {
        o = d;
      } else if (!ShapedType::isDynamic(d) && d != o) {
        return emitOptionalError(loc, "inputs differ in dim ", i, " (", o,
                                 " vs ", d, ") outside the concat axis");
      }
    }
  }
  // Unranked inputs make the axis size unknown.
  if (out && llvm::any_of(getInputs(), [](Value v) {
        return !onnxc::getShape(v.getType());
      }))
    (*out)[axis] = kDyn;
  types.assign(1, makeTensorType(out, et));
  return success();
}

LogicalResult SliceOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getData().getType());
  MaybeShape shape = onnxc::getShape(getData().getType());
  for (auto [v, name] : {std::pair{getStarts(), "starts"},
                         std::pair{getEnds(), "ends"}})
    if (failed(expectIntegerVector(v, name, loc))) return failure();
  if (!shape) {
    types.assign(1, UnrankedTensorType::get(et));
    return success();
  }
  int64_t rank = shape->size();
  auto starts = getConstantInts(getStarts());
  auto ends = getConstantInts(getEnds());
  std::optional<SmallVector<int64_t>> axes, steps;
  if (isNoValue(getAxes())) {
    if (starts) {
      axes.emplace();
      for (size_t i = 0; i < starts->size(); ++i) axes->push_back(i);
    }
  } else {
    axes = getConstantInts(getAxes());
  }
  if (isNoValue(getSteps())) {
    if (starts) steps = SmallVector<int64_t>(starts->size(), 1);
  } else {
    steps = getConstantInts(getSteps());
  }
  SmallVector<int64_t> out(rank, kDyn);
  if (!starts || !ends || !axes || !steps) {
    // Only the sliced axes change; without known axes, every dim may.
    types.assign(1, RankedTensorType::get(out, et));
    return success();
  }
  if (ends->size() != starts->size() || axes->size() != starts->size() ||
      steps->size() != starts->size())
    return emitOptionalError(loc, "starts, ends, axes and steps must have the "
                                  "same length");
  out = *shape;
  for (size_t i = 0; i < starts->size(); ++i) {
    int64_t axis = (*axes)[i];
    if (failed(normalizeAxis(axis, rank, loc))) return failure();
    int64_t step = (*steps)[i];
    if (step == 0) return emitOptionalError(loc, "slice step must not be 0");
    int64_t dim = (*shape)[axis];
    if (ShapedType::isDynamic(dim)) continue;
    int64_t start = (*starts)[i], end = (*ends)[i];
    if (start < 0) start += dim;
    if (end < 0) end += dim;
    if (step > 0) {
      start = std::clamp<int64_t>(start, 0, dim);
      end = std::clamp<int64_t>(end, 0, dim);
      out[axis] = std::max<int64_t>(0, (end - start + step - 1) / step);
    } else {
      start = std::clamp<int64_t>(start, 0, dim - 1);
      end = std::clamp<int64_t>(end, -1, dim - 1);
      out[axis] = std::max<int64_t>(0, (start - end - step - 1) / -step);
    }
  }
  types.assign(1, RankedTensorType::get(out, et));
  return success();
}

LogicalResult GatherOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getData().getType());
  Type it = onnxc::getElementType(getIndices().getType());
  if (!it.isInteger(32) && !it.isInteger(64))
    return emitOptionalError(loc, "indices must be int32 or int64");
  MaybeShape data = onnxc::getShape(getData().getType());
  MaybeShape indices = onnxc::getShape(getIndices().getType());
  if (!data || !indices) {
    types.assign(1, UnrankedTensorType::get(et));
    return success();
  }
  int64_t axis = getAxis();
  if (failed(normalizeAxis(axis, data->size(), loc))) return failure();
  if (auto values = getConstantInts(getIndices())) {
    int64_t dim = (*data)[axis];
    for (int64_t v : *values)
      if (!ShapedType::isDynamic(dim) && (v < -dim || v >= dim))
        return emitOptionalError(loc, "index ", v,
                                 " is out of range for a dim of size ", dim);
  }
  SmallVector<int64_t> out(data->begin(), data->begin() + axis);
  out.append(indices->begin(), indices->end());
  out.append(data->begin() + axis + 1, data->end());
  types.assign(1, RankedTensorType::get(out, et));
  return success();
}

LogicalResult SqueezeOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getData().getType());
  MaybeShape shape = onnxc::getShape(getData().getType());
  std::optional<SmallVector<int64_t>> axes;
  if (!isNoValue(getAxes())) {
    if (failed(expectIntegerVector(getAxes(), "axes", loc))) return failure();
    axes = getConstantInts(getAxes());
    if (!axes) {
      MaybeShape out;
      auto length = getVectorLength(getAxes());
      if (shape && length) {
        if (*length > static_cast<int64_t>(shape->size()))
          return emitOptionalError(loc, "axes has ", *length,
                                   " entries for an input of rank ",
                                   shape->size());
        out = SmallVector<int64_t>(shape->size() - *length, kDyn);
      }
      types.assign(1, makeTensorType(out, et));
      return success();
    }
  }
  if (!shape) {
    types.assign(1, UnrankedTensorType::get(et));
    return success();
  }
  int64_t rank = shape->size();
  SmallVector<bool> drop(rank, false);
  if (!axes) {
    for (int64_t i = 0; i < rank; ++i) {
      if (ShapedType::isDynamic((*shape)[i])) {
        // Whether a dynamic dim is 1 is unknown until run time.
        types.assign(1, UnrankedTensorType::get(et));
        return success();
      }
      drop[i] = (*shape)[i] == 1;
    }
  } else {
    for (int64_t axis : *axes) {
      if (failed(normalizeAxis(axis, rank, loc))) return failure();
      int64_t d = (*shape)[axis];
      if (!ShapedType::isDynamic(d) && d != 1)
        return emitOptionalError(loc, "cannot squeeze axis ", axis,
                                 " of size ", d);
      drop[axis] = true;
    }
  }
  SmallVector<int64_t> out;
  for (int64_t i = 0; i < rank; ++i)
    if (!drop[i]) out.push_back((*shape)[i]);
  types.assign(1, RankedTensorType::get(out, et));
  return success();
}

LogicalResult UnsqueezeOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getData().getType());
  if (failed(expectIntegerVector(getAxes(), "axes", loc))) return failure();
  MaybeShape shape = onnxc::getShape(getData().getType());
  auto axes = getConstantInts(getAxes());
  if (!shape || !axes) {
    MaybeShape out;
    auto length = getVectorLength(getAxes());
    if (shape && length)
      out = SmallVector<int64_t>(shape->size() + *length, kDyn);
    types.assign(1, makeTensorType(out, et));
    return success();
  }
  int64_t rank = shape->size() + axes->size();
  SmallVector<bool> inserted(rank, false);
  for (int64_t axis : *axes) {
    if (failed(normalizeAxis(axis, rank, loc))) return failure();
    if (inserted[axis])
      return emitOptionalError(loc, "axis ", axis, " appears twice");
    inserted[axis] = true;
  }
  SmallVector<int64_t> out;
  auto it = shape->begin();
  for (int64_t i = 0; i < rank; ++i)
    out.push_back(inserted[i] ? 1 : *it++);
  types.assign(1, RankedTensorType::get(out, et));
  return success();
}

LogicalResult SplitOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getInput().getType());
  MaybeShape shape = onnxc::getShape(getInput().getType());
  unsigned count = getNumResults();
  if (count == 0) return emitOptionalError(loc, "expects at least one output");
  if (!shape) {
    types.assign(count, UnrankedTensorType::get(et));
    return success();
  }
  int64_t axis = getAxis();
  if (failed(normalizeAxis(axis, shape->size(), loc))) return failure();
  int64_t dim = (*shape)[axis];
  SmallVector<int64_t> sizes(count, kDyn);
  if (!isNoValue(getSplit())) {
    if (auto split = getConstantInts(getSplit())) {
      if (split->size() != count)
        return emitOptionalError(loc, "split has ", split->size(),
                                 " entries for ", count, " outputs");
      int64_t total = 0;
      for (int64_t s : *split) {
        if (s < 0) return emitOptionalError(loc, "split sizes must be >= 0");
        total += s;
      }
      if (!ShapedType::isDynamic(dim) && total != dim)
        return emitOptionalError(loc, "split sizes sum to ", total,
                                 " but the axis has size ", dim);
      sizes.assign(split->begin(), split->end());
    }
  } else if (!ShapedType::isDynamic(dim)) {
    // Equal parts; the last one is smaller when the size does not divide.
    int64_t part = (dim + count - 1) / count;
    for (unsigned i = 0; i < count; ++i)
      sizes[i] = std::max<int64_t>(0, std::min<int64_t>(part, dim - part * i));
  }
  types.clear();
  for (int64_t s : sizes) {
    SmallVector<int64_t> out = *shape;
    out[axis] = s;
    types.push_back(RankedTensorType::get(out, et));
  }
  return success();
}

LogicalResult PadOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getData().getType());
  StringRef mode = getMode();
  if (mode != "constant" && mode != "reflect" && mode != "edge" &&
      mode != "wrap")
    return emitOptionalError(loc, "unknown pad mode '", mode, "'");
  if (failed(expectIntegerVector(getPads(), "pads", loc))) return failure();
  MaybeShape shape = onnxc::getShape(getData().getType());
  if (!shape) {
    types.assign(1, UnrankedTensorType::get(et));
    return success();
  }
  int64_t rank = shape->size();
  SmallVector<int64_t> out(rank, kDyn);
  auto pads = getConstantInts(getPads());
  std::optional<SmallVector<int64_t>> axes;
  if (isNoValue(getAxes())) {
    axes.emplace();
    for (int64_t i = 0; i < rank; ++i) axes->push_back(i);
  } else {
    axes = getConstantInts(getAxes());
  }
  if (!pads || !axes) {
    types.assign(1, RankedTensorType::get(out, et));
    return success();
  }
  size_t n = axes->size();
  if (pads->size() != 2 * n)
    return emitOptionalError(loc, "pads has ", pads->size(),
                             " entries; expected ", 2 * n);
  out = *shape;
  for (size_t i = 0; i < n; ++i) {
    int64_t axis = (*axes)[i];
    if (failed(normalizeAxis(axis, rank, loc))) return failure();
    if (ShapedType::isDynamic(out[axis])) continue;
    out[axis] += (*pads)[i] + (*pads)[i + n];
    if (out[axis] < 0)
      return emitOptionalError(loc, "negative pads remove more than dim ",
                               axis, " holds");
  }
  types.assign(1, RankedTensorType::get(out, et));
  return success();
}

LogicalResult ExpandOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getInput().getType());
  if (failed(expectIntegerVector(getShape(), "shape", loc))) return failure();
  MaybeShape input = onnxc::getShape(getInput().getType());
  auto dims = getConstantInts(getShape());
  if (!input || !dims) {
    MaybeShape out;
    auto length = getVectorLength(getShape());
    if (input && length)
      out = SmallVector<int64_t>(std::max<int64_t>(input->size(), *length),
                                 kDyn);
    types.assign(1, makeTensorType(out, et));
    return success();
  }
  SmallVector<int64_t> out;
  if (failed(broadcastShapes(*input, *dims, out, loc))) return failure();
  types.assign(1, RankedTensorType::get(out, et));
  return success();
}

LogicalResult TileOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getInput().getType());
  if (failed(expectIntegerVector(getRepeats(), "repeats", loc)))
    return failure();
  MaybeShape shape = onnxc::getShape(getInput().getType());
  if (!shape) {
    types.assign(1, UnrankedTensorType::get(et));
    return success();
  }
  SmallVector<int64_t> out(shape->size(), kDyn);
  if (auto repeats = getConstantInts(getRepeats())) {
    if (repeats->size() != shape->size())
      return emitOptionalError(loc, "repeats has ", repeats->size(),
                               " entries for an input of rank ",
                               shape->size());
    for (size_t i = 0; i < out.size(); ++i) {
      if ((*repeats)[i] < 0)
        return emitOptionalError(loc, "repeats must be >= 0, got ",
                                 (*repeats)[i]);
      if (!ShapedType::isDynamic((*shape)[i]))
        out[i] = (*shape)[i] * (*repeats)[i];
    }
  }
  types.assign(1, RankedTensorType::get(out, et));
  return success();
}

LogicalResult ReverseSequenceOp::inferResultTypes(TypeList &types,
                                                  OptLoc loc) {
  if (!onnxc::getElementType(getSequenceLens().getType()).isInteger(64))
    return emitOptionalError(loc, "sequence_lens must be an int64 tensor");
  int64_t batchAxis = getBatchAxis(), timeAxis = getTimeAxis();
  if ((batchAxis != 0 && batchAxis != 1) || (timeAxis != 0 && timeAxis != 1) ||
      batchAxis == timeAxis)
    return emitOptionalError(loc, "batch_axis and time_axis must be 0 and 1 "
                                  "or 1 and 0, got ",
                             batchAxis, " and ", timeAxis);
  MaybeShape shape = onnxc::getShape(getInput().getType());
  if (shape && shape->size() < 2)
    return emitOptionalError(loc, "input must have rank 2 or more, got ",
                             shape->size());
  MaybeShape lens = onnxc::getShape(getSequenceLens().getType());
  if (lens && lens->size() != 1)
    return emitOptionalError(loc, "sequence_lens must be 1-D, got rank ",
                             lens->size());
  if (shape && lens && !ShapedType::isDynamic((*lens)[0]) &&
      !ShapedType::isDynamic((*shape)[batchAxis]) &&
      (*lens)[0] != (*shape)[batchAxis])
    return emitOptionalError(loc, "sequence_lens has ", (*lens)[0],
                             " entries for a batch of ", (*shape)[batchAxis]);
  return inferSameAsOperand(*this, 0, types, loc);
}

LogicalResult DetOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getX().getType());
  if (!isa<FloatType>(et))
    return emitOptionalError(loc, "X must be a float tensor");
  MaybeShape shape = onnxc::getShape(getX().getType());
  if (!shape) {
    types.assign(1, UnrankedTensorType::get(et));
    return success();
  }
  size_t rank = shape->size();
  if (rank < 2)
    return emitOptionalError(loc, "X must have rank 2 or more, got ", rank);
  int64_t m = (*shape)[rank - 2], n = (*shape)[rank - 1];
  if (!ShapedType::isDynamic(m) && !ShapedType::isDynamic(n) && m != n)
    return emitOptionalError(loc, "X must hold square matrices, got ", m,
                             "x", n);
  types.assign(1, RankedTensorType::get(
                      ArrayRef<int64_t>(*shape).drop_back(2), et));
  return success();
}

} // namespace onnxc
