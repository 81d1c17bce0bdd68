//===- PoolingToLinalg.cpp - Pooling ops to linalg ------------------------===//
//
// MaxPool and AveragePool pad their input with tensor.pad (-inf or 0; the
// extra right padding of ceil_mode too) and become linalg.pooling_{ncw,nchw}_
// {max,sum}, or an equivalent linalg.generic (3-D, unsigned max). AveragePool
// divides by a constant window size, or, when padding is not counted, by the
// sum-pool of a padded ones tensor. The global pools are linalg.generic
// reductions to N, C followed by an expand to N, C, 1, ... MaxUnpool: a loop
// nest that writes X into a zero output at the flat indices I.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/dialects/ONNX/IR/ShapeHelpers.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"
#include "onnxc/lowering/ONNXToLinalg/RuntimeChecks.h"
#include "onnxc/lowering/ONNXToLinalg/WindowUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;

namespace onnxc {
namespace {

SmallVector<int64_t> addVectors(ArrayRef<int64_t> a, ArrayRef<int64_t> b) {
  SmallVector<int64_t> sum;
  for (auto [x, y] : llvm::zip_equal(a, b))
    sum.push_back(x + y);
  return sum;
}

enum class PoolKind { Sum, MaxFloat, MaxSigned, MaxUnsigned };

Value combine(OpBuilder &b, Location loc, PoolKind kind, Value acc, Value x) {
  switch (kind) {
  case PoolKind::Sum:
    if (isa<FloatType>(acc.getType()))
      return arith::AddFOp::create(b, loc, acc, x);
    return arith::AddIOp::create(b, loc, acc, x);
  case PoolKind::MaxFloat:
    return arith::MaximumFOp::create(b, loc, acc, x);
  case PoolKind::MaxSigned:
    return arith::MaxSIOp::create(b, loc, acc, x);
  case PoolKind::MaxUnsigned:
    return arith::MaxUIOp::create(b, loc, acc, x);
  }
  llvm_unreachable("unknown pool kind");
}

/// The identity of a max: -inf, the signed minimum or 0 (unsigned).
Value createLowest(OpBuilder &b, Location loc, Type type, PoolKind kind) {
  if (auto ft = dyn_cast<FloatType>(type))
    return arith::ConstantOp::create(
        b, loc,
        b.getFloatAttr(ft, APFloat::getInf(ft.getFloatSemantics(),
                                           /*Negative=*/true)));
  unsigned width = type.getIntOrFloatBitWidth();
  APInt value = kind == PoolKind::MaxUnsigned ? APInt::getZero(width)
                                              : APInt::getSignedMinValue(width);
  return arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, value));
}

/// The maps of a pooling generic over (n, c, o..., k...): the padded
/// input at o * stride + k * dilation, the window operand at k, the output
/// at (n, c, o...).
SmallVector<AffineMap> getWindowMaps(MLIRContext *context, const Window &w) {
  int64_t spatial = w.kernel.size();
  int64_t numLoops = 2 + 2 * spatial;
  auto dim = [&](int64_t i) { return getAffineDimExpr(i, context); };
  SmallVector<AffineExpr> inExprs{dim(0), dim(1)}, windowExprs,
      outExprs{dim(0), dim(1)};
  for (int64_t i = 0; i < spatial; ++i) {
    AffineExpr o = dim(2 + i), k = dim(2 + spatial + i);
    inExprs.push_back(o * w.strides[i] + k * w.dilations[i]);
    windowExprs.push_back(k);
    outExprs.push_back(o);
  }
  return {AffineMap::get(numLoops, 0, inExprs, context),
          AffineMap::get(numLoops, 0, windowExprs, context),
          AffineMap::get(numLoops, 0, outExprs, context)};
}

/// Parallel over (n, c, o...), reducing over the window.
SmallVector<utils::IteratorType> getWindowIterators(int64_t spatial) {
  SmallVector<utils::IteratorType> iterators(2 + spatial,
                                             utils::IteratorType::parallel);
  iterators.append(spatial, utils::IteratorType::reduction);
  return iterators;
}

