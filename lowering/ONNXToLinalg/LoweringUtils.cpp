//===- LoweringUtils.cpp - Helpers shared by the ONNX lowerings -----------===//

#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/RuntimeChecks.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"

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

Value clampAxisIndex(OpBuilder &b, Location loc, Value rawIndex,
                     Value axisSize, bool isUnsigned) {
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value index;
  if (isUnsigned) {
    index = arith::IndexCastUIOp::create(b, loc, b.getIndexType(), rawIndex);
  } else {
    index = arith::IndexCastOp::create(b, loc, b.getIndexType(), rawIndex);
    Value negative =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, index, zero);
    Value wrapped = arith::AddIOp::create(b, loc, index, axisSize);
    index = arith::SelectOp::create(b, loc, negative, wrapped, index);
    index = arith::MaxSIOp::create(b, loc, index, zero);
  }
  Value last = arith::SubIOp::create(
      b, loc, axisSize, arith::ConstantIndexOp::create(b, loc, 1));
  return arith::MinSIOp::create(b, loc, index, last);
}

Value extractUnlessAxisEmpty(OpBuilder &b, Location loc, Value tensor,
                             ValueRange indices, OpFoldResult axisSize) {
  std::optional<int64_t> known = getConstantIntValue(axisSize);
  if (known && *known > 0)
    return tensor::ExtractOp::create(b, loc, tensor, indices);
  Type elementType = cast<RankedTensorType>(tensor.getType()).getElementType();
  Value empty = arith::CmpIOp::create(
      b, loc, arith::CmpIPredicate::eq,
      getValueOrCreateConstantIndexOp(b, loc, axisSize),
      arith::ConstantIndexOp::create(b, loc, 0));
  auto read = scf::IfOp::create(
      b, loc, empty,
      [&](OpBuilder &tb, Location tl) {
        scf::YieldOp::create(tb, tl,
                             ValueRange{arith::ConstantOp::create(
                                 tb, tl, tb.getZeroAttr(elementType))});
      },
      [&](OpBuilder &eb, Location el) {
        scf::YieldOp::create(
            eb, el, ValueRange{tensor::ExtractOp::create(eb, el, tensor,
                                                         indices)});
      });
  return read.getResult(0);
}

Value extractClamped(OpBuilder &b, Location loc, Value tensor,
                     ValueRange indices) {
  auto type = cast<RankedTensorType>(tensor.getType());
  SmallVector<Value> at(indices);
  Value empty;
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  for (int64_t d = 0; d < type.getRank(); ++d) {
    if (!type.isDynamicDim(d)) {
      if (type.getDimSize(d) == 0)
        empty = arith::ConstantIntOp::create(b, loc, 1, 1);
      continue;
    }
    Value dim = tensor::DimOp::create(b, loc, tensor, d);
    at[d] = arith::MinSIOp::create(b, loc, at[d],
                                   arith::SubIOp::create(b, loc, dim, one));
    Value zero = arith::CmpIOp::create(
        b, loc, arith::CmpIPredicate::eq, dim,
        arith::ConstantIndexOp::create(b, loc, 0));
    empty = empty ? arith::OrIOp::create(b, loc, empty, zero).getResult()
                  : zero;
  }
  if (!empty)
    return tensor::ExtractOp::create(b, loc, tensor, at);
  auto read = scf::IfOp::create(
      b, loc, empty,
      [&](OpBuilder &tb, Location tl) {
        scf::YieldOp::create(tb, tl,
                             ValueRange{arith::ConstantOp::create(
                                 tb, tl, tb.getZeroAttr(type.getElementType()))});
      },
      [&](OpBuilder &eb, Location el) {
        scf::YieldOp::create(
            eb, el, ValueRange{tensor::ExtractOp::create(eb, el, tensor, at)});
      });
  return read.getResult(0);
}

Value extractFirstChecked(OpBuilder &b, Location loc, Operation *op,
                          Value tensor, StringRef what) {
  auto type = cast<RankedTensorType>(tensor.getType());
  SmallVector<Value> at(type.getRank(),
                        arith::ConstantIndexOp::create(b, loc, 0));
  if (llvm::any_of(type.getShape(), ShapedType::isDynamic)) {
    Value count = arith::ConstantIndexOp::create(b, loc, 1);
    for (int64_t d = 0; d < type.getRank(); ++d)
      count = arith::MulIOp::create(b, loc, count,
                                    tensor::DimOp::create(b, loc, tensor, d));
    Value none = arith::CmpIOp::create(
        b, loc, arith::CmpIPredicate::eq, count,
        arith::ConstantIndexOp::create(b, loc, 0));
    emitRuntimeFailure(b, loc, none,
                       describeNodeForFormat(op) + ": " + what.str() +
                           " is empty (%lld values)",
                       {count});
  }
  return extractClamped(b, loc, tensor, at);
}

