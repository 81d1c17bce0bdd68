//===- IndexingToLinalg.cpp - Ops that read at element indices ------------===//
//
// Ops that read, write or select elements by their indices. GatherElements: a
// linalg.generic over the indices whose body reads the data with
// tensor.extract at the index it holds; indices outside their axis fail the
// run with a message (RuntimeChecks.h) and are clamped, so the run stays in
// bounds. ScatterElements: a loop nest over the indices that writes each
// update in order. Trilu: a linalg.generic that keeps an element or writes 0 by its
// row and column. DepthToSpace and SpaceToDepth: a linalg.generic that
// reads each output element at indices computed from its own. OneHot and
// EyeLike: the on (1) or off (0) value by the element's position.
// ReverseSequence: a linalg.generic that reads each element from its
// mirrored step. (Gather, which indexes whole slices, belongs to the
// data-movement family.)
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/dialects/ONNX/IR/ShapeHelpers.h"
#include "onnxc/lowering/ONNXToLinalg/DataMovementUtils.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"
#include "onnxc/lowering/ONNXToLinalg/RuntimeChecks.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"

using namespace mlir;

namespace onnxc {
namespace {

/// Fails the run when dim `k` of `indices` is larger than that of `data`
/// (GatherElements reads data at the indices' own position in every dim but
/// the axis), unless static shapes prove it cannot be.
void emitIndicesWithinData(OpBuilder &b, Location loc, Operation *op,
                           Value indices, Value data, int64_t axis) {
  auto indicesType = cast<RankedTensorType>(indices.getType());
  auto dataType = cast<RankedTensorType>(data.getType());
  for (int64_t k = 0; k < indicesType.getRank(); ++k) {
    if (k == axis)
      continue;
    int64_t i = indicesType.getDimSize(k), d = dataType.getDimSize(k);
    if (!ShapedType::isDynamic(i) && !ShapedType::isDynamic(d))
      continue; // the shape function has checked it
    Value indicesDim = tensor::DimOp::create(b, loc, indices, k);
    Value dataDim = tensor::DimOp::create(b, loc, data, k);
    Value larger = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sgt,
                                         indicesDim, dataDim);
    emitRuntimeFailure(
        b, loc, larger,
        describeNodeForFormat(op) +
            ": dim %lld of the indices is %lld, larger than the data's %lld",
        {arith::ConstantIndexOp::create(b, loc, k), indicesDim, dataDim});
  }
}

struct GatherElementsToLinalg : OpConversionPattern<GatherElementsOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(GatherElementsOp op, OpAdaptor adaptor,
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
    int64_t rank = dataType.getRank();
    if (indicesType.getRank() != rank || rank == 0)
      return rewriter.notifyMatchFailure(op, "ranks differ or are 0");
    int64_t axis = op.getAxis();
    if (failed(normalizeAxis(axis, rank, std::nullopt)))
      return rewriter.notifyMatchFailure(op, "axis out of range");
    bool isUnsigned =
        getElementType(op.getIndices().getType()).isUnsignedInteger();

    SmallVector<OpFoldResult> dataSizes =
        tensor::getMixedSizes(rewriter, loc, data);
    Value axisSize =
        getValueOrCreateConstantIndexOp(rewriter, loc, dataSizes[axis]);
    emitIndexRangeCheck(rewriter, loc, op, indices, axisSize, axis);
    emitIndicesWithinData(rewriter, loc, op, indices, data, axis);


    Value init = tensor::EmptyOp::create(
        rewriter, loc, tensor::getMixedSizes(rewriter, loc, indices),
        dataType.getElementType());
    SmallVector<AffineMap> maps(2, rewriter.getMultiDimIdentityMap(rank));
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, init.getType(), ValueRange{indices}, ValueRange{init},
        maps, iterators, [&](OpBuilder &b, Location l, ValueRange args) {
          SmallVector<Value> dataIndices;
          for (int64_t k = 0; k < rank; ++k) {
            if (k == axis) {
              dataIndices.push_back(
                  clampAxisIndex(b, l, args[0], axisSize, isUnsigned));
              continue;
            }
            dataIndices.push_back(linalg::IndexOp::create(b, l, k));
          }
          // The other dims read data at the output's own position, kept
          // inside the data (and off empty data) when a check has failed.
          linalg::YieldOp::create(b, l,
                                  extractClamped(b, l, data, dataIndices));
        });
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, generic.getResult(0),
                                        resultType));
    return success();
  }
};

