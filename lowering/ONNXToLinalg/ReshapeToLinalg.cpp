//===- ReshapeToLinalg.cpp - Reshape, Flatten, Squeeze, Unsqueeze -===//
//
// Reshapes become tensor.collapse_shape/expand_shape where the shapes prove a
// pure collapse or expansion, tensor.reshape otherwise; Flatten, Squeeze and
// Unsqueeze with constant axes are collapses and expansions.
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
// Reshape
//===----------------------------------------------------------------------===//

/// A dim of a reshape, as far as it is known at compile time: a static size,
/// the run-time size of input dim `symbol`, or the inferred (-1) entry.
struct SymDim {
  int64_t size = kDyn;
  int64_t symbol = -1;
  bool inferred = false;
  bool isStatic() const { return !ShapedType::isDynamic(size); }
};

/// Groups the dims of `large` into one contiguous group per dim of `small` so
/// that each group provably has the size of its `small` dim: equal static
/// products, or the same input dim times static 1s. The group holding the
/// inferred dim is proved by the element count, provided every other group
/// is. Returns nullopt when no such grouping is found.
static std::optional<SmallVector<ReassociationIndices>>
groupReshapeDims(ArrayRef<SymDim> large, ArrayRef<SymDim> small) {
  int64_t nl = large.size(), ns = small.size();
  // Matches small[j] with large dims from `i` on, walking by `step`; returns
  // how many large dims the group takes, 0 when the inferred dim is reached
  // (the middle group), -1 when no group matches.
  auto match = [&](int64_t i, int64_t j, int64_t step) -> int64_t {
    if (small[j].inferred)
      return 0;
    int64_t product = 1, symbol = -1, taken = 0;
    for (int64_t k = i; k >= 0 && k < nl; k += step) {
      const SymDim &d = large[k];
      if (d.inferred)
        return 0;
      ++taken;
      if (d.isStatic()) {
        product *= d.size;
      } else {
        if (symbol >= 0 || small[j].isStatic())
          return -1;
        symbol = d.symbol;
      }
      bool done = small[j].isStatic()
                      ? (symbol < 0 && product == small[j].size)
                      : (symbol == small[j].symbol && product == 1);
      if (done)
        return taken;
      if (small[j].isStatic() && product > small[j].size)
        return -1;
      if (!small[j].isStatic() && (product != 1 || symbol >= 0))
        return -1;
    }
    return -1;
  };

  SmallVector<ReassociationIndices> groups(ns);
  int64_t i = 0, j = 0;
  for (; j < ns; ++j) {
    int64_t taken = match(i, j, 1);
    if (taken < 0)
      return std::nullopt;
    if (taken == 0)
      break;
    for (int64_t k = 0; k < taken; ++k)
      groups[j].push_back(i++);
  }
  if (j == ns) {
    // Trailing large dims must be static 1s; they join the last group (with
    // no group, the small side is rank 0).
    for (; i < nl; ++i) {
      if (!large[i].isStatic() || large[i].size != 1)
        return std::nullopt;
      if (ns > 0)
        groups.back().push_back(i);
    }
    return groups;
  }
  // The inferred dim is in the middle: match groups from the right end too.
  int64_t ir = nl - 1, jr = ns - 1;
  for (; jr > j; --jr) {
    int64_t taken = match(ir, jr, -1);
    if (taken <= 0)
      return std::nullopt;
    for (int64_t k = 0; k < taken; ++k)
      groups[jr].insert(groups[jr].begin(), ir--);
  }
  if (ir < i)
    return std::nullopt;
  for (int64_t k = i; k <= ir; ++k)
    groups[j].push_back(k);
  return groups;
}