/// Pools `input` (already padded) into `init` ([N, C, O...]): a named
/// linalg pooling op for 1-D/2-D sum and signed/float max, otherwise a
/// linalg.generic over (n, c, o..., k...) with the same maps.
Value buildPool(OpBuilder &b, Location loc, PoolKind kind, Value input,
                Value init, const Window &w) {
  MLIRContext *context = b.getContext();
  auto initType = cast<RankedTensorType>(init.getType());
  Type et = initType.getElementType();
  int64_t spatial = w.kernel.size();
  // The window operand only gives the kernel loops their sizes.
  Value window = tensor::EmptyOp::create(b, loc, w.kernel, et);
  Attribute strides = b.getI64TensorAttr(w.strides);
  Attribute dilations = b.getI64TensorAttr(w.dilations);
  Value inputArray[] = {input, window};
  ValueRange inputs(inputArray), outputs(init);
  Type typeArray[] = {initType};
  TypeRange types(typeArray);
  bool isMax = kind != PoolKind::Sum;
  if (kind != PoolKind::MaxUnsigned && spatial == 2) {
    if (isMax)
      return linalg::PoolingNchwMaxOp::create(b, loc, types, inputs, outputs,
                                              strides, dilations)
          .getResult(0);
    return linalg::PoolingNchwSumOp::create(b, loc, types, inputs, outputs,
                                            strides, dilations)
        .getResult(0);
  }
  if (kind != PoolKind::MaxUnsigned && spatial == 1) {
    if (isMax)
      return linalg::PoolingNcwMaxOp::create(b, loc, types, inputs, outputs,
                                             strides, dilations)
          .getResult(0);
    return linalg::PoolingNcwSumOp::create(b, loc, types, inputs, outputs,
                                           strides, dilations)
        .getResult(0);
  }
  SmallVector<AffineMap> maps = getWindowMaps(context, w);
  SmallVector<utils::IteratorType> iterators = getWindowIterators(spatial);
  return linalg::GenericOp::create(
             b, loc, types, inputs, outputs, maps, iterators,
             [kind](OpBuilder &nb, Location nloc, ValueRange args) {
               linalg::YieldOp::create(
                   nb, nloc, combine(nb, nloc, kind, args[2], args[0]));
             })
      .getResult(0);
}

