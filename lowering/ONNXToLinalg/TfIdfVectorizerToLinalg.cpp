//===- TfIdfVectorizerToLinalg.cpp - N-gram counts -------------------------===//
//
// TfIdfVectorizer over integer rows. The pool's n-grams of the counted
// lengths become constant tensors at compile time (values, length, output
// position; a repeated n-gram counts once, at its last position, as in the
// reference's trie). Then:
//   - one linalg.generic over [rows, n-grams] counts each n-gram's matches:
//     for every skip distance (1 .. max_skip_count + 1; unigrams at distance
//     1 only) and every start, the n items start, start + d, ... compared
//     with the n-gram (scf loops in the body);
//   - a loop nest adds each count to its output position;
//   - one generic applies the weighting (TF, IDF, TFIDF, with or without
//     weights).
// O(rows * n-grams * skips * C * n).
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/dialects/ONNX/IR/ShapeHelpers.h"
#include "onnxc/lowering/ONNXToLinalg/DataMovementUtils.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include <map>

using namespace mlir;

namespace onnxc {
namespace {

using IP = arith::CmpIPredicate;

Value cstIndex(OpBuilder &b, Location loc, int64_t v) {
  return arith::ConstantIndexOp::create(b, loc, v);
}

Value constantTensor(OpBuilder &b, Location loc, ArrayRef<int64_t> shape,
                     ArrayRef<int64_t> values) {
  auto type = RankedTensorType::get(shape, b.getI64Type());
  return arith::ConstantOp::create(b, loc, type,
                                   DenseElementsAttr::get(type, values));
}

Value constantTensor(OpBuilder &b, Location loc, ArrayRef<float> values) {
  auto type = RankedTensorType::get({static_cast<int64_t>(values.size())},
                                    b.getF32Type());
  return arith::ConstantOp::create(b, loc, type,
                                   DenseElementsAttr::get(type, values));
}

struct TfIdfVectorizerToLinalg : OpConversionPattern<TfIdfVectorizerOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(TfIdfVectorizerOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getX();
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!xType || !resultType || !op.getPoolInt64s())
      return rewriter.notifyMatchFailure(op, "shapes not known well enough");
    int64_t minGram = op.getMinGramLength(), maxGram = op.getMaxGramLength();
    int64_t maxSkip = op.getMaxSkipCount();
    SmallVector<int64_t> pool = getI64Array(*op.getPoolInt64s(), 0, 0);
    SmallVector<int64_t> counts = getI64Array(op.getNgramCounts(), 0, 0);
    SmallVector<int64_t> indexes = getI64Array(op.getNgramIndexes(), 0, 0);
    int64_t outputs = resultType.getDimSize(resultType.getRank() - 1);

    // The counted n-grams, each at its last output position.
    std::map<SmallVector<int64_t>, int64_t> positions;
    int64_t id = 0;
    for (size_t i = 0; i < counts.size(); ++i) {
      int64_t n = i + 1;
      int64_t end = i + 1 < counts.size() ? counts[i + 1] : pool.size();
      for (int64_t start = counts[i]; start + n <= end; start += n, ++id)
        if (n >= minGram && n <= maxGram)
          positions[SmallVector<int64_t>(pool.begin() + start,
                                         pool.begin() + start + n)] =
              indexes[id];
    }
    int64_t grams = positions.size(), width = 1;
    for (auto &entry : positions)
      width = std::max<int64_t>(width, entry.first.size());
    SmallVector<int64_t> values, lengths, outs;
    for (auto &[gram, position] : positions) {
      values.append(gram.begin(), gram.end());
      values.append(width - gram.size(), 0);
      lengths.push_back(gram.size());
      outs.push_back(position);
    }

