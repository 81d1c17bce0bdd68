//===- DataMovementToLinalg.cpp - Gather, Expand, Tile, shape ops -===//
//
// Expand is a linalg.generic whose indexing map broadcasts; Gather, Tile and
// broadcasts decided at run time are linalg.generic ops whose bodies read the
// input with tensor.extract at computed indices; Gather indices are checked at
// run time (RuntimeChecks.h). Shape, Size, ConstantOfShape and Range build
// their tensors from the operands' sizes. (Identity belongs to the
// elementwise family.)
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/lowering/ONNXToLinalg/DataMovementUtils.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"
#include "onnxc/lowering/ONNXToLinalg/RuntimeChecks.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/IndexingUtils.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Matchers.h"
#include "llvm/Support/CheckedArithmetic.h"

using namespace mlir;

namespace onnxc {
namespace {

constexpr int64_t kDyn = ShapedType::kDynamic;

//===----------------------------------------------------------------------===//
// Gather
//===----------------------------------------------------------------------===//

struct GatherToLinalg : OpConversionPattern<GatherOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(GatherOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value data = adaptor.getData(), indices = adaptor.getIndices();
    auto dataType = dyn_cast<RankedTensorType>(data.getType());
    auto indicesType = dyn_cast<RankedTensorType>(indices.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!dataType || !indicesType || !resultType)
      return rewriter.notifyMatchFailure(op, "unranked operand or result");
    if (!isa<IntegerType>(indicesType.getElementType()))
      return rewriter.notifyMatchFailure(op, "indices are not integers");
    int64_t r = dataType.getRank(), q = indicesType.getRank();
    int64_t axis = op.getAxis();
    if (failed(normalizeAxis(axis, r, std::nullopt)))
      return rewriter.notifyMatchFailure(op, "axis out of range");
    bool isUnsigned = isUnsignedTensor(op.getIndices());

    // Result dims: data[:axis] ++ indices ++ data[axis + 1:].
    SmallVector<OpFoldResult> dataSizes =
        tensor::getMixedSizes(rewriter, loc, data);
    SmallVector<OpFoldResult> sizes(dataSizes.begin(),
                                    dataSizes.begin() + axis);
    llvm::append_range(sizes, tensor::getMixedSizes(rewriter, loc, indices));
    sizes.append(dataSizes.begin() + axis + 1, dataSizes.end());
    int64_t rank = sizes.size();
    Value axisSize = IndexMath(rewriter, loc).value(dataSizes[axis]);
    // An index outside the axis fails the run with a message.
    emitIndexRangeCheck(rewriter, loc, op, indices, axisSize, axis);

    Value init = emptyTensor(rewriter, loc, sizes, dataType.getElementType());
    SmallVector<AffineExpr> indexExprs;
    for (int64_t i = 0; i < q; ++i)
      indexExprs.push_back(rewriter.getAffineDimExpr(axis + i));
    SmallVector<AffineMap> maps{
        AffineMap::get(rank, 0, indexExprs, rewriter.getContext()),
        rewriter.getMultiDimIdentityMap(rank)};
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, init.getType(), ValueRange{indices}, ValueRange{init},
        maps, iterators, [&](OpBuilder &b, Location l, ValueRange args) {
          // Indices outside the axis fail the run (the check above), and
          // are clamped so that the run goes on in bounds to its end.
          Value index = clampAxisIndex(b, l, args[0], axisSize, isUnsigned);
          SmallVector<Value> dataIndices;
          for (int64_t k = 0; k < r; ++k) {
            if (k < axis)
              dataIndices.push_back(linalg::IndexOp::create(b, l, k));
            else if (k == axis)
              dataIndices.push_back(index);
            else
              dataIndices.push_back(linalg::IndexOp::create(b, l, k + q - 1));
          }
          // An axis that may be empty has nothing to read then: the run
          // has failed its check, and the result is zeros.
          linalg::YieldOp::create(
              b, l,
              extractUnlessAxisEmpty(b, l, data, dataIndices, dataSizes[axis]));
        });
    return replaceWithCast(rewriter, op, generic.getResult(0), resultType);
  }
};

//===----------------------------------------------------------------------===//
// Expand, Tile
//===----------------------------------------------------------------------===//

