//===- SelectionToLinalg.cpp - TopK, NonZero, Compress, Unique ------------===//
//
// Ops that select elements by their values. Where the output size depends on
// the data (NonZero, Compress, Unique, TopK with a run-time k) it is counted
// first, then the output is allocated with that size (tensor.empty with a
// dynamic size) and filled by a loop nest that carries it. The selected
// positions along an axis land in an i64 tensor, and a linalg.generic
// gathers the selected slices (gatherAlongAxis).
//
// Sorting is by counting: an element's rank along the axis is the number of
// elements that come before it, O(n^2) per slice of n elements. TopK computes
// it with one linalg.generic (a reduction over the axis, vectorisable and
// parallel over the slices); Unique compares whole slices with loops,
// O(n^2 * slice size). Both are first versions, simple and exact: a merge
// sort would bring them to O(n log n).
//
// Floats are ordered with NaN above every number and equal to itself, so
// that ranks stay a permutation (and every write in bounds) whatever the
// data. Where the model declares a static size that the lowering only knows
// at run time, the output gets the declared size and a run-time check that
// the counted size equals it; the fill loops write only within the output.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/dialects/ONNX/IR/ShapeHelpers.h"
#include "onnxc/lowering/ONNXToLinalg/DataMovementUtils.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"
#include "onnxc/lowering/ONNXToLinalg/RuntimeChecks.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {
namespace {

using P = arith::CmpIPredicate;

Value cstIndex(OpBuilder &b, Location loc, int64_t v) {
  return arith::ConstantIndexOp::create(b, loc, v);
}

Value toI64(OpBuilder &b, Location loc, Value index) {
  return arith::IndexCastOp::create(b, loc, b.getI64Type(), index);
}

Value toIndex(OpBuilder &b, Location loc, Value i64) {
  return arith::IndexCastOp::create(b, loc, b.getIndexType(), i64);
}

Value andI(OpBuilder &b, Location loc, Value x, Value y) {
  return arith::AndIOp::create(b, loc, x, y);
}

Value orI(OpBuilder &b, Location loc, Value x, Value y) {
  return arith::OrIOp::create(b, loc, x, y);
}

Value notI(OpBuilder &b, Location loc, Value x) {
  return arith::XOrIOp::create(b, loc, x,
                               arith::ConstantIntOp::create(b, loc, 1, 1));
}

/// `x > y` in the order that TopK and Unique sort by (NaN above numbers).
Value isGreater(OpBuilder &b, Location loc, Value x, Value y, bool isUnsigned) {
  if (!isa<FloatType>(x.getType()))
    return arith::CmpIOp::create(
        b, loc, isUnsigned || x.getType().isInteger(1) ? P::ugt : P::sgt, x, y);
  using F = arith::CmpFPredicate;
  Value xNaN = arith::CmpFOp::create(b, loc, F::UNO, x, x);
  Value yNumber = arith::CmpFOp::create(b, loc, F::ORD, y, y);
  return orI(b, loc, arith::CmpFOp::create(b, loc, F::OGT, x, y),
             andI(b, loc, xNaN, yNumber));
}

/// `x == y` in that order (NaN equals NaN).
Value isSame(OpBuilder &b, Location loc, Value x, Value y) {
  if (!isa<FloatType>(x.getType()))
    return arith::CmpIOp::create(b, loc, P::eq, x, y);
  using F = arith::CmpFPredicate;
  return orI(b, loc, arith::CmpFOp::create(b, loc, F::OEQ, x, y),
             andI(b, loc, arith::CmpFOp::create(b, loc, F::UNO, x, x),
                  arith::CmpFOp::create(b, loc, F::UNO, y, y)));
}

Value isNonZero(OpBuilder &b, Location loc, Value x) {
  Value zero = createScalarConstant(b, loc, x.getType(), 0.0);
  if (isa<FloatType>(x.getType()))
    return arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNE, x, zero);
  return arith::CmpIOp::create(b, loc, P::ne, x, zero);
}

