//===- DataMovementToLinalg.cpp - Shape and data-movement ops -------------===//
//
// Reshapes become tensor.collapse_shape/expand_shape where the shapes prove a
// pure collapse or expansion, tensor.reshape otherwise; slices, splits,
// concats and constant pads are tensor ops; transposes and fills are linalg
// named ops; Expand is a linalg.generic whose indexing map broadcasts. Gathers,
// tiles, negative-step slices, edge/reflect/wrap pads and broadcasts decided
// at run time are linalg.generic ops whose bodies read the input with
// tensor.extract at computed indices; Gather indices are checked at run time
// (RuntimeChecks.h). (Identity belongs to the elementwise family.)
//
// Sizes and offsets are OpFoldResults that fold while they are built, so
// static shapes stay static and only dynamic dims cost tensor.dim and index
// arithmetic.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
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
// Index arithmetic that folds constants
//===----------------------------------------------------------------------===//

/// A condition known at compile time, or an i1 computed at run time.
struct Cond {
  std::optional<bool> known;
  Value value;
};

/// Index arithmetic on OpFoldResults: when both operands are constants the
/// result is an attribute, otherwise an arith op on `index`.
class IndexMath {
public:
  IndexMath(OpBuilder &b, Location loc) : b(b), loc(loc) {}

  OpFoldResult cst(int64_t v) const { return b.getIndexAttr(v); }
  Value value(OpFoldResult v) const {
    return getValueOrCreateConstantIndexOp(b, loc, v);
  }
  static std::optional<int64_t> known(OpFoldResult v) {
    return getConstantIntValue(v);
  }
  static bool is(OpFoldResult v, int64_t c) { return known(v) == c; }

  OpFoldResult add(OpFoldResult x, OpFoldResult y) {
    if (is(x, 0))
      return y;
    if (is(y, 0))
      return x;
    return fold<arith::AddIOp>(
        x, y, [](int64_t a, int64_t c) { return llvm::checkedAdd(a, c); });
  }
  OpFoldResult sub(OpFoldResult x, OpFoldResult y) {
    if (is(y, 0))
      return x;
    return fold<arith::SubIOp>(
        x, y, [](int64_t a, int64_t c) { return llvm::checkedSub(a, c); });
  }
  OpFoldResult mul(OpFoldResult x, OpFoldResult y) {
    if (is(x, 0) || is(y, 0))
      return cst(0);
    if (is(x, 1))
      return y;
    if (is(y, 1))
      return x;
    return fold<arith::MulIOp>(
        x, y, [](int64_t a, int64_t c) { return llvm::checkedMul(a, c); });
  }
  /// Division rounding toward zero (arith.divsi).
  OpFoldResult div(OpFoldResult x, OpFoldResult y) {
    if (is(y, 1))
      return x;
    return fold<arith::DivSIOp>(
        x, y, [](int64_t a, int64_t c) -> std::optional<int64_t> {
          if (c == 0 || (a == INT64_MIN && c == -1))
            return std::nullopt;
          return a / c;
        });
  }
  /// Remainder with the sign of the dividend (arith.remsi).
  OpFoldResult rem(OpFoldResult x, OpFoldResult y) {
    return fold<arith::RemSIOp>(
        x, y, [](int64_t a, int64_t c) -> std::optional<int64_t> {
          if (c == 0 || (a == INT64_MIN && c == -1))
            return std::nullopt;
          return a % c;
        });
  }
  /// The remainder in [0, y) for y > 0.
  OpFoldResult mod(OpFoldResult x, OpFoldResult y) {
    return rem(add(rem(x, y), y), y);
  }
  OpFoldResult max(OpFoldResult x, OpFoldResult y) {
    return fold<arith::MaxSIOp>(x, y, [](int64_t a, int64_t c) {
      return std::optional<int64_t>(std::max(a, c));
    });
  }
  OpFoldResult min(OpFoldResult x, OpFoldResult y) {
    return fold<arith::MinSIOp>(x, y, [](int64_t a, int64_t c) {
      return std::optional<int64_t>(std::min(a, c));
    });
  }
  OpFoldResult clamp(OpFoldResult x, OpFoldResult lo, OpFoldResult hi) {
    return min(max(x, lo), hi);
  }
  /// min(x, size) where `size` is a tensor size (so never negative).
  OpFoldResult minSize(OpFoldResult x, OpFoldResult size) {
    if (auto v = known(x); v && *v <= 0)
      return x;
    return min(x, size);
  }