struct ExpandToLinalg : OpConversionPattern<ExpandOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ExpandOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    auto inType = dyn_cast<RankedTensorType>(input.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inType || !resultType)
      return rewriter.notifyMatchFailure(op, "unranked input or result");
    int64_t r = inType.getRank(), rank = resultType.getRank();
    // The shape's length; when unknown, a result rank above the input's is it.
    int64_t n = rank;
    if (auto ints = getConstInts(op.getShape(), adaptor.getShape()))
      n = ints->size();
    else if (auto t = dyn_cast<RankedTensorType>(adaptor.getShape().getType());
             t && t.getRank() == 1 && !t.isDynamicDim(0))
      n = t.getDimSize(0);
    else if (rank == r && r > 0)
      return rewriter.notifyMatchFailure(op, "shape of unknown length");
    if (std::max(r, n) != rank)
      return rewriter.notifyMatchFailure(op, "result rank mismatch");
    auto shape =
        getIndexEntries(rewriter, loc, op.getShape(), adaptor.getShape(), n);
    if (!shape)
      return rewriter.notifyMatchFailure(op, "bad shape operand");

    IndexMath m(rewriter, loc);
    using P = arith::CmpIPredicate;
    SmallVector<OpFoldResult> sizes;
    SmallVector<OpFoldResult> inDims =
        tensor::getMixedSizes(rewriter, loc, input);
    // Input dims whose size (1 or not) is only known at run time.
    SmallVector<bool> runtimeBroadcast(r, false);
    for (int64_t k = 0; k < rank; ++k) {
      int64_t si = k - (rank - n), ii = k - (rank - r);
      OpFoldResult s = si >= 0 ? (*shape)[si] : m.cst(1);
      if (ii < 0) {
        sizes.push_back(s);
        continue;
      }
      OpFoldResult in = inDims[ii];
      auto inKnown = IndexMath::known(in), sKnown = IndexMath::known(s);
      if (inKnown && sKnown && *inKnown != 1 && *sKnown != 1 &&
          *inKnown != *sKnown)
        return rewriter.notifyMatchFailure(op, "shapes do not broadcast");
      if (!inKnown && sKnown != 1)
        runtimeBroadcast[ii] = true;
      // The result dim is `s` where the input dim is 1, the input dim else.
      if (sKnown == 1 || (inKnown && *inKnown != 1))
        sizes.push_back(in);
      else if (inKnown == 1 || sKnown)
        sizes.push_back(s);
      else
        sizes.push_back(m.select(m.cmp(P::eq, in, m.cst(1)), s, in));
    }
    Type elementType = inType.getElementType();

    Value result;
    if (llvm::none_of(runtimeBroadcast, [](bool b) { return b; })) {
      // Which dims broadcast is known: the indexing map says it.
      Value init = emptyTensor(rewriter, loc, sizes, elementType);
      SmallVector<AffineMap> maps{
          getBroadcastIndexingMap(inType.getShape(), rank,
                                  rewriter.getContext()),
          rewriter.getMultiDimIdentityMap(rank)};
      SmallVector<utils::IteratorType> iterators(rank,
                                                 utils::IteratorType::parallel);
      result = linalg::GenericOp::create(
                   rewriter, loc, init.getType(), ValueRange{input},
                   ValueRange{init}, maps, iterators,
                   [](OpBuilder &b, Location l, ValueRange args) {
                     linalg::YieldOp::create(b, l, args[0]);
                   })
                   .getResult(0);
    } else {
      // A dynamic input dim may be 1 (broadcast) or the full size: read
      // index 0 when it is 1.
      SmallVector<Value> isOne(r);
      for (int64_t i = 0; i < r; ++i)
        if (runtimeBroadcast[i])
          isOne[i] = m.cmp(P::eq, inDims[i], m.cst(1)).value;
      result = buildIndexedGeneric(
          rewriter, loc, sizes, elementType,
          [&](OpBuilder &b, Location l, ArrayRef<Value> ivs) {
            SmallVector<Value> indices;
            for (int64_t i = 0; i < r; ++i) {
              Value iv = ivs[i + rank - r];
              if (inType.getDimSize(i) == 1)
                iv = arith::ConstantIndexOp::create(b, l, 0);
              else if (runtimeBroadcast[i])
                iv = arith::SelectOp::create(
                    b, l, isOne[i], arith::ConstantIndexOp::create(b, l, 0),
                    iv);
              indices.push_back(iv);
            }
            return tensor::ExtractOp::create(b, l, input, indices);
          });
    }
    return replaceWithCast(rewriter, op, result, resultType);
  }
};

