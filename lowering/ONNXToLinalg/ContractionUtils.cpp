//===- ContractionUtils.cpp - Matrix products and convolutions ------------===//

#include "onnxc/lowering/ONNXToLinalg/ContractionUtils.h"
#include "onnxc/dialects/ONNX/IR/ShapeHelpers.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/RuntimeChecks.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

/// A zero-filled tensor of `type`; `dynamicSizes` has one size per `?`.
Value createZeroFilled(OpBuilder &b, Location loc, RankedTensorType type,
                       ValueRange dynamicSizes) {
  Value empty = createEmptyTensor(b, loc, type, dynamicSizes);
  Value zero = createScalarConstant(b, loc, type.getElementType(), 0.0);
  return linalg::FillOp::create(b, loc, zero, empty).getResult(0);
}

namespace {

Value createMul(OpBuilder &b, Location loc, Value x, Value y) {
  if (isa<FloatType>(x.getType()))
    return arith::MulFOp::create(b, loc, x, y);
  return arith::MulIOp::create(b, loc, x, y);
}

Value createAdd(OpBuilder &b, Location loc, Value x, Value y) {
  if (isa<FloatType>(x.getType()))
    return arith::AddFOp::create(b, loc, x, y);
  return arith::AddIOp::create(b, loc, x, y);
}

/// The contraction body `acc + x * y` of a linalg.generic.
void buildMulAddBody(OpBuilder &b, Location loc, ValueRange args) {
  Value product = createMul(b, loc, args[0], args[1]);
  linalg::YieldOp::create(b, loc, createAdd(b, loc, args[2], product));
}

/// Numpy broadcasting of two batch shapes where a dynamic dim is taken to
/// equal the other side (never to be a runtime 1). Fails on static mismatch.
LogicalResult broadcastBatch(ArrayRef<int64_t> a, ArrayRef<int64_t> b,
                             SmallVectorImpl<int64_t> &out) {
  size_t rank = std::max(a.size(), b.size());
  out.assign(rank, 1);
  for (size_t i = 0; i < rank; ++i) {
    int64_t x = i + a.size() >= rank ? a[i + a.size() - rank] : 1;
    int64_t y = i + b.size() >= rank ? b[i + b.size() - rank] : 1;
    if (x == 1)
      out[i] = y;
    else if (y == 1)
      out[i] = x;
    else if (ShapedType::isDynamic(x))
      out[i] = y;
    else if (ShapedType::isDynamic(y) || x == y)
      out[i] = x;
    else
      return failure();
  }
  return success();
}

/// Sizes of the dynamic dims of the result: batch dims from whichever
/// operand has a non-1 dim there, M from A, N from B.
SmallVector<Value> outputSizes(OpBuilder &builder, Location loc, Value a,
                               Value b, RankedTensorType outType,
                               size_t aBatchRank, size_t bBatchRank) {
  auto aType = cast<RankedTensorType>(a.getType());
  auto bType = cast<RankedTensorType>(b.getType());
  bool aVector = aType.getRank() == 1, bVector = bType.getRank() == 1;
  int64_t batchRank = outType.getRank() - (aVector ? 0 : 1) - (bVector ? 0 : 1);
  SmallVector<Value> sizes;
  for (int64_t i = 0; i < outType.getRank(); ++i) {
    if (!outType.isDynamicDim(i))
      continue;
    if (i < batchRank) {
      int64_t ai = i - (batchRank - static_cast<int64_t>(aBatchRank));
      int64_t bi = i - (batchRank - static_cast<int64_t>(bBatchRank));
      if (ai >= 0 && aType.getDimSize(ai) != 1)
        sizes.push_back(tensor::DimOp::create(builder, loc, a, ai));
      else
        sizes.push_back(tensor::DimOp::create(builder, loc, b, bi));
    } else if (i == batchRank && !aVector) {
      sizes.push_back(
          tensor::DimOp::create(builder, loc, a, aType.getRank() - 2));
    } else {
      sizes.push_back(
          tensor::DimOp::create(builder, loc, b, bType.getRank() - 1));
    }
  }
  return sizes;
}

/// [..., M, K] x [K, N]: collapse A to [P, K], one linalg.matmul, expand
/// the [P, N] result back to [..., M, N].
Value collapseToMatmul(OpBuilder &builder, Location loc, Value a, Value b,
                       RankedTensorType outType) {
  auto aType = cast<RankedTensorType>(a.getType());
  auto bType = cast<RankedTensorType>(b.getType());
  int64_t ra = aType.getRank();
  ReassociationIndices rows;
  for (int64_t i = 0; i < ra - 1; ++i)
    rows.push_back(i);
  SmallVector<ReassociationIndices> reassociation{rows, {ra - 1}};
  Value a2 = tensor::CollapseShapeOp::create(builder, loc, a, reassociation);
  auto a2Type = cast<RankedTensorType>(a2.getType());

  auto mmType = RankedTensorType::get(
      {a2Type.getDimSize(0), bType.getDimSize(1)}, aType.getElementType());
  SmallVector<Value> mmSizes;
  if (mmType.isDynamicDim(0))
    mmSizes.push_back(tensor::DimOp::create(builder, loc, a2, 0));
  if (mmType.isDynamicDim(1))
    mmSizes.push_back(tensor::DimOp::create(builder, loc, b, 1));
  Value init = createZeroFilled(builder, loc, mmType, mmSizes);
  Value mm = linalg::MatmulOp::create(builder, loc, TypeRange{mmType},
                                      ValueRange{a2, b}, ValueRange{init})
                 .getResult(0);

  SmallVector<OpFoldResult> outputShape;
  for (int64_t i = 0; i < ra - 1; ++i) {
    if (aType.isDynamicDim(i))
      outputShape.push_back(
          tensor::DimOp::create(builder, loc, a, i).getResult());
    else
      outputShape.push_back(builder.getIndexAttr(aType.getDimSize(i)));
  }
  if (mmType.isDynamicDim(1))
    outputShape.push_back(
        tensor::DimOp::create(builder, loc, b, 1).getResult());
  else
    outputShape.push_back(builder.getIndexAttr(mmType.getDimSize(1)));
  // The result keeps A's leading dims (B has no batch dims).
  SmallVector<int64_t> shape(aType.getShape().drop_back());
  shape.push_back(mmType.getDimSize(1));
  auto expandedType = RankedTensorType::get(shape, outType.getElementType());
  return tensor::ExpandShapeOp::create(builder, loc, expandedType, mm,
                                       reassociation, outputShape);
}

/// One linalg.generic over (batch..., [m], [n], k): vectors simply lack
/// the m or n dim, broadcast batch dims read index 0.
Value buildGenericContraction(OpBuilder &builder, Location loc, Value a,
                              Value b, RankedTensorType outType) {
  MLIRContext *context = builder.getContext();
  auto aType = cast<RankedTensorType>(a.getType());
  auto bType = cast<RankedTensorType>(b.getType());
  bool aVector = aType.getRank() == 1, bVector = bType.getRank() == 1;
  int64_t outRank = outType.getRank();
  int64_t batchRank = outRank - (aVector ? 0 : 1) - (bVector ? 0 : 1);
  int64_t numLoops = outRank + 1;
  AffineExpr kDim = getAffineDimExpr(outRank, context);
  AffineExpr mDim = getAffineDimExpr(batchRank, context);
  AffineExpr nDim = getAffineDimExpr(outRank - 1, context);

  auto batchExprs = [&](RankedTensorType type) {
    SmallVector<AffineExpr> exprs;
    int64_t rank = type.getRank() - 2;
    for (int64_t i = 0; i < rank; ++i) {
      if (type.getDimSize(i) == 1)
        exprs.push_back(getAffineConstantExpr(0, context));
      else
        exprs.push_back(getAffineDimExpr(batchRank - rank + i, context));
    }
    return exprs;
  };
  SmallVector<AffineExpr> aExprs, bExprs, outExprs;
  if (!aVector) {
    aExprs = batchExprs(aType);
    aExprs.push_back(mDim);
  }
  aExprs.push_back(kDim);
  if (!bVector)
    bExprs = batchExprs(bType);
  bExprs.push_back(kDim);
  if (!bVector)
    bExprs.push_back(nDim);
  for (int64_t i = 0; i < outRank; ++i)
    outExprs.push_back(getAffineDimExpr(i, context));
  SmallVector<AffineMap> maps{AffineMap::get(numLoops, 0, aExprs, context),
                              AffineMap::get(numLoops, 0, bExprs, context),
                              AffineMap::get(numLoops, 0, outExprs, context)};
  SmallVector<utils::IteratorType> iterators(numLoops,
                                             utils::IteratorType::parallel);
  iterators.back() = utils::IteratorType::reduction;

  Value init = createZeroFilled(builder, loc, outType,
                                outputSizes(builder, loc, a, b, outType,
                                            aVector ? 0 : aType.getRank() - 2,
                                            bVector ? 0 : bType.getRank() - 2));
  return linalg::GenericOp::create(builder, loc, TypeRange{outType},
                                   ValueRange{a, b}, ValueRange{init}, maps,
                                   iterators, buildMulAddBody)
      .getResult(0);
}

} // namespace