  Cond cmp(arith::CmpIPredicate pred, OpFoldResult x, OpFoldResult y) {
    auto a = known(x), c = known(y);
    if (a && c)
      return {arith::applyCmpPredicate(pred, APInt(64, *a, true),
                                       APInt(64, *c, true)),
              {}};
    return {std::nullopt,
            arith::CmpIOp::create(b, loc, pred, value(x), value(y))};
  }
  OpFoldResult select(Cond c, OpFoldResult t, OpFoldResult f) {
    if (c.known)
      return *c.known ? t : f;
    auto a = known(t), e = known(f);
    if (a && e && *a == *e)
      return t;
    return arith::SelectOp::create(b, loc, c.value, value(t), value(f))
        .getResult();
  }
  /// select() that builds only the chosen side when `c` is known.
  OpFoldResult select(Cond c, function_ref<OpFoldResult()> t,
                      function_ref<OpFoldResult()> f) {
    if (c.known)
      return *c.known ? t() : f();
    return select(c, t(), f());
  }

private:
  template <typename OpTy, typename F>
  OpFoldResult fold(OpFoldResult x, OpFoldResult y, F f) {
    auto a = known(x), c = known(y);
    if (a && c)
      if (std::optional<int64_t> r = f(*a, *c))
        return cst(*r);
    return OpTy::create(b, loc, value(x), value(y)).getResult();
  }

  OpBuilder &b;
  Location loc;
};

} // namespace

//===----------------------------------------------------------------------===//
// Shared helpers
//===----------------------------------------------------------------------===//

/// The values of a constant integer operand, read from the onnx.Constant
/// behind the original operand or the arith.constant behind the converted
/// one.
static std::optional<SmallVector<int64_t>> getConstInts(Value original,
                                                        Value converted) {
  if (auto ints = getConstantInts(original))
    return ints;
  DenseIntElementsAttr attr;
  if (converted && matchPattern(converted, m_Constant(&attr))) {
    bool isUnsigned = getElementType(original.getType()).isUnsignedInteger();
    SmallVector<int64_t> values;
    for (const APInt &v : attr)
      values.push_back(isUnsigned ? static_cast<int64_t>(v.getZExtValue())
                                  : v.getSExtValue());
    return values;
  }
  return std::nullopt;
}

static bool isUnsignedTensor(Value original) {
  return getElementType(original.getType()).isUnsignedInteger();
}

/// Element `i` of a 1-D (or, for i == 0, 0-D) integer tensor as an index.
static Value extractIndex(OpBuilder &b, Location loc, Value tensor, int64_t i,
                          bool isUnsigned) {
  SmallVector<Value> indices;
  if (cast<RankedTensorType>(tensor.getType()).getRank() > 0)
    indices.push_back(arith::ConstantIndexOp::create(b, loc, i));
  Value v = tensor::ExtractOp::create(b, loc, tensor, indices);
  if (isUnsigned)
    return arith::IndexCastUIOp::create(b, loc, b.getIndexType(), v);
  return arith::IndexCastOp::create(b, loc, b.getIndexType(), v);
}

/// The entries of a 1-D integer operand as indices: attributes when it is a
/// constant, extracted values otherwise. `count` is the expected length when
/// the caller knows it; a non-constant operand of unknown length needs it.
static std::optional<SmallVector<OpFoldResult>>
getIndexEntries(OpBuilder &b, Location loc, Value original, Value converted,
                std::optional<int64_t> count = std::nullopt) {
  if (auto ints = getConstInts(original, converted)) {
    if (count && static_cast<int64_t>(ints->size()) != *count)
      return std::nullopt;
    return getAsIndexOpFoldResult(b.getContext(), *ints);
  }
  auto type = dyn_cast<RankedTensorType>(converted.getType());
  if (!type || type.getRank() != 1 || !isa<IntegerType>(type.getElementType()))
    return std::nullopt;
  int64_t length = type.getDimSize(0);
  if (ShapedType::isDynamic(length)) {
    if (!count)
      return std::nullopt;
    length = *count;
  } else if (count && length != *count) {
    return std::nullopt;
  }
  bool isUnsigned = isUnsignedTensor(original);
  SmallVector<OpFoldResult> entries;
  for (int64_t i = 0; i < length; ++i)
    entries.push_back(extractIndex(b, loc, converted, i, isUnsigned));
  return entries;
}

