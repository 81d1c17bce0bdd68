//===- NonMaxSuppressionToLinalg.cpp - Greedy box selection ---------------===//
//
// NonMaxSuppression, per batch entry and class: the boxes sorted by score
// (a stable merge sort, higher scores first and lower indices first among
// equal ones), then a greedy pass that keeps a box whose score exceeds
// score_threshold unless its IoU with a box already kept exceeds
// iou_threshold, until max_output_boxes_per_class are kept. The kept
// [batch, class, box] rows go to a scratch tensor of B x C x min(max, S)
// rows, and the result is its first `count` rows. O(S log S + S * kept) per
// class, as onnxruntime.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/dialects/ONNX/IR/ShapeHelpers.h"
#include "onnxc/lowering/ONNXToLinalg/DataMovementUtils.h"
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

using IP = arith::CmpIPredicate;
using FP = arith::CmpFPredicate;

Value cstIndex(OpBuilder &b, Location loc, int64_t v) {
  return arith::ConstantIndexOp::create(b, loc, v);
}

/// The box's [y_min, x_min, y_max, x_max] from its four values.
std::array<Value, 4> corners(OpBuilder &b, Location loc, Value boxes,
                             Value batch, Value box, bool centerPoint) {
  std::array<Value, 4> v;
  for (int64_t k = 0; k < 4; ++k)
    v[k] = extractClamped(b, loc, boxes, {batch, box, cstIndex(b, loc, k)});
  if (centerPoint) {
    // [x_center, y_center, width, height].
    Value half = createScalarConstant(b, loc, v[0].getType(), 0.5);
    Value w = arith::MulFOp::create(b, loc, v[2], half);
    Value h = arith::MulFOp::create(b, loc, v[3], half);
    return {arith::SubFOp::create(b, loc, v[1], h),
            arith::SubFOp::create(b, loc, v[0], w),
            arith::AddFOp::create(b, loc, v[1], h),
            arith::AddFOp::create(b, loc, v[0], w)};
  }
  // [y1, x1, y2, x2], any pair of opposite corners.
  return {arith::MinimumFOp::create(b, loc, v[0], v[2]),
          arith::MinimumFOp::create(b, loc, v[1], v[3]),
          arith::MaximumFOp::create(b, loc, v[0], v[2]),
          arith::MaximumFOp::create(b, loc, v[1], v[3])};
}

/// Whether IoU(a, c) > threshold; boxes without area never suppress.
Value overlaps(OpBuilder &b, Location loc, const std::array<Value, 4> &a,
               const std::array<Value, 4> &c, Value threshold) {
  auto sub = [&](Value x, Value y) {
    return arith::SubFOp::create(b, loc, x, y).getResult();
  };
  auto mul = [&](Value x, Value y) {
    return arith::MulFOp::create(b, loc, x, y).getResult();
  };
  Value zero = createScalarConstant(b, loc, a[0].getType(), 0.0);
  Value top = arith::MaximumFOp::create(b, loc, a[0], c[0]);
  Value left = arith::MaximumFOp::create(b, loc, a[1], c[1]);
  Value bottom = arith::MinimumFOp::create(b, loc, a[2], c[2]);
  Value right = arith::MinimumFOp::create(b, loc, a[3], c[3]);
  Value intersection =
      mul(arith::MaximumFOp::create(b, loc, sub(bottom, top), zero),
          arith::MaximumFOp::create(b, loc, sub(right, left), zero));
  Value areaA = mul(sub(a[2], a[0]), sub(a[3], a[1]));
  Value areaC = mul(sub(c[2], c[0]), sub(c[3], c[1]));
  Value unionArea = sub(arith::AddFOp::create(b, loc, areaA, areaC),
                        intersection);
  auto positive = [&](Value x) {
    return arith::CmpFOp::create(b, loc, FP::OGT, x, zero).getResult();
  };
  Value valid = arith::AndIOp::create(
      b, loc,
      arith::AndIOp::create(b, loc, positive(intersection), positive(areaA)),
      arith::AndIOp::create(b, loc, positive(areaC), positive(unionArea)));
  Value iou = arith::DivFOp::create(b, loc, intersection, unionArea);
  return arith::AndIOp::create(
      b, loc, valid, arith::CmpFOp::create(b, loc, FP::OGT, iou, threshold));
}