namespace {

/// `value` with its float elements converted to `to` (one linalg.generic).
Value convertFloats(OpBuilder &b, Location loc, Value value, FloatType to) {
  auto type = cast<RankedTensorType>(value.getType());
  auto from = cast<FloatType>(type.getElementType());
  Value init = tensor::EmptyOp::create(
      b, loc, tensor::getMixedSizes(b, loc, value), to);
  SmallVector<AffineMap> maps(2, b.getMultiDimIdentityMap(type.getRank()));
  SmallVector<utils::IteratorType> iterators(type.getRank(),
                                             utils::IteratorType::parallel);
  return linalg::GenericOp::create(
             b, loc, init.getType(), ValueRange{value}, ValueRange{init}, maps,
             iterators,
             [&](OpBuilder &nb, Location l, ValueRange args) {
               Value v = to.getWidth() > from.getWidth()
                             ? arith::ExtFOp::create(nb, l, to, args[0])
                                   .getResult()
                             : arith::TruncFOp::create(nb, l, to, args[0])
                                   .getResult();
               linalg::YieldOp::create(nb, l, v);
             })
      .getResult(0);
}

} // namespace

FailureOr<Value> buildMatMul(OpBuilder &rewriter, Location loc, Operation *op,
                             Value a, Value b, std::string &reason) {
  // Half-precision products accumulate in f32 (as numpy and onnxruntime
  // do): the operands are widened, the sums rounded once at the end.
  if (auto half = dyn_cast<FloatType>(
          cast<RankedTensorType>(a.getType()).getElementType());
      half && isa<Float16Type, BFloat16Type>(half)) {
    FloatType f32 = rewriter.getF32Type();
    FailureOr<Value> wide =
        buildMatMul(rewriter, loc, op, convertFloats(rewriter, loc, a, f32),
                    convertFloats(rewriter, loc, b, f32), reason);
    if (failed(wide))
      return failure();
    return convertFloats(rewriter, loc, *wide, half);
  }
  auto aType = cast<RankedTensorType>(a.getType());
  auto bType = cast<RankedTensorType>(b.getType());
  Type et = aType.getElementType();
  int64_t ra = aType.getRank(), rb = bType.getRank();
  ArrayRef<int64_t> as = aType.getShape(), bs = bType.getShape();
  bool aVector = ra == 1, bVector = rb == 1;
  int64_t k = as.back(), kb = bVector ? bs[0] : bs[rb - 2];
  if (!ShapedType::isDynamic(k) && !ShapedType::isDynamic(kb) && k != kb) {
    reason = "contraction dims differ";
    return failure();
  }
  ArrayRef<int64_t> aBatch = aVector ? ArrayRef<int64_t>() : as.drop_back(2);
  ArrayRef<int64_t> bBatch = bVector ? ArrayRef<int64_t>() : bs.drop_back(2);
  SmallVector<int64_t> batch;
  if (failed(broadcastBatch(aBatch, bBatch, batch))) {
    reason = "batch dims do not broadcast";
    return failure();
  }
  emitMatMulChecks(rewriter, loc, op, a, b);
  aType = cast<RankedTensorType>(a.getType());
  bType = cast<RankedTensorType>(b.getType());
  as = aType.getShape();
  bs = bType.getShape();

  SmallVector<int64_t> outShape(batch);
  if (!aVector)
    outShape.push_back(as[ra - 2]);
  if (!bVector)
    outShape.push_back(bs[rb - 1]);
  auto outType = RankedTensorType::get(outShape, et);

  if (ra == 2 && rb == 2) {
    Value init = createZeroFilled(rewriter, loc, outType,
                                  outputSizes(rewriter, loc, a, b, outType,
                                              aBatch.size(), bBatch.size()));
    return linalg::MatmulOp::create(rewriter, loc, TypeRange{outType},
                                    ValueRange{a, b}, ValueRange{init})
        .getResult(0);
  }
  if (ra == 3 && rb == 3 && (as[0] == 1) == (bs[0] == 1)) {
    // Equal batch (dynamic dims agree after emitMatMulChecks).
    Value init = createZeroFilled(rewriter, loc, outType,
                                  outputSizes(rewriter, loc, a, b, outType,
                                              aBatch.size(), bBatch.size()));
    return linalg::BatchMatmulOp::create(rewriter, loc, TypeRange{outType},
                                         ValueRange{a, b}, ValueRange{init})
        .getResult(0);
  }
  if (ra >= 3 && rb == 2)
    return collapseToMatmul(rewriter, loc, a, b, outType);
  return buildGenericContraction(rewriter, loc, a, b, outType);
}