/// MaxPool with its Indices: one generic over the output and the window
/// that carries the maximum and the flat index of its first occurrence in X
/// (row-major, or with the spatial dims column-major for storage_order 1).
/// Padded positions are never taken.
std::pair<Value, Value> buildMaxPoolWithIndices(OpBuilder &b, Location loc,
                                                PoolKind kind, Value x,
                                                Value padded, Value init,
                                                const Window &w,
                                                bool columnMajor) {
  MLIRContext *context = b.getContext();
  auto initType = cast<RankedTensorType>(init.getType());
  Type et = initType.getElementType();
  int64_t spatial = w.kernel.size();
  Value window = tensor::EmptyOp::create(b, loc, w.kernel, et);
  // The window maps, with the output's map for the indices too.
  SmallVector<AffineMap> maps = getWindowMaps(context, w);
  maps.push_back(maps.back());
  SmallVector<utils::IteratorType> iterators = getWindowIterators(spatial);
  Type i64 = b.getI64Type();
  auto indicesType = RankedTensorType::get(initType.getShape(), i64);
  SmallVector<Value> dynamicSizes;
  for (int64_t d = 0; d < initType.getRank(); ++d)
    if (initType.isDynamicDim(d))
      dynamicSizes.push_back(tensor::DimOp::create(b, loc, init, d));
  Value noIndex = arith::ConstantIntOp::create(b, loc, i64, -1);
  Value indices = linalg::FillOp::create(
                      b, loc, noIndex,
                      createEmptyTensor(b, loc, indicesType, dynamicSizes))
                      .getResult(0);
  SmallVector<Value> sizes;
  for (int64_t d = 0; d < 2 + spatial; ++d)
    sizes.push_back(arith::IndexCastOp::create(
        b, loc, i64, tensor::DimOp::create(b, loc, x, d)));
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{initType, indicesType}, ValueRange{padded, window},
      ValueRange{init, indices}, maps, iterators,
      [&](OpBuilder &nb, Location l, ValueRange args) {
        auto idx = [&](int64_t d) {
          return arith::IndexCastOp::create(
                     nb, l, i64, linalg::IndexOp::create(nb, l, d))
              .getResult();
        };
        auto c = [&](int64_t v) {
          return arith::ConstantIntOp::create(nb, l, i64, v).getResult();
        };
        // The position in X, and whether it lies inside (not padding).
        SmallVector<Value> at{idx(0), idx(1)};
        Value inside = arith::ConstantIntOp::create(nb, l, 1, 1);
        for (int64_t i = 0; i < spatial; ++i) {
          Value p = arith::AddIOp::create(
              nb, l,
              arith::MulIOp::create(nb, l, idx(2 + i), c(w.strides[i])),
              arith::MulIOp::create(nb, l, idx(2 + spatial + i),
                                    c(w.dilations[i])));
          p = arith::SubIOp::create(nb, l, p, c(w.padLow[i]));
          inside = arith::AndIOp::create(
              nb, l, inside,
              arith::AndIOp::create(
                  nb, l,
                  arith::CmpIOp::create(nb, l, arith::CmpIPredicate::sge, p,
                                        c(0)),
                  arith::CmpIOp::create(nb, l, arith::CmpIPredicate::slt, p,
                                        sizes[2 + i])));
          at.push_back(p);
        }
        // Flat index: n, c, then the spatial dims in storage order.
        SmallVector<int64_t> order{0, 1};
        for (int64_t i = 0; i < spatial; ++i)
          order.push_back(columnMajor ? 2 + spatial - 1 - i : 2 + i);
        Value flat = c(0);
        for (int64_t d : order)
          flat = arith::AddIOp::create(
              nb, l, arith::MulIOp::create(nb, l, flat, sizes[d]), at[d]);
        Value v = args[0], best = args[2], bestIndex = args[3];
        // Strictly greater than the maximum so far (the first occurrence
        // wins), or the first position inside X.
        Value greater = kind == PoolKind::MaxFloat
                            ? arith::CmpFOp::create(nb, l,
                                                    arith::CmpFPredicate::OGT,
                                                    v, best)
                                  .getResult()
                            : arith::CmpIOp::create(
                                  nb, l,
                                  kind == PoolKind::MaxUnsigned
                                      ? arith::CmpIPredicate::ugt
                                      : arith::CmpIPredicate::sgt,
                                  v, best)
                                  .getResult();
        Value first =
            arith::CmpIOp::create(nb, l, arith::CmpIPredicate::slt, bestIndex,
                                  c(0));
        Value take = arith::AndIOp::create(
            nb, l, inside, arith::OrIOp::create(nb, l, greater, first));
        Value value = arith::SelectOp::create(nb, l, take, v, best);
        linalg::YieldOp::create(
            nb, l,
            ValueRange{value,
                       arith::SelectOp::create(nb, l, take, flat, bestIndex)});
      });
  return {generic.getResult(0), generic.getResult(1)};
}

/// Checks the input and reads the kernel of MaxPool/AveragePool.
template <typename PoolOp>
LogicalResult
matchPoolInput(PoolOp op, Value x, ConversionPatternRewriter &rewriter,
               RankedTensorType &xType, SmallVector<int64_t> &kernel) {
  xType = dyn_cast<RankedTensorType>(x.getType());
  if (!xType)
    return rewriter.notifyMatchFailure(op, "X must be ranked");
  kernel = getI64Array(op.getKernelShape(), 0, 0);
  if (kernel.empty() || kernel.size() > 3 ||
      static_cast<int64_t>(kernel.size()) + 2 != xType.getRank())
    return rewriter.notifyMatchFailure(
        op, "expects a 1-D to 3-D kernel and an input of rank kernel + 2");
  return success();
}

/// Output type [N, C, O...] and its dynamic sizes.
RankedTensorType getPoolOutput(OpBuilder &b, Location loc, Value x,
                               const Window &w,
                               SmallVectorImpl<Value> &dynamicSizes) {
  auto xType = cast<RankedTensorType>(x.getType());
  SmallVector<int64_t> shape{xType.getDimSize(0), xType.getDimSize(1)};
  shape.append(w.outSizes);
  for (int64_t i = 0; i < 2; ++i)
    if (xType.isDynamicDim(i))
      dynamicSizes.push_back(tensor::DimOp::create(b, loc, x, i));
  for (size_t i = 0; i < w.outSizes.size(); ++i)
    if (ShapedType::isDynamic(w.outSizes[i]))
      dynamicSizes.push_back(getDynamicOutSize(b, loc, x, w, i));
  return RankedTensorType::get(shape, xType.getElementType());
}