/// `tensor` with `value` at `at` where `cond` holds, else unchanged.
Value insertIf(OpBuilder &b, Location loc, Value cond, Value value,
               Value tensor, ValueRange at) {
  return scf::IfOp::create(
             b, loc, cond,
             [&](OpBuilder &tb, Location tl) {
               scf::YieldOp::create(tb, tl,
                                    ValueRange{tensor::InsertOp::create(
                                        tb, tl, value, tensor, at)});
             },
             [&](OpBuilder &eb, Location el) {
               scf::YieldOp::create(eb, el, ValueRange{tensor});
             })
      .getResult(0);
}

/// A zero-filled tensor of `sizes`.
Value zeros(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
            Type elementType) {
  Value empty = emptyTensor(b, loc, sizes, elementType);
  Value zero = createScalarConstant(b, loc, elementType, 0.0);
  return linalg::FillOp::create(b, loc, zero, empty).getResult(0);
}

/// The slices of `input` along `axis` at the positions in the 1-D i64
/// tensor `positions` (all in range unless a run-time check has failed; the
/// reads are clamped then), `count` of them. `positions` may instead have
/// the output's shape and give each element its own position (TopK).
Value gatherAlongAxis(OpBuilder &b, Location loc, Value input, int64_t axis,
                      Value positions, OpFoldResult count) {
  auto type = cast<RankedTensorType>(input.getType());
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, input);
  sizes[axis] = count;
  return buildIndexedGeneric(
      b, loc, sizes, type.getElementType(),
      [&](OpBuilder &gb, Location gl, ArrayRef<Value> at) -> Value {
        SmallVector<Value> position(at);
        bool perElement =
            cast<RankedTensorType>(positions.getType()).getRank() ==
            type.getRank();
        Value p = extractClamped(gb, gl, positions,
                                 perElement ? ValueRange(at) : at[axis]);
        position[axis] = toIndex(gb, gl, p);
        return extractClamped(gb, gl, input, position);
      });
}

SmallVector<Value> dimValues(OpBuilder &b, Location loc, Value tensor) {
  SmallVector<Value> dims;
  for (int64_t d = 0; d < cast<RankedTensorType>(tensor.getType()).getRank();
       ++d)
    dims.push_back(tensor::DimOp::create(b, loc, tensor, d));
  return dims;
}

/// `input` as one dim (row-major order).
Value flatten(OpBuilder &b, Location loc, Value input) {
  auto type = cast<RankedTensorType>(input.getType());
  if (type.getRank() == 1)
    return input;
  SmallVector<ReassociationIndices> all{
      llvm::to_vector(llvm::seq<int64_t>(0, type.getRank()))};
  return tensor::CollapseShapeOp::create(b, loc, input, all);
}

//===----------------------------------------------------------------------===//
// TopK
//===----------------------------------------------------------------------===//

/// The rank of each element along `axis`: how many elements of its slice
/// come first (larger ones for `largest`, else smaller ones; among equal
/// ones, those at lower indices). A permutation of 0..n-1 per slice.
Value buildAxisRanks(OpBuilder &b, Location loc, Value x, int64_t axis,
                     bool largest, bool isUnsigned) {
  auto type = cast<RankedTensorType>(x.getType());
  int64_t rank = type.getRank();
  MLIRContext *ctx = b.getContext();
  SmallVector<AffineExpr> self, other;
  for (int64_t d = 0; d < rank; ++d) {
    self.push_back(getAffineDimExpr(d, ctx));
    other.push_back(getAffineDimExpr(d == axis ? rank : d, ctx));
  }
  AffineMap selfMap = AffineMap::get(rank + 1, 0, self, ctx);
  AffineMap otherMap = AffineMap::get(rank + 1, 0, other, ctx);
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  iterators.push_back(utils::IteratorType::reduction);
  Value init = zeros(b, loc, tensor::getMixedSizes(b, loc, x), b.getI64Type());
  return linalg::GenericOp::create(
             b, loc, init.getType(), ValueRange{x, x}, ValueRange{init},
             {selfMap, otherMap, selfMap}, iterators,
             [&](OpBuilder &gb, Location gl, ValueRange args) {
               Value mine = args[0], theirs = args[1];
               Value i = linalg::IndexOp::create(gb, gl, axis);
               Value j = linalg::IndexOp::create(gb, gl, rank);
               Value before = largest
                                  ? isGreater(gb, gl, theirs, mine, isUnsigned)
                                  : isGreater(gb, gl, mine, theirs, isUnsigned);
               Value tie = andI(gb, gl, isSame(gb, gl, mine, theirs),
                                arith::CmpIOp::create(gb, gl, P::ult, j, i));
               Value counts = arith::ExtUIOp::create(gb, gl, gb.getI64Type(),
                                                     orI(gb, gl, before, tie));
               linalg::YieldOp::create(
                   gb, gl,
                   ValueRange{arith::AddIOp::create(gb, gl, args[2], counts)});
             })
      .getResult(0);
}