namespace {

/// Grouped convolution of any spatial rank as a linalg.generic over
/// (n, g, f, o..., c, k...): input [N, G, C/G, D...], filter
/// [G, F/G, C/G, K...], output [N, G, F/G, O...].
Value buildGroupedConvGeneric(OpBuilder &b, Location loc, Value input,
                              Value filter, Value init, const Window &w) {
  MLIRContext *context = b.getContext();
  int64_t spatial = w.kernel.size();
  int64_t numLoops = 4 + 2 * spatial;
  auto dim = [&](int64_t i) { return getAffineDimExpr(i, context); };
  AffineExpr n = dim(0), g = dim(1), f = dim(2), c = dim(3 + spatial);
  SmallVector<AffineExpr> inExprs{n, g, c}, filterExprs{g, f, c},
      outExprs{n, g, f};
  for (int64_t i = 0; i < spatial; ++i) {
    AffineExpr o = dim(3 + i), k = dim(4 + spatial + i);
    inExprs.push_back(o * w.strides[i] + k * w.dilations[i]);
    filterExprs.push_back(k);
    outExprs.push_back(o);
  }
  SmallVector<AffineMap> maps{AffineMap::get(numLoops, 0, inExprs, context),
                              AffineMap::get(numLoops, 0, filterExprs, context),
                              AffineMap::get(numLoops, 0, outExprs, context)};
  SmallVector<utils::IteratorType> iterators(3 + spatial,
                                             utils::IteratorType::parallel);
  iterators.append(1 + spatial, utils::IteratorType::reduction);
  return linalg::GenericOp::create(
             b, loc, TypeRange{init.getType()}, ValueRange{input, filter},
             ValueRange{init}, maps, iterators,
             [](OpBuilder &nb, Location nloc, ValueRange args) {
               Value product = createMul(nb, nloc, args[0], args[1]);
               linalg::YieldOp::create(nb, nloc,
                                       createAdd(nb, nloc, args[2], product));
             })
      .getResult(0);
}

Value createNamedConv(OpBuilder &b, Location loc, int64_t spatial, Value input,
                      Value filter, Value init, Attribute strides,
                      Attribute dilations) {
  // Kept alive for the ranges below.
  Type typeArray[] = {init.getType()};
  Value inputArray[] = {input, filter};
  TypeRange types(typeArray);
  ValueRange inputs(inputArray), outputs(init);
  switch (spatial) {
  case 1:
    return linalg::Conv1DNcwFcwOp::create(b, loc, types, inputs, outputs,
                                          strides, dilations)
        .getResult(0);
  case 2:
    return linalg::Conv2DNchwFchwOp::create(b, loc, types, inputs, outputs,
                                            strides, dilations)
        .getResult(0);
  default:
    return linalg::Conv3DNcdhwFcdhwOp::create(b, loc, types, inputs, outputs,
                                              strides, dilations)
        .getResult(0);
  }
}

Value createNamedDepthwiseConv(OpBuilder &b, Location loc, int64_t spatial,
                               Value input, Value filter, Value init,
                               Attribute strides, Attribute dilations) {
  Type typeArray[] = {init.getType()};
  Value inputArray[] = {input, filter};
  TypeRange types(typeArray);
  ValueRange inputs(inputArray), outputs(init);
  switch (spatial) {
  case 1:
    return linalg::DepthwiseConv1DNcwCwOp::create(b, loc, types, inputs,
                                                  outputs, strides, dilations)
        .getResult(0);
  case 2:
    return linalg::DepthwiseConv2DNchwChwOp::create(b, loc, types, inputs,
                                                    outputs, strides, dilations)
        .getResult(0);
  default:
    return linalg::DepthwiseConv3DNcdhwCdhwOp::create(
               b, loc, types, inputs, outputs, strides, dilations)
        .getResult(0);
  }
}

} // namespace