struct ReshapeToLinalg : OpConversionPattern<ReshapeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ReshapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getData();
    auto inType = dyn_cast<RankedTensorType>(input.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inType || !resultType)
      return rewriter.notifyMatchFailure(op, "unranked data or result");
    int64_t inRank = inType.getRank(), outRank = resultType.getRank();
    bool allowZero = op.getAllowzero() != 0;
    IndexMath m(rewriter, loc);

    if (auto dims = getConstInts(op.getShape(), adaptor.getShape())) {
      if (static_cast<int64_t>(dims->size()) != outRank)
        return rewriter.notifyMatchFailure(op, "shape length != result rank");
      SmallVector<SymDim> source, target;
      for (auto [i, d] : llvm::enumerate(inType.getShape()))
        source.push_back(ShapedType::isDynamic(d)
                             ? SymDim{kDyn, static_cast<int64_t>(i), false}
                             : SymDim{d, -1, false});
      bool staticInput = inType.hasStaticShape();
      int64_t known = 1, inferredAt = -1;
      for (auto [i, d] : llvm::enumerate(*dims)) {
        if (d == -1) {
          if (inferredAt >= 0)
            return rewriter.notifyMatchFailure(op, "two -1 shape entries");
          inferredAt = i;
          target.push_back({kDyn, -1, true});
          continue;
        }
        if (d == 0 && !allowZero) {
          if (static_cast<int64_t>(i) >= inRank)
            return rewriter.notifyMatchFailure(op, "0 copies a missing dim");
          target.push_back(source[i]);
        } else if (d < 0) {
          return rewriter.notifyMatchFailure(op, "invalid shape entry");
        } else {
          target.push_back({d, -1, false});
        }
        if (target.back().isStatic())
          known *= target.back().size;
      }
      if (inferredAt >= 0 && staticInput) {
        if (known == 0 || inType.getNumElements() % known != 0)
          return rewriter.notifyMatchFailure(op, "cannot infer the -1 entry");
        target[inferredAt] = {inType.getNumElements() / known, -1, false};
      }

      // The size of a target dim, computed from the input's dims.
      auto targetSize = [&](const SymDim &d) -> OpFoldResult {
        if (d.isStatic())
          return m.cst(d.size);
        if (!d.inferred)
          return tensor::getMixedSize(rewriter, loc, input, d.symbol);
        OpFoldResult total = m.cst(1), rest = m.cst(1);
        for (int64_t k = 0; k < inRank; ++k)
          total = m.mul(total, tensor::getMixedSize(rewriter, loc, input, k));
        for (const SymDim &t : target)
          if (!t.inferred)
            rest = m.mul(rest, t.isStatic()
                                   ? m.cst(t.size)
                                   : tensor::getMixedSize(rewriter, loc, input,
                                                          t.symbol));
        return m.div(total, m.max(rest, m.cst(1)));
      };

      bool collapse = inRank >= outRank;
      auto groups = collapse ? groupReshapeDims(source, target)
                             : groupReshapeDims(target, source);
      // An expansion whose inferred dim does not divide its static input dim
      // (an invalid model) would make an invalid expand_shape.
      if (groups && !collapse) {
        bool divides = true;
        for (auto [j, group] : llvm::enumerate(*groups)) {
          if (!source[j].isStatic())
            continue;
          int64_t rest = 1;
          for (int64_t k : group)
            if (target[k].isStatic())
              rest *= target[k].size;
          divides &= rest != 0 && source[j].size % rest == 0;
        }
        if (!divides)
          groups.reset();
      }
      if (groups) {
        Value result = input;
        if (inRank > outRank) {
          result =
              tensor::CollapseShapeOp::create(rewriter, loc, input, *groups);
        } else if (inRank < outRank) {
          SmallVector<OpFoldResult> sizes;
          for (const SymDim &d : target)
            sizes.push_back(d.inferred ? m.cst(0) : targetSize(d));
          // The inferred dim is its input dim over the rest of its group.
          for (auto [j, group] : llvm::enumerate(*groups)) {
            auto it = llvm::find_if(
                group, [&](int64_t k) { return target[k].inferred; });
            if (it == group.end())
              continue;
            OpFoldResult rest = m.cst(1);
            for (int64_t k : group)
              if (k != *it)
                rest = m.mul(rest, sizes[k]);
            sizes[*it] = m.div(tensor::getMixedSize(rewriter, loc, input, j),
                               m.max(rest, m.cst(1)));
          }
          auto type = RankedTensorType::get(staticShape(sizes),
                                            inType.getElementType());
          result = tensor::ExpandShapeOp::create(rewriter, loc, type, input,
                                                 *groups, sizes);
        }
        return replaceWithCast(rewriter, op, result, resultType);
      }

      // Neither a collapse nor an expansion: a reshape to the sizes, checked
      // where they depend on dynamic dims.
      SmallVector<OpFoldResult> sizes;
      for (const SymDim &d : target)
        sizes.push_back(targetSize(d));
      rewriter.replaceOp(
          op, buildCheckedReshape(rewriter, loc, op, input, sizes, resultType));
      return success();
    }

    // A shape known only at run time (e.g. built from Shape/Gather/Concat):
    // resolve 0 (copy the input dim) and -1 (the remaining element count).
    auto entries = getIndexEntries(rewriter, loc, op.getShape(),
                                   adaptor.getShape(), outRank);
    if (!entries)
      return rewriter.notifyMatchFailure(op, "shape is not a 1-D integer "
                                             "tensor of the result rank");
    SmallVector<OpFoldResult> sizes;
    for (auto [i, e] : llvm::enumerate(*entries)) {
      if (!allowZero && static_cast<int64_t>(i) < inRank)
        e = m.select(m.cmp(arith::CmpIPredicate::eq, e, m.cst(0)),
                     tensor::getMixedSize(rewriter, loc, input, i), e);
      sizes.push_back(e);
    }
    OpFoldResult total = m.cst(1), known = m.cst(1);
    for (int64_t k = 0; k < inRank; ++k)
      total = m.mul(total, tensor::getMixedSize(rewriter, loc, input, k));
    SmallVector<Cond> isInferred;
    for (OpFoldResult s : sizes) {
      isInferred.push_back(m.cmp(arith::CmpIPredicate::eq, s, m.cst(-1)));
      known = m.mul(known, m.select(isInferred.back(), m.cst(1), s));
    }
    OpFoldResult inferred = m.div(total, m.max(known, m.cst(1)));
    SmallVector<Value> values;
    for (auto [s, c] : llvm::zip(sizes, isInferred))
      values.push_back(m.value(m.select(c, inferred, s)));
    SmallVector<OpFoldResult> finalSizes(values.begin(), values.end());
    rewriter.replaceOp(op, buildCheckedReshape(rewriter, loc, op, input,
                                               finalSizes, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Flatten, Squeeze, Unsqueeze
//===----------------------------------------------------------------------===//

/// Axes given as a 1-D integer tensor (read at run time).
static bool isRuntimeAxes(Value axes) {
  auto type = dyn_cast<RankedTensorType>(axes.getType());
  return type && type.getRank() == 1 && isa<IntegerType>(type.getElementType());
}

struct FlattenToLinalg : OpConversionPattern<FlattenOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(FlattenOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    auto inType = dyn_cast<RankedTensorType>(input.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inType || !resultType)
      return rewriter.notifyMatchFailure(op, "unranked input or result");
    int64_t rank = inType.getRank(), axis = op.getAxis();
    if (axis < -rank || axis > rank)
      return rewriter.notifyMatchFailure(op, "axis out of range");
    if (axis < 0)
      axis += rank;

    Value result;
    if (axis > 0 && axis < rank) {
      SmallVector<ReassociationIndices> groups(2);
      for (int64_t i = 0; i < rank; ++i)
        groups[i < axis ? 0 : 1].push_back(i);
      result = tensor::CollapseShapeOp::create(rewriter, loc, input, groups);
    } else {
      // One side is empty: collapse everything, then add the unit dim.
      Value flat = input;
      if (rank > 1) {
        SmallVector<ReassociationIndices> all{ReassociationIndices(iota(rank))};
        flat = tensor::CollapseShapeOp::create(rewriter, loc, input, all);
      }
      if (rank == 0) {
        result = tensor::ExpandShapeOp::create(
            rewriter, loc,
            RankedTensorType::get({1, 1}, inType.getElementType()), flat,
            SmallVector<ReassociationIndices>{},
            SmallVector<OpFoldResult>{rewriter.getIndexAttr(1),
                                      rewriter.getIndexAttr(1)});
      } else {
        OpFoldResult n = tensor::getMixedSize(rewriter, loc, flat, 0);
        OpFoldResult one = rewriter.getIndexAttr(1);
        SmallVector<OpFoldResult> sizes =
            axis == 0 ? SmallVector<OpFoldResult>{one, n}
                      : SmallVector<OpFoldResult>{n, one};
        result = tensor::ExpandShapeOp::create(
            rewriter, loc,
            RankedTensorType::get(staticShape(sizes), inType.getElementType()),
            flat, SmallVector<ReassociationIndices>{{0, 1}}, sizes);
      }
    }
    return replaceWithCast(rewriter, op, result, resultType);
  }
};

struct SqueezeToLinalg : OpConversionPattern<SqueezeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(SqueezeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getData();
    auto inType = dyn_cast<RankedTensorType>(input.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inType || !resultType)
      return rewriter.notifyMatchFailure(op, "unranked data or result");
    int64_t rank = inType.getRank();
    SmallVector<bool> squeezed(rank, false);
    if (isNoValue(op.getAxes())) {
      for (int64_t i = 0; i < rank; ++i) {
        if (inType.isDynamicDim(i))
          return rewriter.notifyMatchFailure(op, "no axes and a dynamic dim");
        squeezed[i] = inType.getDimSize(i) == 1;
      }
    } else {
      if (!getConstInts(op.getAxes(), adaptor.getAxes()))
        return squeezeRuntimeAxes(op, adaptor, rewriter, resultType);
      auto axes = getAxes(op.getAxes(), adaptor.getAxes(), rank, std::nullopt);
      if (!axes)
        return rewriter.notifyMatchFailure(op, "invalid axes");
      for (int64_t axis : *axes) {
        if (!inType.isDynamicDim(axis) && inType.getDimSize(axis) != 1)
          return rewriter.notifyMatchFailure(op, "squeezed dim is not 1");
        squeezed[axis] = true;
      }
    }
    // Squeezed dynamic dims are 1 at run time; say so before collapsing.
    SmallVector<int64_t> shape(inType.getShape());
    for (int64_t i = 0; i < rank; ++i)
      if (squeezed[i])
        shape[i] = 1;
    auto unitType = RankedTensorType::get(shape, inType.getElementType());
    if (unitType != inType)
      input = tensor::CastOp::create(rewriter, loc, unitType, input);
    Value result = tensor::CollapseShapeOp::create(rewriter, loc, input,
                                                   unitReassociation(squeezed));
    return replaceWithCast(rewriter, op, result, resultType);
  }

  /// Axes read at run time: the result's rank says how many there are; the
  /// sizes of the kept dims are picked at run time and each squeezed dim is
  /// checked to be 1.
  LogicalResult squeezeRuntimeAxes(SqueezeOp op, OpAdaptor adaptor,
                                   ConversionPatternRewriter &rewriter,
                                   RankedTensorType resultType) const {
    Location loc = op.getLoc();
    Value input = adaptor.getData();
    auto inType = cast<RankedTensorType>(input.getType());
    int64_t rank = inType.getRank(), outRank = resultType.getRank();
    if (!isRuntimeAxes(adaptor.getAxes()) || outRank > rank || rank > 63)
      return rewriter.notifyMatchFailure(
          op, "axes must be a 1-D integer tensor and the input's rank at most "
              "63");
    Value mask = emitAxesMask(rewriter, loc, op, adaptor.getAxes(), rank,
                              isUnsignedTensor(op.getAxes()), rank - outRank);
    IndexMath m(rewriter, loc);
    SmallVector<Value> dropped;
    SmallVector<OpFoldResult> sizes;
    Type i64 = rewriter.getI64Type();
    for (int64_t d = 0; d < rank; ++d) {
      dropped.push_back(maskBit(rewriter, loc, mask, d));
      sizes.push_back(tensor::getMixedSize(rewriter, loc, input, d));
      Cond notOne = m.cmp(arith::CmpIPredicate::ne, sizes.back(), m.cst(1));
      if (notOne.known && !*notOne.known)
        continue;
      Value bad = notOne.known
                      ? dropped.back()
                      : arith::AndIOp::create(rewriter, loc, dropped.back(),
                                              notOne.value)
                            .getResult();
      emitRuntimeFailure(
          rewriter, loc, bad,
          describeNodeForFormat(op) + ": cannot squeeze axis %lld of size %lld",
          {arith::ConstantIntOp::create(rewriter, loc, i64, d),
           arith::IndexCastOp::create(rewriter, loc, i64, m.value(sizes[d]))});
    }
    rewriter.replaceOp(
        op, buildCheckedReshape(rewriter, loc, op, input,
                                compactSizes(m, dropped, sizes, outRank),
                                resultType));
    return success();
  }
};