/// ScatterElements: the output starts as the data, and a loop nest over the
/// indices writes each update at its index, in order (a repeated index
/// takes the last update, or accumulates them with the reduction). Indices
/// are checked like GatherElements' and every access is clamped.
struct ScatterElementsToLinalg : OpConversionPattern<ScatterElementsOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ScatterElementsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value data = adaptor.getData(), indices = adaptor.getIndices(),
          updates = adaptor.getUpdates();
    auto dataType = dyn_cast<RankedTensorType>(data.getType());
    auto indicesType = dyn_cast<RankedTensorType>(indices.getType());
    auto updatesType = dyn_cast<RankedTensorType>(updates.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!dataType || !indicesType || !updatesType || !resultType)
      return rewriter.notifyMatchFailure(op, "unranked operand or result");
    int64_t rank = dataType.getRank();
    if (rank == 0 || indicesType.getRank() != rank ||
        updatesType.getRank() != rank ||
        !isa<IntegerType>(indicesType.getElementType()))
      return rewriter.notifyMatchFailure(op, "ranks or index type");
    int64_t axis = op.getAxis();
    if (failed(normalizeAxis(axis, rank, std::nullopt)))
      return rewriter.notifyMatchFailure(op, "axis out of range");
    Type elementType = dataType.getElementType();
    StringRef reduction = op.getReduction();
    if (reduction != "none" && !isa<FloatType>(elementType) &&
        !(isa<IntegerType>(elementType) && !elementType.isInteger(1)))
      return rewriter.notifyMatchFailure(op, "reduction on this type");
    bool isUnsigned =
        getElementType(op.getData().getType()).isUnsignedInteger();
    bool indicesUnsigned =
        getElementType(op.getIndices().getType()).isUnsignedInteger();

    Value axisSize = tensor::DimOp::create(rewriter, loc, data, axis);
    emitIndexRangeCheck(rewriter, loc, op, indices, axisSize, axis);
    emitIndicesWithinData(rewriter, loc, op, indices, data, axis);
    std::string node = describeNodeForFormat(op);
    for (int64_t k = 0; k < rank; ++k) {
      if (!indicesType.isDynamicDim(k) && !updatesType.isDynamicDim(k))
        continue; // the shape function has checked it
      Value i = tensor::DimOp::create(rewriter, loc, indices, k);
      Value u = tensor::DimOp::create(rewriter, loc, updates, k);
      emitRuntimeFailure(
          rewriter, loc,
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne, i, u),
          node + ": dim " + std::to_string(k) +
              " of updates is %lld, of indices %lld",
          {u, i});
    }
    // Writes need a non-empty output (indices into an empty dim fail their
    // check, and nothing is written then).
    Value empty = isEmptyTensor(rewriter, loc, data);
    Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
    auto write = [&](OpBuilder &b, Location l, ValueRange ivs,
                     Value out) -> Value {
      Value raw = tensor::ExtractOp::create(b, l, indices, ivs);
      SmallVector<Value> target(ivs);
      target[axis] = clampAxisIndex(b, l, raw, axisSize, indicesUnsigned);
      for (int64_t k = 0; k < rank; ++k)
        if (k != axis && dataType.isDynamicDim(k))
          target[k] = arith::MinSIOp::create(
              b, l, target[k],
              arith::SubIOp::create(b, l,
                                    tensor::DimOp::create(b, l, out, k), one));
      return scatterWrite(b, l, empty, out, target,
                          extractClamped(b, l, updates, ivs), reduction,
                          isUnsigned);
    };
    SmallVector<Value> bounds;
    for (int64_t k = 0; k < rank; ++k)
      bounds.push_back(tensor::DimOp::create(rewriter, loc, indices, k));
    Value result = buildTensorLoopNest(rewriter, loc, bounds, data, write);
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, result, resultType));
    return success();
  }
};