Value splitGroups(OpBuilder &b, Location loc, Value value, int64_t dim,
                  int64_t group) {
  auto type = cast<RankedTensorType>(value.getType());
  SmallVector<int64_t> shape;
  SmallVector<OpFoldResult> sizes;
  SmallVector<ReassociationIndices> reassociation;
  for (int64_t i = 0; i < type.getRank(); ++i) {
    int64_t next = shape.size();
    if (i == dim) {
      reassociation.push_back({next, next + 1});
      shape.append({group, type.getDimSize(i) / group});
      sizes.push_back(b.getIndexAttr(group));
      sizes.push_back(b.getIndexAttr(type.getDimSize(i) / group));
      continue;
    }
    reassociation.push_back({next});
    shape.push_back(type.getDimSize(i));
    if (type.isDynamicDim(i))
      sizes.push_back(tensor::DimOp::create(b, loc, value, i).getResult());
    else
      sizes.push_back(b.getIndexAttr(type.getDimSize(i)));
  }
  return tensor::ExpandShapeOp::create(
      b, loc, RankedTensorType::get(shape, type.getElementType()), value,
      reassociation, sizes);
}

namespace {

/// X [N, C, D...] -> [N, G, C/G, D...], W [F, C/G, K...] ->
/// [G, F/G, C/G, K...], the grouped conv into [N, G, F/G, O...], then
/// collapsed back to [N, F, O...] (ONNX numbers output channels group by
/// group, which is exactly this G-major order, so W needs no transpose).
Value buildGroupedConv(OpBuilder &b, Location loc, Value input, Value weight,
                       Value init, const Window &w, int64_t group,
                       Attribute strides, Attribute dilations) {
  int64_t rank = cast<RankedTensorType>(input.getType()).getRank();
  Value groupedInput = splitGroups(b, loc, input, 1, group);
  Value groupedFilter = splitGroups(b, loc, weight, 0, group);
  Value groupedInit = splitGroups(b, loc, init, 1, group);
  Value result;
  if (rank == 4)
    result = linalg::Conv2DNgchwGfchwOp::create(
                 b, loc, TypeRange{groupedInit.getType()},
                 ValueRange{groupedInput, groupedFilter},
                 ValueRange{groupedInit}, strides, dilations)
                 .getResult(0);
  else
    result = buildGroupedConvGeneric(b, loc, groupedInput, groupedFilter,
                                     groupedInit, w);
  SmallVector<ReassociationIndices> reassociation{{0}, {1, 2}};
  for (int64_t i = 3; i <= rank; ++i)
    reassociation.push_back({i});
  return tensor::CollapseShapeOp::create(b, loc, init.getType(), result,
                                         reassociation);
}

} // namespace

