//===- MatMulToLinalg.cpp - MatMul and Gemm to linalg ---------------------===//
//
// MatMul follows numpy: 2-D x 2-D becomes linalg.matmul, 3-D x 3-D with the
// same batch linalg.batch_matmul, N-D x 2-D a collapse to 2-D around a
// linalg.matmul; every other case (vectors, broadcast batch dims) is one
// linalg.generic contraction whose indexing maps do the broadcasting. Gemm is a
// linalg.matmul (transposes in its indexing maps) and, when needed, one
// elementwise epilogue for alpha, beta and C.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"
#include "onnxc/lowering/ONNXToLinalg/RuntimeChecks.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/DialectConversion.h"

#include <cmath>

using namespace mlir;

namespace onnxc {
namespace {

/// A zero-filled tensor of `type`; `dynamicSizes` has one size per `?`.
Value createZeroFilled(OpBuilder &b, Location loc, RankedTensorType type,
                       ValueRange dynamicSizes) {
  Value empty = createEmptyTensor(b, loc, type, dynamicSizes);
  Value zero = createScalarConstant(b, loc, type.getElementType(), 0.0);
  return linalg::FillOp::create(b, loc, zero, empty).getResult(0);
}

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

bool isSupportedElementType(Type type) {
  return isa<FloatType>(type) || isa<IntegerType>(type);
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

struct MatMulToLinalg : OpConversionPattern<MatMulOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(MatMulOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value a = adaptor.getA(), b = adaptor.getB();
    auto aType = dyn_cast<RankedTensorType>(a.getType());
    auto bType = dyn_cast<RankedTensorType>(b.getType());
    Type resultType = getTypeConverter()->convertType(op.getType());
    if (!aType || !bType || !resultType)
      return rewriter.notifyMatchFailure(op, "operands must be ranked");
    Type et = aType.getElementType();
    if (et != bType.getElementType() || !isSupportedElementType(et))
      return rewriter.notifyMatchFailure(
          op, "operands must share a float or integer element type");
    int64_t ra = aType.getRank(), rb = bType.getRank();
    if (ra == 0 || rb == 0)
      return rewriter.notifyMatchFailure(op, "operands must have rank >= 1");

    ArrayRef<int64_t> as = aType.getShape(), bs = bType.getShape();
    bool aVector = ra == 1, bVector = rb == 1;
    int64_t k = as.back(), kb = bVector ? bs[0] : bs[rb - 2];
    if (!ShapedType::isDynamic(k) && !ShapedType::isDynamic(kb) && k != kb)
      return rewriter.notifyMatchFailure(op, "contraction dims differ");
    ArrayRef<int64_t> aBatch = aVector ? ArrayRef<int64_t>() : as.drop_back(2);
    ArrayRef<int64_t> bBatch = bVector ? ArrayRef<int64_t>() : bs.drop_back(2);
    SmallVector<int64_t> batch;
    if (failed(broadcastBatch(aBatch, bBatch, batch)))
      return rewriter.notifyMatchFailure(op, "batch dims do not broadcast");

    SmallVector<int64_t> outShape(batch);
    if (!aVector)
      outShape.push_back(as[ra - 2]);
    if (!bVector)
      outShape.push_back(bs[rb - 1]);
    auto outType = RankedTensorType::get(outShape, et);

    Value result;
    if (ra == 2 && rb == 2) {
      Value init = createZeroFilled(rewriter, loc, outType,
                                    outputSizes(rewriter, loc, a, b, outType,
                                                aBatch.size(), bBatch.size()));
      result = linalg::MatmulOp::create(rewriter, loc, TypeRange{outType},
                                        ValueRange{a, b}, ValueRange{init})
                   .getResult(0);
    } else if (ra == 3 && rb == 3 && (as[0] == 1) == (bs[0] == 1)) {
      // Equal batch (dynamic dims are taken to agree, as everywhere).
      Value init = createZeroFilled(rewriter, loc, outType,
                                    outputSizes(rewriter, loc, a, b, outType,
                                                aBatch.size(), bBatch.size()));
      result = linalg::BatchMatmulOp::create(rewriter, loc, TypeRange{outType},
                                             ValueRange{a, b}, ValueRange{init})
                   .getResult(0);
    } else if (ra >= 3 && rb == 2) {
      result = collapseToMatmul(rewriter, loc, a, b, outType);
    } else {
      result = buildGenericContraction(rewriter, loc, a, b, outType);
    }
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, result, resultType));
    return success();
  }

private:
  /// Sizes of the dynamic dims of the result: batch dims from whichever
  /// operand has a non-1 dim there, M from A, N from B.
  static SmallVector<Value> outputSizes(OpBuilder &builder, Location loc,
                                        Value a, Value b,
                                        RankedTensorType outType,
                                        size_t aBatchRank, size_t bBatchRank) {
    auto aType = cast<RankedTensorType>(a.getType());
    auto bType = cast<RankedTensorType>(b.getType());
    bool aVector = aType.getRank() == 1, bVector = bType.getRank() == 1;
    int64_t batchRank =
        outType.getRank() - (aVector ? 0 : 1) - (bVector ? 0 : 1);
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
  static Value collapseToMatmul(OpBuilder &builder, Location loc, Value a,
                                Value b, RankedTensorType outType) {
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
  static Value buildGenericContraction(OpBuilder &builder, Location loc,
                                       Value a, Value b,
                                       RankedTensorType outType) {
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

    Value init =
        createZeroFilled(builder, loc, outType,
                         outputSizes(builder, loc, a, b, outType,
                                     aVector ? 0 : aType.getRank() - 2,
                                     bVector ? 0 : bType.getRank() - 2));
    return linalg::GenericOp::create(builder, loc, TypeRange{outType},
                                     ValueRange{a, b}, ValueRange{init}, maps,
                                     iterators, buildMulAddBody)
        .getResult(0);
  }
};

struct GemmToLinalg : OpConversionPattern<GemmOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(GemmOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *context = getContext();
    Value a = adaptor.getA(), b = adaptor.getB();
    auto aType = dyn_cast<RankedTensorType>(a.getType());
    auto bType = dyn_cast<RankedTensorType>(b.getType());
    Type resultType = getTypeConverter()->convertType(op.getType());
    if (!aType || !bType || !resultType)
      return rewriter.notifyMatchFailure(op, "A and B must be ranked");
    if (aType.getRank() != 2 || bType.getRank() != 2)
      return rewriter.notifyMatchFailure(op, "A and B must be 2-D");
    Type et = aType.getElementType();
    if (et != bType.getElementType() || !isSupportedElementType(et))
      return rewriter.notifyMatchFailure(
          op, "A and B must share a float or integer element type");

    bool transA = op.getTransA() != 0, transB = op.getTransB() != 0;
    double alpha = op.getAlpha().convertToDouble();
    double beta = op.getBeta().convertToDouble();
    bool useC = !isNoValue(op.getC()) && beta != 0.0;
    if (isa<IntegerType>(et) &&
        (alpha != std::trunc(alpha) || (useC && beta != std::trunc(beta))))
      return rewriter.notifyMatchFailure(
          op, "integer Gemm needs integral alpha and beta");

    int64_t m = aType.getDimSize(transA ? 1 : 0);
    int64_t k = aType.getDimSize(transA ? 0 : 1);
    int64_t kb = bType.getDimSize(transB ? 1 : 0);
    int64_t n = bType.getDimSize(transB ? 0 : 1);
    if (!ShapedType::isDynamic(k) && !ShapedType::isDynamic(kb) && k != kb)
      return rewriter.notifyMatchFailure(op, "contraction dims differ");
    auto outType = RankedTensorType::get({m, n}, et);

    Value c;
    RankedTensorType cType;
    if (useC) {
      c = adaptor.getC();
      cType = dyn_cast<RankedTensorType>(c.getType());
      if (!cType || cType.getRank() > 2)
        return rewriter.notifyMatchFailure(op, "C must be ranked, rank <= 2");
      if (cType.getElementType() != et)
        return rewriter.notifyMatchFailure(op, "C has another element type");
      for (int64_t i = 0; i < cType.getRank(); ++i) {
        int64_t d = cType.getDimSize(i);
        int64_t r = outType.getDimSize(2 - cType.getRank() + i);
        if (d != 1 && !ShapedType::isDynamic(d) && !ShapedType::isDynamic(r) &&
            d != r)
          return rewriter.notifyMatchFailure(op, "C does not broadcast to "
                                                 "(M, N)");
      }
    }

    SmallVector<Value> sizes;
    if (ShapedType::isDynamic(m))
      sizes.push_back(tensor::DimOp::create(rewriter, loc, a, transA ? 1 : 0));
    if (ShapedType::isDynamic(n))
      sizes.push_back(tensor::DimOp::create(rewriter, loc, b, transB ? 0 : 1));
    Value init = createZeroFilled(rewriter, loc, outType, sizes);
    auto matmul = linalg::MatmulOp::create(rewriter, loc, TypeRange{outType},
                                           ValueRange{a, b}, ValueRange{init});
    if (transA || transB) {
      AffineExpr dm = getAffineDimExpr(0, context);
      AffineExpr dn = getAffineDimExpr(1, context);
      AffineExpr dk = getAffineDimExpr(2, context);
      auto map = [&](AffineExpr x, AffineExpr y) {
        return AffineMapAttr::get(AffineMap::get(3, 0, {x, y}, context));
      };
      matmul.setIndexingMapsAttr(rewriter.getArrayAttr(
          {transA ? map(dk, dm) : map(dm, dk),
           transB ? map(dn, dk) : map(dk, dn), map(dm, dn)}));
    }
    Value result = matmul.getResult(0);

    if (alpha != 1.0 || useC) {
      // Epilogue: y = alpha * y + beta * C, with the product as an input
      // (the output is written without being read, see ConvToLinalg).
      if (useC) {
        // C broadcasts to (M, N), the product's dims, at run time where its
        // dims are dynamic.
        SmallVector<Value> operands{c, result};
        emitBroadcastChecks(rewriter, loc, op, outType, operands, {2, 0},
                            /*target=*/1);
        c = operands[0];
        result = operands[1];
      }
      SmallVector<AffineMap> maps{AffineMap::getMultiDimIdentityMap(2, context)};
      SmallVector<Value> inputs{result};
      if (useC) {
        inputs.push_back(c);
        maps.push_back(getBroadcastIndexingMap(cType.getShape(), 2, context));
      }
      maps.push_back(AffineMap::getMultiDimIdentityMap(2, context));
      SmallVector<utils::IteratorType> iterators(2,
                                                 utils::IteratorType::parallel);
      Value alphaValue, betaValue;
      if (alpha != 1.0)
        alphaValue = createScalarConstant(rewriter, loc, et, alpha);
      if (useC && beta != 1.0)
        betaValue = createScalarConstant(rewriter, loc, et, beta);
      Value empty = tensor::EmptyOp::create(
          rewriter, loc, tensor::getMixedSizes(rewriter, loc, result), et);
      result = linalg::GenericOp::create(
                   rewriter, loc, TypeRange{outType}, inputs,
                   ValueRange{empty}, maps, iterators,
                   [&](OpBuilder &nb, Location nloc, ValueRange args) {
                     Value y = args[0];
                     if (alphaValue)
                       y = createMul(nb, nloc, y, alphaValue);
                     if (useC) {
                       Value cv = args[1];
                       if (betaValue)
                         cv = createMul(nb, nloc, cv, betaValue);
                       y = createAdd(nb, nloc, y, cv);
                     }
                     linalg::YieldOp::create(nb, nloc, y);
                   })
                   .getResult(0);
    }
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, result, resultType));
    return success();
  }
};

} // namespace

void populateMatMulToLinalgPatterns(const TypeConverter &converter,
                                    RewritePatternSet &patterns) {
  patterns.add<MatMulToLinalg, GemmToLinalg>(converter, patterns.getContext());
}

} // namespace onnxc
