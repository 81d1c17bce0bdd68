//===- InferSelectionOps.cpp - Result types of TopK, NonZero, ... ---------===//
//
// Ops that select elements (TopK, NonZero, Compress, Unique), whose output
// sizes mostly depend on the data and stay dynamic, and Einsum, whose
// equation decides the output.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/DataTypes.h"
#include "onnxc/dialects/ONNX/IR/EinsumEquation.h"
#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

#include <map>

using namespace mlir;

namespace onnxc {

static constexpr int64_t kDyn = ShapedType::kDynamic;

static Type i64Type(Operation *op) {
  return IntegerType::get(op->getContext(), 64);
}

LogicalResult TopKOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getX().getType());
  Type i64 = i64Type(*this);
  Type kType = onnxc::getElementType(getK().getType());
  if (!kType.isInteger(64))
    return emitOptionalError(loc, "K must be an int64 tensor");
  MaybeShape kShape = onnxc::getShape(getK().getType());
  if (kShape && !(kShape->empty() ||
                  (kShape->size() == 1 &&
                   ((*kShape)[0] == 1 || ShapedType::isDynamic((*kShape)[0])))))
    return emitOptionalError(loc, "K must be a 1-D tensor of one value");
  MaybeShape x = onnxc::getShape(getX().getType());
  if (!x) {
    types.assign({UnrankedTensorType::get(et), UnrankedTensorType::get(i64)});
    return success();
  }
  if (x->empty())
    return emitOptionalError(loc, "X must have a rank of at least 1");
  int64_t axis = getAxis();
  if (failed(normalizeAxis(axis, x->size(), loc)))
    return failure();
  SmallVector<int64_t> out = *x;
  out[axis] = kDyn;
  if (auto k = getConstantInts(getK()); k && k->size() == 1) {
    int64_t n = (*x)[axis];
    if ((*k)[0] < 0 || (!ShapedType::isDynamic(n) && (*k)[0] > n))
      return emitOptionalError(loc, "k (", (*k)[0],
                               ") is out of range for axis ", axis, " of size ",
                               n);
    out[axis] = (*k)[0];
  }
  types.assign(
      {RankedTensorType::get(out, et), RankedTensorType::get(out, i64)});
  return success();
}

LogicalResult NonZeroOp::inferResultTypes(TypeList &types, OptLoc loc) {
  MaybeShape x = onnxc::getShape(getX().getType());
  if (x && x->empty())
    return emitOptionalError(loc, "X must have a rank of at least 1");
  int64_t rank = x ? static_cast<int64_t>(x->size()) : kDyn;
  types.assign(1, RankedTensorType::get({rank, kDyn}, i64Type(*this)));
  return success();
}

LogicalResult CompressOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getInput().getType());
  if (!onnxc::getElementType(getCondition().getType()).isInteger(1))
    return emitOptionalError(loc, "condition must be a bool tensor");
  MaybeShape condition = onnxc::getShape(getCondition().getType());
  if (condition && condition->size() != 1)
    return emitOptionalError(loc, "condition must be 1-D, got rank ",
                             condition->size());
  if (!getAxis()) {
    types.assign(1, RankedTensorType::get({kDyn}, et));
    return success();
  }
  MaybeShape input = onnxc::getShape(getInput().getType());
  if (!input) {
    types.assign(1, UnrankedTensorType::get(et));
    return success();
  }
  int64_t axis = *getAxis();
  if (failed(normalizeAxis(axis, input->size(), loc)))
    return failure();
  SmallVector<int64_t> out = *input;
  out[axis] = kDyn;
  types.assign(1, RankedTensorType::get(out, et));
  return success();
}

LogicalResult UniqueOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getX().getType());
  Type i64 = i64Type(*this);
  auto vector = [&](int64_t n) { return RankedTensorType::get({n}, i64); };
  MaybeShape x = onnxc::getShape(getX().getType());
  if (!getAxis()) {
    int64_t count = 1;
    for (int64_t d : x ? *x : SmallVector<int64_t>{kDyn})
      count = ShapedType::isDynamic(d) || ShapedType::isDynamic(count)
                  ? kDyn
                  : count * d;
    types.assign({RankedTensorType::get({kDyn}, et), vector(kDyn),
                  vector(count), vector(kDyn)});
    return success();
  }
  if (!x) {
    types.assign({UnrankedTensorType::get(et), vector(kDyn), vector(kDyn),
                  vector(kDyn)});
    return success();
  }
  int64_t axis = *getAxis();
  if (failed(normalizeAxis(axis, x->size(), loc)))
    return failure();
  SmallVector<int64_t> y = *x;
  y[axis] = kDyn;
  types.assign({RankedTensorType::get(y, et), vector(kDyn), vector((*x)[axis]),
                vector(kDyn)});
  return success();
}

LogicalResult EinsumOp::inferResultTypes(TypeList &types, OptLoc loc) {
  if (getInputs().empty())
    return emitOptionalError(loc, "needs at least one input");
  Type et = onnxc::getElementType(getInputs()[0].getType());
  SmallVector<int64_t> ranks;
  SmallVector<SmallVector<int64_t>> shapes;
  for (Value v : getInputs()) {
    if (onnxc::getElementType(v.getType()) != et)
      return emitOptionalError(loc, "inputs must share an element type");
    MaybeShape shape = onnxc::getShape(v.getType());
    ranks.push_back(shape ? static_cast<int64_t>(shape->size()) : -1);
    shapes.push_back(shape ? *shape : SmallVector<int64_t>{});
  }
  EinsumEquation eq;
  std::string error;
  if (!parseEinsumEquation(getEquation(), ranks, eq, error))
    return emitOptionalError(loc, "equation '", getEquation(), "': ", error);
  if (llvm::is_contained(ranks, -1)) {
    types.assign(1, UnrankedTensorType::get(et));
    return success();
  }
  // The size of each label: equal wherever a letter occurs; ellipsis dims
  // broadcast (a 1 gives way).
  std::map<EinsumEquation::Label, int64_t> sizes;
  for (auto [k, labels] : llvm::enumerate(eq.inputs)) {
    for (auto [d, l] : llvm::enumerate(labels)) {
      int64_t size = shapes[k][d];
      auto [it, inserted] = sizes.try_emplace(l, size);
      if (inserted || ShapedType::isDynamic(size) || size == it->second)
        continue;
      bool ellipsis = EinsumEquation::isEllipsis(l);
      if (ShapedType::isDynamic(it->second) || (ellipsis && it->second == 1)) {
        it->second = size;
        continue;
      }
      if (ellipsis && size == 1)
        continue;
      if (ellipsis)
        return emitOptionalError(
            loc, "dim ", d, " of input ", k, " under '...' is ", size,
            ", which does not broadcast with ", it->second);
      return emitOptionalError(loc, "label '", static_cast<char>(l), "' is ",
                               size, " in dim ", d, " of input ", k, " and ",
                               it->second, " elsewhere");
    }
  }
  SmallVector<int64_t> out;
  for (EinsumEquation::Label l : eq.output)
    out.push_back(sizes.at(l));
  types.assign(1, RankedTensorType::get(out, et));
  return success();
}

} // namespace onnxc