/// 0..n-1 as a 1-D index tensor, stably sorted by `before(i, j)` (whether
/// element i must come before element j): a bottom-up merge sort.
Value buildMergeSort(
    OpBuilder &b, Location loc, Value n,
    function_ref<Value(OpBuilder &, Location, Value, Value)> before) {
  Type indexType = b.getIndexType();
  Value zero = cstIndex(b, loc, 0), one = cstIndex(b, loc, 1);
  Value iota = buildTensorLoopNest(
      b, loc, n,
      tensor::EmptyOp::create(b, loc, ArrayRef<OpFoldResult>{n}, indexType),
      [&](OpBuilder &lb, Location l, ValueRange ivs, Value t) -> Value {
        return tensor::InsertOp::create(lb, l, ivs[0], t, ivs);
      });
  Value scratch =
      tensor::EmptyOp::create(b, loc, ArrayRef<OpFoldResult>{n}, indexType);
  Value last = arith::MaxSIOp::create(
      b, loc, arith::SubIOp::create(b, loc, n, one), zero);
  auto loop = scf::WhileOp::create(
      b, loc, TypeRange{iota.getType(), iota.getType(), indexType},
      ValueRange{iota, scratch, one},
      [&](OpBuilder &cb, Location l, ValueRange args) {
        Value more = arith::CmpIOp::create(cb, l, IP::slt, args[2], n);
        scf::ConditionOp::create(cb, l, more, args);
      },
      [&](OpBuilder &wb, Location l, ValueRange args) {
        Value src = args[0], width = args[2];
        Value step = arith::AddIOp::create(wb, l, width, width);
        auto runs = scf::ForOp::create(
            wb, l, zero, n, step, ValueRange{args[1]},
            [&](OpBuilder &rb, Location rl, Value start, ValueRange dst) {
              Value mid = arith::MinSIOp::create(
                  rb, rl, arith::AddIOp::create(rb, rl, start, width), n);
              Value end = arith::MinSIOp::create(
                  rb, rl, arith::AddIOp::create(rb, rl, start, step), n);
              auto merge = scf::ForOp::create(
                  rb, rl, start, end, one, ValueRange{dst[0], start, mid},
                  [&](OpBuilder &mb, Location ml, Value k, ValueRange c) {
                    Value i = c[1], j = c[2];
                    auto read = [&](Value at) {
                      return tensor::ExtractOp::create(
                                 mb, ml, src,
                                 ValueRange{arith::MinSIOp::create(mb, ml, at,
                                                                   last)})
                          .getResult();
                    };
                    Value left = read(i), right = read(j);
                    Value leftLeft =
                        arith::CmpIOp::create(mb, ml, IP::slt, i, mid);
                    Value rightLeft =
                        arith::CmpIOp::create(mb, ml, IP::slt, j, end);
                    Value rightFirst = arith::AndIOp::create(
                        mb, ml, rightLeft, before(mb, ml, right, left));
                    Value takeLeft = arith::AndIOp::create(
                        mb, ml, leftLeft,
                        arith::XOrIOp::create(
                            mb, ml, rightFirst,
                            arith::ConstantIntOp::create(mb, ml, 1, 1)));
                    Value v =
                        arith::SelectOp::create(mb, ml, takeLeft, left, right);
                    Value out = tensor::InsertOp::create(mb, ml, v, c[0],
                                                         ValueRange{k});
                    Value nextI = arith::SelectOp::create(
                        mb, ml, takeLeft,
                        arith::AddIOp::create(mb, ml, i, one), i);
                    Value nextJ = arith::SelectOp::create(
                        mb, ml, takeLeft, j,
                        arith::AddIOp::create(mb, ml, j, one));
                    scf::YieldOp::create(mb, ml,
                                         ValueRange{out, nextI, nextJ});
                  });
              scf::YieldOp::create(rb, rl, merge.getResult(0));
            });
        scf::YieldOp::create(wb, l, ValueRange{runs.getResult(0), src, step});
      });
  return loop.getResult(0);
}

