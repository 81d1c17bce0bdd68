//===- SliceConcatToLinalg.cpp - Transpose, Concat, Slice, Split, Pad -===//
//
// Slices, splits, concats and constant pads are tensor ops; transposes are
// linalg.transpose; negative-step slices and edge/reflect/wrap pads are
// linalg.generic ops whose bodies read the input with tensor.extract at
// computed indices. Split sizes given at run time are checked.
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
// Transpose, Concat
//===----------------------------------------------------------------------===//

struct TransposeToLinalg : OpConversionPattern<TransposeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(TransposeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getData();
    auto inType = dyn_cast<RankedTensorType>(input.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inType || !resultType)
      return rewriter.notifyMatchFailure(op, "unranked data or result");
    int64_t rank = inType.getRank();
    SmallVector<int64_t> perm;
    if (auto attr = op.getPermAttr())
      perm = getI64Array(attr, 0, 0);
    else
      for (int64_t i = rank - 1; i >= 0; --i)
        perm.push_back(i);
    if (static_cast<int64_t>(perm.size()) != rank || !isPermutationVector(perm))
      return rewriter.notifyMatchFailure(op, "perm is not a permutation");
    SmallVector<OpFoldResult> sizes;
    for (int64_t p : perm)
      sizes.push_back(tensor::getMixedSize(rewriter, loc, input, p));
    Value init = emptyTensor(rewriter, loc, sizes, inType.getElementType());
    Value result = linalg::TransposeOp::create(rewriter, loc, input, init, perm)
                       .getResult()[0];
    return replaceWithCast(rewriter, op, result, resultType);
  }
};

struct ConcatToLinalg : OpConversionPattern<ConcatOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ConcatOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = getConvertedRankedType(op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unranked result");
    ValueRange inputs = adaptor.getInputs();
    for (Value input : inputs) {
      auto type = dyn_cast<RankedTensorType>(input.getType());
      if (!type || type.getRank() != resultType.getRank())
        return rewriter.notifyMatchFailure(op, "unranked or mismatched input");
    }
    int64_t axis = op.getAxis();
    if (failed(normalizeAxis(axis, resultType.getRank(), std::nullopt)))
      return rewriter.notifyMatchFailure(op, "axis out of range");
    if (inputs.size() == 1)
      return replaceWithCast(rewriter, op, inputs[0], resultType);
    Value result =
        tensor::ConcatOp::create(rewriter, op.getLoc(), axis, inputs);
    return replaceWithCast(rewriter, op, result, resultType);
  }
};

//===----------------------------------------------------------------------===//
// Slice, Split
//===----------------------------------------------------------------------===//

