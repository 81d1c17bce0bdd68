//===- ControlFlowToSCF.cpp - If, Loop, Scan ------------------------------===//
//
// The subgraphs stay regions: If becomes scf.if, Loop an scf.while that
// carries the iteration count, the condition and the loop-carried values,
// Scan an scf.for over the scanned axis. The ops of a body move into the new
// region as they are and are lowered with the rest of the function. Values
// that change shape from one iteration to the next are carried with the
// generalised types shape inference gave the op's results; where a body
// argument is declared more static than that, the run checks it. A scan
// output is gathered into a buffer that grows (doubling) as iterations
// come, and is cut to the number of iterations after the loop.
//
// Unsigned tensors crossing a region boundary are refused: the bodies' values
// keep their ONNX types until their own ops are lowered.
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
#include "mlir/Dialect/Utils/StaticValueUtils.h"

using namespace mlir;

namespace onnxc {
namespace {

/// Whether any of `types` is a tensor of unsigned integers.
static bool hasUnsigned(TypeRange types) {
  return llvm::any_of(types, [](Type t) {
    auto shaped = dyn_cast<ShapedType>(t);
    return shaped && shaped.getElementType().isUnsignedInteger();
  });
}

/// The converted ranked types of `values`' types, or failure.
static FailureOr<SmallVector<RankedTensorType>> rankedTypes(TypeRange types) {
  SmallVector<RankedTensorType> result;
  for (Type t : types) {
    RankedTensorType ranked = getConvertedRankedType(t);
    if (!ranked)
      return failure();
    result.push_back(ranked);
  }
  return result;
}

/// `value` as `type`: a tensor.cast where `type` is as dynamic or more;
/// where `type` has static dims `value` does not prove, a reshape that the
/// run checks (buildCheckedReshape).
static Value castChecked(OpBuilder &b, Location loc, Operation *op, Value value,
                         Type type) {
  auto from = cast<RankedTensorType>(value.getType());
  auto to = cast<RankedTensorType>(type);
  if (from == to)
    return value;
  bool widening = from.getRank() == to.getRank();
  for (int64_t d = 0; widening && d < to.getRank(); ++d)
    widening = to.isDynamicDim(d) || from.getDimSize(d) == to.getDimSize(d);
  if (widening)
    return tensor::CastOp::create(b, loc, to, value);
  SmallVector<OpFoldResult> sizes;
  for (int64_t d = 0; d < from.getRank(); ++d)
    sizes.push_back(tensor::getMixedSize(b, loc, value, d));
  return buildCheckedReshape(b, loc, op, value, sizes, to);
}

/// A one-element tensor of `type` (rank 0, or all dims 1) holding `scalar`.
static Value scalarTensor(OpBuilder &b, Location loc, Value scalar, Type type) {
  auto ranked = cast<RankedTensorType>(type);
  SmallVector<int64_t> shape(ranked.getRank(), 1);
  return tensor::FromElementsOp::create(
      b, loc, RankedTensorType::get(shape, ranked.getElementType()), scalar);
}

/// An empty scan buffer of `type` ([rows, dims of one output...]): 0 rows,
/// and 0 in every dynamic dim until the first row shows the sizes.
static Value emptyBuffer(OpBuilder &b, Location loc, RankedTensorType type) {
  SmallVector<OpFoldResult> sizes;
  for (int64_t d = 0; d < type.getRank(); ++d)
    sizes.push_back(b.getIndexAttr(
        d == 0 || type.isDynamicDim(d) ? 0 : type.getDimSize(d)));
  Value empty = tensor::EmptyOp::create(b, loc, sizes, type.getElementType());
  return tensor::CastOp::create(b, loc, type, empty);
}

/// `buffer` with `row` written at row `i` (an index): when `i` is past the
/// rows it has, a new buffer of max(2 * rows, `minRows`, 1) rows and the
/// sizes of `row` takes the old rows first. A row whose sizes differ from
/// the earlier rows' fails the run (naming `op` and scan output `k`) and is
/// written cut to the sizes both share.
static Value appendRow(OpBuilder &b, Location loc, Operation *op, unsigned k,
                       Value buffer, Value row, Value i, Value minRows) {
  using P = arith::CmpIPredicate;
  auto bufferType = cast<RankedTensorType>(buffer.getType());
  int64_t rank = bufferType.getRank();
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  Value rows = tensor::DimOp::create(b, loc, buffer, 0);
  Value full = arith::CmpIOp::create(b, loc, P::sge, i, rows);
  SmallVector<Value> rowSizes;
  for (int64_t d = 1; d < rank; ++d)
    rowSizes.push_back(tensor::DimOp::create(b, loc, row, d - 1));
  auto grown = scf::IfOp::create(
      b, loc, full,
      [&](OpBuilder &tb, Location tl) {
        Value doubled = arith::MulIOp::create(
            tb, tl, rows, arith::ConstantIndexOp::create(tb, tl, 2));
        Value newRows = arith::MaxSIOp::create(
            tb, tl, arith::MaxSIOp::create(tb, tl, doubled, minRows), one);
        SmallVector<OpFoldResult> sizes{newRows};
        sizes.append(rowSizes.begin(), rowSizes.end());
        Value fresh =
            tensor::EmptyOp::create(tb, tl, sizes, bufferType.getElementType());
        // The old rows, in the sizes both buffers share.
        SmallVector<OpFoldResult> copySizes{rows};
        for (int64_t d = 1; d < rank; ++d)
          copySizes.push_back(
              arith::MinSIOp::create(tb, tl,
                                     tensor::DimOp::create(tb, tl, buffer, d),
                                     rowSizes[d - 1])
                  .getResult());
        SmallVector<OpFoldResult> offsets(rank, tb.getIndexAttr(0));
        SmallVector<OpFoldResult> strides(rank, tb.getIndexAttr(1));
        Value old = tensor::ExtractSliceOp::create(tb, tl, buffer, offsets,
                                                   copySizes, strides);
        fresh = tensor::InsertSliceOp::create(tb, tl, old, fresh, offsets,
                                              copySizes, strides);
        scf::YieldOp::create(
            tb, tl,
            ValueRange{tensor::CastOp::create(tb, tl, bufferType, fresh)});
      },
      [&](OpBuilder &eb, Location el) {
        scf::YieldOp::create(eb, el, ValueRange{buffer});
      });
  Value target = grown.getResult(0);
  // The row, cut to the sizes it shares with the buffer.
  Value differs = arith::ConstantIntOp::create(b, loc, 0, 1);
  SmallVector<OpFoldResult> sizes{b.getIndexAttr(1)}, rowCut;
  for (int64_t d = 1; d < rank; ++d) {
    Value have = tensor::DimOp::create(b, loc, target, d);
    differs = arith::OrIOp::create(
        b, loc, differs,
        arith::CmpIOp::create(b, loc, P::ne, have, rowSizes[d - 1]));
    Value shared = arith::MinSIOp::create(b, loc, have, rowSizes[d - 1]);
    sizes.push_back(shared);
    rowCut.push_back(shared);
  }
  if (rank > 1)
    emitRuntimeFailure(b, loc, differs,
                       describeNodeForFormat(op) + ": scan output #" +
                           std::to_string(k) +
                           " changes its shape from one iteration to the next",
                       {});
  SmallVector<OpFoldResult> rowOffsets(rank - 1, b.getIndexAttr(0));
  SmallVector<OpFoldResult> rowStrides(rank - 1, b.getIndexAttr(1));
  Value cut = rank > 1 ? tensor::ExtractSliceOp::create(b, loc, row, rowOffsets,
                                                        rowCut, rowStrides)
                             .getResult()
                       : row;
  SmallVector<OpFoldResult> offsets{i};
  offsets.append(rank - 1, b.getIndexAttr(0));
  SmallVector<OpFoldResult> strides(rank, b.getIndexAttr(1));
  return tensor::InsertSliceOp::create(b, loc, cut, target, offsets, sizes,
                                       strides);
}

/// Rows [0, count) of a scan buffer, as `type`.
static Value takeRows(OpBuilder &b, Location loc, Value buffer, Value count,
                      RankedTensorType type) {
  auto bufferType = cast<RankedTensorType>(buffer.getType());
  int64_t rank = bufferType.getRank();
  SmallVector<OpFoldResult> offsets(rank, b.getIndexAttr(0));
  SmallVector<OpFoldResult> sizes{count}, strides(rank, b.getIndexAttr(1));
  for (int64_t d = 1; d < rank; ++d)
    sizes.push_back(tensor::getMixedSize(b, loc, buffer, d));
  Value rows =
      tensor::ExtractSliceOp::create(b, loc, buffer, offsets, sizes, strides);
  return castIfNeeded(b, loc, rows, type);
}

//===----------------------------------------------------------------------===//
// If
//===----------------------------------------------------------------------===//

struct IfToSCF : OpConversionPattern<IfOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(IfOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto types = rankedTypes(op.getResultTypes());
    if (failed(types))
      return rewriter.notifyMatchFailure(op, "an output's rank is unknown");
    if (hasUnsigned(op.getResultTypes()))
      return rewriter.notifyMatchFailure(op, "unsigned outputs");
    Value cond = extractFirstChecked(rewriter, loc, op, adaptor.getCond(),
                                     "the condition");
    SmallVector<Type> resultTypes(types->begin(), types->end());
    auto ifOp = scf::IfOp::create(rewriter, loc, resultTypes, cond,
                                  /*withElseRegion=*/true);
    for (auto [from, to] :
         {std::pair{&op.getThenBranch(), &ifOp.getThenRegion()},
          std::pair{&op.getElseBranch(), &ifOp.getElseRegion()}}) {
      rewriter.eraseBlock(&to->front());
      rewriter.inlineRegionBefore(*from, *to, to->end());
      Operation *yield = to->front().getTerminator();
      rewriter.setInsertionPoint(yield);
      SmallVector<Value> values;
      for (auto [v, t] : llvm::zip(yield->getOperands(), resultTypes))
        values.push_back(castIfNeeded(rewriter, loc, v, t));
      rewriter.replaceOpWithNewOp<scf::YieldOp>(yield, values);
    }
    rewriter.replaceOp(op, ifOp.getResults());
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Loop
//===----------------------------------------------------------------------===//

struct LoopToSCF : OpConversionPattern<LoopOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(LoopOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Block &body = op.getBody().front();
    size_t numCarried = op.getVInitial().size();
    Operation *yield = body.getTerminator();
    size_t numScans = yield->getNumOperands() - 1 - numCarried;
    auto types = rankedTypes(op.getResultTypes());
    if (failed(types) || failed(rankedTypes(body.getArgumentTypes())) ||
        failed(rankedTypes(yield->getOperandTypes())))
      return rewriter.notifyMatchFailure(
          op, "a loop-carried value or scan output has an unknown rank");
    if (hasUnsigned(op.getResultTypes()) ||
        hasUnsigned(body.getArgumentTypes()))
      return rewriter.notifyMatchFailure(op, "unsigned loop-carried values or "
                                             "scan outputs");
    Type i1 = rewriter.getI1Type();
    Type indexType = rewriter.getIndexType();
    Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
    Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
    Value yes = arith::ConstantIntOp::create(rewriter, loc, 1, 1);

    bool hasMax = !isNoValue(op.getM());
    bool hasCond = !isNoValue(op.getCond());
    Value maxTrips;
    if (hasMax)
      maxTrips = extractFirstChecked(rewriter, loc, op, adaptor.getM(),
                                     "the trip count M");
    Value cond0 = hasCond ? extractFirstChecked(rewriter, loc, op,
                                                adaptor.getCond(), "cond")
                          : yes;

    // Carried: iteration, condition, loop-carried values, scan buffers.
    SmallVector<Value> inits{zero, cond0};
    SmallVector<Type> initTypes{indexType, i1};
    for (size_t k = 0; k < numCarried; ++k) {
      inits.push_back(castChecked(rewriter, loc, op, adaptor.getVInitial()[k],
                                  (*types)[k]));
      initTypes.push_back((*types)[k]);
    }
    SmallVector<RankedTensorType> bufferTypes;
    for (size_t k = 0; k < numScans; ++k) {
      RankedTensorType type = (*types)[numCarried + k];
      SmallVector<int64_t> shape(type.getShape());
      shape[0] = ShapedType::kDynamic;
      bufferTypes.push_back(
          RankedTensorType::get(shape, type.getElementType()));
      inits.push_back(emptyBuffer(rewriter, loc, bufferTypes.back()));
      initTypes.push_back(bufferTypes.back());
    }
    SmallVector<Location> locs(initTypes.size(), loc);

    auto loop = scf::WhileOp::create(rewriter, loc, initTypes, inits);
    Block *before =
        rewriter.createBlock(&loop.getBefore(), {}, initTypes, locs);
    {
      Value go = before->getArgument(1);
      if (hasMax) {
        Value i64 = arith::IndexCastOp::create(
            rewriter, loc, rewriter.getI64Type(), before->getArgument(0));
        go = arith::AndIOp::create(
            rewriter, loc, go,
            arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt, i64,
                                  maxTrips));
      }
      scf::ConditionOp::create(rewriter, loc, go, before->getArguments());
    }
    Block *after = rewriter.createBlock(&loop.getAfter(), {}, initTypes, locs);
    Value i = after->getArgument(0);
    SmallVector<Value> bodyArgs{
        scalarTensor(
            rewriter, loc,
            arith::IndexCastOp::create(rewriter, loc, rewriter.getI64Type(), i),
            body.getArgument(0).getType()),
        scalarTensor(rewriter, loc, after->getArgument(1),
                     body.getArgument(1).getType())};
    for (size_t k = 0; k < numCarried; ++k)
      bodyArgs.push_back(castChecked(rewriter, loc, op,
                                     after->getArgument(2 + k),
                                     body.getArgument(2 + k).getType()));
    rewriter.mergeBlocks(&body, after, bodyArgs);

    rewriter.setInsertionPoint(yield);
    SmallVector<Value> next{arith::AddIOp::create(rewriter, loc, i, one)};
    next.push_back(hasCond ? extractFirstChecked(rewriter, loc, op,
                                                 yield->getOperand(0),
                                                 "the body's condition")
                           : yes);
    for (size_t k = 0; k < numCarried; ++k)
      next.push_back(
          castIfNeeded(rewriter, loc, yield->getOperand(1 + k), (*types)[k]));
    for (size_t k = 0; k < numScans; ++k)
      next.push_back(appendRow(rewriter, loc, op, k,
                               after->getArgument(2 + numCarried + k),
                               yield->getOperand(1 + numCarried + k), i, zero));
    rewriter.replaceOpWithNewOp<scf::YieldOp>(yield, next);

    rewriter.setInsertionPointAfter(loop);
    SmallVector<Value> results;
    for (size_t k = 0; k < numCarried; ++k)
      results.push_back(loop.getResult(2 + k));
    for (size_t k = 0; k < numScans; ++k)
      results.push_back(castChecked(rewriter, loc, op,
                                    takeRows(rewriter, loc,
                                             loop.getResult(2 + numCarried + k),
                                             loop.getResult(0), bufferTypes[k]),
                                    (*types)[numCarried + k]));
    rewriter.replaceOp(op, results);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Scan
//===----------------------------------------------------------------------===//

/// `t` with its dim 0 reversed.
static Value reverseRows(OpBuilder &b, Location loc, Value t) {
  auto type = cast<RankedTensorType>(t.getType());
  int64_t rank = type.getRank();
  SmallVector<OpFoldResult> sizes;
  for (int64_t d = 0; d < rank; ++d)
    sizes.push_back(tensor::getMixedSize(b, loc, t, d));
  Value rows = tensor::DimOp::create(b, loc, t, 0);
  return buildIndexedGeneric(
      b, loc, sizes, type.getElementType(),
      [&](OpBuilder &nb, Location nl, ArrayRef<Value> ivs) -> Value {
        SmallVector<Value> at(ivs);
        Value last = arith::SubIOp::create(
            nb, nl, rows, arith::ConstantIndexOp::create(nb, nl, 1));
        at[0] = arith::SubIOp::create(nb, nl, last, ivs[0]);
        return tensor::ExtractOp::create(nb, nl, t, at);
      });
}

struct ScanToSCF : OpConversionPattern<ScanOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ScanOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Block &body = op.getBody().front();
    ValueRange inputs = adaptor.getInitialStateAndScanInputs();
    size_t numScanInputs = op.getNumScanInputs();
    size_t numStates = inputs.size() - numScanInputs;
    Operation *yield = body.getTerminator();
    size_t numScanOutputs = yield->getNumOperands() - numStates;
    auto types = rankedTypes(op.getResultTypes());
    if (failed(types) || failed(rankedTypes(body.getArgumentTypes())) ||
        failed(rankedTypes(yield->getOperandTypes())) ||
        failed(rankedTypes(TypeRange(inputs))))
      return rewriter.notifyMatchFailure(
          op, "a state, scan input or scan output has an unknown rank");
    if (hasUnsigned(op.getResultTypes()) ||
        hasUnsigned(body.getArgumentTypes()))
      return rewriter.notifyMatchFailure(op, "unsigned states or scan values");
    SmallVector<int64_t> inAxes =
        getI64Array(op.getScanInputAxesAttr(), numScanInputs, 0);
    SmallVector<int64_t> inDirs =
        getI64Array(op.getScanInputDirectionsAttr(), numScanInputs, 0);
    SmallVector<int64_t> outAxes =
        getI64Array(op.getScanOutputAxesAttr(), numScanOutputs, 0);
    SmallVector<int64_t> outDirs =
        getI64Array(op.getScanOutputDirectionsAttr(), numScanOutputs, 0);
    for (auto [k, axis] : llvm::enumerate(inAxes)) {
      int64_t rank =
          cast<RankedTensorType>(inputs[numStates + k].getType()).getRank();
      if (failed(normalizeAxis(axis, rank, std::nullopt)))
        return rewriter.notifyMatchFailure(op, "scan input axis out of range");
    }
    for (auto [k, axis] : llvm::enumerate(outAxes)) {
      int64_t rank = (*types)[numStates + k].getRank();
      if (failed(normalizeAxis(axis, rank, std::nullopt)))
        return rewriter.notifyMatchFailure(op, "scan output axis out of range");
    }

    // Every scan input must have the first one's length.
    Value length =
        tensor::DimOp::create(rewriter, loc, inputs[numStates], inAxes[0]);
    Type i64 = rewriter.getI64Type();
    for (size_t k = 1; k < numScanInputs; ++k) {
      Value other = tensor::DimOp::create(rewriter, loc, inputs[numStates + k],
                                          inAxes[k]);
      emitRuntimeFailure(
          rewriter, loc,
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne, other,
                                length),
          describeNodeForFormat(op) + ": scan input #" + std::to_string(k) +
              " has %lld iterations, the first %lld",
          {arith::IndexCastOp::create(rewriter, loc, i64, other),
           arith::IndexCastOp::create(rewriter, loc, i64, length)});
      length = arith::MinSIOp::create(rewriter, loc, length, other);
    }