/// Normalised constant axes (none: `fallback`), or nullopt when they are not
/// constant, out of range or repeated.
static std::optional<SmallVector<int64_t>>
getAxes(Value original, Value converted, int64_t rank,
        std::optional<SmallVector<int64_t>> fallback) {
  std::optional<SmallVector<int64_t>> axes =
      isNoValue(original) ? fallback : getConstInts(original, converted);
  if (!axes)
    return std::nullopt;
  SmallVector<bool> seen(rank, false);
  for (int64_t &axis : *axes) {
    if (failed(normalizeAxis(axis, rank, std::nullopt)) || seen[axis])
      return std::nullopt;
    seen[axis] = true;
  }
  return axes;
}

static SmallVector<int64_t> iota(int64_t n) {
  SmallVector<int64_t> v;
  for (int64_t i = 0; i < n; ++i)
    v.push_back(i);
  return v;
}

/// The static shape of a list of sizes (kDynamic where a size is a value).
static SmallVector<int64_t> staticShape(ArrayRef<OpFoldResult> sizes) {
  SmallVector<int64_t> shape;
  for (OpFoldResult s : sizes)
    shape.push_back(IndexMath::known(s).value_or(kDyn));
  return shape;
}

static Value emptyTensor(OpBuilder &b, Location loc,
                         ArrayRef<OpFoldResult> sizes, Type elementType) {
  return tensor::EmptyOp::create(b, loc, sizes, elementType);
}

/// Replaces `op` with `value`, cast to `type` where their static dims differ.
static LogicalResult replaceWithCast(ConversionPatternRewriter &rewriter,
                                     Operation *op, Value value, Type type) {
  if (value.getType() != type) {
    if (!tensor::CastOp::areCastCompatible(value.getType(), type))
      return rewriter.notifyMatchFailure(
          op, "the computed shape disagrees with the result type");
    value = tensor::CastOp::create(rewriter, op->getLoc(), type, value);
  }
  rewriter.replaceOp(op, value);
  return success();
}

/// Reassociation between a larger rank and a smaller one that differ only by
/// the unit dims flagged in `isUnit` (one flag per larger-rank dim). Unit dims
/// join the group of the preceding kept dim, leading ones the first group;
/// with no kept dim the reassociation is empty (the smaller rank is 0).
static SmallVector<ReassociationIndices>
unitReassociation(ArrayRef<bool> isUnit) {
  SmallVector<ReassociationIndices> groups;
  ReassociationIndices pending;
  for (auto [i, unit] : llvm::enumerate(isUnit)) {
    if (unit) {
      if (groups.empty())
        pending.push_back(i);
      else
        groups.back().push_back(i);
      continue;
    }
    pending.push_back(i);
    groups.push_back(pending);
    pending.clear();
  }
  return groups;
}

/// A linalg.generic that writes every element of a new tensor of `sizes`
/// from `body(builder, loc, indices)`, where `indices` are the linalg.index
/// of each loop.
static Value buildIndexedGeneric(
    OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes, Type elementType,
    function_ref<Value(OpBuilder &, Location, ArrayRef<Value>)> body) {
  int64_t rank = sizes.size();
  Value init = emptyTensor(b, loc, sizes, elementType);
  SmallVector<AffineMap> maps{b.getMultiDimIdentityMap(rank)};
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, loc, init.getType(), ValueRange{}, ValueRange{init}, maps, iterators,
      [&](OpBuilder &nb, Location nloc, ValueRange) {
        SmallVector<Value> indices;
        for (int64_t i = 0; i < rank; ++i)
          indices.push_back(linalg::IndexOp::create(nb, nloc, i));
        linalg::YieldOp::create(nb, nloc, body(nb, nloc, indices));
      });
  return generic.getResult(0);
}