struct SliceToLinalg : OpConversionPattern<SliceOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(SliceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getData();
    auto inType = dyn_cast<RankedTensorType>(input.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inType || !resultType)
      return rewriter.notifyMatchFailure(op, "unranked data or result");
    int64_t rank = inType.getRank();
    auto starts =
        getIndexEntries(rewriter, loc, op.getStarts(), adaptor.getStarts());
    if (!starts)
      return rewriter.notifyMatchFailure(op, "starts of unknown length");
    int64_t n = starts->size();
    auto ends =
        getIndexEntries(rewriter, loc, op.getEnds(), adaptor.getEnds(), n);
    std::optional<SmallVector<OpFoldResult>> steps;
    if (isNoValue(op.getSteps()))
      steps = SmallVector<OpFoldResult>(n, rewriter.getIndexAttr(1));
    else
      steps =
          getIndexEntries(rewriter, loc, op.getSteps(), adaptor.getSteps(), n);
    if (!ends || !steps)
      return rewriter.notifyMatchFailure(op, "ends/steps of another length");
    if (llvm::any_of(*steps,
                     [](OpFoldResult s) { return IndexMath::is(s, 0); }))
      return rewriter.notifyMatchFailure(op, "zero step");
    // Constant axes name the sliced dims; run-time axes are compared with
    // every dim.
    auto axes = getAxes(op.getAxes(), adaptor.getAxes(), rank, iota(n));
    std::optional<SmallVector<OpFoldResult>> runtimeAxes;
    if (!axes && !isNoValue(op.getAxes()) &&
        !getConstInts(op.getAxes(), adaptor.getAxes()))
      runtimeAxes =
          getIndexEntries(rewriter, loc, op.getAxes(), adaptor.getAxes(), n);
    if ((!axes || static_cast<int64_t>(axes->size()) != n) && !runtimeAxes)
      return rewriter.notifyMatchFailure(op, "invalid axes");

    IndexMath m(rewriter, loc);
    using P = arith::CmpIPredicate;
    SmallVector<OpFoldResult> dims =
        tensor::getMixedSizes(rewriter, loc, input);
    SmallVector<OpFoldResult> offsets(rank, m.cst(0)), strides(rank, m.cst(1));
    SmallVector<OpFoldResult> sizes = dims;
    // Offset and element count of slice entry `i` on a dim of size `dim`.
    auto slice = [&](int64_t i, OpFoldResult dim) {
      OpFoldResult step = (*steps)[i];
      auto wrap = [&](OpFoldResult v) {
        return m.select(
            m.cmp(P::slt, v, m.cst(0)), [&] { return m.add(v, dim); },
            [&] { return v; });
      };
      OpFoldResult start = wrap((*starts)[i]), end = wrap((*ends)[i]);
      // ONNX clamping: [0, dim] for positive steps, [0, dim - 1] (start) and
      // [-1, dim - 1] (end) for negative ones.
      auto forward = [&]() {
        OpFoldResult s = m.minSize(m.max(start, m.cst(0)), dim);
        OpFoldResult e = m.minSize(m.max(end, m.cst(0)), dim);
        OpFoldResult count =
            m.div(m.add(m.sub(e, s), m.sub(step, m.cst(1))), step);
        return std::pair{s, count};
      };
      auto backward = [&]() {
        OpFoldResult last = m.sub(dim, m.cst(1));
        OpFoldResult s = m.clamp(start, m.cst(0), last);
        OpFoldResult e = m.clamp(end, m.cst(-1), last);
        OpFoldResult negStep = m.sub(m.cst(0), step);
        OpFoldResult count =
            m.div(m.add(m.sub(s, e), m.sub(negStep, m.cst(1))), negStep);
        return std::pair{s, count};
      };
      OpFoldResult offset, count;
      if (auto known = IndexMath::known(step)) {
        std::tie(offset, count) = *known > 0 ? forward() : backward();
      } else {
        auto [fs, fc] = forward();
        auto [bs, bc] = backward();
        Cond positive = m.cmp(P::sgt, step, m.cst(0));
        offset = m.select(positive, fs, bs);
        count = m.select(positive, fc, bc);
      }
      return std::pair{offset, m.max(count, m.cst(0))};
    };
    if (!runtimeAxes) {
      for (int64_t i = 0; i < n; ++i) {
        int64_t axis = (*axes)[i];
        std::tie(offsets[axis], sizes[axis]) = slice(i, dims[axis]);
        strides[axis] = (*steps)[i];
      }
    } else {
      for (int64_t i = 0; i < n; ++i) {
        OpFoldResult a = (*runtimeAxes)[i];
        a = m.select(m.cmp(P::slt, a, m.cst(0)), m.add(a, m.cst(rank)), a);
        for (int64_t k = 0; k < rank; ++k) {
          Cond here = m.cmp(P::eq, a, m.cst(k));
          auto [offset, count] = slice(i, dims[k]);
          offsets[k] = m.select(here, offset, offsets[k]);
          sizes[k] = m.select(here, count, sizes[k]);
          strides[k] = m.select(here, (*steps)[i], strides[k]);
        }
      }
    }

    Value result;
    bool positive = llvm::all_of(*steps, [](OpFoldResult s) {
      auto v = IndexMath::known(s);
      return v && *v > 0;
    });
    if (positive) {
      result = tensor::ExtractSliceOp::create(rewriter, loc, input, offsets,
                                              sizes, strides);
    } else {
      // Negative or run-time steps: read input[offset + i * step].
      result = buildIndexedGeneric(
          rewriter, loc, sizes, inType.getElementType(),
          [&](OpBuilder &b, Location l, ArrayRef<Value> ivs) {
            IndexMath im(b, l);
            SmallVector<Value> indices;
            for (int64_t k = 0; k < rank; ++k)
              indices.push_back(
                  im.value(im.add(offsets[k], im.mul(ivs[k], strides[k]))));
            return tensor::ExtractOp::create(b, l, input, indices);
          });
    }
    return replaceWithCast(rewriter, op, result, resultType);
  }
};