    // Buffers gather the scan outputs in iteration order, along dim 0.
    SmallVector<RankedTensorType> bufferTypes;
    SmallVector<Value> inits;
    for (size_t k = 0; k < numStates; ++k)
      inits.push_back(castChecked(rewriter, loc, op, inputs[k], (*types)[k]));
    for (size_t k = 0; k < numScanOutputs; ++k) {
      auto rowType = cast<RankedTensorType>(
          getConvertedRankedType(yield->getOperand(numStates + k).getType()));
      SmallVector<int64_t> shape{ShapedType::kDynamic};
      for (int64_t d : rowType.getShape())
        shape.push_back(d);
      bufferTypes.push_back(
          RankedTensorType::get(shape, rowType.getElementType()));
      inits.push_back(emptyBuffer(rewriter, loc, bufferTypes.back()));
    }
    // An scf.while rather than an scf.for: the for loop's canonicalization
    // would fold the empty buffers' static 0 rows into the carried types.
    Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
    Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
    inits.insert(inits.begin(), zero);
    SmallVector<Type> initTypes(ValueRange(inits).getTypes());
    SmallVector<Location> locs(inits.size(), loc);
    auto loop = scf::WhileOp::create(rewriter, loc, initTypes, inits);
    Block *before =
        rewriter.createBlock(&loop.getBefore(), {}, initTypes, locs);
    scf::ConditionOp::create(
        rewriter, loc,
        arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt,
                              before->getArgument(0), length),
        before->getArguments());
    Block *after = rewriter.createBlock(&loop.getAfter(), {}, initTypes, locs);
    Value i = after->getArgument(0);
    auto carried = [&](size_t k) { return after->getArgument(1 + k); };
    SmallVector<Value> bodyArgs;
    for (size_t k = 0; k < numStates; ++k)
      bodyArgs.push_back(castChecked(rewriter, loc, op, carried(k),
                                     body.getArgument(k).getType()));
    Value last = arith::SubIOp::create(rewriter, loc, length, one);
    for (size_t k = 0; k < numScanInputs; ++k) {
      Value input = inputs[numStates + k];
      auto type = cast<RankedTensorType>(input.getType());
      Value at = inDirs[k]
                     ? arith::SubIOp::create(rewriter, loc, last, i).getResult()
                     : i;
      int64_t rank = type.getRank();
      SmallVector<OpFoldResult> offsets(rank, rewriter.getIndexAttr(0));
      SmallVector<OpFoldResult> sizes, strides(rank, rewriter.getIndexAttr(1));
      for (int64_t d = 0; d < rank; ++d)
        sizes.push_back(tensor::getMixedSize(rewriter, loc, input, d));
      offsets[inAxes[k]] = at;
      sizes[inAxes[k]] = rewriter.getIndexAttr(1);
      SmallVector<int64_t> sliceShape(type.getShape());
      sliceShape.erase(sliceShape.begin() + inAxes[k]);
      auto sliceType = RankedTensorType::get(sliceShape, type.getElementType());
      Value slice = tensor::ExtractSliceOp::create(
          rewriter, loc, sliceType, input, offsets, sizes, strides);
      bodyArgs.push_back(castChecked(
          rewriter, loc, op, slice, body.getArgument(numStates + k).getType()));
    }
    rewriter.mergeBlocks(&body, after, bodyArgs);