/// A 1-D (or, for `scalar`, 0-D) i64 tensor of index sizes.
static Value buildI64Tensor(OpBuilder &b, Location loc,
                            ArrayRef<OpFoldResult> sizes, bool scalar = false) {
  SmallVector<int64_t> shape;
  if (!scalar)
    shape.push_back(sizes.size());
  auto type = RankedTensorType::get(shape, b.getI64Type());
  SmallVector<int64_t> known = staticShape(sizes);
  if (llvm::none_of(known, ShapedType::isDynamic))
    return arith::ConstantOp::create(b, loc,
                                     DenseIntElementsAttr::get(type, known));
  SmallVector<Value> values;
  for (auto [s, k] : llvm::zip(sizes, known))
    values.push_back(
        ShapedType::isDynamic(k)
            ? arith::IndexCastOp::create(b, loc, b.getI64Type(), cast<Value>(s))
                  .getResult()
            : arith::ConstantOp::create(b, loc, b.getI64IntegerAttr(k))
                  .getResult());
  return tensor::FromElementsOp::create(b, loc, type, values);
}

//===----------------------------------------------------------------------===//
// Reshape
//===----------------------------------------------------------------------===//

namespace {
/// A dim of a reshape, as far as it is known at compile time: a static size,
/// the run-time size of input dim `symbol`, or the inferred (-1) entry.
struct SymDim {
  int64_t size = kDyn;
  int64_t symbol = -1;
  bool inferred = false;
  bool isStatic() const { return !ShapedType::isDynamic(size); }
};
} // namespace

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

namespace {
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

