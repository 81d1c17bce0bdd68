//===- LoweringUtils.cpp - Helpers shared by the ONNX lowerings -----------===//

#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

SmallVector<Value> getDynamicSizes(OpBuilder &b, Location loc, Value tensor) {
  SmallVector<Value> sizes;
  auto type = cast<RankedTensorType>(tensor.getType());
  for (auto [i, d] : llvm::enumerate(type.getShape()))
    if (ShapedType::isDynamic(d))
      sizes.push_back(tensor::DimOp::create(b, loc, tensor, i));
  return sizes;
}

Value createEmptyTensor(OpBuilder &b, Location loc, RankedTensorType type,
                        ValueRange dynamicSizes) {
  return tensor::EmptyOp::create(b, loc, type.getShape(),
                                 type.getElementType(), dynamicSizes);
}

AffineMap getBroadcastIndexingMap(ArrayRef<int64_t> operandShape,
                                  int64_t resultRank, MLIRContext *context) {
  SmallVector<AffineExpr> exprs;
  int64_t offset = resultRank - static_cast<int64_t>(operandShape.size());
  for (auto [i, d] : llvm::enumerate(operandShape)) {
    if (d == 1) exprs.push_back(getAffineConstantExpr(0, context));
    else exprs.push_back(getAffineDimExpr(offset + i, context));
  }
  return AffineMap::get(resultRank, 0, exprs, context);
}

Value createScalarConstant(OpBuilder &b, Location loc, Type type,
                           double value) {
  if (auto ft = dyn_cast<FloatType>(type))
    return arith::ConstantOp::create(b, loc, b.getFloatAttr(ft, value));
  if (type.isIndex())
    return arith::ConstantIndexOp::create(b, loc, static_cast<int64_t>(value));
  return arith::ConstantOp::create(
      b, loc, b.getIntegerAttr(type, static_cast<int64_t>(value)));
}

Value castIfNeeded(OpBuilder &b, Location loc, Value value, Type type) {
  if (value.getType() == type) return value;
  return tensor::CastOp::create(b, loc, type, value);
}

RankedTensorType getConvertedRankedType(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!ranked) return {};
  auto integer = dyn_cast<IntegerType>(ranked.getElementType());
  if (!integer || integer.isSignless()) return ranked;
  return RankedTensorType::get(
      ranked.getShape(),
      IntegerType::get(type.getContext(), integer.getWidth()));
}

} // namespace onnxc