    rewriter.setInsertionPoint(yield);
    SmallVector<Value> next{arith::AddIOp::create(rewriter, loc, i, one)};
    for (size_t k = 0; k < numStates; ++k)
      next.push_back(
          castIfNeeded(rewriter, loc, yield->getOperand(k), (*types)[k]));
    for (size_t k = 0; k < numScanOutputs; ++k)
      next.push_back(appendRow(rewriter, loc, op, k, carried(numStates + k),
                               yield->getOperand(numStates + k), i, length));
    rewriter.replaceOpWithNewOp<scf::YieldOp>(yield, next);

    rewriter.setInsertionPointAfter(loop);
    SmallVector<Value> results;
    for (size_t k = 0; k < numStates; ++k)
      results.push_back(loop.getResult(1 + k));
    for (size_t k = 0; k < numScanOutputs; ++k) {
      Value rows = takeRows(rewriter, loc, loop.getResult(1 + numStates + k),
                            length, bufferTypes[k]);
      if (outDirs[k])
        rows = reverseRows(rewriter, loc, rows);
      if (int64_t axis = outAxes[k]) {
        // Dim 0 (the iterations) moves to `axis`.
        SmallVector<int64_t> perm;
        for (int64_t d = 1; d <= axis; ++d)
          perm.push_back(d);
        perm.push_back(0);
        for (int64_t d = axis + 1; d < bufferTypes[k].getRank(); ++d)
          perm.push_back(d);
        SmallVector<OpFoldResult> sizes;
        for (int64_t p : perm)
          sizes.push_back(tensor::getMixedSize(rewriter, loc, rows, p));
        Value init = tensor::EmptyOp::create(rewriter, loc, sizes,
                                             bufferTypes[k].getElementType());
        rows = linalg::TransposeOp::create(rewriter, loc, rows, init, perm)
                   .getResult()[0];
      }
      results.push_back(
          castChecked(rewriter, loc, op, rows, (*types)[numStates + k]));
    }
    rewriter.replaceOp(op, results);
    return success();
  }
};

} // namespace

void populateControlFlowToSCFPatterns(const TypeConverter &converter,
                                      RewritePatternSet &patterns) {
  patterns.add<IfToSCF, LoopToSCF, ScanToSCF>(converter, patterns.getContext());
}

} // namespace onnxc