      // Neither a collapse nor an expansion: a shape tensor of the sizes.
      Value shape;
      SmallVector<OpFoldResult> sizes;
      for (const SymDim &d : target)
        sizes.push_back(targetSize(d));
      SmallVector<int64_t> staticSizes = staticShape(sizes);
      if (llvm::none_of(staticSizes, ShapedType::isDynamic)) {
        auto shapeType =
            RankedTensorType::get({outRank}, rewriter.getI64Type());
        shape = arith::ConstantOp::create(
            rewriter, loc, DenseIntElementsAttr::get(shapeType, staticSizes));
      } else {
        SmallVector<Value> values;
        for (OpFoldResult s : sizes)
          values.push_back(m.value(s));
        shape = tensor::FromElementsOp::create(rewriter, loc, values);
      }
      rewriter.replaceOpWithNewOp<tensor::ReshapeOp>(op, resultType, input,
                                                     shape);
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
    Value shape = tensor::FromElementsOp::create(rewriter, loc, values);
    rewriter.replaceOpWithNewOp<tensor::ReshapeOp>(op, resultType, input,
                                                   shape);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Flatten, Squeeze, Unsqueeze
//===----------------------------------------------------------------------===//

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
      auto axes = getAxes(op.getAxes(), adaptor.getAxes(), rank, std::nullopt);
      if (!axes)
        return rewriter.notifyMatchFailure(op, "non-constant axes");
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
      return rewriter.notifyMatchFailure(op, "non-constant axes");
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
};

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
      if (llvm::any_of(*split, [](OpFoldResult s) {
            return !IndexMath::known(s);
          })) {
        Value axisSize = m.value(dim), zero = m.value(m.cst(0));
        Value bad = arith::CmpIOp::create(rewriter, loc,
                                          arith::CmpIPredicate::ne,
                                          m.value(offset), axisSize);
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
      bool empty = IndexMath::known(partSizes[i]) == 0 ||
                   IndexMath::known(dim) == 0;
      if (empty)
        sizes[axis] = m.cst(0);
      Value slice =
          empty
              ? tensor::EmptyOp::create(rewriter, loc, sizes,
                                        inType.getElementType())
                    .getResult()
              : tensor::ExtractSliceOp::create(rewriter, loc, input, offsets,
                                               sizes, strides)
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
// Gather
//===----------------------------------------------------------------------===//

struct GatherToLinalg : OpConversionPattern<GatherOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(GatherOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value data = adaptor.getData(), indices = adaptor.getIndices();
    auto dataType = dyn_cast<RankedTensorType>(data.getType());
    auto indicesType = dyn_cast<RankedTensorType>(indices.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!dataType || !indicesType || !resultType)
      return rewriter.notifyMatchFailure(op, "unranked operand or result");
    if (!isa<IntegerType>(indicesType.getElementType()))
      return rewriter.notifyMatchFailure(op, "indices are not integers");
    int64_t r = dataType.getRank(), q = indicesType.getRank();
    int64_t axis = op.getAxis();
    if (failed(normalizeAxis(axis, r, std::nullopt)))
      return rewriter.notifyMatchFailure(op, "axis out of range");
    bool isUnsigned = isUnsignedTensor(op.getIndices());

    // Result dims: data[:axis] ++ indices ++ data[axis + 1:].
    SmallVector<OpFoldResult> dataSizes =
        tensor::getMixedSizes(rewriter, loc, data);
    SmallVector<OpFoldResult> sizes(dataSizes.begin(),
                                    dataSizes.begin() + axis);
    llvm::append_range(sizes, tensor::getMixedSizes(rewriter, loc, indices));
    sizes.append(dataSizes.begin() + axis + 1, dataSizes.end());
    int64_t rank = sizes.size();
    Value axisSize = IndexMath(rewriter, loc).value(dataSizes[axis]);
    // An index outside the axis fails the run with a message.
    emitIndexRangeCheck(rewriter, loc, op, indices, axisSize, axis);

    Value init = emptyTensor(rewriter, loc, sizes, dataType.getElementType());
    SmallVector<AffineExpr> indexExprs;
    for (int64_t i = 0; i < q; ++i)
      indexExprs.push_back(rewriter.getAffineDimExpr(axis + i));
    SmallVector<AffineMap> maps{
        AffineMap::get(rank, 0, indexExprs, rewriter.getContext()),
        rewriter.getMultiDimIdentityMap(rank)};
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, init.getType(), ValueRange{indices}, ValueRange{init},
        maps, iterators, [&](OpBuilder &b, Location l, ValueRange args) {
          // Indices outside the axis fail the run (the check above), and
          // are clamped so that the run goes on in bounds to its end.
          Value index =
              clampAxisIndex(b, l, args[0], axisSize, isUnsigned);
          SmallVector<Value> dataIndices;
          for (int64_t k = 0; k < r; ++k) {
            if (k < axis)
              dataIndices.push_back(linalg::IndexOp::create(b, l, k));
            else if (k == axis)
              dataIndices.push_back(index);
            else
              dataIndices.push_back(linalg::IndexOp::create(b, l, k + q - 1));
          }
          // An axis that may be empty has nothing to read then: the run
          // has failed its check, and the result is zeros.
          linalg::YieldOp::create(
              b, l,
              extractUnlessAxisEmpty(b, l, data, dataIndices, dataSizes[axis]));
        });
    return replaceWithCast(rewriter, op, generic.getResult(0), resultType);
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

//===----------------------------------------------------------------------===//
// Expand, Tile
//===----------------------------------------------------------------------===//

struct ExpandToLinalg : OpConversionPattern<ExpandOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ExpandOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    auto inType = dyn_cast<RankedTensorType>(input.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inType || !resultType)
      return rewriter.notifyMatchFailure(op, "unranked input or result");
    int64_t r = inType.getRank(), rank = resultType.getRank();
    // The shape's length; when unknown, a result rank above the input's is it.
    int64_t n = rank;
    if (auto ints = getConstInts(op.getShape(), adaptor.getShape()))
      n = ints->size();
    else if (auto t = dyn_cast<RankedTensorType>(adaptor.getShape().getType());
             t && t.getRank() == 1 && !t.isDynamicDim(0))
      n = t.getDimSize(0);
    else if (rank == r && r > 0)
      return rewriter.notifyMatchFailure(op, "shape of unknown length");
    if (std::max(r, n) != rank)
      return rewriter.notifyMatchFailure(op, "result rank mismatch");
    auto shape =
        getIndexEntries(rewriter, loc, op.getShape(), adaptor.getShape(), n);
    if (!shape)
      return rewriter.notifyMatchFailure(op, "bad shape operand");

    IndexMath m(rewriter, loc);
    using P = arith::CmpIPredicate;
    SmallVector<OpFoldResult> sizes;
    SmallVector<OpFoldResult> inDims =
        tensor::getMixedSizes(rewriter, loc, input);
    // Input dims whose size (1 or not) is only known at run time.
    SmallVector<bool> runtimeBroadcast(r, false);
    for (int64_t k = 0; k < rank; ++k) {
      int64_t si = k - (rank - n), ii = k - (rank - r);
      OpFoldResult s = si >= 0 ? (*shape)[si] : m.cst(1);
      if (ii < 0) {
        sizes.push_back(s);
        continue;
      }
      OpFoldResult in = inDims[ii];
      auto inKnown = IndexMath::known(in), sKnown = IndexMath::known(s);
      if (inKnown && sKnown && *inKnown != 1 && *sKnown != 1 &&
          *inKnown != *sKnown)
        return rewriter.notifyMatchFailure(op, "shapes do not broadcast");
      if (!inKnown && sKnown != 1)
        runtimeBroadcast[ii] = true;
      // The result dim is `s` where the input dim is 1, the input dim else.
      if (sKnown == 1 || (inKnown && *inKnown != 1))
        sizes.push_back(in);
      else if (inKnown == 1 || sKnown)
        sizes.push_back(s);
      else
        sizes.push_back(m.select(m.cmp(P::eq, in, m.cst(1)), s, in));
    }
    Type elementType = inType.getElementType();

    Value result;
    if (llvm::none_of(runtimeBroadcast, [](bool b) { return b; })) {
      // Which dims broadcast is known: the indexing map says it.
      Value init = emptyTensor(rewriter, loc, sizes, elementType);
      SmallVector<AffineMap> maps{
          getBroadcastIndexingMap(inType.getShape(), rank,
                                  rewriter.getContext()),
          rewriter.getMultiDimIdentityMap(rank)};
      SmallVector<utils::IteratorType> iterators(rank,
                                                 utils::IteratorType::parallel);
      result = linalg::GenericOp::create(
                   rewriter, loc, init.getType(), ValueRange{input},
                   ValueRange{init}, maps, iterators,
                   [](OpBuilder &b, Location l, ValueRange args) {
                     linalg::YieldOp::create(b, l, args[0]);
                   })
                   .getResult(0);
    } else {
      // A dynamic input dim may be 1 (broadcast) or the full size: read
      // index 0 when it is 1.
      SmallVector<Value> isOne(r);
      for (int64_t i = 0; i < r; ++i)
        if (runtimeBroadcast[i])
          isOne[i] = m.cmp(P::eq, inDims[i], m.cst(1)).value;
      result = buildIndexedGeneric(
          rewriter, loc, sizes, elementType,
          [&](OpBuilder &b, Location l, ArrayRef<Value> ivs) {
            SmallVector<Value> indices;
            for (int64_t i = 0; i < r; ++i) {
              Value iv = ivs[i + rank - r];
              if (inType.getDimSize(i) == 1)
                iv = arith::ConstantIndexOp::create(b, l, 0);
              else if (runtimeBroadcast[i])
                iv = arith::SelectOp::create(
                    b, l, isOne[i], arith::ConstantIndexOp::create(b, l, 0),
                    iv);
              indices.push_back(iv);
            }
            return tensor::ExtractOp::create(b, l, input, indices);
          });
    }
    return replaceWithCast(rewriter, op, result, resultType);
  }
};