struct SplitToLinalg : OpConversionPattern<SplitOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(SplitOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    auto inType = dyn_cast<RankedTensorType>(input.getType());
    if (!inType)
      return rewriter.notifyMatchFailure(op, "unranked input");
    SmallVector<RankedTensorType> resultTypes;
    for (Type t : op.getResultTypes()) {
      resultTypes.push_back(getConvertedRankedType(t));
      if (!resultTypes.back())
        return rewriter.notifyMatchFailure(op, "unranked result");
    }
    int64_t count = resultTypes.size(), axis = op.getAxis();
    if (failed(normalizeAxis(axis, inType.getRank(), std::nullopt)))
      return rewriter.notifyMatchFailure(op, "axis out of range");

    IndexMath m(rewriter, loc);
    SmallVector<OpFoldResult> dims =
        tensor::getMixedSizes(rewriter, loc, input);
    OpFoldResult dim = dims[axis];
    SmallVector<OpFoldResult> partSizes, partOffsets;
    if (!isNoValue(op.getSplit())) {
      auto split = getIndexEntries(rewriter, loc, op.getSplit(),
                                   adaptor.getSplit(), count);
      if (!split)
        return rewriter.notifyMatchFailure(op, "split of another length");
      OpFoldResult offset = m.cst(0);
      for (OpFoldResult s : *split) {
        partOffsets.push_back(offset);
        partSizes.push_back(s);
        offset = m.add(offset, s);
      }
      // Sizes known only at run time must be non-negative and add up to
      // the axis; the parts are clamped into it, so a failed run reads in
      // bounds.
      if (llvm::any_of(*split,
                       [](OpFoldResult s) { return !IndexMath::known(s); })) {
        Value axisSize = m.value(dim), zero = m.value(m.cst(0));
        Value bad = arith::CmpIOp::create(
            rewriter, loc, arith::CmpIPredicate::ne, m.value(offset), axisSize);
        for (OpFoldResult s : *split)
          bad = arith::OrIOp::create(
              rewriter, loc, bad,
              arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt,
                                    m.value(s), zero));
        emitRuntimeFailure(rewriter, loc, bad,
                           describeNodeForFormat(op) +
                               ": the split sizes add up to %lld, the axis "
                               "has %lld (or one is negative)",
                           {m.value(offset), axisSize});
        for (int64_t i = 0; i < count; ++i) {
          Value start = arith::MinSIOp::create(
              rewriter, loc,
              arith::MaxSIOp::create(rewriter, loc, m.value(partOffsets[i]),
                                     zero),
              axisSize);
          Value size = arith::MinSIOp::create(
              rewriter, loc,
              arith::MaxSIOp::create(rewriter, loc, m.value(partSizes[i]),
                                     zero),
              arith::SubIOp::create(rewriter, loc, axisSize, start));
          partOffsets[i] = start;
          partSizes[i] = size;
        }
      }
    } else {
      // Equal parts of ceil(dim / count); the last ones get what is left.
      OpFoldResult part = m.div(m.add(dim, m.cst(count - 1)), m.cst(count));
      for (int64_t i = 0; i < count; ++i) {
        OpFoldResult offset = m.minSize(m.mul(part, m.cst(i)), dim);
        partOffsets.push_back(offset);
        partSizes.push_back(m.min(part, m.sub(dim, offset)));
      }
    }

    SmallVector<Value> results;
    for (int64_t i = 0; i < count; ++i) {
      SmallVector<OpFoldResult> offsets(inType.getRank(), m.cst(0));
      SmallVector<OpFoldResult> sizes = dims;
      SmallVector<OpFoldResult> strides(inType.getRank(), m.cst(1));
      offsets[axis] = partOffsets[i];
      sizes[axis] = partSizes[i];
      // An empty part reads nothing (a slice at offset 0 of an empty dim
      // does not verify); an empty input has only empty parts.
      bool empty =
          IndexMath::known(partSizes[i]) == 0 || IndexMath::known(dim) == 0;
      if (empty)
        sizes[axis] = m.cst(0);
      Value slice = empty ? tensor::EmptyOp::create(rewriter, loc, sizes,
                                                    inType.getElementType())
                                .getResult()
                          : tensor::ExtractSliceOp::create(
                                rewriter, loc, input, offsets, sizes, strides)
                                .getResult();
      if (slice.getType() != resultTypes[i]) {
        if (!tensor::CastOp::areCastCompatible(slice.getType(), resultTypes[i]))
          return rewriter.notifyMatchFailure(op, "split sizes disagree with "
                                                 "the result types");
        slice = tensor::CastOp::create(rewriter, loc, resultTypes[i], slice);
      }
      results.push_back(slice);
    }
    rewriter.replaceOp(op, results);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Pad