struct TriluToLinalg : OpConversionPattern<TriluOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(TriluOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inputType || !resultType || inputType.getRank() < 2)
      return rewriter.notifyMatchFailure(op, "not a ranked tensor of rank 2+");
    int64_t rank = inputType.getRank();
    // The diagonal k (0 when absent): a scalar or a one-element vector.
    Value k = arith::ConstantIndexOp::create(rewriter, loc, 0);
    if (!isNoValue(op.getK())) {
      Value raw =
          extractFirstChecked(rewriter, loc, op, adaptor.getK(), "k");
      k = arith::IndexCastOp::create(rewriter, loc, rewriter.getIndexType(),
                                     raw);
    }
    bool upper = op.getUpper() != 0;
    Type elementType = inputType.getElementType();
    Value init = tensor::EmptyOp::create(
        rewriter, loc, tensor::getMixedSizes(rewriter, loc, input),
        elementType);
    SmallVector<AffineMap> maps(2, rewriter.getMultiDimIdentityMap(rank));
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, init.getType(), ValueRange{input}, ValueRange{init},
        maps, iterators, [&](OpBuilder &b, Location l, ValueRange args) {
          // Element (i, j) lies on diagonal j - i: upper keeps j - i >= k,
          // lower keeps j - i <= k.
          Value row = linalg::IndexOp::create(b, l, rank - 2);
          Value col = linalg::IndexOp::create(b, l, rank - 1);
          Value diagonal = arith::SubIOp::create(b, l, col, row);
          Value keep = arith::CmpIOp::create(
              b, l,
              upper ? arith::CmpIPredicate::sge : arith::CmpIPredicate::sle,
              diagonal, k);
          Value zero =
              arith::ConstantOp::create(b, l, b.getZeroAttr(elementType));
          linalg::YieldOp::create(
              b, l, arith::SelectOp::create(b, l, keep, args[0], zero)
                        .getResult());
        });
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, generic.getResult(0),
                                        resultType));
    return success();
  }
};