Value buildConvolution(OpBuilder &b, Location loc, Value input, Value weight,
                       Value bias, Value zero, int64_t group, const Window &w,
                       RankedTensorType outType, ValueRange outSizes) {
  MLIRContext *context = b.getContext();
  auto wType = cast<RankedTensorType>(weight.getType());
  int64_t spatial = w.kernel.size(), rank = spatial + 2;
  Value empty = createEmptyTensor(b, loc, outType, outSizes);
  Value init = linalg::FillOp::create(b, loc, zero, empty).getResult(0);
  Attribute strides = b.getI64TensorAttr(w.strides);
  Attribute dilations = b.getI64TensorAttr(w.dilations);

  Value result;
  if (group == 1) {
    result = createNamedConv(b, loc, spatial, input, weight, init, strides,
                             dilations);
  } else if (wType.getDimSize(1) == 1 && wType.getDimSize(0) == group) {
    // Depthwise: W [C, 1, K...] -> [C, K...].
    SmallVector<ReassociationIndices> reassociation{{0, 1}};
    for (int64_t i = 0; i < spatial; ++i)
      reassociation.push_back({i + 2});
    Value filter =
        tensor::CollapseShapeOp::create(b, loc, weight, reassociation);
    result = createNamedDepthwiseConv(b, loc, spatial, input, filter, init,
                                      strides, dilations);
  } else {
    result = buildGroupedConv(b, loc, input, weight, init, w, group, strides,
                              dilations);
  }
  if (!bias)
    return result;
  // The sum is an input and the output is written without being read, so
  // that when elementwise fusion merges this op with an activation, the
  // sum is not stored as a second result.
  SmallVector<AffineMap> maps{
      AffineMap::getMultiDimIdentityMap(rank, context),
      AffineMap::get(rank, 0, {getAffineDimExpr(1, context)}, context),
      AffineMap::getMultiDimIdentityMap(rank, context)};
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  return linalg::GenericOp::create(
             b, loc, TypeRange{outType}, ValueRange{result, bias},
             ValueRange{empty}, maps, iterators,
             [](OpBuilder &nb, Location nloc, ValueRange args) {
               linalg::YieldOp::create(nb, nloc,
                                       createAdd(nb, nloc, args[0], args[1]));
             })
      .getResult(0);
}