struct TopKToLinalg : OpConversionPattern<TopKOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(TopKOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getX();
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    auto valuesType = getConvertedRankedType(op.getValues().getType());
    auto indicesType = getConvertedRankedType(op.getIndices().getType());
    if (!xType || !valuesType || !indicesType || xType.getRank() == 0 ||
        !isa<RankedTensorType>(adaptor.getK().getType()))
      return rewriter.notifyMatchFailure(op, "shapes not known well enough");
    int64_t rank = xType.getRank(), axis = op.getAxis();
    if (axis < 0)
      axis += rank;
    if (axis < 0 || axis >= rank)
      return rewriter.notifyMatchFailure(op, "axis");
    if (!valuesType.isDynamicDim(axis) && !indicesType.isDynamicDim(axis) &&
        valuesType.getDimSize(axis) != indicesType.getDimSize(axis))
      return rewriter.notifyMatchFailure(op, "Values and Indices differ");
    bool isUnsigned = isUnsignedTensor(op.getX());
    IndexMath m(rewriter, loc);
    OpFoldResult n = tensor::getMixedSize(rewriter, loc, x, axis);

    // k: a constant, or read at run time and checked against the axis.
    OpFoldResult k;
    if (auto ints = getConstInts(op.getK(), adaptor.getK());
        ints && ints->size() == 1)
      k = m.cst((*ints)[0]);
    else
      k = toIndex(rewriter, loc,
                  extractFirstChecked(rewriter, loc, op, adaptor.getK(), "K"));
    Cond negative = m.cmp(P::slt, k, m.cst(0));
    Cond above = m.cmp(P::sgt, k, n);
    if (!(negative.known == false && above.known == false)) {
      auto asValue = [&](Cond c) {
        return c.known
                   ? arith::ConstantIntOp::create(rewriter, loc, *c.known, 1)
                         .getResult()
                   : c.value;
      };
      emitRuntimeFailure(
          rewriter, loc, orI(rewriter, loc, asValue(negative), asValue(above)),
          describeNodeForFormat(op) +
              ": k = %lld is out of range for axis %lld of size %lld",
          {m.value(k), cstIndex(rewriter, loc, axis), m.value(n)});
    }
    OpFoldResult count =
        checkDeclaredSize(rewriter, loc, op, m.clamp(k, m.cst(0), n),
                     valuesType.isDynamicDim(axis) ? indicesType : valuesType,
                     axis, "the output");

    // Each element's rank along the axis; those below k land there.
    Value ranks = buildAxisRanks(rewriter, loc, x, axis, op.getLargest() != 0,
                                 isUnsigned);
    SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(rewriter, loc, x);
    sizes[axis] = count;
    Value countValue = m.value(count);
    Value indices = buildTensorLoopNest(
        rewriter, loc, dimValues(rewriter, loc, x),
        zeros(rewriter, loc, sizes, rewriter.getI64Type()),
        [&](OpBuilder &b, Location l, ValueRange ivs, Value out) -> Value {
          Value r = toIndex(b, l, tensor::ExtractOp::create(b, l, ranks, ivs));
          SmallVector<Value> at(ivs);
          at[axis] = r;
          return insertIf(b, l,
                          arith::CmpIOp::create(b, l, P::ult, r, countValue),
                          toI64(b, l, ivs[axis]), out, at);
        });
    Value values = gatherAlongAxis(rewriter, loc, x, axis, indices, count);
    rewriter.replaceOp(op, {castIfNeeded(rewriter, loc, values, valuesType),
                            castIfNeeded(rewriter, loc, indices, indicesType)});
    return success();
  }
};