struct MaxPoolToLinalg : OpConversionPattern<MaxPoolOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(MaxPoolOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getX();
    RankedTensorType xType;
    SmallVector<int64_t> kernel;
    if (failed(matchPoolInput(op, x, rewriter, xType, kernel)))
      return failure();
    Type resultType = getTypeConverter()->convertType(op.getY().getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "bad result type");
    Type et = xType.getElementType();
    PoolKind kind;
    if (isa<FloatType>(et))
      kind = PoolKind::MaxFloat;
    else if (!isa<IntegerType>(et))
      return rewriter.notifyMatchFailure(op, "unsupported element type");
    else if (getElementType(op.getX().getType()).isUnsignedInteger())
      kind = PoolKind::MaxUnsigned;
    else
      kind = PoolKind::MaxSigned;

    std::string reason;
    FailureOr<Window> window = computeWindow(
        xType, kernel, op.getStridesAttr(), op.getDilationsAttr(),
        op.getPadsAttr(), op.getAutoPad(), op.getCeilMode() != 0, reason);
    if (failed(window))
      return rewriter.notifyMatchFailure(op, reason);

    SmallVector<Value> sizes;
    RankedTensorType outType = getPoolOutput(rewriter, loc, x, *window, sizes);
    Value lowest = createLowest(rewriter, loc, et, kind);
    Value padded =
        padSpatial(rewriter, loc, x, window->padLow,
                   addVectors(window->padHigh, window->padCeil), lowest);
    Value empty = createEmptyTensor(rewriter, loc, outType, sizes);
    Value init =
        linalg::FillOp::create(rewriter, loc, lowest, empty).getResult(0);
    if (!op.getIndices().use_empty()) {
      Type indicesType =
          getTypeConverter()->convertType(op.getIndices().getType());
      if (!indicesType)
        return rewriter.notifyMatchFailure(op, "bad Indices type");
      auto [values, indices] = buildMaxPoolWithIndices(
          rewriter, loc, kind, x, padded, init, *window,
          op.getStorageOrder() != 0);
      rewriter.replaceOp(op, {castIfNeeded(rewriter, loc, values, resultType),
                              castIfNeeded(rewriter, loc, indices, indicesType)});
      return success();
    }
    Value result = buildPool(rewriter, loc, kind, padded, init, *window);
    // Indices has no uses: it is dropped.
    rewriter.replaceOp(
        op, {castIfNeeded(rewriter, loc, result, resultType), Value()});
    return success();
  }
};

struct AveragePoolToLinalg : OpConversionPattern<AveragePoolOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(AveragePoolOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *context = getContext();
    Value x = adaptor.getX();
    RankedTensorType xType;
    SmallVector<int64_t> kernel;
    if (failed(matchPoolInput(op, x, rewriter, xType, kernel)))
      return failure();
    Type resultType = getTypeConverter()->convertType(op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "bad result type");
    Type et = xType.getElementType();
    if (!isa<FloatType>(et))
      return rewriter.notifyMatchFailure(op, "X must be a float tensor");

    std::string reason;
    FailureOr<Window> window = computeWindow(
        xType, kernel, op.getStridesAttr(), op.getDilationsAttr(),
        op.getPadsAttr(), op.getAutoPad(), op.getCeilMode() != 0, reason);
    if (failed(window))
      return rewriter.notifyMatchFailure(op, reason);
    bool countPads = op.getCountIncludePad() != 0;

    SmallVector<Value> sizes;
    RankedTensorType outType = getPoolOutput(rewriter, loc, x, *window, sizes);
    Value zero = createScalarConstant(rewriter, loc, et, 0.0);
    Value padded =
        padSpatial(rewriter, loc, x, window->padLow,
                   addVectors(window->padHigh, window->padCeil), zero);
    Value empty = createEmptyTensor(rewriter, loc, outType, sizes);
    Value init =
        linalg::FillOp::create(rewriter, loc, zero, empty).getResult(0);
    Value sum = buildPool(rewriter, loc, PoolKind::Sum, padded, init, *window);

    int64_t rank = outType.getRank();
    SmallVector<AffineMap> maps;
    SmallVector<Value> inputs;
    Value windowSize;
    if (!window->hasPadding() || (countPads && !window->hasCeilPadding())) {
      int64_t count = 1;
      for (int64_t k : kernel)
        count *= k;
      windowSize = createScalarConstant(rewriter, loc, et, count);
    } else {
      // The divisor per output position: the sum-pool of a [1, 1, D...]
      // tensor of ones padded with ones where padding counts (explicit pads
      // with count_include_pad) and zeros where it does not.
      Value divisor = buildDivisor(rewriter, loc, x, *window, countPads);
      inputs.push_back(divisor);
      maps.push_back(getBroadcastIndexingMap(
          cast<RankedTensorType>(divisor.getType()).getShape(), rank, context));
    }
    maps.push_back(AffineMap::getMultiDimIdentityMap(rank, context));
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    Value result =
        linalg::GenericOp::create(
            rewriter, loc, TypeRange{outType}, inputs, ValueRange{sum}, maps,
            iterators,
            [&](OpBuilder &nb, Location nloc, ValueRange args) {
              Value d = windowSize ? windowSize : args[0];
              linalg::YieldOp::create(
                  nb, nloc,
                  arith::DivFOp::create(nb, nloc, args.back(), d).getResult());
            })
            .getResult(0);
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, result, resultType));
    return success();
  }