struct TileToLinalg : OpConversionPattern<TileOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(TileOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    auto inType = dyn_cast<RankedTensorType>(input.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inType || !resultType)
      return rewriter.notifyMatchFailure(op, "unranked input or result");
    int64_t rank = inType.getRank();
    auto repeats = getIndexEntries(rewriter, loc, op.getRepeats(),
                                   adaptor.getRepeats(), rank);
    if (!repeats)
      return rewriter.notifyMatchFailure(op, "repeats of another length");
    IndexMath m(rewriter, loc);
    SmallVector<OpFoldResult> dims =
        tensor::getMixedSizes(rewriter, loc, input);
    SmallVector<OpFoldResult> sizes;
    SmallVector<Value> dimValues(rank);
    for (int64_t k = 0; k < rank; ++k) {
      sizes.push_back(m.mul(dims[k], (*repeats)[k]));
      if (!m.is((*repeats)[k], 1))
        dimValues[k] = m.value(dims[k]);
    }
    Value result = buildIndexedGeneric(
        rewriter, loc, sizes, inType.getElementType(),
        [&](OpBuilder &b, Location l, ArrayRef<Value> ivs) {
          SmallVector<Value> indices;
          for (int64_t k = 0; k < rank; ++k)
            indices.push_back(
                m.is((*repeats)[k], 1)
                    ? ivs[k]
                    : arith::RemUIOp::create(b, l, ivs[k], dimValues[k])
                          .getResult());
          return tensor::ExtractOp::create(b, l, input, indices);
        });
    return replaceWithCast(rewriter, op, result, resultType);
  }
};

//===----------------------------------------------------------------------===//
// Shape, Size, ConstantOfShape, Range
//===----------------------------------------------------------------------===//

struct ShapeToLinalg : OpConversionPattern<ShapeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ShapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getData();
    auto inType = dyn_cast<RankedTensorType>(input.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inType || !resultType)
      return rewriter.notifyMatchFailure(op, "unranked data");
    int64_t rank = inType.getRank();
    auto clamp = [&](int64_t v) {
      if (v < 0)
        v += rank;
      return std::clamp<int64_t>(v, 0, rank);
    };
    int64_t start = clamp(op.getStart().value_or(0));
    int64_t end = std::max(start, clamp(op.getEnd().value_or(rank)));
    SmallVector<OpFoldResult> sizes;
    for (int64_t i = start; i < end; ++i)
      sizes.push_back(tensor::getMixedSize(rewriter, loc, input, i));
    return replaceWithCast(rewriter, op, buildI64Tensor(rewriter, loc, sizes),
                           resultType);
  }
};

struct SizeToLinalg : OpConversionPattern<SizeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(SizeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getData();
    auto resultType = getConvertedRankedType(op.getType());
    if (!isa<RankedTensorType>(input.getType()) || !resultType)
      return rewriter.notifyMatchFailure(op, "unranked data");
    IndexMath m(rewriter, loc);
    OpFoldResult total = m.cst(1);
    for (OpFoldResult d : tensor::getMixedSizes(rewriter, loc, input))
      total = m.mul(total, d);
    return replaceWithCast(
        rewriter, op, buildI64Tensor(rewriter, loc, {total}, true), resultType);
  }
};

struct ConstantOfShapeToLinalg : OpConversionPattern<ConstantOfShapeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ConstantOfShapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = getConvertedRankedType(op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unranked result");
    Type elementType = resultType.getElementType();
    TypedAttr fill;
    if (ElementsAttr value = op.getValueAttr()) {
      if (value.getNumElements() != 1)
        return rewriter.notifyMatchFailure(op, "value is not one element");
      if (auto ft = dyn_cast<FloatType>(elementType)) {
        auto values = value.tryGetValues<APFloat>();
        if (!values)
          return rewriter.notifyMatchFailure(op, "unreadable value");
        fill = rewriter.getFloatAttr(ft, *values->begin());
      } else if (isa<IntegerType>(elementType)) {
        auto values = value.tryGetValues<APInt>();
        if (!values)
          return rewriter.notifyMatchFailure(op, "unreadable value");
        fill = rewriter.getIntegerAttr(elementType, *values->begin());
      } else {
        return rewriter.notifyMatchFailure(op, "unsupported element type");
      }
    } else {
      fill = rewriter.getZeroAttr(elementType);
    }
    auto shape = getIndexEntries(rewriter, loc, op.getInput(),
                                 adaptor.getInput(), resultType.getRank());
    if (!shape)
      return rewriter.notifyMatchFailure(op, "bad shape operand");
    // Static result dims win over the operand (the verifier checked them).
    SmallVector<OpFoldResult> sizes;
    for (int64_t k = 0; k < resultType.getRank(); ++k)
      sizes.push_back(resultType.isDynamicDim(k)
                          ? (*shape)[k]
                          : rewriter.getIndexAttr(resultType.getDimSize(k)));
    Value init = emptyTensor(rewriter, loc, sizes, elementType);
    Value scalar = arith::ConstantOp::create(rewriter, loc, fill);
    Value result = linalg::FillOp::create(rewriter, loc, ValueRange{scalar},
                                          ValueRange{init})
                       .getResult(0);
    return replaceWithCast(rewriter, op, result, resultType);
  }
};