/// DepthToSpace and SpaceToDepth: every output element reads one input
/// element at indices computed from its own.
template <typename OpTy>
struct BlockRearrangementToLinalg : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  using OpAdaptor = typename OpConversionPattern<OpTy>::OpAdaptor;

  LogicalResult
  matchAndRewrite(OpTy op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inputType || !resultType || inputType.getRank() != 4)
      return rewriter.notifyMatchFailure(op, "not a rank-4 tensor");
    constexpr bool toSpace = std::is_same_v<OpTy, DepthToSpaceOp>;
    bool crd = false;
    if constexpr (toSpace)
      crd = op.getMode() == "CRD";
    int64_t blocksize = op.getBlocksize();
    Value b = arith::ConstantIndexOp::create(rewriter, loc, blocksize);
    Value square =
        arith::ConstantIndexOp::create(rewriter, loc, blocksize * blocksize);
    // Output sizes: channels / b^2 and H, W * b (or the other way), from
    // the input; where the result type is static, the input must agree
    // (checked at run time when its dims are dynamic), and a dim that is
    // divided must divide evenly.
    SmallVector<OpFoldResult> sizes;
    std::string node = describeNodeForFormat(op);
    for (int64_t d = 0; d < 4; ++d) {
      if (!inputType.isDynamicDim(d) && !resultType.isDynamicDim(d)) {
        sizes.push_back(rewriter.getIndexAttr(resultType.getDimSize(d)));
        continue; // the shape function has checked it
      }
      Value in = tensor::DimOp::create(rewriter, loc, input, d);
      Value size = in;
      if (d > 0) {
        bool shrink = d == 1 ? toSpace : !toSpace;
        Value by = d == 1 ? square : b;
        if (shrink) {
          emitRuntimeFailure(
              rewriter, loc,
              arith::CmpIOp::create(
                  rewriter, loc, arith::CmpIPredicate::ne,
                  arith::RemUIOp::create(rewriter, loc, in, by),
                  arith::ConstantIndexOp::create(rewriter, loc, 0)),
              node + ": dim " + std::to_string(d) +
                  " of the input (%lld) is not a multiple of %lld",
              {in, by});
          size = arith::DivUIOp::create(rewriter, loc, in, by);
        } else {
          size = arith::MulIOp::create(rewriter, loc, in, by);
        }
      }
      if (resultType.isDynamicDim(d)) {
        sizes.push_back(size);
        continue;
      }
      Value declared = arith::ConstantIndexOp::create(
          rewriter, loc, resultType.getDimSize(d));
      emitRuntimeFailure(
          rewriter, loc,
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne, size,
                                declared),
          node + ": dim " + std::to_string(d) +
              " of the output would be %lld, the model declares %lld",
          {size, declared});
      sizes.push_back(rewriter.getIndexAttr(resultType.getDimSize(d)));
    }
    // The channel count of the side with fewer channels.
    OpFoldResult few =
        toSpace ? sizes[1] : tensor::getMixedSize(rewriter, loc, input, 1);
    Value fewChannels = getValueOrCreateConstantIndexOp(rewriter, loc, few);
    Value init = tensor::EmptyOp::create(rewriter, loc, sizes,
                                         inputType.getElementType());
    SmallVector<AffineMap> maps{rewriter.getMultiDimIdentityMap(4)};
    SmallVector<utils::IteratorType> iterators(4,
                                               utils::IteratorType::parallel);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, init.getType(), ValueRange{}, ValueRange{init}, maps,
        iterators, [&](OpBuilder &nb, Location l, ValueRange) {
          auto idx = [&](int64_t d) { return linalg::IndexOp::create(nb, l, d); };
          auto add = [&](Value x, Value y) {
            return arith::AddIOp::create(nb, l, x, y).getResult();
          };
          auto mul = [&](Value x, Value y) {
            return arith::MulIOp::create(nb, l, x, y).getResult();
          };
          auto div = [&](Value x, Value y) {
            return arith::DivUIOp::create(nb, l, x, y).getResult();
          };
          auto rem = [&](Value x, Value y) {
            return arith::RemUIOp::create(nb, l, x, y).getResult();
          };
          Value n = idx(0), c = idx(1), h = idx(2), w = idx(3);
          SmallVector<Value> at;
          if (toSpace) {
            // Output (c, h, w) reads input channel from the block offset
            // (h % b, w % b): DCR puts it before c, CRD after.
            Value offset = add(mul(rem(h, b), b), rem(w, b));
            Value channel = crd ? add(mul(c, square), offset)
                                : add(mul(offset, fewChannels), c);
            at = {n, channel, div(h, b), div(w, b)};
          } else {
            // Output channel c = offset * C + ci, offset = bh * b + bw.
            Value offset = div(c, fewChannels);
            Value ci = rem(c, fewChannels);
            at = {n, ci, add(mul(h, b), div(offset, b)),
                  add(mul(w, b), rem(offset, b))};
          }
          // In bounds also when a check above has failed.
          linalg::YieldOp::create(nb, l, extractClamped(nb, l, input, at));
        });
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, generic.getResult(0),
                                        resultType));
    return success();
  }
};

/// A number (integer as signed or unsigned, or float, truncated) as i64.
Value toI64(OpBuilder &b, Location loc, Value v, bool isUnsigned) {
  Type i64 = b.getI64Type();
  if (isa<FloatType>(v.getType()))
    return arith::FPToSIOp::create(b, loc, i64, v);
  unsigned width = v.getType().getIntOrFloatBitWidth();
  if (width == 64)
    return v;
  if (isUnsigned || width == 1)
    return arith::ExtUIOp::create(b, loc, i64, v);
  return arith::ExtSIOp::create(b, loc, i64, v);
}