struct NonMaxSuppressionToLinalg : OpConversionPattern<NonMaxSuppressionOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(NonMaxSuppressionOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value boxes = adaptor.getBoxes(), scores = adaptor.getScores();
    auto boxesType = dyn_cast<RankedTensorType>(boxes.getType());
    auto scoresType = dyn_cast<RankedTensorType>(scores.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!boxesType || !scoresType || !resultType)
      return rewriter.notifyMatchFailure(op, "shapes not known well enough");
    Type ft = boxesType.getElementType();
    bool centerPoint = op.getCenterPointBox() != 0;
    Type i64 = rewriter.getI64Type();
    Value zero = cstIndex(rewriter, loc, 0), one = cstIndex(rewriter, loc, 1);

    Value batches = tensor::DimOp::create(rewriter, loc, scores, 0);
    Value classes = tensor::DimOp::create(rewriter, loc, scores, 1);
    Value count = tensor::DimOp::create(rewriter, loc, scores, 2);
    // boxes and scores must agree on the batch and the number of boxes.
    for (auto [boxDim, scoreDim] : {std::pair<int64_t, int64_t>{0, 0}, {1, 2}}) {
      if (!boxesType.isDynamicDim(boxDim) &&
          !scoresType.isDynamicDim(scoreDim))
        continue;
      Value have = tensor::DimOp::create(rewriter, loc, boxes, boxDim);
      Value want = tensor::DimOp::create(rewriter, loc, scores, scoreDim);
      emitRuntimeFailure(
          rewriter, loc,
          arith::CmpIOp::create(rewriter, loc, IP::ne, have, want),
          describeNodeForFormat(op) + ": dim " + std::to_string(boxDim) +
              " of boxes is %lld, scores have %lld",
          {have, want});
    }
    if (boxesType.isDynamicDim(2)) {
      Value have = tensor::DimOp::create(rewriter, loc, boxes, 2);
      emitRuntimeFailure(
          rewriter, loc,
          arith::CmpIOp::create(rewriter, loc, IP::ne, have,
                                cstIndex(rewriter, loc, 4)),
          describeNodeForFormat(op) + ": boxes hold %lld values per box, not 4",
          {have});
    }

    // The optional scalars (absent: no output, threshold 0, no score
    // threshold).
    auto scalar = [&](Value original, Value converted, StringRef what) {
      return isNoValue(original)
                 ? Value()
                 : extractFirstChecked(rewriter, loc, op, converted, what);
    };
    Value maxOut = scalar(op.getMaxOutputBoxesPerClass(),
                          adaptor.getMaxOutputBoxesPerClass(),
                          "max_output_boxes_per_class");
    Value perClass =
        maxOut ? arith::IndexCastOp::create(
                     rewriter, loc, rewriter.getIndexType(),
                     arith::MaxSIOp::create(
                         rewriter, loc, maxOut,
                         arith::ConstantIntOp::create(rewriter, loc, i64, 0)))
                     .getResult()
               : zero;
    perClass = arith::MinSIOp::create(rewriter, loc, perClass, count);
    Value iouThreshold = scalar(op.getIouThreshold(), adaptor.getIouThreshold(),
                                "iou_threshold");
    if (!iouThreshold)
      iouThreshold = createScalarConstant(rewriter, loc, ft, 0.0);
    else if (iouThreshold.getType() != ft)
      iouThreshold = ft.getIntOrFloatBitWidth() > 32
                         ? arith::ExtFOp::create(rewriter, loc, ft, iouThreshold)
                               .getResult()
                         : arith::TruncFOp::create(rewriter, loc, ft,
                                                   iouThreshold)
                               .getResult();
    Value scoreThreshold = scalar(op.getScoreThreshold(),
                                  adaptor.getScoreThreshold(),
                                  "score_threshold");
    if (scoreThreshold && scoreThreshold.getType() != ft)
      scoreThreshold =
          ft.getIntOrFloatBitWidth() > 32
              ? arith::ExtFOp::create(rewriter, loc, ft, scoreThreshold)
                    .getResult()
              : arith::TruncFOp::create(rewriter, loc, ft, scoreThreshold)
                    .getResult();

    Value capacity = arith::MulIOp::create(
        rewriter, loc, arith::MulIOp::create(rewriter, loc, batches, classes),
        perClass);
    Value scratch = tensor::EmptyOp::create(
        rewriter, loc,
        ArrayRef<OpFoldResult>{capacity, rewriter.getIndexAttr(3)}, i64);
    scratch = linalg::FillOp::create(
                  rewriter, loc,
                  arith::ConstantIntOp::create(rewriter, loc, i64, 0).getResult(),
                  scratch)
                  .getResult(0);
    auto toI64 = [&](OpBuilder &b, Location l, Value index) {
      return arith::IndexCastOp::create(b, l, b.getI64Type(), index)
          .getResult();
    };
    SmallVector<Value> kept = buildLoopNest(
        rewriter, loc, {batches, classes}, {scratch, zero},
        [&](OpBuilder &b, Location l, ValueRange bc,
            ValueRange carried) -> SmallVector<Value> {
          Value batch = bc[0], cls = bc[1];
          auto score = [&](OpBuilder &sb, Location sl, Value box) {
            return tensor::ExtractOp::create(sb, sl, scores,
                                             ValueRange{batch, cls, box})
                .getResult();
          };
          Value order = buildMergeSort(
              b, l, count, [&](OpBuilder &sb, Location sl, Value i, Value j) {
                return arith::CmpFOp::create(sb, sl, FP::OGT, score(sb, sl, i),
                                             score(sb, sl, j))
                    .getResult();
              });
          Value classStart = carried[1];
          SmallVector<Value> next = buildLoopNest(
              b, l, count, {carried[0], carried[1]},
              [&](OpBuilder &kb, Location kl, ValueRange k,
                  ValueRange c) -> SmallVector<Value> {
                Value box = tensor::ExtractOp::create(kb, kl, order, k);
                Value room = arith::CmpIOp::create(
                    kb, kl, IP::slt,
                    arith::SubIOp::create(kb, kl, c[1], classStart), perClass);
                Value active = room;
                if (scoreThreshold)
                  active = arith::AndIOp::create(
                      kb, kl, active,
                      arith::CmpFOp::create(kb, kl, FP::OGT,
                                            score(kb, kl, box),
                                            scoreThreshold));
                auto ifOp = scf::IfOp::create(
                    kb, kl, active,
                    [&](OpBuilder &tb, Location tl) {
                      std::array<Value, 4> mine =
                          corners(tb, tl, boxes, batch, box, centerPoint);
                      Value no = arith::ConstantIntOp::create(tb, tl, 0, 1);
                      auto scan = scf::ForOp::create(
                          tb, tl, classStart, c[1], one, ValueRange{no},
                          [&](OpBuilder &sb, Location sl, Value j,
                              ValueRange hit) {
                            Value other = arith::IndexCastOp::create(
                                sb, sl, sb.getIndexType(),
                                tensor::ExtractOp::create(
                                    sb, sl, c[0],
                                    ValueRange{j, cstIndex(sb, sl, 2)}));
                            Value suppress = overlaps(
                                sb, sl, mine,
                                corners(sb, sl, boxes, batch, other,
                                        centerPoint),
                                iouThreshold);
                            scf::YieldOp::create(
                                sb, sl,
                                ValueRange{arith::OrIOp::create(sb, sl, hit[0],
                                                                suppress)});
                          });
                      Value keep = arith::XOrIOp::create(
                          tb, tl, scan.getResult(0),
                          arith::ConstantIntOp::create(tb, tl, 1, 1));
                      auto write = scf::IfOp::create(
                          tb, tl, keep,
                          [&](OpBuilder &wb, Location wl) {
                            Value out = c[0];
                            Value row[3] = {toI64(wb, wl, batch),
                                            toI64(wb, wl, cls),
                                            toI64(wb, wl, box)};
                            for (int64_t d = 0; d < 3; ++d)
                              out = tensor::InsertOp::create(
                                  wb, wl, row[d], out,
                                  ValueRange{c[1], cstIndex(wb, wl, d)});
                            scf::YieldOp::create(
                                wb, wl,
                                ValueRange{out,
                                           arith::AddIOp::create(wb, wl, c[1],
                                                                 one)});
                          },
                          [&](OpBuilder &eb, Location el) {
                            scf::YieldOp::create(eb, el,
                                                 ValueRange{c[0], c[1]});
                          });
                      scf::YieldOp::create(tb, tl, write.getResults());
                    },
                    [&](OpBuilder &eb, Location el) {
                      scf::YieldOp::create(eb, el, ValueRange{c[0], c[1]});
                    });
                return SmallVector<Value>(ifOp.getResults());
              });
          return next;
        });
    Value result;
    if (resultType.isDynamicDim(0)) {
      result = tensor::ExtractSliceOp::create(
          rewriter, loc, kept[0],
          ArrayRef<OpFoldResult>{rewriter.getIndexAttr(0),
                                 rewriter.getIndexAttr(0)},
          ArrayRef<OpFoldResult>{kept[1], rewriter.getIndexAttr(3)},
          ArrayRef<OpFoldResult>{rewriter.getIndexAttr(1),
                                 rewriter.getIndexAttr(1)});
    } else {
      // The model declares the number of rows: check it, and read the rows
      // clamped so that a failed check stays in bounds.
      int64_t declared = resultType.getDimSize(0);
      Value want = cstIndex(rewriter, loc, declared);
      emitRuntimeFailure(
          rewriter, loc,
          arith::CmpIOp::create(rewriter, loc, IP::ne, kept[1], want),
          describeNodeForFormat(op) +
              ": %lld boxes are selected, the model declares %lld",
          {kept[1], want});
      result = buildIndexedGeneric(
          rewriter, loc,
          {rewriter.getIndexAttr(declared), rewriter.getIndexAttr(3)}, i64,
          [&](OpBuilder &b, Location l, ArrayRef<Value> at) {
            return extractClamped(b, l, kept[0], at);
          });
    }
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, result, resultType));
    return success();
  }
};

} // namespace

void populateNonMaxSuppressionToLinalgPatterns(const TypeConverter &converter,
                                               RewritePatternSet &patterns) {
  patterns.add<NonMaxSuppressionToLinalg>(converter, patterns.getContext());
}

} // namespace onnxc
