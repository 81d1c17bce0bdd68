//===- MatMulToLinalg.cpp - MatMul and Gemm to linalg ---------------------===//
//
// MatMul follows numpy (buildMatMul in ContractionUtils.cpp): 2-D x 2-D
// becomes linalg.matmul, 3-D x 3-D with the same batch linalg.batch_matmul,
// N-D x 2-D a collapse to 2-D around a linalg.matmul; every other case
// (vectors, broadcast batch dims) is one linalg.generic contraction whose
// indexing maps do the broadcasting. Gemm is a
// linalg.matmul (transposes in its indexing maps) and, when needed, one
// elementwise epilogue for alpha, beta and C.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/lowering/ONNXToLinalg/ContractionUtils.h"
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

bool isSupportedElementType(Type type) {
  return isa<FloatType>(type) || isa<IntegerType>(type);
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
    if (aType.getRank() == 0 || bType.getRank() == 0)
      return rewriter.notifyMatchFailure(op, "operands must have rank >= 1");
    std::string reason;
    FailureOr<Value> result = buildMatMul(rewriter, loc, op, a, b, reason);
    if (failed(result))
      return rewriter.notifyMatchFailure(op, reason);
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, *result, resultType));
    return success();
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
      SmallVector<AffineMap> maps{
          AffineMap::getMultiDimIdentityMap(2, context)};
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
                   rewriter, loc, TypeRange{outType}, inputs, ValueRange{empty},
                   maps, iterators,
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