struct OneHotToLinalg : OpConversionPattern<OneHotOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(OneHotOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value indices = adaptor.getIndices();
    auto indicesType = dyn_cast<RankedTensorType>(indices.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!indicesType || !resultType ||
        !isa<RankedTensorType>(adaptor.getDepth().getType()) ||
        !isa<RankedTensorType>(adaptor.getValues().getType()))
      return rewriter.notifyMatchFailure(op, "unranked operand or result");
    int64_t rank = indicesType.getRank() + 1;
    int64_t axis = op.getAxis();
    if (failed(normalizeAxis(axis, rank, std::nullopt)))
      return rewriter.notifyMatchFailure(op, "axis out of range");
    // depth (any number type) and the off and on values, read once.
    Value depth = toI64(
        rewriter, loc,
        extractFirstChecked(rewriter, loc, op, adaptor.getDepth(), "depth"),
        getElementType(op.getDepth().getType()).isUnsignedInteger());
    Value c0 = arith::ConstantIndexOp::create(rewriter, loc, 0);
    Value c1 = arith::ConstantIndexOp::create(rewriter, loc, 1);
    Value values = adaptor.getValues();
    if (cast<RankedTensorType>(values.getType()).isDynamicDim(0)) {
      Value count = tensor::DimOp::create(rewriter, loc, values, 0);
      Value two = arith::ConstantIndexOp::create(rewriter, loc, 2);
      emitRuntimeFailure(
          rewriter, loc,
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne, count,
                                two),
          describeNodeForFormat(op) +
              ": values has %lld elements, expected [off_value, on_value]",
          {count});
    }
    Value off = extractClamped(rewriter, loc, values, ValueRange{c0});
    Value on = extractClamped(rewriter, loc, values, ValueRange{c1});
    SmallVector<OpFoldResult> sizes =
        tensor::getMixedSizes(rewriter, loc, indices);
    OpFoldResult depthSize =
        resultType.isDynamicDim(axis)
            ? OpFoldResult(arith::IndexCastOp::create(
                               rewriter, loc, rewriter.getIndexType(),
                               arith::MaxSIOp::create(
                                   rewriter, loc, depth,
                                   arith::ConstantIntOp::create(rewriter, loc,
                                                                0, 64)))
                               .getResult())
            : OpFoldResult(rewriter.getIndexAttr(resultType.getDimSize(axis)));
    sizes.insert(sizes.begin() + axis, depthSize);
    Value init = tensor::EmptyOp::create(rewriter, loc, sizes,
                                         resultType.getElementType());
    // The indices are read through the output's dims but the axis.
    SmallVector<AffineExpr> indexExprs;
    for (int64_t d = 0; d < rank; ++d)
      if (d != axis)
        indexExprs.push_back(rewriter.getAffineDimExpr(d));
    SmallVector<AffineMap> maps{
        AffineMap::get(rank, 0, indexExprs, rewriter.getContext()),
        rewriter.getMultiDimIdentityMap(rank)};
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    bool isUnsigned =
        getElementType(op.getIndices().getType()).isUnsignedInteger();
    auto generic = linalg::GenericOp::create(
        rewriter, loc, init.getType(), ValueRange{indices}, ValueRange{init},
        maps, iterators, [&](OpBuilder &b, Location l, ValueRange args) {
          // A negative index counts from depth; one outside [-depth, depth)
          // matches no position, so its row is all off values.
          Value index = toI64(b, l, args[0], isUnsigned);
          Value zero = arith::ConstantIntOp::create(b, l, 0, 64);
          Value negative =
              arith::CmpIOp::create(b, l, arith::CmpIPredicate::slt, index, zero);
          index = arith::SelectOp::create(
              b, l, negative, arith::AddIOp::create(b, l, index, depth), index);
          Value position = arith::IndexCastOp::create(
              b, l, b.getI64Type(), linalg::IndexOp::create(b, l, axis));
          Value hit = arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq,
                                            index, position);
          linalg::YieldOp::create(
              b, l, arith::SelectOp::create(b, l, hit, on, off).getResult());
        });
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, generic.getResult(0),
                                        resultType));
    return success();
  }
};

