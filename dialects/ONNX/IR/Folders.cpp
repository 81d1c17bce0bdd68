//===- Folders.cpp - Constant folding of the ONNX dialect -----------------===//
//
// Folding targets shape computations: small integer tensors built from
// Shape, Gather, Concat, Unsqueeze and arithmetic, as exported by PyTorch.
// A fold only produces a constant whose type equals the result type, so a
// folded value never changes type under its users.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"


using namespace mlir;

namespace onnxc {

/// Largest constant the folders create (elements): enough for shapes, small
/// enough never to bloat the IR.
static constexpr int64_t kMaxFoldElements = 1024;

static RankedTensorType getFoldableType(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!ranked || !ranked.hasStaticShape() ||
      ranked.getNumElements() > kMaxFoldElements)
    return {};
  return ranked;
}

static DenseElementsAttr getDense(Attribute attr) {
  return dyn_cast_if_present<DenseElementsAttr>(attr);
}

/// Integer values of a folded operand (dense integer attribute).
static std::optional<SmallVector<int64_t>> getInts(Attribute attr) {
  auto dense = dyn_cast_if_present<DenseIntElementsAttr>(attr);
  if (!dense) return std::nullopt;
  SmallVector<int64_t> out;
  // Booleans and unsigned integers are zero-extended.
  bool isUnsigned = dense.getElementType().isUnsignedInteger() ||
                    dense.getElementType().isInteger(1);
  for (const APInt &v : dense)
    out.push_back(isUnsigned ? static_cast<int64_t>(v.getZExtValue())
                             : v.getSExtValue());
  return out;
}

static Attribute makeInts(RankedTensorType type, ArrayRef<int64_t> values) {
  auto integer = dyn_cast<IntegerType>(type.getElementType());
  if (!integer) return {};
  SmallVector<APInt> apValues;
  for (int64_t v : values) {
    // A cast to bool tests for non-zero rather than truncating.
    if (integer.getWidth() == 1) v = v != 0;
    apValues.emplace_back(integer.getWidth(), v, !integer.isUnsigned(),
                          /*implicitTrunc=*/true);
  }
  return DenseElementsAttr::get(type, apValues);
}

OpFoldResult IdentityOp::fold(FoldAdaptor) {
  if (getInput().getType() == getType()) return getInput();
  return {};
}

OpFoldResult NoValueOp::fold(FoldAdaptor) {
  return UnitAttr::get(getContext());
}

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValue(); }

OpFoldResult ShapeOp::fold(FoldAdaptor) {
  auto input = dyn_cast<RankedTensorType>(getData().getType());
  auto type = getFoldableType(getType());
  if (!input || !input.hasStaticShape() || !type) return {};
  int64_t rank = input.getRank();
  auto clamp = [&](int64_t v) {
    if (v < 0) v += rank;
    return std::clamp<int64_t>(v, 0, rank);
  };
  int64_t start = clamp(getStart().value_or(0));
  int64_t end = clamp(getEnd().value_or(rank));
  ArrayRef<int64_t> dims = input.getShape();
  if (end < start) end = start;
  return makeInts(type, dims.slice(start, end - start));
}

OpFoldResult SizeOp::fold(FoldAdaptor) {
  auto input = dyn_cast<RankedTensorType>(getData().getType());
  auto type = getFoldableType(getType());
  if (!input || !input.hasStaticShape() || !type) return {};
  return makeInts(type, {input.getNumElements()});
}

OpFoldResult CastOp::fold(FoldAdaptor adaptor) {
  auto type = getFoldableType(getType());
  if (!type) return {};
  if (getInput().getType() == getType()) return getInput();
  if (auto ints = getInts(adaptor.getInput())) {
    if (isa<IntegerType>(type.getElementType())) return makeInts(type, *ints);
    if (auto ft = dyn_cast<FloatType>(type.getElementType())) {
      SmallVector<APFloat> values;
      for (int64_t v : *ints) {
        APFloat f(static_cast<double>(v));
        bool lost;
        f.convert(ft.getFloatSemantics(), APFloat::rmNearestTiesToEven, &lost);
        values.push_back(f);
      }
      return DenseElementsAttr::get(type, values);
    }
  }
  return {};
}

OpFoldResult ReshapeOp::fold(FoldAdaptor adaptor) {
  auto ranked = dyn_cast<RankedTensorType>(getType());
  if (getData().getType() == getType() && ranked && ranked.hasStaticShape())
    return getData();
  auto type = getFoldableType(getType());
  DenseElementsAttr data = getDense(adaptor.getData());
  if (!type || !data) return {};
  return data.reshape(type);
}

OpFoldResult SqueezeOp::fold(FoldAdaptor adaptor) {
  auto type = getFoldableType(getType());
  DenseElementsAttr data = getDense(adaptor.getData());
  if (!type || !data) return {};
  return data.reshape(type);
}

OpFoldResult UnsqueezeOp::fold(FoldAdaptor adaptor) {
  auto type = getFoldableType(getType());
  DenseElementsAttr data = getDense(adaptor.getData());
  if (!type || !data) return {};
  return data.reshape(type);
}