static SmallVector<Value>
buildLoops(OpBuilder &b, Location loc, ValueRange bounds, ValueRange carried,
           SmallVectorImpl<Value> &ivs,
           function_ref<SmallVector<Value>(OpBuilder &, Location, ValueRange,
                                           ValueRange)>
               body) {
  if (ivs.size() == bounds.size())
    return body(b, loc, ivs, carried);
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  auto loop = scf::ForOp::create(
      b, loc, zero, bounds[ivs.size()], one, carried,
      [&](OpBuilder &lb, Location l, Value iv, ValueRange args) {
        ivs.push_back(iv);
        SmallVector<Value> next = buildLoops(lb, l, bounds, args, ivs, body);
        ivs.pop_back();
        scf::YieldOp::create(lb, l, next);
      });
  return SmallVector<Value>(loop.getResults());
}

SmallVector<Value> buildLoopNest(
    OpBuilder &b, Location loc, ValueRange bounds, ValueRange inits,
    function_ref<SmallVector<Value>(OpBuilder &, Location, ValueRange,
                                    ValueRange)>
        body) {
  SmallVector<Value> ivs;
  return buildLoops(b, loc, bounds, inits, ivs, body);
}

Value buildTensorLoopNest(
    OpBuilder &b, Location loc, ValueRange bounds, Value init,
    function_ref<Value(OpBuilder &, Location, ValueRange, Value)> body) {
  return buildLoopNest(b, loc, bounds, init,
                       [&](OpBuilder &lb, Location l, ValueRange ivs,
                           ValueRange carried) -> SmallVector<Value> {
                         return {body(lb, l, ivs, carried[0])};
                       })
      .front();
}

Value isEmptyTensor(OpBuilder &b, Location loc, Value tensor) {
  auto type = cast<RankedTensorType>(tensor.getType());
  Value empty = arith::ConstantIntOp::create(b, loc, 0, 1);
  for (int64_t d = 0; d < type.getRank(); ++d)
    if (type.isDynamicDim(d) || type.getDimSize(d) == 0)
      empty = arith::OrIOp::create(
          b, loc, empty,
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                tensor::DimOp::create(b, loc, tensor, d),
                                arith::ConstantIndexOp::create(b, loc, 0)));
  return empty;
}

static Value combineForScatter(OpBuilder &b, Location loc, StringRef reduction,
                               Value old, Value value, bool isUnsigned) {
  bool isFloat = isa<FloatType>(value.getType());
  if (reduction == "add")
    return isFloat ? arith::AddFOp::create(b, loc, old, value).getResult()
                   : arith::AddIOp::create(b, loc, old, value).getResult();
  if (reduction == "mul")
    return isFloat ? arith::MulFOp::create(b, loc, old, value).getResult()
                   : arith::MulIOp::create(b, loc, old, value).getResult();
  if (reduction == "max")
    return isFloat      ? arith::MaximumFOp::create(b, loc, old, value).getResult()
           : isUnsigned ? arith::MaxUIOp::create(b, loc, old, value).getResult()
                        : arith::MaxSIOp::create(b, loc, old, value).getResult();
  if (reduction == "min")
    return isFloat      ? arith::MinimumFOp::create(b, loc, old, value).getResult()
           : isUnsigned ? arith::MinUIOp::create(b, loc, old, value).getResult()
                        : arith::MinSIOp::create(b, loc, old, value).getResult();
  return value;
}

Value scatterWrite(OpBuilder &b, Location loc, Value empty, Value out,
                   ValueRange target, Value value, StringRef reduction,
                   bool isUnsigned) {
  return scf::IfOp::create(
             b, loc, empty,
             [&](OpBuilder &tb, Location tl) {
               scf::YieldOp::create(tb, tl, out);
             },
             [&](OpBuilder &eb, Location el) {
               Value v = value;
               if (reduction != "none")
                 v = combineForScatter(
                     eb, el, reduction,
                     tensor::ExtractOp::create(eb, el, out, target), v,
                     isUnsigned);
               scf::YieldOp::create(
                   eb, el,
                   tensor::InsertOp::create(eb, el, v, out, target)
                       .getResult());
             })
      .getResult(0);
}

} // namespace onnxc
