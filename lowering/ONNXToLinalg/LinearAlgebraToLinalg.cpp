//===- LinearAlgebraToLinalg.cpp - Det -------------------------------------===//
//
// Det: Gaussian elimination with partial pivoting on a copy of each matrix,
// in f64 whatever the input's float type, as scf.for loops that carry the
// matrix and the running product of the pivots (a row swap flips its sign).
// O(n^3) per matrix; a zero pivot column gives a determinant of 0.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"
#include "onnxc/lowering/ONNXToLinalg/RuntimeChecks.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {
namespace {

/// scf.for from `lb` to `ub` carrying `inits`; `body` returns their next
/// values.
SmallVector<Value> forRange(
    OpBuilder &b, Location loc, Value lb, Value ub, ValueRange inits,
    function_ref<SmallVector<Value>(OpBuilder &, Location, Value, ValueRange)>
        body) {
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  auto loop = scf::ForOp::create(
      b, loc, lb, ub, one, inits,
      [&](OpBuilder &lb2, Location l, Value iv, ValueRange args) {
        scf::YieldOp::create(lb2, l, body(lb2, l, iv, args));
      });
  return SmallVector<Value>(loop.getResults());
}

Value convert(OpBuilder &b, Location loc, Value v, Type to) {
  if (v.getType() == to)
    return v;
  if (to.getIntOrFloatBitWidth() > v.getType().getIntOrFloatBitWidth())
    return arith::ExtFOp::create(b, loc, to, v);
  return arith::TruncFOp::create(b, loc, to, v);
}

/// The determinant of the f64 matrix `a` ([n, n]).
Value determinant(OpBuilder &b, Location loc, Value a, Value n) {
  using P = arith::CmpFPredicate;
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  Value fZero = arith::ConstantFloatOp::create(b, loc, b.getF64Type(),
                                               APFloat(0.0));
  Value fOne = arith::ConstantFloatOp::create(b, loc, b.getF64Type(),
                                              APFloat(1.0));
  auto at = [&](OpBuilder &ib, Location l, Value m, Value i, Value j) {
    return tensor::ExtractOp::create(ib, l, m, ValueRange{i, j}).getResult();
  };
  SmallVector<Value> result = forRange(
      b, loc, zero, n, {a, fOne},
      [&](OpBuilder &kb, Location l, Value k,
          ValueRange carried) -> SmallVector<Value> {
        Value m = carried[0], det = carried[1];
        // The row at or below k with the largest |m[i, k]|.
        Value pivotRow =
            forRange(kb, l, k, n, {k, fZero},
                     [&](OpBuilder &ib, Location il, Value i,
                         ValueRange best) -> SmallVector<Value> {
                       Value v =
                           math::AbsFOp::create(ib, il, at(ib, il, m, i, k));
                       Value larger =
                           arith::CmpFOp::create(ib, il, P::OGT, v, best[1]);
                       return {arith::SelectOp::create(ib, il, larger, i,
                                                       best[0]),
                               arith::SelectOp::create(ib, il, larger, v,
                                                       best[1])};
                     })
                .front();
        Value swap = arith::CmpIOp::create(kb, l, arith::CmpIPredicate::ne,
                                           pivotRow, k);
        m = forRange(kb, l, zero, n, {m},
                     [&](OpBuilder &jb, Location jl, Value j,
                         ValueRange c) -> SmallVector<Value> {
                       Value x = at(jb, jl, c[0], k, j);
                       Value y = at(jb, jl, c[0], pivotRow, j);
                       Value t = tensor::InsertOp::create(
                           jb, jl, y, c[0], ValueRange{k, j});
                       return {tensor::InsertOp::create(
                           jb, jl, x, t, ValueRange{pivotRow, j})};
                     })
                .front();
        det = arith::SelectOp::create(kb, l, swap,
                                      arith::NegFOp::create(kb, l, det), det);
        Value pivot = at(kb, l, m, k, k);
        det = arith::MulFOp::create(kb, l, det, pivot);
        Value singular = arith::CmpFOp::create(kb, l, P::OEQ, pivot, fZero);
        Value next = arith::AddIOp::create(kb, l, k, one);
        m = forRange(
                kb, l, next, n, {m},
                [&](OpBuilder &ib, Location il, Value i,
                    ValueRange c) -> SmallVector<Value> {
                  Value factor = arith::SelectOp::create(
                      ib, il, singular, fZero,
                      arith::DivFOp::create(ib, il, at(ib, il, c[0], i, k),
                                            pivot));
                  return {forRange(
                              ib, il, next, n, {c[0]},
                              [&](OpBuilder &jb, Location jl, Value j,
                                  ValueRange cc) -> SmallVector<Value> {
                                Value v = arith::SubFOp::create(
                                    jb, jl, at(jb, jl, cc[0], i, j),
                                    arith::MulFOp::create(
                                        jb, jl, factor,
                                        at(jb, jl, cc[0], k, j)));
                                return {tensor::InsertOp::create(
                                    jb, jl, v, cc[0], ValueRange{i, j})};
                              })
                              .front()};
                })
                .front();
        return {m, det};
      });
  return result[1];
}

struct DetToLinalg : OpConversionPattern<DetOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(DetOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getX();
    auto type = dyn_cast<RankedTensorType>(x.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!type || !resultType || type.getRank() < 2 ||
        !isa<FloatType>(type.getElementType()))
      return rewriter.notifyMatchFailure(op, "X must be a ranked float tensor");
    int64_t rank = type.getRank();
    Type et = type.getElementType(), f64 = rewriter.getF64Type();
    Value n = tensor::DimOp::create(rewriter, loc, x, rank - 1);
    if (type.isDynamicDim(rank - 1) || type.isDynamicDim(rank - 2)) {
      Value m = tensor::DimOp::create(rewriter, loc, x, rank - 2);
      emitRuntimeFailure(
          rewriter, loc,
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne, m, n),
          describeNodeForFormat(op) + ": X holds %lldx%lld matrices, which "
                                      "are not square",
          {m, n});
    }
    SmallVector<Value> batchDims;
    SmallVector<OpFoldResult> batchSizes;
    for (int64_t d = 0; d < rank - 2; ++d) {
      batchDims.push_back(tensor::DimOp::create(rewriter, loc, x, d));
      batchSizes.push_back(tensor::getMixedSize(rewriter, loc, x, d));
    }
    Value init = tensor::EmptyOp::create(rewriter, loc, batchSizes, et);
    Value result = buildTensorLoopNest(
        rewriter, loc, batchDims, init,
        [&](OpBuilder &b, Location l, ValueRange ivs, Value out) -> Value {
          // The matrix at `ivs`, copied to f64 (n x n: a non-square input
          // has failed the check above and reads its leading n x n block
          // of rows that exist, clamped).
          Value matrix = tensor::EmptyOp::create(
              b, l, ArrayRef<OpFoldResult>{n, n}, f64);
          matrix = buildTensorLoopNest(
              b, l, {n, n}, matrix,
              [&](OpBuilder &mb, Location ml, ValueRange ij,
                  Value m) -> Value {
                SmallVector<Value> from(ivs);
                from.append(ij.begin(), ij.end());
                Value v = convert(mb, ml, extractClamped(mb, ml, x, from), f64);
                return tensor::InsertOp::create(mb, ml, v, m, ij);
              });
          Value det = convert(b, l, determinant(b, l, matrix, n), et);
          return tensor::InsertOp::create(b, l, det, out, ivs);
        });
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, result, resultType));
    return success();
  }
};

} // namespace

void populateLinearAlgebraToLinalgPatterns(const TypeConverter &converter,
                                           RewritePatternSet &patterns) {
  patterns.add<DetToLinalg>(converter, patterns.getContext());
}

} // namespace onnxc