struct TileToLinalg : OpConversionPattern<TileOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(TileOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    auto inType = dyn_cast<RankedTensorType>(input.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inType || !resultType)
      return rewriter.notifyMatchFailure(op, "unranked input or result");
    int64_t rank = inType.getRank();
    auto repeats = getIndexEntries(rewriter, loc, op.getRepeats(),
                                   adaptor.getRepeats(), rank);
    if (!repeats)
      return rewriter.notifyMatchFailure(op, "repeats of another length");
    IndexMath m(rewriter, loc);
    SmallVector<OpFoldResult> dims =
        tensor::getMixedSizes(rewriter, loc, input);
    SmallVector<OpFoldResult> sizes;
    SmallVector<Value> dimValues(rank);
    for (int64_t k = 0; k < rank; ++k) {
      sizes.push_back(m.mul(dims[k], (*repeats)[k]));
      if (!m.is((*repeats)[k], 1))
        dimValues[k] = m.value(dims[k]);
    }
    Value result = buildIndexedGeneric(
        rewriter, loc, sizes, inType.getElementType(),
        [&](OpBuilder &b, Location l, ArrayRef<Value> ivs) {
          SmallVector<Value> indices;
          for (int64_t k = 0; k < rank; ++k)
            indices.push_back(
                m.is((*repeats)[k], 1)
                    ? ivs[k]
                    : arith::RemUIOp::create(b, l, ivs[k], dimValues[k])
                          .getResult());
          return tensor::ExtractOp::create(b, l, input, indices);
        });
    return replaceWithCast(rewriter, op, result, resultType);
  }
};