    // X as [rows, C].
    Value rows2 = x;
    if (xType.getRank() == 1)
      rows2 = tensor::ExpandShapeOp::create(
          rewriter, loc,
          RankedTensorType::get({1, xType.getDimSize(0)},
                                xType.getElementType()),
          x, SmallVector<ReassociationIndices>{{0, 1}});
    IndexMath m(rewriter, loc);
    OpFoldResult rowCount = tensor::getMixedSize(rewriter, loc, rows2, 0);
    Value numRows = m.value(rowCount);
    Value columns = m.value(tensor::getMixedSize(rewriter, loc, rows2, 1));
    Type i64 = rewriter.getI64Type(), f32 = rewriter.getF32Type();
    Value zeroF = createScalarConstant(rewriter, loc, f32, 0.0);
    SmallVector<OpFoldResult> outSizes{rowCount,
                                       rewriter.getIndexAttr(outputs)};
    Value empty = tensor::EmptyOp::create(rewriter, loc, outSizes, f32);
    Value out =
        linalg::FillOp::create(rewriter, loc, zeroF, empty).getResult(0);
    if (grams > 0) {
      Value gramValues = constantTensor(rewriter, loc, {grams, width}, values);
      Value gramLengths = constantTensor(rewriter, loc, {grams}, lengths);
      Value gramOuts = constantTensor(rewriter, loc, {grams}, outs);
      Value matches = buildIndexedGeneric(
          rewriter, loc,
          {rowCount, rewriter.getIndexAttr(grams)}, i64,
          [&](OpBuilder &b, Location l, ArrayRef<Value> at) -> Value {
            Value row = at[0], g = at[1];
            Value one = cstIndex(b, l, 1);
            Value n = arith::IndexCastOp::create(
                b, l, b.getIndexType(),
                tensor::ExtractOp::create(b, l, gramLengths, ValueRange{g}));
            // Unigrams are counted at distance 1 only.
            Value distances = arith::SelectOp::create(
                b, l, arith::CmpIOp::create(b, l, IP::eq, n, one), one,
                cstIndex(b, l, maxSkip + 1));
            Value span = arith::SubIOp::create(b, l, n, one);
            return buildLoopNest(
                       b, l, {distances, columns},
                       {arith::ConstantIntOp::create(b, l, i64, 0)},
                       [&](OpBuilder &lb, Location ll, ValueRange ivs,
                           ValueRange total) -> SmallVector<Value> {
                         Value d = arith::AddIOp::create(lb, ll, ivs[0], one);
                         Value start = ivs[1];
                         Value last = arith::AddIOp::create(
                             lb, ll, start,
                             arith::MulIOp::create(lb, ll, span, d));
                         Value fits = arith::CmpIOp::create(lb, ll, IP::slt,
                                                            last, columns);
                         Value match =
                             buildLoopNest(
                                 lb, ll, {n}, {fits},
                                 [&](OpBuilder &jb, Location jl,
                                     ValueRange j,
                                     ValueRange ok) -> SmallVector<Value> {
                                   Value pos = arith::AddIOp::create(
                                       jb, jl, start,
                                       arith::MulIOp::create(jb, jl, j[0], d));
                                   Value item = extractClamped(
                                       jb, jl, rows2, {row, pos});
                                   if (item.getType() != i64)
                                     item = arith::ExtSIOp::create(jb, jl, i64,
                                                                   item);
                                   Value want = tensor::ExtractOp::create(
                                       jb, jl, gramValues,
                                       ValueRange{g, j[0]});
                                   Value same = arith::CmpIOp::create(
                                       jb, jl, IP::eq, item, want);
                                   return {arith::AndIOp::create(jb, jl, ok[0],
                                                                 same)};
                                 })
                                 .front();
                         Value add = arith::ExtUIOp::create(lb, ll, i64, match);
                         return {arith::AddIOp::create(lb, ll, total[0], add)};
                       })
                .front();
          });
      out = buildTensorLoopNest(
          rewriter, loc, {numRows, cstIndex(rewriter, loc, grams)}, out,
          [&](OpBuilder &b, Location l, ValueRange ivs, Value acc) -> Value {
            Value position = arith::IndexCastOp::create(
                b, l, b.getIndexType(),
                tensor::ExtractOp::create(b, l, gramOuts, ValueRange{ivs[1]}));
            Value count = arith::SIToFPOp::create(
                b, l, f32, tensor::ExtractOp::create(b, l, matches, ivs));
            SmallVector<Value> target{ivs[0], position};
            Value sum = arith::AddFOp::create(
                b, l, tensor::ExtractOp::create(b, l, acc, target), count);
            return tensor::InsertOp::create(b, l, sum, acc, target);
          });
    }

    // Weighting.
    StringRef mode = op.getMode();
    std::optional<SmallVector<float>> weights;
    if (auto w = op.getWeights()) {
      weights.emplace();
      for (Attribute a : *w)
        weights->push_back(cast<FloatAttr>(a).getValueAsDouble());
    }
    Value weightTensor =
        weights ? constantTensor(rewriter, loc, *weights) : Value();
    if (mode != "TF" && !(mode == "TFIDF" && !weights)) {
      out = buildIndexedGeneric(
          rewriter, loc, outSizes, f32,
          [&](OpBuilder &b, Location l, ArrayRef<Value> at) -> Value {
            Value v = tensor::ExtractOp::create(b, l, out, at);
            Value w = weightTensor
                          ? tensor::ExtractOp::create(b, l, weightTensor,
                                                      ValueRange{at[1]})
                                .getResult()
                          : createScalarConstant(b, l, f32, 1.0);
            if (mode == "TFIDF")
              return arith::MulFOp::create(b, l, w, v);
            Value present = arith::CmpFOp::create(
                b, l, arith::CmpFPredicate::OGT, v,
                createScalarConstant(b, l, f32, 0.0));
            return arith::SelectOp::create(
                b, l, present, w, createScalarConstant(b, l, f32, 0.0));
          });
    }
    if (xType.getRank() == 1)
      out = tensor::CollapseShapeOp::create(
          rewriter, loc, out, SmallVector<ReassociationIndices>{{0, 1}});
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, out, resultType));
    return success();
  }
};

} // namespace

void populateTfIdfVectorizerToLinalgPatterns(const TypeConverter &converter,
                                             RewritePatternSet &patterns) {
  patterns.add<TfIdfVectorizerToLinalg>(converter, patterns.getContext());
}

} // namespace onnxc