Value refineChannels(OpBuilder &b, Location loc, Value x, int64_t channels) {
  auto type = cast<RankedTensorType>(x.getType());
  if (!type.isDynamicDim(1))
    return x;
  SmallVector<int64_t> shape(type.getShape());
  shape[1] = channels;
  return tensor::CastOp::create(
      b, loc, RankedTensorType::get(shape, type.getElementType()), x);
}

FailureOr<ConvPlan> planConvolution(RankedTensorType xType,
                                    RankedTensorType wType, int64_t group,
                                    ArrayAttr kernelShape, ArrayAttr strides,
                                    ArrayAttr dilations, ArrayAttr pads,
                                    StringRef autoPad, bool allowDynamicWeight,
                                    std::string &reason) {
  int64_t rank = xType.getRank();
  if (rank < 3 || rank > 5 || wType.getRank() != rank) {
    reason = "X and W must have the same rank, 3 to 5 (1-D to 3-D)";
    return failure();
  }
  bool dynamicWeight = !wType.hasStaticShape();
  if (dynamicWeight && !allowDynamicWeight) {
    reason = "W must have a static shape";
    return failure();
  }
  if (dynamicWeight && group != 1) {
    reason = "a grouped convolution needs W's static shape";
    return failure();
  }
  ConvPlan plan;
  plan.group = group;
  plan.outChannels = wType.getDimSize(0);
  plan.channels = wType.isDynamicDim(1) ? ShapedType::kDynamic
                                        : wType.getDimSize(1) * group;
  if (group <= 0 || (!dynamicWeight && plan.outChannels % group != 0)) {
    reason = "group must divide the output channels";
    return failure();
  }
  if (!xType.isDynamicDim(1) && !ShapedType::isDynamic(plan.channels) &&
      xType.getDimSize(1) != plan.channels) {
    reason = "input channels must equal W's dim 1 times group";
    return failure();
  }
  SmallVector<int64_t> kernel(wType.getShape().drop_front(2));
  if (kernelShape) {
    plan.declaredKernel = getI64Array(kernelShape, 0, 0);
    bool agrees = plan.declaredKernel.size() == kernel.size();
    for (size_t i = 0; agrees && i < kernel.size(); ++i)
      agrees = ShapedType::isDynamic(kernel[i]) ||
               kernel[i] == plan.declaredKernel[i];
    if (!agrees) {
      reason = "kernel_shape disagrees with W's spatial dims";
      return failure();
    }
  }
  FailureOr<Window> window =
      computeWindow(xType, kernel, strides, dilations, pads, autoPad,
                    /*ceilMode=*/false, reason);
  if (failed(window))
    return failure();
  plan.window = *window;
  plan.outShape = {xType.getDimSize(0), plan.outChannels};
  plan.outShape.append(window->outSizes);
  return plan;
}