//===----------------------------------------------------------------------===//
// Shape, Size, ConstantOfShape, Range
//===----------------------------------------------------------------------===//

struct ShapeToLinalg : OpConversionPattern<ShapeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ShapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getData();
    auto inType = dyn_cast<RankedTensorType>(input.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inType || !resultType)
      return rewriter.notifyMatchFailure(op, "unranked data");
    int64_t rank = inType.getRank();
    auto clamp = [&](int64_t v) {
      if (v < 0)
        v += rank;
      return std::clamp<int64_t>(v, 0, rank);
    };
    int64_t start = clamp(op.getStart().value_or(0));
    int64_t end = std::max(start, clamp(op.getEnd().value_or(rank)));
    SmallVector<OpFoldResult> sizes;
    for (int64_t i = start; i < end; ++i)
      sizes.push_back(tensor::getMixedSize(rewriter, loc, input, i));
    return replaceWithCast(rewriter, op, buildI64Tensor(rewriter, loc, sizes),
                           resultType);
  }
};

struct SizeToLinalg : OpConversionPattern<SizeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(SizeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getData();
    auto resultType = getConvertedRankedType(op.getType());
    if (!isa<RankedTensorType>(input.getType()) || !resultType)
      return rewriter.notifyMatchFailure(op, "unranked data");
    IndexMath m(rewriter, loc);
    OpFoldResult total = m.cst(1);
    for (OpFoldResult d : tensor::getMixedSizes(rewriter, loc, input))
      total = m.mul(total, d);
    return replaceWithCast(
        rewriter, op, buildI64Tensor(rewriter, loc, {total}, true), resultType);
  }
};

struct ConstantOfShapeToLinalg : OpConversionPattern<ConstantOfShapeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ConstantOfShapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = getConvertedRankedType(op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unranked result");
    Type elementType = resultType.getElementType();
    TypedAttr fill;
    if (ElementsAttr value = op.getValueAttr()) {
      if (value.getNumElements() != 1)
        return rewriter.notifyMatchFailure(op, "value is not one element");
      if (auto ft = dyn_cast<FloatType>(elementType)) {
        auto values = value.tryGetValues<APFloat>();
        if (!values)
          return rewriter.notifyMatchFailure(op, "unreadable value");
        fill = rewriter.getFloatAttr(ft, *values->begin());
      } else if (isa<IntegerType>(elementType)) {
        auto values = value.tryGetValues<APInt>();
        if (!values)
          return rewriter.notifyMatchFailure(op, "unreadable value");
        fill = rewriter.getIntegerAttr(elementType, *values->begin());
      } else {
        return rewriter.notifyMatchFailure(op, "unsupported element type");
      }
    } else {
      fill = rewriter.getZeroAttr(elementType);
    }
    auto shape = getIndexEntries(rewriter, loc, op.getInput(),
                                 adaptor.getInput(), resultType.getRank());
    if (!shape)
      return rewriter.notifyMatchFailure(op, "bad shape operand");
    // Static result dims win over the operand (the verifier checked them).
    SmallVector<OpFoldResult> sizes;
    for (int64_t k = 0; k < resultType.getRank(); ++k)
      sizes.push_back(resultType.isDynamicDim(k)
                          ? (*shape)[k]
                          : rewriter.getIndexAttr(resultType.getDimSize(k)));
    Value init = emptyTensor(rewriter, loc, sizes, elementType);
    Value scalar = arith::ConstantOp::create(rewriter, loc, fill);
    Value result = linalg::FillOp::create(rewriter, loc, ValueRange{scalar},
                                          ValueRange{init})
                       .getResult(0);
    return replaceWithCast(rewriter, op, result, resultType);
  }
};