struct RangeToLinalg : OpConversionPattern<RangeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(RangeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = getConvertedRankedType(op.getType());
    if (!resultType || resultType.getRank() != 1)
      return rewriter.notifyMatchFailure(op, "result is not 1-D");
    Type et = resultType.getElementType();
    if (getElementType(op.getStart().getType()).isUnsignedInteger() ||
        !(isa<FloatType>(et) || isa<IntegerType>(et)))
      return rewriter.notifyMatchFailure(op, "unsupported element type");
    auto scalar = [&](Value v) -> Value {
      auto type = dyn_cast<RankedTensorType>(v.getType());
      if (!type || type.getNumElements() != 1)
        return {};
      SmallVector<Value> at;
      if (type.getRank() > 0)
        at.assign(type.getRank(),
                  arith::ConstantIndexOp::create(rewriter, loc, 0));
      return tensor::ExtractOp::create(rewriter, loc, v, at);
    };
    Value start = scalar(adaptor.getStart());
    Value limit = scalar(adaptor.getLimit());
    Value delta = scalar(adaptor.getDelta());
    if (!start || !limit || !delta)
      return rewriter.notifyMatchFailure(op, "operands are not scalars");

    OpFoldResult size;
    if (!resultType.isDynamicDim(0)) {
      size = rewriter.getIndexAttr(resultType.getDimSize(0));
    } else {
      // max(ceil((limit - start) / delta), 0).
      Value count;
      if (isa<FloatType>(et)) {
        Value q = arith::DivFOp::create(
            rewriter, loc, arith::SubFOp::create(rewriter, loc, limit, start),
            delta);
        Value c = math::CeilOp::create(rewriter, loc, q);
        count =
            arith::FPToSIOp::create(rewriter, loc, rewriter.getI64Type(), c);
      } else {
        Value diff = arith::SubIOp::create(rewriter, loc, limit, start);
        Value q = arith::DivSIOp::create(rewriter, loc, diff, delta);
        Value rest = arith::SubIOp::create(
            rewriter, loc, diff,
            arith::MulIOp::create(rewriter, loc, q, delta));
        Value zero = createScalarConstant(rewriter, loc, et, 0);
        Value one = createScalarConstant(rewriter, loc, et, 1);
        using P = arith::CmpIPredicate;
        Value inexact = arith::CmpIOp::create(rewriter, loc, P::ne, rest, zero);
        Value sameSign = arith::CmpIOp::create(
            rewriter, loc, P::eq,
            arith::CmpIOp::create(rewriter, loc, P::slt, rest, zero),
            arith::CmpIOp::create(rewriter, loc, P::slt, delta, zero));
        Value up = arith::AndIOp::create(rewriter, loc, inexact, sameSign);
        count = arith::SelectOp::create(
            rewriter, loc, up, arith::AddIOp::create(rewriter, loc, q, one), q);
      }
      IndexMath m(rewriter, loc);
      Value index = arith::IndexCastOp::create(rewriter, loc,
                                               rewriter.getIndexType(), count);
      size = m.max(index, m.cst(0));
    }

    Value result = buildIndexedGeneric(
        rewriter, loc, {size}, et,
        [&](OpBuilder &b, Location l, ArrayRef<Value> ivs) -> Value {
          Value i = arith::IndexCastOp::create(b, l, b.getI64Type(), ivs[0]);
          if (auto ft = dyn_cast<FloatType>(et)) {
            Value f = arith::SIToFPOp::create(b, l, ft, i);
            return arith::AddFOp::create(b, l, start,
                                         arith::MulFOp::create(b, l, f, delta));
          }
          if (et != i.getType())
            i = arith::TruncIOp::create(b, l, et, i);
          return arith::AddIOp::create(b, l, start,
                                       arith::MulIOp::create(b, l, i, delta));
        });
    return replaceWithCast(rewriter, op, result, resultType);
  }
};

} // namespace

void populateDataMovementToLinalgPatterns(const TypeConverter &converter,
                                          RewritePatternSet &patterns) {
  patterns.add<GatherToLinalg, ExpandToLinalg, TileToLinalg, ShapeToLinalg,
               SizeToLinalg, ConstantOfShapeToLinalg, RangeToLinalg>(
      converter, patterns.getContext());
}

} // namespace onnxc