private:
  static Value buildDivisor(OpBuilder &b, Location loc, Value x,
                            const Window &w, bool countPads) {
    auto xType = cast<RankedTensorType>(x.getType());
    Type et = xType.getElementType();
    int64_t spatial = w.kernel.size();
    SmallVector<int64_t> shape{1, 1};
    SmallVector<Value> sizes;
    for (int64_t i = 0; i < spatial; ++i) {
      shape.push_back(xType.getDimSize(i + 2));
      if (xType.isDynamicDim(i + 2))
        sizes.push_back(tensor::DimOp::create(b, loc, x, i + 2));
    }
    auto onesType = RankedTensorType::get(shape, et);
    Value one = createScalarConstant(b, loc, et, 1.0);
    Value zero = createScalarConstant(b, loc, et, 0.0);
    Value ones = linalg::FillOp::create(
                     b, loc, one, createEmptyTensor(b, loc, onesType, sizes))
                     .getResult(0);
    Value padded;
    if (countPads) {
      padded = padSpatial(b, loc, ones, w.padLow, w.padHigh, one);
      padded = padSpatial(b, loc, padded, SmallVector<int64_t>(spatial, 0),
                          w.padCeil, zero);
    } else {
      padded = padSpatial(b, loc, ones, w.padLow,
                          addVectors(w.padHigh, w.padCeil), zero);
    }
    SmallVector<int64_t> outShape{1, 1};
    outShape.append(w.outSizes);
    SmallVector<Value> outSizes;
    for (int64_t i = 0; i < spatial; ++i)
      if (ShapedType::isDynamic(w.outSizes[i]))
        outSizes.push_back(getDynamicOutSize(b, loc, x, w, i));
    auto outType = RankedTensorType::get(outShape, et);
    Value init = linalg::FillOp::create(
                     b, loc, zero, createEmptyTensor(b, loc, outType, outSizes))
                     .getResult(0);
    return buildPool(b, loc, PoolKind::Sum, padded, init, w);
  }
};

/// GlobalAveragePool and GlobalMaxPool: a reduction of the spatial dims into
/// [N, C], an elementwise division for the average, and an expand to
/// [N, C, 1, ...].
template <typename GlobalPoolOp, bool isAverage>
struct GlobalPoolToLinalg : OpConversionPattern<GlobalPoolOp> {
  using OpConversionPattern<GlobalPoolOp>::OpConversionPattern;
  using OpAdaptor = typename GlobalPoolOp::Adaptor;