struct RangeToLinalg : OpConversionPattern<RangeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(RangeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = getConvertedRankedType(op.getType());
    if (!resultType || resultType.getRank() != 1)
      return rewriter.notifyMatchFailure(op, "result is not 1-D");
    Type et = resultType.getElementType();
    if (getElementType(op.getStart().getType()).isUnsignedInteger() ||
        !(isa<FloatType>(et) || isa<IntegerType>(et)))
      return rewriter.notifyMatchFailure(op, "unsupported element type");
    auto scalar = [&](Value v) -> Value {
      auto type = dyn_cast<RankedTensorType>(v.getType());
      if (!type || type.getNumElements() != 1)
        return {};
      SmallVector<Value> at;
      if (type.getRank() > 0)
        at.assign(type.getRank(),
                  arith::ConstantIndexOp::create(rewriter, loc, 0));
      return tensor::ExtractOp::create(rewriter, loc, v, at);
    };
    Value start = scalar(adaptor.getStart());
    Value limit = scalar(adaptor.getLimit());
    Value delta = scalar(adaptor.getDelta());
    if (!start || !limit || !delta)
      return rewriter.notifyMatchFailure(op, "operands are not scalars");

    OpFoldResult size;
    if (!resultType.isDynamicDim(0)) {
      size = rewriter.getIndexAttr(resultType.getDimSize(0));
    } else {
      // max(ceil((limit - start) / delta), 0).
      Value count;
      if (isa<FloatType>(et)) {
        Value q = arith::DivFOp::create(
            rewriter, loc, arith::SubFOp::create(rewriter, loc, limit, start),
            delta);
        Value c = math::CeilOp::create(rewriter, loc, q);
        count =
            arith::FPToSIOp::create(rewriter, loc, rewriter.getI64Type(), c);
      } else {
        Value diff = arith::SubIOp::create(rewriter, loc, limit, start);
        Value q = arith::DivSIOp::create(rewriter, loc, diff, delta);
        Value rest = arith::SubIOp::create(
            rewriter, loc, diff,
            arith::MulIOp::create(rewriter, loc, q, delta));
        Value zero = createScalarConstant(rewriter, loc, et, 0);
        Value one = createScalarConstant(rewriter, loc, et, 1);
        using P = arith::CmpIPredicate;
        Value inexact = arith::CmpIOp::create(rewriter, loc, P::ne, rest, zero);
        Value sameSign = arith::CmpIOp::create(
            rewriter, loc, P::eq,
            arith::CmpIOp::create(rewriter, loc, P::slt, rest, zero),
            arith::CmpIOp::create(rewriter, loc, P::slt, delta, zero));
        Value up = arith::AndIOp::create(rewriter, loc, inexact, sameSign);
        count = arith::SelectOp::create(
            rewriter, loc, up, arith::AddIOp::create(rewriter, loc, q, one), q);
      }
      IndexMath m(rewriter, loc);
      Value index = arith::IndexCastOp::create(rewriter, loc,
                                               rewriter.getIndexType(), count);
      size = m.max(index, m.cst(0));
    }

    Value result = buildIndexedGeneric(
        rewriter, loc, {size}, et,
        [&](OpBuilder &b, Location l, ArrayRef<Value> ivs) -> Value {
          Value i = arith::IndexCastOp::create(b, l, b.getI64Type(), ivs[0]);
          if (auto ft = dyn_cast<FloatType>(et)) {
            Value f = arith::SIToFPOp::create(b, l, ft, i);
            return arith::AddFOp::create(b, l, start,
                                         arith::MulFOp::create(b, l, f, delta));
          }
          if (et != i.getType())
            i = arith::TruncIOp::create(b, l, et, i);
          return arith::AddIOp::create(b, l, start,
                                       arith::MulIOp::create(b, l, i, delta));
        });
    return replaceWithCast(rewriter, op, result, resultType);
  }
};

} // namespace

void populateDataMovementToLinalgPatterns(const TypeConverter &converter,
                                          RewritePatternSet &patterns) {
  patterns
      .add<ReshapeToLinalg, FlattenToLinalg, SqueezeToLinalg, UnsqueezeToLinalg,
           TransposeToLinalg, ConcatToLinalg, SliceToLinalg, SplitToLinalg,
           GatherToLinalg, PadToLinalg, ExpandToLinalg, TileToLinalg,
           ShapeToLinalg, SizeToLinalg, ConstantOfShapeToLinalg, RangeToLinalg>(
          converter, patterns.getContext());
}

} // namespace onnxc