OpFoldResult ConcatOp::fold(FoldAdaptor adaptor) {
  auto type = getFoldableType(getType());
  if (!type || type.getRank() != 1) return {};
  SmallVector<int64_t> values;
  for (Attribute operand : adaptor.getInputs()) {
    auto ints = getInts(operand);
    if (!ints) return {};
    values.append(*ints);
  }
  return makeInts(type, values);
}

OpFoldResult GatherOp::fold(FoldAdaptor adaptor) {
  auto type = getFoldableType(getType());
  auto data = getInts(adaptor.getData());
  auto indices = getInts(adaptor.getIndices());
  auto dataType = dyn_cast<RankedTensorType>(getData().getType());
  if (!type || !data || !indices || !dataType || dataType.getRank() != 1)
    return {};
  int64_t size = data->size();
  SmallVector<int64_t> values;
  for (int64_t index : *indices) {
    if (index < 0) index += size;
    if (index < 0 || index >= size) return {};
    values.push_back((*data)[index]);
  }
  return makeInts(type, values);
}

OpFoldResult SliceOp::fold(FoldAdaptor adaptor) {
  auto type = getFoldableType(getType());
  auto data = getInts(adaptor.getData());
  auto starts = getInts(adaptor.getStarts());
  auto ends = getInts(adaptor.getEnds());
  auto dataType = dyn_cast<RankedTensorType>(getData().getType());
  if (!type || !data || !starts || !ends || starts->size() != 1 ||
      ends->size() != 1 || !dataType || dataType.getRank() != 1)
    return {};
  int64_t step = 1;
  if (!isNoValue(getSteps())) {
    auto steps = getInts(adaptor.getSteps());
    if (!steps || steps->size() != 1) return {};
    step = (*steps)[0];
  }
  int64_t dim = data->size();
  int64_t start = (*starts)[0], end = (*ends)[0];
  if (start < 0) start += dim;
  if (end < 0) end += dim;
  SmallVector<int64_t> values;
  if (step > 0) {
    start = std::clamp<int64_t>(start, 0, dim);
    end = std::clamp<int64_t>(end, 0, dim);
    for (int64_t i = start; i < end; i += step) values.push_back((*data)[i]);
  } else if (step < 0) {
    start = std::clamp<int64_t>(start, 0, dim - 1);
    end = std::clamp<int64_t>(end, -1, dim - 1);
    for (int64_t i = start; i > end; i += step) values.push_back((*data)[i]);
  }
  if (static_cast<int64_t>(values.size()) != type.getNumElements()) return {};
  return makeInts(type, values);
}

/// Folds integer elementwise arithmetic with numpy broadcasting of a scalar
/// or same-shaped operand (the shapes that shape computations use).
template <typename Fn>
static OpFoldResult foldIntBinary(Operation *op, Attribute lhs, Attribute rhs,
                                  Fn fn) {
  auto type = getFoldableType(op->getResult(0).getType());
  auto a = getInts(lhs), b = getInts(rhs);
  if (!type || !a || !b) return {};
  int64_t n = type.getNumElements();
  auto at = [n](const SmallVector<int64_t> &v, int64_t i) -> std::optional<int64_t> {
    if (v.size() == 1) return v[0];
    if (static_cast<int64_t>(v.size()) == n) return v[i];
    return std::nullopt;
  };
  SmallVector<int64_t> values;
  for (int64_t i = 0; i < n; ++i) {
    auto x = at(*a, i), y = at(*b, i);
    if (!x || !y) return {};
    auto r = fn(*x, *y);
    if (!r) return {};
    values.push_back(*r);
  }
  return makeInts(type, values);
}

using OptI64 = std::optional<int64_t>;

OpFoldResult AddOp::fold(FoldAdaptor a) {
  return foldIntBinary(*this, a.getA(), a.getB(),
                       [](int64_t x, int64_t y) -> OptI64 { return x + y; });
}
OpFoldResult SubOp::fold(FoldAdaptor a) {
  return foldIntBinary(*this, a.getA(), a.getB(),
                       [](int64_t x, int64_t y) -> OptI64 { return x - y; });
}
OpFoldResult MulOp::fold(FoldAdaptor a) {
  return foldIntBinary(*this, a.getA(), a.getB(),
                       [](int64_t x, int64_t y) -> OptI64 { return x * y; });
}
OpFoldResult DivOp::fold(FoldAdaptor a) {
  // ONNX integer Div truncates toward zero, as C++ does.
  return foldIntBinary(*this, a.getA(), a.getB(),
                       [](int64_t x, int64_t y) -> OptI64 {
                         if (y == 0) return std::nullopt;
                         return x / y;
                       });
}
OpFoldResult PowOp::fold(FoldAdaptor) { return {}; }
OpFoldResult BitwiseAndOp::fold(FoldAdaptor a) {
  return foldIntBinary(*this, a.getA(), a.getB(),
                       [](int64_t x, int64_t y) -> OptI64 { return x & y; });
}
OpFoldResult BitwiseOrOp::fold(FoldAdaptor a) {
  return foldIntBinary(*this, a.getA(), a.getB(),
                       [](int64_t x, int64_t y) -> OptI64 { return x | y; });
}
OpFoldResult BitwiseXorOp::fold(FoldAdaptor a) {
  return foldIntBinary(*this, a.getA(), a.getB(),
                       [](int64_t x, int64_t y) -> OptI64 { return x ^ y; });
}

} // namespace onnxc