  LogicalResult
  matchAndRewrite(GlobalPoolOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *context = rewriter.getContext();
    Value x = adaptor.getX();
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    if (!xType)
      return rewriter.notifyMatchFailure(op, "X must be ranked");
    Type resultType = this->getTypeConverter()->convertType(op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "bad result type");
    int64_t rank = xType.getRank();
    if (rank < 3)
      return rewriter.notifyMatchFailure(op, "X must have rank >= 3");
    Type et = xType.getElementType();
    PoolKind kind = PoolKind::Sum;
    if (isAverage) {
      if (!isa<FloatType>(et))
        return rewriter.notifyMatchFailure(op, "X must be a float tensor");
    } else if (isa<FloatType>(et)) {
      kind = PoolKind::MaxFloat;
    } else if (!isa<IntegerType>(et)) {
      return rewriter.notifyMatchFailure(op, "unsupported element type");
    } else if (getElementType(op.getX().getType()).isUnsignedInteger()) {
      kind = PoolKind::MaxUnsigned;
    } else {
      kind = PoolKind::MaxSigned;
    }

    auto reducedType =
        RankedTensorType::get({xType.getDimSize(0), xType.getDimSize(1)}, et);
    SmallVector<Value> sizes;
    for (int64_t i = 0; i < 2; ++i)
      if (xType.isDynamicDim(i))
        sizes.push_back(tensor::DimOp::create(rewriter, loc, x, i));
    Value initValue = isAverage ? createScalarConstant(rewriter, loc, et, 0.0)
                                : createLowest(rewriter, loc, et, kind);
    Value init = linalg::FillOp::create(
                     rewriter, loc, initValue,
                     createEmptyTensor(rewriter, loc, reducedType, sizes))
                     .getResult(0);
    SmallVector<AffineMap> maps{
        AffineMap::getMultiDimIdentityMap(rank, context),
        AffineMap::get(
            rank, 0,
            {getAffineDimExpr(0, context), getAffineDimExpr(1, context)},
            context)};
    SmallVector<utils::IteratorType> iterators(2,
                                               utils::IteratorType::parallel);
    iterators.append(rank - 2, utils::IteratorType::reduction);
    Value result =
        linalg::GenericOp::create(
            rewriter, loc, TypeRange{reducedType}, ValueRange{x},
            ValueRange{init}, maps, iterators,
            [kind](OpBuilder &nb, Location nloc, ValueRange args) {
              linalg::YieldOp::create(
                  nb, nloc, combine(nb, nloc, kind, args[1], args[0]));
            })
            .getResult(0);

    if (isAverage) {
      Value count = getElementCount(rewriter, loc, x);
      SmallVector<AffineMap> divMaps{
          AffineMap::getMultiDimIdentityMap(2, context)};
      SmallVector<utils::IteratorType> divIterators(
          2, utils::IteratorType::parallel);
      result = linalg::GenericOp::create(
                   rewriter, loc, TypeRange{reducedType}, ValueRange{},
                   ValueRange{result}, divMaps, divIterators,
                   [count](OpBuilder &nb, Location nloc, ValueRange args) {
                     linalg::YieldOp::create(
                         nb, nloc,
                         arith::DivFOp::create(nb, nloc, args[0], count)
                             .getResult());
                   })
                   .getResult(0);
    }

    SmallVector<int64_t> shape{xType.getDimSize(0), xType.getDimSize(1)};
    shape.append(rank - 2, 1);
    SmallVector<OpFoldResult> outputShape;
    for (int64_t i = 0; i < 2; ++i) {
      if (xType.isDynamicDim(i))
        outputShape.push_back(
            tensor::DimOp::create(rewriter, loc, x, i).getResult());
      else
        outputShape.push_back(rewriter.getIndexAttr(xType.getDimSize(i)));
    }
    outputShape.append(rank - 2, rewriter.getIndexAttr(1));
    ReassociationIndices last;
    for (int64_t i = 1; i < rank; ++i)
      last.push_back(i);
    SmallVector<ReassociationIndices> reassociation{{0}, last};
    Value expanded = tensor::ExpandShapeOp::create(
        rewriter, loc, RankedTensorType::get(shape, et), result, reassociation,
        outputShape);
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, expanded, resultType));
    return success();
  }

