//===- DataMovementUtils.cpp - Builders shared by data-movement ops -------===//

#include "onnxc/lowering/ONNXToLinalg/DataMovementUtils.h"

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/RuntimeChecks.h"

#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Matchers.h"
#include "llvm/Support/CheckedArithmetic.h"

using namespace mlir;

namespace onnxc {

constexpr int64_t kDyn = ShapedType::kDynamic;

//===----------------------------------------------------------------------===//
// IndexMath
//===----------------------------------------------------------------------===//

Value IndexMath::value(OpFoldResult v) const {
  return getValueOrCreateConstantIndexOp(b, loc, v);
}

std::optional<int64_t> IndexMath::known(OpFoldResult v) {
  return getConstantIntValue(v);
}

template <typename OpTy, typename F>
OpFoldResult IndexMath::fold(OpFoldResult x, OpFoldResult y, F f) {
  auto a = known(x), c = known(y);
  if (a && c)
    if (std::optional<int64_t> r = f(*a, *c))
      return cst(*r);
  return OpTy::create(b, loc, value(x), value(y)).getResult();
}

OpFoldResult IndexMath::add(OpFoldResult x, OpFoldResult y) {
  if (is(x, 0))
    return y;
  if (is(y, 0))
    return x;
  return fold<arith::AddIOp>(
      x, y, [](int64_t a, int64_t c) { return llvm::checkedAdd(a, c); });
}

OpFoldResult IndexMath::sub(OpFoldResult x, OpFoldResult y) {
  if (is(y, 0))
    return x;
  return fold<arith::SubIOp>(
      x, y, [](int64_t a, int64_t c) { return llvm::checkedSub(a, c); });
}

OpFoldResult IndexMath::mul(OpFoldResult x, OpFoldResult y) {
  if (is(x, 0) || is(y, 0))
    return cst(0);
  if (is(x, 1))
    return y;
  if (is(y, 1))
    return x;
  return fold<arith::MulIOp>(
      x, y, [](int64_t a, int64_t c) { return llvm::checkedMul(a, c); });
}

OpFoldResult IndexMath::div(OpFoldResult x, OpFoldResult y) {
  if (is(y, 1))
    return x;
  return fold<arith::DivSIOp>(
      x, y, [](int64_t a, int64_t c) -> std::optional<int64_t> {
        if (c == 0 || (a == INT64_MIN && c == -1))
          return std::nullopt;
        return a / c;
      });
}

OpFoldResult IndexMath::rem(OpFoldResult x, OpFoldResult y) {
  return fold<arith::RemSIOp>(
      x, y, [](int64_t a, int64_t c) -> std::optional<int64_t> {
        if (c == 0 || (a == INT64_MIN && c == -1))
          return std::nullopt;
        return a % c;
      });
}

OpFoldResult IndexMath::max(OpFoldResult x, OpFoldResult y) {
  return fold<arith::MaxSIOp>(x, y, [](int64_t a, int64_t c) {
    return std::optional<int64_t>(std::max(a, c));
  });
}

OpFoldResult IndexMath::min(OpFoldResult x, OpFoldResult y) {
  return fold<arith::MinSIOp>(x, y, [](int64_t a, int64_t c) {
    return std::optional<int64_t>(std::min(a, c));
  });
}

OpFoldResult IndexMath::minSize(OpFoldResult x, OpFoldResult size) {
  if (auto v = known(x); v && *v <= 0)
    return x;
  return min(x, size);
}

Cond IndexMath::cmp(arith::CmpIPredicate pred, OpFoldResult x, OpFoldResult y) {
  auto a = known(x), c = known(y);
  if (a && c)
    return {arith::applyCmpPredicate(pred, APInt(64, *a, true),
                                     APInt(64, *c, true)),
            {}};
  return {std::nullopt,
          arith::CmpIOp::create(b, loc, pred, value(x), value(y))};
}

OpFoldResult IndexMath::select(Cond c, OpFoldResult t, OpFoldResult f) {
  if (c.known)
    return *c.known ? t : f;
  auto a = known(t), e = known(f);
  if (a && e && *a == *e)
    return t;
  return arith::SelectOp::create(b, loc, c.value, value(t), value(f))
      .getResult();
}

//===----------------------------------------------------------------------===//
// Operand readers and tensor builders
//===----------------------------------------------------------------------===//

/// The values of a constant integer operand, read from the onnx.Constant
/// behind the original operand or the arith.constant behind the converted
/// one.
std::optional<SmallVector<int64_t>> getConstInts(Value original,
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

bool isUnsignedTensor(Value original) {
  return getElementType(original.getType()).isUnsignedInteger();
}

/// Element `i` of a 1-D (or, for i == 0, 0-D) integer tensor as an index.
Value extractIndex(OpBuilder &b, Location loc, Value tensor, int64_t i,
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
std::optional<SmallVector<OpFoldResult>>
getIndexEntries(OpBuilder &b, Location loc, Value original, Value converted,
                std::optional<int64_t> count) {
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
std::optional<SmallVector<int64_t>>
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

SmallVector<int64_t> iota(int64_t n) {
  SmallVector<int64_t> v;
  for (int64_t i = 0; i < n; ++i)
    v.push_back(i);
  return v;
}

/// The static shape of a list of sizes (kDynamic where a size is a value).
SmallVector<int64_t> staticShape(ArrayRef<OpFoldResult> sizes) {
  SmallVector<int64_t> shape;
  for (OpFoldResult s : sizes)
    shape.push_back(IndexMath::known(s).value_or(kDyn));
  return shape;
}

Value emptyTensor(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
                  Type elementType) {
  return tensor::EmptyOp::create(b, loc, sizes, elementType);
}

/// Replaces `op` with `value`, cast to `type` where their static dims differ.
LogicalResult replaceWithCast(ConversionPatternRewriter &rewriter,
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
SmallVector<ReassociationIndices> unitReassociation(ArrayRef<bool> isUnit) {
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
Value buildIndexedGeneric(
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
Value buildI64Tensor(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
                     bool scalar) {
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

SmallVector<OpFoldResult> compactSizes(IndexMath &m, ArrayRef<Value> dropped,
                                       ArrayRef<OpFoldResult> sizes,
                                       int64_t outRank) {
  using P = arith::CmpIPredicate;
  int64_t rank = sizes.size();
  SmallVector<OpFoldResult> out(outRank, m.cst(0));
  OpFoldResult keptBefore = m.cst(0);
  OpBuilder &b = m.builder();
  Location loc = m.location();
  Value yes = arith::ConstantIntOp::create(b, loc, 1, 1);
  for (int64_t d = 0; d < rank; ++d) {
    Value kept = arith::XOrIOp::create(b, loc, dropped[d], yes);
    // Dim d lands at position keptBefore (when kept), which lies in
    // [d - (rank - outRank), d].
    for (int64_t k = std::max<int64_t>(0, d - (rank - outRank));
         k <= std::min(d, outRank - 1); ++k) {
      Cond here = m.cmp(P::eq, keptBefore, m.cst(k));
      if (here.known && !*here.known)
        continue;
      Value cond =
          here.known
              ? kept
              : arith::AndIOp::create(b, loc, kept, here.value).getResult();
      out[k] = m.select(Cond{std::nullopt, cond}, sizes[d], out[k]);
    }
    keptBefore = m.add(
        keptBefore, arith::IndexCastUIOp::create(b, loc, b.getIndexType(), kept)
                        .getResult());
  }
  return out;
}

Value buildCheckedReshape(OpBuilder &b, Location loc, Operation *op,
                          Value input, ArrayRef<OpFoldResult> sizes,
                          RankedTensorType resultType) {
  using P = arith::CmpIPredicate;
  IndexMath m(b, loc);
  auto inType = cast<RankedTensorType>(input.getType());
  OpFoldResult total = m.cst(1), product = m.cst(1);
  for (int64_t d = 0; d < inType.getRank(); ++d)
    total = m.mul(total, tensor::getMixedSize(b, loc, input, d));
  SmallVector<Value> failures;
  std::string node = describeNodeForFormat(op);
  Type i64 = b.getI64Type();
  auto toI64 = [&](OpFoldResult v) -> Value {
    return arith::IndexCastOp::create(b, loc, i64, m.value(v));
  };
  // Each size: not negative, and equal to the declared static dim.
  for (auto [d, size] : llvm::enumerate(sizes)) {
    product = m.mul(product, size);
    int64_t declared = resultType.getDimSize(d);
    Cond bad = ShapedType::isDynamic(declared)
                   ? m.cmp(P::slt, size, m.cst(0))
                   : m.cmp(P::ne, size, m.cst(declared));
    if (bad.known && !*bad.known)
      continue;
    if (bad.known) {
      failures.push_back(arith::ConstantIntOp::create(b, loc, 1, 1));
    } else {
      emitRuntimeFailure(
          b, loc, bad.value,
          node + ": dim %lld of the result is %lld at run time, "
                 "the model declares %lld (-1: any size)",
          {arith::ConstantIntOp::create(b, loc, i64, d), toI64(size),
           arith::ConstantIntOp::create(
               b, loc, i64, ShapedType::isDynamic(declared) ? -1 : declared)});
      failures.push_back(bad.value);
    }
  }
  Cond countDiffers = m.cmp(P::ne, product, total);
  if (!(countDiffers.known && !*countDiffers.known)) {
    Value v = countDiffers.known
                  ? arith::ConstantIntOp::create(b, loc, 1, 1).getResult()
                  : countDiffers.value;
    emitRuntimeFailure(b, loc, v,
                       node + ": the result's shape holds %lld elements, the "
                              "input has %lld",
                       {toI64(product), toI64(total)});
    failures.push_back(v);
  }

  // The shape operand: a constant where every size is known.
  Value shape;
  SmallVector<int64_t> known = staticShape(sizes);
  if (llvm::none_of(known, ShapedType::isDynamic)) {
    auto shapeType =
        RankedTensorType::get({static_cast<int64_t>(known.size())}, i64);
    shape = arith::ConstantOp::create(
        b, loc, DenseIntElementsAttr::get(shapeType, known));
  } else {
    SmallVector<Value> values;
    for (OpFoldResult s : sizes)
      values.push_back(m.value(s));
    shape = tensor::FromElementsOp::create(b, loc, values);
  }
  if (failures.empty())
    return tensor::ReshapeOp::create(b, loc, resultType, input, shape);

  Value failed = failures.front();
  for (Value f : ArrayRef(failures).drop_front())
    failed = arith::OrIOp::create(b, loc, failed, f);
  auto guarded = scf::IfOp::create(
      b, loc, failed,
      [&](OpBuilder &tb, Location tl) {
        SmallVector<OpFoldResult> safe;
        for (int64_t d = 0; d < resultType.getRank(); ++d)
          safe.push_back(tb.getIndexAttr(
              resultType.isDynamicDim(d) ? 0 : resultType.getDimSize(d)));
        Value empty =
            tensor::EmptyOp::create(tb, tl, safe, resultType.getElementType());
        Value zero =
            createScalarConstant(tb, tl, resultType.getElementType(), 0.0);
        Value filled = linalg::FillOp::create(tb, tl, zero, empty).getResult(0);
        filled = tensor::CastOp::create(tb, tl, resultType, filled);
        scf::YieldOp::create(tb, tl, filled);
      },
      [&](OpBuilder &eb, Location el) {
        scf::YieldOp::create(
            eb, el,
            tensor::ReshapeOp::create(eb, el, resultType, input, shape)
                .getResult());
      });
  return guarded.getResult(0);
}

} // namespace onnxc