/// X and W of a group-1 convolution whose channel counts are only known at
/// run time: a check that they agree, and both cut to the smaller count so
/// that the convolution reads in bounds when they do not.
static void matchChannels(OpBuilder &b, Location loc, Operation *op, Value &x,
                          Value &w) {
  auto xType = cast<RankedTensorType>(x.getType());
  auto wType = cast<RankedTensorType>(w.getType());
  if (!xType.isDynamicDim(1) && !wType.isDynamicDim(1))
    return;
  Value cx = tensor::DimOp::create(b, loc, x, 1);
  Value cw = tensor::DimOp::create(b, loc, w, 1);
  emitRuntimeFailure(
      b, loc, arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, cx, cw),
      describeNodeForFormat(op) +
          ": the input has %lld channels, but W has %lld",
      {cx, cw});
  Value channels = arith::MinUIOp::create(b, loc, cx, cw);
  auto cut = [&](Value t) -> Value {
    auto type = cast<RankedTensorType>(t.getType());
    SmallVector<OpFoldResult> offsets(type.getRank(), b.getIndexAttr(0));
    SmallVector<OpFoldResult> steps(type.getRank(), b.getIndexAttr(1));
    SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, t);
    sizes[1] = channels;
    SmallVector<int64_t> shape(type.getShape());
    shape[1] = ShapedType::kDynamic;
    return tensor::ExtractSliceOp::create(
        b, loc, RankedTensorType::get(shape, type.getElementType()), t, offsets,
        sizes, steps);
  };
  x = cut(x);
  w = cut(w);
}

Value emitConvolution(OpBuilder &b, Location loc, Operation *op, Value x,
                      Value w, Value bias, const ConvPlan &plan) {
  using P = arith::CmpIPredicate;
  auto wType = cast<RankedTensorType>(w.getType());
  Type et = cast<RankedTensorType>(x.getType()).getElementType();
  const Window &window = plan.window;
  int64_t spatial = window.kernel.size();
  std::string node = describeNodeForFormat(op);
  if (wType.hasStaticShape())
    x = refineChannels(b, loc, x, plan.channels);
  else
    matchChannels(b, loc, op, x, w);

  SmallVector<Value> outSizes;
  if (ShapedType::isDynamic(plan.outShape[0]))
    outSizes.push_back(tensor::DimOp::create(b, loc, x, 0));
  if (ShapedType::isDynamic(plan.outShape[1]))
    outSizes.push_back(tensor::DimOp::create(b, loc, w, 0));
  for (int64_t i = 0; i < spatial; ++i) {
    if (!ShapedType::isDynamic(window.kernel[i])) {
      if (ShapedType::isDynamic(window.outSizes[i]))
        outSizes.push_back(getDynamicOutSize(b, loc, x, window, i));
      continue;
    }
    // W's spatial dim is known at run time only: it must match kernel_shape
    // and fit the padded input; the output is empty where it does not fit.
    Value k = tensor::DimOp::create(b, loc, w, i + 2);
    if (!plan.declaredKernel.empty()) {
      Value declared =
          arith::ConstantIndexOp::create(b, loc, plan.declaredKernel[i]);
      emitRuntimeFailure(b, loc,
                         arith::CmpIOp::create(b, loc, P::ne, k, declared),
                         node + ": W's spatial dim " + std::to_string(i) +
                             " is %lld, but kernel_shape says %lld",
                         {k, declared});
    }
    Value padded = arith::AddIOp::create(
        b, loc,
        getValueOrCreateConstantIndexOp(b, loc,
                                        tensor::getMixedSize(b, loc, x, i + 2)),
        arith::ConstantIndexOp::create(b, loc,
                                       window.padLow[i] + window.padHigh[i]));
    Value extent = arith::AddIOp::create(
        b, loc,
        arith::MulIOp::create(
            b, loc,
            arith::SubIOp::create(b, loc, k,
                                  arith::ConstantIndexOp::create(b, loc, 1)),
            arith::ConstantIndexOp::create(b, loc, window.dilations[i])),
        arith::ConstantIndexOp::create(b, loc, 1));
    emitRuntimeFailure(
        b, loc, arith::CmpIOp::create(b, loc, P::sgt, extent, padded),
        node + ": the kernel spans %lld along spatial dim " +
            std::to_string(i) + ", more than the padded input's %lld",
        {extent, padded});
    outSizes.push_back(getDynamicOutSize(b, loc, x, window, i, k));
  }
  auto outType = RankedTensorType::get(plan.outShape, et);
  Value zero = createScalarConstant(b, loc, et, 0.0);
  Value padded = padSpatial(b, loc, x, window.padLow, window.padHigh, zero);
  return buildConvolution(b, loc, padded, w, bias, zero, plan.group, window,
                          outType, outSizes);
}

} // namespace onnxc