struct EyeLikeToLinalg : OpConversionPattern<EyeLikeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(EyeLikeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inputType || !resultType || inputType.getRank() != 2)
      return rewriter.notifyMatchFailure(op, "not a 2-D tensor");
    Type elementType = resultType.getElementType();
    Value init = tensor::EmptyOp::create(
        rewriter, loc, tensor::getMixedSizes(rewriter, loc, input),
        elementType);
    int64_t k = op.getK();
    SmallVector<AffineMap> maps{rewriter.getMultiDimIdentityMap(2)};
    SmallVector<utils::IteratorType> iterators(2,
                                               utils::IteratorType::parallel);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, init.getType(), ValueRange{}, ValueRange{init}, maps,
        iterators, [&](OpBuilder &b, Location l, ValueRange) {
          Value row = linalg::IndexOp::create(b, l, 0);
          Value col = linalg::IndexOp::create(b, l, 1);
          Value onDiagonal = arith::CmpIOp::create(
              b, l, arith::CmpIPredicate::eq,
              arith::SubIOp::create(b, l, col, row),
              arith::ConstantIndexOp::create(b, l, k));
          Value one = createScalarConstant(b, l, elementType, 1);
          Value zero = createScalarConstant(b, l, elementType, 0);
          linalg::YieldOp::create(
              b, l,
              arith::SelectOp::create(b, l, onDiagonal, one, zero).getResult());
        });
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, generic.getResult(0),
                                        resultType));
    return success();
  }
};

/// ReverseSequence: element (b, t, ...) reads (b, len[b] - 1 - t, ...) for
/// t < len[b], else itself. A length outside [0, T] fails the run (and is
/// clamped for the reads).
struct ReverseSequenceToLinalg : OpConversionPattern<ReverseSequenceOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ReverseSequenceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput(), lens = adaptor.getSequenceLens();
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    auto lensType = dyn_cast<RankedTensorType>(lens.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inputType || !lensType || !resultType || lensType.getRank() != 1)
      return rewriter.notifyMatchFailure(op, "shapes not known well enough");
    int64_t batchAxis = op.getBatchAxis(), timeAxis = op.getTimeAxis();
    using P = arith::CmpIPredicate;
    Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
    Value steps = tensor::DimOp::create(rewriter, loc, input, timeAxis);
    Value batch = tensor::DimOp::create(rewriter, loc, input, batchAxis);
    // sequence_lens must have one entry per batch entry, each in [0, T].
    if (lensType.isDynamicDim(0) || inputType.isDynamicDim(batchAxis)) {
      Value count = tensor::DimOp::create(rewriter, loc, lens, 0);
      emitRuntimeFailure(
          rewriter, loc,
          arith::CmpIOp::create(rewriter, loc, P::ne, count, batch),
          describeNodeForFormat(op) +
              ": sequence_lens has %lld entries for a batch of %lld",
          {count, batch});
    }
    emitValueRangeCheck(rewriter, loc, lens, zero, steps,
                        describeNodeForFormat(op) +
                            ": a sequence length of %lld is outside [0, %lld]",
                        steps);
    Value generic = buildIndexedGeneric(
        rewriter, loc, tensor::getMixedSizes(rewriter, loc, input),
        inputType.getElementType(),
        [&](OpBuilder &b, Location l, ArrayRef<Value> at) -> Value {
          Value len = arith::IndexCastOp::create(
              b, l, b.getIndexType(),
              extractClamped(b, l, lens, at[batchAxis]));
          len = arith::MaxSIOp::create(
              b, l, arith::MinSIOp::create(b, l, len, steps), zero);
          Value t = at[timeAxis];
          Value reversed = arith::SubIOp::create(
              b, l,
              arith::SubIOp::create(b, l, len,
                                    arith::ConstantIndexOp::create(b, l, 1)),
              t);
          SmallVector<Value> from(at);
          from[timeAxis] = arith::SelectOp::create(
              b, l, arith::CmpIOp::create(b, l, P::slt, t, len), reversed, t);
          return tensor::ExtractOp::create(b, l, input, from);
        });
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, generic, resultType));
    return success();
  }
};

} // namespace

void populateIndexingToLinalgPatterns(const TypeConverter &converter,
                                      RewritePatternSet &patterns) {
  patterns.add<GatherElementsToLinalg, ScatterElementsToLinalg, TriluToLinalg,
               BlockRearrangementToLinalg<DepthToSpaceOp>,
               BlockRearrangementToLinalg<SpaceToDepthOp>, OneHotToLinalg,
               EyeLikeToLinalg, ReverseSequenceToLinalg>(
      converter, patterns.getContext());
}

} // namespace onnxc