//===----------------------------------------------------------------------===//
// NonZero, Compress
//===----------------------------------------------------------------------===//

struct NonZeroToLinalg : OpConversionPattern<NonZeroOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(NonZeroOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getX();
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!xType || !resultType || xType.getRank() == 0)
      return rewriter.notifyMatchFailure(op, "shapes not known well enough");
    int64_t rank = xType.getRank();
    SmallVector<Value> bounds = dimValues(rewriter, loc, x);
    Value zero = cstIndex(rewriter, loc, 0), one = cstIndex(rewriter, loc, 1);
    auto nonZeroAt = [&](OpBuilder &b, Location l, ValueRange ivs) {
      return isNonZero(b, l, tensor::ExtractOp::create(b, l, x, ivs));
    };
    auto bump = [&](OpBuilder &b, Location l, Value pos, Value cond) -> Value {
      return arith::SelectOp::create(
          b, l, cond, arith::AddIOp::create(b, l, pos, one), pos);
    };
    // Count, then write each non-zero element's coordinates in order.
    Value counted =
        buildLoopNest(rewriter, loc, bounds, zero,
                      [&](OpBuilder &b, Location l, ValueRange ivs,
                          ValueRange carried) -> SmallVector<Value> {
                        return {bump(b, l, carried[0], nonZeroAt(b, l, ivs))};
                      })
            .front();
    OpFoldResult count =
        checkDeclaredSize(rewriter, loc, op, counted, resultType, 1, "the output");
    Value countValue = getValueOrCreateConstantIndexOp(rewriter, loc, count);
    Value init = zeros(rewriter, loc, {rewriter.getIndexAttr(rank), count},
                       rewriter.getI64Type());
    Value result =
        buildLoopNest(rewriter, loc, bounds, {init, zero},
                      [&](OpBuilder &b, Location l, ValueRange ivs,
                          ValueRange carried) -> SmallVector<Value> {
                        Value nz = nonZeroAt(b, l, ivs), pos = carried[1];
                        Value write = andI(b, l, nz,
                                           arith::CmpIOp::create(
                                               b, l, P::ult, pos, countValue));
                        Value out = carried[0];
                        for (int64_t d = 0; d < rank; ++d)
                          out = insertIf(b, l, write, toI64(b, l, ivs[d]), out,
                                         {cstIndex(b, l, d), pos});
                        return {out, bump(b, l, pos, nz)};
                      })
            .front();
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, result, resultType));
    return success();
  }
};