//===----------------------------------------------------------------------===//

struct PadToLinalg : OpConversionPattern<PadOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(PadOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getData();
    auto inType = dyn_cast<RankedTensorType>(input.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inType || !resultType)
      return rewriter.notifyMatchFailure(op, "unranked data or result");
    int64_t rank = inType.getRank();
    StringRef mode = op.getMode();
    if (mode != "constant" && mode != "reflect" && mode != "edge" &&
        mode != "wrap")
      return rewriter.notifyMatchFailure(op, "unknown mode");
    auto axes = getAxes(op.getAxes(), adaptor.getAxes(), rank, iota(rank));
    if (!axes)
      return rewriter.notifyMatchFailure(op, "non-constant axes");
    int64_t n = axes->size();
    auto pads =
        getIndexEntries(rewriter, loc, op.getPads(), adaptor.getPads(), 2 * n);
    if (!pads)
      return rewriter.notifyMatchFailure(op, "pads of another length");

    IndexMath m(rewriter, loc);
    SmallVector<OpFoldResult> low(rank, m.cst(0)), high(rank, m.cst(0));
    for (int64_t i = 0; i < n; ++i) {
      low[(*axes)[i]] = (*pads)[i];
      high[(*axes)[i]] = (*pads)[i + n];
    }
    SmallVector<OpFoldResult> dims =
        tensor::getMixedSizes(rewriter, loc, input);
    Type elementType = inType.getElementType();
    if (!isa<FloatType, IntegerType>(elementType))
      return rewriter.notifyMatchFailure(op, "unsupported element type");

    if (mode == "constant") {
      Value padValue;
      if (isNoValue(adaptor.getConstantValue())) {
        padValue = createScalarConstant(rewriter, loc, elementType, 0);
      } else {
        auto valueType =
            dyn_cast<RankedTensorType>(adaptor.getConstantValue().getType());
        if (!valueType || valueType.getRank() > 1 ||
            !valueType.hasStaticShape() || valueType.getNumElements() != 1 ||
            valueType.getElementType() != elementType)
          return rewriter.notifyMatchFailure(op, "bad constant_value");
        SmallVector<Value> at;
        if (valueType.getRank() == 1)
          at.push_back(arith::ConstantIndexOp::create(rewriter, loc, 0));
        padValue = tensor::ExtractOp::create(rewriter, loc,
                                             adaptor.getConstantValue(), at);
      }
      // Negative pads crop: slice first, then pad by the positive parts.
      SmallVector<OpFoldResult> cropLow, cropHigh;
      bool crops = false;
      for (int64_t k = 0; k < rank; ++k) {
        cropLow.push_back(m.max(m.sub(m.cst(0), low[k]), m.cst(0)));
        cropHigh.push_back(m.max(m.sub(m.cst(0), high[k]), m.cst(0)));
        crops |= !m.is(cropLow[k], 0) || !m.is(cropHigh[k], 0);
        low[k] = m.max(low[k], m.cst(0));
        high[k] = m.max(high[k], m.cst(0));
      }
      Value source = input;
      if (crops) {
        for (int64_t k = 0; k < rank; ++k)
          if (!m.is(cropLow[k], 0) || !m.is(cropHigh[k], 0))
            dims[k] =
                m.max(m.sub(m.sub(dims[k], cropLow[k]), cropHigh[k]), m.cst(0));
        SmallVector<OpFoldResult> strides(rank, m.cst(1));
        source = tensor::ExtractSliceOp::create(rewriter, loc, input, cropLow,
                                                dims, strides);
      }
      auto type = tensor::PadOp::inferResultType(
          cast<RankedTensorType>(source.getType()), staticShape(low),
          staticShape(high));
      Value result = tensor::PadOp::create(rewriter, loc, type, source, low,
                                           high, padValue);
      return replaceWithCast(rewriter, op, result, resultType);
    }

    // edge / reflect / wrap: output[o] = input[map(o - low)], per dim.
    // Per padded dim: low, size, size - 1 and the reflection period.
    SmallVector<OpFoldResult> outSizes;
    SmallVector<std::array<OpFoldResult, 4>> params(rank);
    SmallVector<bool> padded(rank, false);
    for (int64_t k = 0; k < rank; ++k) {
      outSizes.push_back(m.add(m.add(dims[k], low[k]), high[k]));
      padded[k] = !m.is(low[k], 0) || !m.is(high[k], 0);
      if (!padded[k])
        continue;
      OpFoldResult last = mode == "wrap" ? m.cst(0) : m.sub(dims[k], m.cst(1));
      OpFoldResult period =
          mode == "reflect" ? m.max(m.mul(last, m.cst(2)), m.cst(1)) : m.cst(1);
      params[k] = {low[k], dims[k], last, period};
    }
    Value result = buildIndexedGeneric(
        rewriter, loc, outSizes, elementType,
        [&](OpBuilder &b, Location l, ArrayRef<Value> ivs) {
          IndexMath im(b, l);
          SmallVector<Value> indices;
          for (int64_t k = 0; k < rank; ++k) {
            if (!padded[k]) {
              indices.push_back(ivs[k]);
              continue;
            }
            auto [lo, d, last, period] = params[k];
            OpFoldResult i = im.sub(ivs[k], lo);
            if (mode == "edge") {
              i = im.clamp(i, im.cst(0), last);
            } else if (mode == "wrap") {
              i = im.mod(i, d);
            } else {
              // numpy 'reflect' (edge not repeated), periodic in 2(d - 1).
              OpFoldResult j = im.mod(i, period);
              Cond beyond = im.cmp(arith::CmpIPredicate::sge, j, d);
              i = im.clamp(im.select(beyond, im.sub(period, j), j), im.cst(0),
                           last);
            }
            indices.push_back(im.value(i));
          }
          return tensor::ExtractOp::create(b, l, input, indices);
        });
    return replaceWithCast(rewriter, op, result, resultType);
  }
};

} // namespace

void populateSliceConcatToLinalgPatterns(const TypeConverter &converter,
                                         RewritePatternSet &patterns) {
  patterns.add<TransposeToLinalg, ConcatToLinalg, SliceToLinalg, SplitToLinalg,
               PadToLinalg>(converter, patterns.getContext());
}

} // namespace onnxc
