//===- ScanToLinalg.cpp - Running reductions (CumSum) ---------------------===//
//
// CumSum walks its axis with an scf.for that carries the output and the
// running sum of one slice across the axis: each step adds the input's slice
// to the sum (linalg.generic) and inserts the sum, before the addition when
// the sum is exclusive; `reverse` walks from the end. An axis known only at
// run time selects one such loop per possible axis with scf.index_switch,
// after a check that it is in range.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/dialects/ONNX/IR/ShapeHelpers.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"
#include "onnxc/lowering/ONNXToLinalg/RuntimeChecks.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {
namespace {

/// The running sum of `input` along `axis`.
Value buildScan(OpBuilder &b, Location loc, Value input, int64_t axis,
                bool exclusive, bool reverse) {
  auto type = cast<RankedTensorType>(input.getType());
  int64_t rank = type.getRank();
  Type elementType = type.getElementType();
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, input);
  Value length = tensor::DimOp::create(b, loc, input, axis);
  SmallVector<OpFoldResult> sliceSizes = sizes;
  sliceSizes[axis] = b.getIndexAttr(1);
  Value zero = arith::ConstantOp::create(b, loc, b.getZeroAttr(elementType));
  Value sum = linalg::FillOp::create(
                  b, loc, zero,
                  tensor::EmptyOp::create(b, loc, sliceSizes, elementType)
                      .getResult())
                  .getResult(0);
  Value output = tensor::EmptyOp::create(b, loc, sizes, elementType);
  SmallVector<OpFoldResult> strides(rank, b.getIndexAttr(1));
  Value c0 = arith::ConstantIndexOp::create(b, loc, 0);
  Value c1 = arith::ConstantIndexOp::create(b, loc, 1);
  auto loop = scf::ForOp::create(
      b, loc, c0, length, c1, ValueRange{output, sum},
      [&](OpBuilder &lb, Location l, Value i, ValueRange carried) {
        Value position = i;
        if (reverse)
          position = arith::SubIOp::create(
              lb, l, arith::SubIOp::create(lb, l, length, c1), i);
        SmallVector<OpFoldResult> offsets(rank, lb.getIndexAttr(0));
        offsets[axis] = position;
        Value slice = tensor::ExtractSliceOp::create(lb, l, input, offsets,
                                                     sliceSizes, strides);
        Value out = carried[0], running = carried[1];
        if (exclusive)
          out = tensor::InsertSliceOp::create(lb, l, running, out, offsets,
                                              sliceSizes, strides);
        // The sum is updated in place (the loop's own tensor).
        SmallVector<AffineMap> maps(2, lb.getMultiDimIdentityMap(rank));
        SmallVector<utils::IteratorType> iterators(
            rank, utils::IteratorType::parallel);
        running =
            linalg::GenericOp::create(
                lb, l, running.getType(), ValueRange{slice},
                ValueRange{running}, maps, iterators,
                [&](OpBuilder &gb, Location gl, ValueRange args) {
                  Value s = isa<FloatType>(elementType)
                                ? arith::AddFOp::create(gb, gl, args[0],
                                                        args[1])
                                      .getResult()
                                : arith::AddIOp::create(gb, gl, args[0],
                                                        args[1])
                                      .getResult();
                  linalg::YieldOp::create(gb, gl, s);
                })
                .getResult(0);
        if (!exclusive)
          out = tensor::InsertSliceOp::create(lb, l, running, out, offsets,
                                              sliceSizes, strides);
        scf::YieldOp::create(lb, l, ValueRange{out, running});
      });
  return loop.getResult(0);
}

struct CumSumToLinalg : OpConversionPattern<CumSumOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(CumSumOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getX();
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inputType || !resultType || inputType.getRank() == 0)
      return rewriter.notifyMatchFailure(op, "not a ranked tensor of rank 1+");
    Type elementType = inputType.getElementType();
    if (!isa<FloatType>(elementType) &&
        !(isa<IntegerType>(elementType) && !elementType.isInteger(1)))
      return rewriter.notifyMatchFailure(op, "not a number type");
    int64_t rank = inputType.getRank();
    bool exclusive = op.getExclusive() != 0, reverse = op.getReverse() != 0;

    Value result;
    if (auto axes = getConstantInts(op.getAxis())) {
      int64_t axis = (*axes)[0];
      if (failed(normalizeAxis(axis, rank, std::nullopt)))
        return rewriter.notifyMatchFailure(op, "axis out of range");
      result = buildScan(rewriter, loc, input, axis, exclusive, reverse);
    } else {
      // The axis at run time: checked, then one scan per possible axis.
      Value raw =
          extractFirstChecked(rewriter, loc, op, adaptor.getAxis(), "axis");
      Value axis = arith::IndexCastOp::create(rewriter, loc,
                                              rewriter.getIndexType(), raw);
      Value rankValue = arith::ConstantIndexOp::create(rewriter, loc, rank);
      Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
      Value outOfRange = arith::OrIOp::create(
          rewriter, loc,
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt, axis,
                                arith::SubIOp::create(rewriter, loc, zero,
                                                      rankValue)),
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::sge, axis,
                                rankValue));
      emitRuntimeFailure(rewriter, loc, outOfRange,
                         describeNodeForFormat(op) +
                             ": axis %lld is out of range for rank %lld",
                         {axis, rankValue});
      Value negative = arith::CmpIOp::create(
          rewriter, loc, arith::CmpIPredicate::slt, axis, zero);
      axis = arith::SelectOp::create(
          rewriter, loc, negative,
          arith::AddIOp::create(rewriter, loc, axis, rankValue), axis);
      SmallVector<int64_t> cases;
      for (int64_t k = 1; k < rank; ++k)
        cases.push_back(k);
      // Axis 0 is the default: also where the check above has failed.
      auto select = scf::IndexSwitchOp::create(
          rewriter, loc, TypeRange{inputType}, axis, cases, cases.size());
      for (int64_t k = 0; k < rank; ++k) {
        Region &region =
            k == 0 ? select.getDefaultRegion() : select.getCaseRegions()[k - 1];
        OpBuilder::InsertionGuard guard(rewriter);
        rewriter.setInsertionPointToStart(&region.emplaceBlock());
        Value scan = buildScan(rewriter, loc, input, k, exclusive, reverse);
        scf::YieldOp::create(rewriter, loc, scan);
      }
      result = select.getResult(0);
    }
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, result, resultType));
    return success();
  }
};

} // namespace

void populateScanToLinalgPatterns(const TypeConverter &converter,
                                  RewritePatternSet &patterns) {
  patterns.add<CumSumToLinalg>(converter, patterns.getContext());
}

} // namespace onnxc