struct CompressToLinalg : OpConversionPattern<CompressOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(CompressOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput(), condition = adaptor.getCondition();
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    auto conditionType = dyn_cast<RankedTensorType>(condition.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!inputType || !conditionType || !resultType ||
        conditionType.getRank() != 1 || inputType.getRank() == 0)
      return rewriter.notifyMatchFailure(op, "shapes not known well enough");
    int64_t axis = 0;
    if (op.getAxis()) {
      axis = *op.getAxis();
      if (axis < 0)
        axis += inputType.getRank();
      if (axis < 0 || axis >= inputType.getRank())
        return rewriter.notifyMatchFailure(op, "axis");
    } else {
      input = flatten(rewriter, loc, input);
    }
    IndexMath m(rewriter, loc);
    // A condition longer than the axis: the entries past it select nothing
    // (as onnxruntime does); a shorter one drops the slices past its end.
    OpFoldResult length =
        m.minSize(tensor::getMixedSize(rewriter, loc, condition, 0),
                  tensor::getMixedSize(rewriter, loc, input, axis));
    Value bound = m.value(length);
    Value zero = cstIndex(rewriter, loc, 0), one = cstIndex(rewriter, loc, 1);
    auto selected = [&](OpBuilder &b, Location l, Value i) {
      return tensor::ExtractOp::create(b, l, condition, i).getResult();
    };
    auto bump = [&](OpBuilder &b, Location l, Value pos, Value cond) -> Value {
      return arith::SelectOp::create(
          b, l, cond, arith::AddIOp::create(b, l, pos, one), pos);
    };
    Value counted =
        buildLoopNest(rewriter, loc, bound, zero,
                      [&](OpBuilder &b, Location l, ValueRange ivs,
                          ValueRange carried) -> SmallVector<Value> {
                        return {bump(b, l, carried[0], selected(b, l, ivs[0]))};
                      })
            .front();
    OpFoldResult count = checkDeclaredSize(rewriter, loc, op, counted, resultType,
                                      axis, "the output");
    Value countValue = getValueOrCreateConstantIndexOp(rewriter, loc, count);
    // The selected positions along the axis, in order.
    Value positions =
        buildLoopNest(
            rewriter, loc, bound,
            {zeros(rewriter, loc, count, rewriter.getI64Type()), zero},
            [&](OpBuilder &b, Location l, ValueRange ivs,
                ValueRange carried) -> SmallVector<Value> {
              Value take = selected(b, l, ivs[0]), pos = carried[1];
              Value write =
                  andI(b, l, take,
                       arith::CmpIOp::create(b, l, P::ult, pos, countValue));
              return {
                  insertIf(b, l, write, toI64(b, l, ivs[0]), carried[0], pos),
                  bump(b, l, pos, take)};
            })
            .front();
    Value result =
        gatherAlongAxis(rewriter, loc, input, axis, positions, count);
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, result, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Unique
//===----------------------------------------------------------------------===//

/// Slices `i` and `j` of `x3` ([outer, n, inner], slices along dim 1)
/// compared in row-major order: (slice i < slice j, slice i == slice j).
std::pair<Value, Value> compareSlices(OpBuilder &b, Location loc, Value x3,
                                      Value i, Value j, bool isUnsigned) {
  SmallVector<Value> bounds{tensor::DimOp::create(b, loc, x3, 0),
                            tensor::DimOp::create(b, loc, x3, 2)};
  Value no = arith::ConstantIntOp::create(b, loc, 0, 1);
  SmallVector<Value> result = buildLoopNest(
      b, loc, bounds, {no, no},
      [&](OpBuilder &lb, Location l, ValueRange ivs,
          ValueRange carried) -> SmallVector<Value> {
        Value decided = carried[0], less = carried[1];
        Value xi =
            tensor::ExtractOp::create(lb, l, x3, ValueRange{ivs[0], i, ivs[1]});
        Value xj =
            tensor::ExtractOp::create(lb, l, x3, ValueRange{ivs[0], j, ivs[1]});
        Value differ = notI(lb, l, isSame(lb, l, xi, xj));
        Value decidesNow = andI(lb, l, notI(lb, l, decided), differ);
        return {orI(lb, l, decided, differ),
                arith::SelectOp::create(lb, l, decidesNow,
                                        isGreater(lb, l, xj, xi, isUnsigned),
                                        less)};
      });
  return {result[1], notI(b, loc, result[0])};
}

struct UniqueToLinalg : OpConversionPattern<UniqueOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(UniqueOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getX();
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    SmallVector<RankedTensorType> types;
    for (Value r : op.getResults())
      types.push_back(getConvertedRankedType(r.getType()));
    if (!xType || xType.getRank() == 0 || llvm::is_contained(types, nullptr))
      return rewriter.notifyMatchFailure(op, "shapes not known well enough");
    int64_t rank = xType.getRank(), axis = 0;
    if (op.getAxis()) {
      axis = *op.getAxis();
      if (axis < 0)
        axis += rank;
      if (axis < 0 || axis >= rank)
        return rewriter.notifyMatchFailure(op, "axis");
    } else {
      x = flatten(rewriter, loc, x);
      rank = 1;
    }
    RankedTensorType yType = types[0], indicesType = types[1];
    if (!yType.isDynamicDim(axis) && !indicesType.isDynamicDim(0) &&
        yType.getDimSize(axis) != indicesType.getDimSize(0))
      return rewriter.notifyMatchFailure(op, "Y and indices differ");
    bool isUnsigned = isUnsignedTensor(op.getX());
    bool sorted = op.getSorted() != 0;

    // x as [outer, n, inner]: slice i is x3[:, i, :].
    IndexMath m(rewriter, loc);
    SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(rewriter, loc, x);
    OpFoldResult outer = m.cst(1), inner = m.cst(1), n = sizes[axis];
    for (int64_t d = 0; d < rank; ++d) {
      if (d < axis)
        outer = m.mul(outer, sizes[d]);
      if (d > axis)
        inner = m.mul(inner, sizes[d]);
    }
    SmallVector<OpFoldResult> sizes3{outer, n, inner};
    SmallVector<Value> shapeValues;
    for (OpFoldResult s : sizes3)
      shapeValues.push_back(toI64(rewriter, loc, m.value(s)));
    auto x3Type =
        RankedTensorType::get(staticShape(sizes3), xType.getElementType());
    Value x3 = tensor::ReshapeOp::create(
        rewriter, loc, x3Type, x,
        tensor::FromElementsOp::create(rewriter, loc, shapeValues));

    Value zero = cstIndex(rewriter, loc, 0), one = cstIndex(rewriter, loc, 1);
    Value nValue = m.value(n);
    Type i64 = rewriter.getI64Type();
    auto read = [](OpBuilder &b, Location l, Value t, Value i) {
      return toIndex(b, l, tensor::ExtractOp::create(b, l, t, i));
    };
    // first[i]: the first slice equal to slice i; and the number of
    // distinct slices.
    SmallVector<Value> firsts = buildLoopNest(
        rewriter, loc, nValue, {zeros(rewriter, loc, n, i64), zero},
        [&](OpBuilder &b, Location l, ValueRange ivs,
            ValueRange carried) -> SmallVector<Value> {
          Value i = ivs[0];
          Value first =
              buildLoopNest(
                  b, l, i, i,
                  [&](OpBuilder &ib, Location il, ValueRange jvs,
                      ValueRange found) -> SmallVector<Value> {
                    Value equal =
                        compareSlices(ib, il, x3, jvs[0], i, isUnsigned).second;
                    Value none =
                        arith::CmpIOp::create(ib, il, P::eq, found[0], i);
                    return {arith::SelectOp::create(
                        ib, il, andI(ib, il, none, equal), jvs[0], found[0])};
                  })
                  .front();
          Value isNew = arith::CmpIOp::create(b, l, P::eq, first, i);
          return {
              tensor::InsertOp::create(b, l, toI64(b, l, first), carried[0], i),
              arith::SelectOp::create(
                  b, l, isNew, arith::AddIOp::create(b, l, carried[1], one),
                  carried[1])};
        });
    Value first = firsts[0], distinct = firsts[1];
    // order[i], for a first occurrence: its place in Y (sorted: the number
    // of distinct slices below it; else the number of them before it).
    Value order =
        buildLoopNest(
            rewriter, loc, nValue, {zeros(rewriter, loc, n, i64), zero},
            [&](OpBuilder &b, Location l, ValueRange ivs,
                ValueRange carried) -> SmallVector<Value> {
              Value i = ivs[0];
              Value isNew =
                  arith::CmpIOp::create(b, l, P::eq, read(b, l, first, i), i);
              Value place = carried[1];
              if (sorted)
                place =
                    buildLoopNest(
                        b, l, nValue, zero,
                        [&](OpBuilder &ib, Location il, ValueRange jvs,
                            ValueRange below) -> SmallVector<Value> {
                          Value j = jvs[0];
                          Value jNew = arith::CmpIOp::create(
                              ib, il, P::eq, read(ib, il, first, j), j);
                          Value less =
                              compareSlices(ib, il, x3, j, i, isUnsigned).first;
                          return {arith::SelectOp::create(
                              ib, il, andI(ib, il, jNew, less),
                              arith::AddIOp::create(ib, il, below[0], one),
                              below[0])};
                        })
                        .front();
              return {insertIf(b, l, isNew, toI64(b, l, place), carried[0], i),
                      arith::SelectOp::create(
                          b, l, isNew,
                          arith::AddIOp::create(b, l, carried[1], one),
                          carried[1])};
            })
            .front();

    OpFoldResult yCount =
        checkDeclaredSize(rewriter, loc, op, distinct, yType, axis, "Y");
    OpFoldResult indicesCount =
        checkDeclaredSize(rewriter, loc, op, distinct, indicesType, 0, "indices");
    OpFoldResult countsCount =
        checkDeclaredSize(rewriter, loc, op, distinct, types[3], 0, "counts");
    Value indicesBound = m.value(indicesCount);
    Value countsBound = m.value(countsCount);
    // indices, inverse_indices and counts in one pass over the slices.
    SmallVector<Value> outs = buildLoopNest(
        rewriter, loc, nValue,
        {zeros(rewriter, loc, indicesCount, i64), zeros(rewriter, loc, n, i64),
         zeros(rewriter, loc, countsCount, i64)},
        [&](OpBuilder &b, Location l, ValueRange ivs,
            ValueRange carried) -> SmallVector<Value> {
          Value i = ivs[0];
          Value f = read(b, l, first, i);
          Value place = read(b, l, order, f);
          Value isNew = arith::CmpIOp::create(b, l, P::eq, f, i);
          Value indices = insertIf(
              b, l,
              andI(b, l, isNew,
                   arith::CmpIOp::create(b, l, P::ult, place, indicesBound)),
              toI64(b, l, i), carried[0], place);
          Value inverse =
              tensor::InsertOp::create(b, l, toI64(b, l, place), carried[1], i);
          Value counts =
              scf::IfOp::create(
                  b, l, arith::CmpIOp::create(b, l, P::ult, place, countsBound),
                  [&](OpBuilder &tb, Location tl) {
                    Value bumped = arith::AddIOp::create(
                        tb, tl,
                        tensor::ExtractOp::create(tb, tl, carried[2], place),
                        arith::ConstantIntOp::create(tb, tl, i64, 1));
                    scf::YieldOp::create(
                        tb, tl,
                        ValueRange{tensor::InsertOp::create(
                            tb, tl, bumped, carried[2], place)});
                  },
                  [&](OpBuilder &eb, Location el) {
                    scf::YieldOp::create(eb, el, ValueRange{carried[2]});
                  })
                  .getResult(0);
          return {indices, inverse, counts};
        });
    Value y = gatherAlongAxis(rewriter, loc, x, axis, outs[0], yCount);
    SmallVector<Value> results{y, outs[0], outs[1], outs[2]};
    for (auto [r, t] : llvm::zip(results, types))
      r = castIfNeeded(rewriter, loc, r, t);
    rewriter.replaceOp(op, results);
    return success();
  }
};

} // namespace

void populateSelectionToLinalgPatterns(const TypeConverter &converter,
                                       RewritePatternSet &patterns) {
  patterns.add<TopKToLinalg, NonZeroToLinalg, CompressToLinalg, UniqueToLinalg>(
      converter, patterns.getContext());
}

} // namespace onnxc