private:
  /// The number of spatial elements of `x`, as a scalar of its element type.
  static Value getElementCount(OpBuilder &b, Location loc, Value x) {
    auto xType = cast<RankedTensorType>(x.getType());
    Type et = xType.getElementType();
    int64_t staticCount = 1;
    Value dynamicCount;
    for (int64_t i = 2; i < xType.getRank(); ++i) {
      if (!xType.isDynamicDim(i)) {
        staticCount *= xType.getDimSize(i);
        continue;
      }
      Value d = tensor::DimOp::create(b, loc, x, i);
      dynamicCount =
          dynamicCount ? arith::MulIOp::create(b, loc, dynamicCount, d) : d;
    }
    if (!dynamicCount)
      return createScalarConstant(b, loc, et, staticCount);
    if (staticCount != 1)
      dynamicCount = arith::MulIOp::create(
          b, loc, dynamicCount,
          arith::ConstantIndexOp::create(b, loc, staticCount));
    Value asInt =
        arith::IndexCastOp::create(b, loc, b.getI64Type(), dynamicCount);
    return arith::SIToFPOp::create(b, loc, et, asInt);
  }
};

/// MaxUnpool: a zero output of the output shape (output_shape, else the
/// pooling's input size from the attributes) where each element of X goes
/// to its flat index in I, unravelled in the pooling's input shape (all of
/// it counted, as MaxPool's Indices; output_shape may only add to it). An
/// index outside that shape fails the run and is clamped.
struct MaxUnpoolToLinalg : OpConversionPattern<MaxUnpoolOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(MaxUnpoolOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getX(), indices = adaptor.getI();
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    auto indicesType = dyn_cast<RankedTensorType>(indices.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!xType || !indicesType || !resultType ||
        indicesType.getRank() != xType.getRank())
      return rewriter.notifyMatchFailure(op, "shapes not known well enough");
    int64_t rank = xType.getRank(), spatial = rank - 2;
    SmallVector<int64_t> kernel = getI64Array(op.getKernelShape(), 0, 0);
    SmallVector<int64_t> strides = getI64Array(op.getStridesAttr(), spatial, 1);
    SmallVector<int64_t> pads = getI64Array(op.getPadsAttr(), 2 * spatial, 0);
    using P = arith::CmpIPredicate;
    Type i64 = rewriter.getI64Type();
    auto cst = [&](int64_t v) {
      return arith::ConstantIndexOp::create(rewriter, loc, v).getResult();
    };
    // X and I must have one shape.
    for (int64_t d = 0; d < rank; ++d) {
      if (!xType.isDynamicDim(d) && !indicesType.isDynamicDim(d))
        continue;
      Value have = tensor::DimOp::create(rewriter, loc, indices, d);
      Value want = tensor::DimOp::create(rewriter, loc, x, d);
      emitRuntimeFailure(
          rewriter, loc, arith::CmpIOp::create(rewriter, loc, P::ne, have, want),
          describeNodeForFormat(op) + ": dim " + std::to_string(d) +
              " of I is %lld, X has %lld",
          {have, want});
    }
    // The unpooled size that the indices count in (the pooling's input),
    // and the output's: output_shape may add rows and columns at the end.
    SmallVector<Value> unpooled, sizes;
    for (int64_t d = 0; d < rank; ++d) {
      Value in = tensor::DimOp::create(rewriter, loc, x, d);
      if (d < 2) {
        unpooled.push_back(in);
        continue;
      }
      int64_t i = d - 2;
      Value size = arith::AddIOp::create(
          rewriter, loc,
          arith::MulIOp::create(rewriter, loc,
                                arith::SubIOp::create(rewriter, loc, in, cst(1)),
                                cst(strides[i])),
          cst(kernel[i] - pads[i] - pads[i + spatial]));
      unpooled.push_back(arith::MaxSIOp::create(rewriter, loc, size, cst(0)));
    }
    bool given = !isNoValue(op.getOutputShape());
    for (int64_t d = 0; d < rank; ++d) {
      if (!resultType.isDynamicDim(d)) {
        sizes.push_back(cst(resultType.getDimSize(d)));
      } else if (given) {
        Value v = extractClamped(rewriter, loc, adaptor.getOutputShape(),
                                 ValueRange{cst(d)});
        v = arith::MaxSIOp::create(
            rewriter, loc, v, arith::ConstantIntOp::create(rewriter, loc, i64, 0));
        sizes.push_back(arith::IndexCastOp::create(
            rewriter, loc, rewriter.getIndexType(), v));
      } else {
        sizes.push_back(unpooled[d]);
      }
    }
    if (given) {
      // A run-time output_shape must give rank sizes (the static ones are
      // checked by the shape function).
      Value length =
          tensor::DimOp::create(rewriter, loc, adaptor.getOutputShape(), 0);
      emitRuntimeFailure(
          rewriter, loc,
          arith::CmpIOp::create(rewriter, loc, P::ne, length, cst(rank)),
          describeNodeForFormat(op) +
              ": output_shape holds %lld sizes for an output of rank %lld",
          {length, cst(rank)});
      for (int64_t d = 0; d < rank; ++d) {
        Value misfit = arith::CmpIOp::create(rewriter, loc,
                                             d < 2 ? P::ne : P::slt, sizes[d],
                                             unpooled[d]);
        emitRuntimeFailure(rewriter, loc, misfit,
                           describeNodeForFormat(op) + ": dim " +
                               std::to_string(d) +
                               " of output_shape is %lld, the unpooled input "
                               "has %lld",
                           {sizes[d], unpooled[d]});
      }
    }
    Value total = cst(1), outTotal = cst(1);
    for (int64_t d = 0; d < rank; ++d) {
      total = arith::MulIOp::create(rewriter, loc, total, unpooled[d]);
      outTotal = arith::MulIOp::create(rewriter, loc, outTotal, sizes[d]);
    }
    emitValueRangeCheck(
        rewriter, loc, indices, cst(0),
        arith::SubIOp::create(rewriter, loc, total, cst(1)),
        describeNodeForFormat(op) +
            ": index %lld is outside an unpooled input of %lld elements",
        total);
    Type et = xType.getElementType();
    SmallVector<OpFoldResult> outSizes;
    for (int64_t d = 0; d < rank; ++d)
      outSizes.push_back(resultType.isDynamicDim(d)
                             ? OpFoldResult(sizes[d])
                             : rewriter.getIndexAttr(resultType.getDimSize(d)));
    Value result = tensor::EmptyOp::create(rewriter, loc, outSizes, et);
    result = linalg::FillOp::create(
                 rewriter, loc, createScalarConstant(rewriter, loc, et, 0.0),
                 result)
                 .getResult(0);
    SmallVector<Value> bounds;
    for (int64_t d = 0; d < rank; ++d)
      bounds.push_back(tensor::DimOp::create(rewriter, loc, x, d));
    Value empty = arith::CmpIOp::create(rewriter, loc, P::eq, outTotal, cst(0));
    result = buildTensorLoopNest(
        rewriter, loc, bounds, result,
        [&](OpBuilder &b, Location l, ValueRange ivs, Value out) -> Value {
          Value flat = arith::IndexCastOp::create(
              b, l, b.getIndexType(), extractClamped(b, l, indices, ivs));
          Value zero = arith::ConstantIndexOp::create(b, l, 0);
          Value one = arith::ConstantIndexOp::create(b, l, 1);
          flat = arith::MaxSIOp::create(b, l, flat, zero);
          // The flat index unravelled in the unpooled shape, each
          // coordinate clamped into the output.
          SmallVector<Value> at(rank);
          for (int64_t d = rank - 1; d >= 0; --d) {
            Value extent = arith::MaxSIOp::create(b, l, unpooled[d], one);
            Value c = arith::RemSIOp::create(b, l, flat, extent);
            flat = arith::DivSIOp::create(b, l, flat, extent);
            Value last = arith::MaxSIOp::create(
                b, l, arith::SubIOp::create(b, l, sizes[d], one), zero);
            at[d] = arith::MinSIOp::create(b, l, c, last);
          }
          Value v = tensor::ExtractOp::create(b, l, x, ivs);
          return scatterWrite(b, l, empty, out, at, v, "none", false);
        });
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, result, resultType));
    return success();
  }
};

} // namespace

void populatePoolingToLinalgPatterns(const TypeConverter &converter,
                                     RewritePatternSet &patterns) {
  MLIRContext *context = patterns.getContext();
  patterns.add<MaxPoolToLinalg, AveragePoolToLinalg, MaxUnpoolToLinalg>(converter,
                                                                   context);
  patterns.add<GlobalPoolToLinalg<GlobalAveragePoolOp, true>,
               GlobalPoolToLinalg<GlobalMaxPoolOp, false>>(converter, context);
}

} // namespace onnxc
