//===- ReductionUtils.cpp - Helpers of reductions over dims ---------------===//

#include "onnxc/lowering/ONNXToLinalg/ReductionUtils.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

bool isSupportedFloat(Type type) {
  return isa<Float16Type, BFloat16Type, Float32Type, Float64Type>(type);
}

Value createFilledTensor(OpBuilder &b, Location loc, RankedTensorType type,
                         ValueRange dynamicSizes, Value value) {
  Value empty = createEmptyTensor(b, loc, type, dynamicSizes);
  return linalg::FillOp::create(b, loc, value, empty).getResult(0);
}

RankedTensorType getReducedType(RankedTensorType input, ArrayRef<bool> reduced,
                                Type elementType) {
  SmallVector<int64_t> shape;
  for (auto [i, d] : llvm::enumerate(input.getShape()))
    if (!reduced[i])
      shape.push_back(d);
  return RankedTensorType::get(shape, elementType);
}

SmallVector<Value> getKeptDynamicSizes(OpBuilder &b, Location loc, Value input,
                                       ArrayRef<bool> reduced) {
  SmallVector<Value> sizes;
  auto type = cast<RankedTensorType>(input.getType());
  for (auto [i, d] : llvm::enumerate(type.getShape()))
    if (!reduced[i] && ShapedType::isDynamic(d))
      sizes.push_back(tensor::DimOp::create(b, loc, input, i));
  return sizes;
}

AffineMap getKeptDimsMap(ArrayRef<bool> reduced, MLIRContext *context) {
  SmallVector<AffineExpr> exprs;
  for (auto [i, r] : llvm::enumerate(reduced))
    if (!r)
      exprs.push_back(getAffineDimExpr(i, context));
  return AffineMap::get(reduced.size(), 0, exprs, context);
}

SmallVector<int64_t> getReducedDims(ArrayRef<bool> reduced) {
  SmallVector<int64_t> dims;
  for (auto [i, r] : llvm::enumerate(reduced))
    if (r)
      dims.push_back(i);
  return dims;
}

SmallVector<utils::IteratorType> getIteratorTypes(ArrayRef<bool> reduced) {
  SmallVector<utils::IteratorType> iterators;
  for (bool r : reduced)
    iterators.push_back(r ? utils::IteratorType::reduction
                          : utils::IteratorType::parallel);
  return iterators;
}

Value createReducedCount(OpBuilder &b, Location loc, Value input,
                         ArrayRef<bool> reduced, Type elementType) {
  auto type = cast<RankedTensorType>(input.getType());
  int64_t staticCount = 1;
  Value dynamicCount;
  for (auto [i, d] : llvm::enumerate(type.getShape())) {
    if (!reduced[i])
      continue;
    if (!ShapedType::isDynamic(d)) {
      staticCount *= d;
      continue;
    }
    Value dim = tensor::DimOp::create(b, loc, input, i);
    dynamicCount =
        dynamicCount ? arith::MulIOp::create(b, loc, dynamicCount, dim) : dim;
  }
  if (!dynamicCount)
    return createScalarConstant(b, loc, elementType,
                                static_cast<double>(staticCount));
  if (staticCount != 1)
    dynamicCount = arith::MulIOp::create(
        b, loc, dynamicCount,
        arith::ConstantIndexOp::create(b, loc, staticCount));
  if (isa<IntegerType>(elementType))
    return arith::IndexCastOp::create(b, loc, elementType, dynamicCount);
  Value count =
      arith::IndexCastOp::create(b, loc, b.getI64Type(), dynamicCount);
  return arith::SIToFPOp::create(b, loc, elementType, count);
}

Value expandReducedDims(OpBuilder &b, Location loc, Value value, Value input,
                        ArrayRef<bool> reduced) {
  auto inputType = cast<RankedTensorType>(input.getType());
  SmallVector<int64_t> shape;
  SmallVector<OpFoldResult> outputShape;
  SmallVector<ReassociationIndices> groups;
  // Unit dims before the first kept dim join its group; later ones join the
  // group of the kept dim before them. All dims reduced: a rank-0 source and
  // no groups.
  ReassociationIndices leading;
  for (auto [i, d] : llvm::enumerate(inputType.getShape())) {
    int64_t dim = i;
    if (reduced[i]) {
      shape.push_back(1);
      outputShape.push_back(b.getIndexAttr(1));
      if (groups.empty())
        leading.push_back(dim);
      else
        groups.back().push_back(dim);
      continue;
    }
    shape.push_back(d);
    if (ShapedType::isDynamic(d))
      outputShape.push_back(
          tensor::DimOp::create(b, loc, input, dim).getResult());
    else
      outputShape.push_back(b.getIndexAttr(d));
    ReassociationIndices group = leading;
    leading.clear();
    group.push_back(dim);
    groups.push_back(group);
  }
  auto type = RankedTensorType::get(
      shape, cast<RankedTensorType>(value.getType()).getElementType());
  return tensor::ExpandShapeOp::create(b, loc, type, value, groups,
                                       outputShape);
}

} // namespace onnxc