struct UnsqueezeToLinalg : OpConversionPattern<UnsqueezeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(UnsqueezeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getData();
    auto inType = dyn_cast<RankedTensorType>(input.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inType || !resultType)
      return rewriter.notifyMatchFailure(op, "unranked data or result");
    auto axes = getConstInts(op.getAxes(), adaptor.getAxes());
    if (!axes)
      return unsqueezeRuntimeAxes(op, adaptor, rewriter, resultType);
    int64_t rank = inType.getRank() + axes->size();
    auto normalized =
        getAxes(op.getAxes(), adaptor.getAxes(), rank, std::nullopt);
    if (!normalized)
      return rewriter.notifyMatchFailure(op, "invalid axes");
    SmallVector<bool> inserted(rank, false);
    for (int64_t axis : *normalized)
      inserted[axis] = true;
    SmallVector<OpFoldResult> sizes;
    int64_t next = 0;
    for (int64_t i = 0; i < rank; ++i)
      sizes.push_back(inserted[i]
                          ? rewriter.getIndexAttr(1)
                          : tensor::getMixedSize(rewriter, loc, input, next++));
    auto type =
        RankedTensorType::get(staticShape(sizes), inType.getElementType());
    Value result = tensor::ExpandShapeOp::create(
        rewriter, loc, type, input, unitReassociation(inserted), sizes);
    return replaceWithCast(rewriter, op, result, resultType);
  }

  /// Axes read at run time: the result's rank says how many there are; each
  /// result dim is 1 where an axis names it and the next input dim
  /// otherwise.
  LogicalResult unsqueezeRuntimeAxes(UnsqueezeOp op, OpAdaptor adaptor,
                                     ConversionPatternRewriter &rewriter,
                                     RankedTensorType resultType) const {
    Location loc = op.getLoc();
    Value input = adaptor.getData();
    auto inType = cast<RankedTensorType>(input.getType());
    int64_t inRank = inType.getRank(), rank = resultType.getRank();
    if (!isRuntimeAxes(adaptor.getAxes()) || rank < inRank || rank > 63)
      return rewriter.notifyMatchFailure(
          op, "axes must be a 1-D integer tensor and the result's rank at most "
              "63");
    Value mask = emitAxesMask(rewriter, loc, op, adaptor.getAxes(), rank,
                              isUnsignedTensor(op.getAxes()), rank - inRank);
    IndexMath m(rewriter, loc);
    SmallVector<OpFoldResult> sizes;
    OpFoldResult insertedBefore = m.cst(0);
    for (int64_t i = 0; i < rank; ++i) {
      Value inserted = maskBit(rewriter, loc, mask, i);
      // Result dim i is input dim i - insertedBefore when not inserted.
      OpFoldResult from = m.sub(m.cst(i), insertedBefore);
      OpFoldResult size = m.cst(1);
      for (int64_t k = std::max<int64_t>(0, i - (rank - inRank));
           k <= std::min(i, inRank - 1); ++k)
        size = m.select(m.cmp(arith::CmpIPredicate::eq, from, m.cst(k)),
                        tensor::getMixedSize(rewriter, loc, input, k), size);
      sizes.push_back(m.select(Cond{std::nullopt, inserted}, m.cst(1), size));
      insertedBefore = m.add(
          insertedBefore, arith::IndexCastUIOp::create(
                              rewriter, loc, rewriter.getIndexType(), inserted)
                              .getResult());
    }
    rewriter.replaceOp(
        op, buildCheckedReshape(rewriter, loc, op, input, sizes, resultType));
    return success();
  }
};

} // namespace

void populateReshapeToLinalgPatterns(const TypeConverter &converter,
                                     RewritePatternSet &patterns) {
  patterns.add<ReshapeToLinalg, FlattenToLinalg, SqueezeToLinalg,
               UnsqueezeToLinalg>(converter, patterns.getContext());
}

} // namespace onnxc
