//===- VectorizeContractionTiles.cpp - Register kernels for tiles ---------===//

#include "onnxc/lowering/Linalg/Passes.h"
#include "onnxc/lowering/Linalg/RegisterContraction.h"

#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace onnxc {
#define GEN_PASS_DEF_VECTORIZECONTRACTIONTILESPASS
#include "onnxc/lowering/Linalg/Passes.h.inc"

/// The indices of an operand read through `map` at the loop position
/// `dims`; every result of `map` is a plain dim.
static SmallVector<Value> indicesOf(AffineMap map, ArrayRef<Value> dims) {
  SmallVector<Value> indices;
  for (AffineExpr result : map.getResults())
    indices.push_back(dims[cast<AffineDimExpr>(result).getPosition()]);
  return indices;
}

/// Whether `map` reads one vector along loop dim `cols` (its innermost
/// result) or one scalar (it does not use `cols`); false for anything else.
static bool isRowOrScalarMap(AffineMap map, unsigned cols) {
  if (!map.isProjectedPermutation()) return false;
  if (!map.isFunctionOfDim(cols)) return true;
  return map.getResults().back() == getAffineDimExpr(cols, map.getContext());
}

namespace {
/// Emits the vector kernel of one tile: `rowCount` output rows from
/// `rowOffset`, at most `cols` columns, and the epilogue when there is one.
class TileKernelBuilder {
public:
  TileKernelBuilder(linalg::LinalgOp op, const RegisterContraction &roles,
                    int64_t cols, bool fullCols, Value reductionSize,
                    linalg::GenericOp epilogue)
      : op(op), roles(roles), cols(cols), fullCols(fullCols),
        reductionSize(reductionSize), epilogue(epilogue),
        accType(VectorType::get({cols}, Float32Type::get(op.getContext()))) {
    if (auto fill = op.getDpsInits()[0].getDefiningOp<linalg::FillOp>()) {
      fillValue = fill.getInputs()[0];
      dest = fill.getOutputs()[0];
    } else {
      dest = op.getDpsInits()[0];
    }
    if (epilogue) {
      AffineMap output = op.getIndexingMapsArray()[2];
      for (unsigned i = 0; i < output.getNumResults(); ++i)
        epilogueLoopDims.push_back(output.getDimPosition(i));
    }
  }

  /// The tensors the kernel writes: the epilogue's outputs, or the
  /// contraction's output (a fill's destination when the fill is folded
  /// into the accumulators).
  SmallVector<Value> getDests() {
    if (!epilogue) return {dest};
    return llvm::to_vector(epilogue.getDpsInits());
  }

  /// Rows [rowOffset, rowOffset + rowCount) of the tile computed into
  /// `into` (tensors like getDests()); returns the written tensors.
  SmallVector<Value> build(OpBuilder &b, Location loc, int64_t rowCount,
                           Value rowOffset, ValueRange into) {
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value one = arith::ConstantIndexOp::create(b, loc, 1);
    SmallVector<Value> dims(op.getNumLoops(), zero);
    auto setRow = [&](OpBuilder &rb, Location rl, int64_t r) {
      dims[roles.rows] = arith::AddIOp::create(
          rb, rl, rowOffset, arith::ConstantIndexOp::create(rb, rl, r));
    };
    SmallVector<AffineMap> maps = op.getIndexingMapsArray();
    SmallVector<Value> accs;
    for (int64_t r = 0; r < rowCount; ++r) {
      if (fillValue) {
        accs.push_back(vector::BroadcastOp::create(b, loc, accType, fillValue));
        continue;
      }
      setRow(b, loc, r);
      accs.push_back(readRow(b, loc, op.getDpsInits()[0], maps[2], dims));
    }

    auto loop = scf::ForOp::create(
        b, loc, zero, reductionSize, one, accs,
        [&](OpBuilder &lb, Location lloc, Value k, ValueRange iterAccs) {
          dims[roles.reduction] = k;
          dims[roles.rows] = rowOffset;
          Value rhs = readRow(lb, lloc, op.getDpsInputs()[roles.rhs],
                              maps[roles.rhs], dims);
          SmallVector<Value> next;
          for (int64_t r = 0; r < rowCount; ++r) {
            setRow(lb, lloc, r);
            Value lhs = tensor::ExtractOp::create(
                lb, lloc, op.getDpsInputs()[roles.lhs],
                indicesOf(maps[roles.lhs], dims));
            Value splat = vector::BroadcastOp::create(lb, lloc, accType, lhs);
            next.push_back(
                vector::FMAOp::create(lb, lloc, splat, rhs, iterAccs[r]));
          }
          scf::YieldOp::create(lb, lloc, next);
        });
    dims[roles.reduction] = zero;

    SmallVector<Value> results(into);
    for (int64_t r = 0; r < rowCount; ++r) {
      setRow(b, loc, r);
      if (!epilogue) {
        results[0] = writeRow(b, loc, loop.getResult(r), results[0],
                              maps[2], dims);
        continue;
      }
      results = applyEpilogue(b, loc, loop.getResult(r), dims, results);
    }
    return results;
  }

private:
  /// One row of `cols` elements of `source` (read through `map`) along its
  /// innermost dim, masked past the end of a partial tile.
  Value readRow(OpBuilder &b, Location loc, Value source, AffineMap map,
                ArrayRef<Value> dims) {
    auto elementType = cast<ShapedType>(source.getType()).getElementType();
    Value pad = arith::ConstantOp::create(b, loc, b.getZeroAttr(elementType));
    return vector::TransferReadOp::create(
        b, loc, VectorType::get({cols}, elementType), source,
        indicesOf(map, dims), pad, ArrayRef<bool>{fullCols});
  }

  Value writeRow(OpBuilder &b, Location loc, Value row, Value into,
                 AffineMap map, ArrayRef<Value> dims) {
    return vector::TransferWriteOp::create(b, loc, row, into,
                                           indicesOf(map, dims),
                                           ArrayRef<bool>{fullCols})
        .getResult();
  }

  /// A scalar of the epilogue's body as a vector: constants and values
  /// from outside the body are broadcast.
  Value vectorOf(OpBuilder &b, Location loc, Value scalar,
                 const IRMapping &mapping) {
    if (Value mapped = mapping.lookupOrNull(scalar)) return mapped;
    return vector::BroadcastOp::create(
        b, loc, VectorType::get({cols}, scalar.getType()), scalar);
  }

  /// The epilogue's body on one row: the accumulators stand for the
  /// contraction's result, other operands are read as rows or broadcast
  /// scalars; its results are written into `into`.
  SmallVector<Value> applyEpilogue(OpBuilder &b, Location loc, Value acc,
                                   ArrayRef<Value> dims, ValueRange into) {
    SmallVector<Value> epilogueDims;
    for (unsigned d : epilogueLoopDims) epilogueDims.push_back(dims[d]);
    Block *body = epilogue.getBody();
    IRMapping mapping;
    Value product = op->getResult(0);
    for (OpOperand *input : epilogue.getDpsInputOperands()) {
      Value arg = body->getArgument(input->getOperandNumber());
      if (input->get() == product) {
        mapping.map(arg, acc);
        continue;
      }
      AffineMap map = epilogue.getMatchingIndexingMap(input);
      if (map.isFunctionOfDim(colsLoopOfEpilogue())) {
        mapping.map(arg, readRow(b, loc, input->get(), map, epilogueDims));
        continue;
      }
      Value scalar = tensor::ExtractOp::create(b, loc, input->get(),
                                               indicesOf(map, epilogueDims));
      mapping.map(arg, vectorOf(b, loc, scalar, mapping));
    }
    for (auto [i, init] : llvm::enumerate(epilogue.getDpsInitsMutable())) {
      Value arg = body->getArgument(init.getOperandNumber());
      if (!arg.use_empty())
        mapping.map(arg, readRow(b, loc, into[i],
                                 epilogue.getMatchingIndexingMap(&init),
                                 epilogueDims));
    }
    for (Operation &bodyOp : body->without_terminator()) {
      if (isa<arith::ConstantOp>(bodyOp)) {
        Value scalar = b.clone(bodyOp)->getResult(0);
        mapping.map(bodyOp.getResult(0), vectorOf(b, loc, scalar, mapping));
        continue;
      }
      OperationState state(loc, bodyOp.getName());
      for (Value operand : bodyOp.getOperands())
        state.addOperands(vectorOf(b, loc, operand, mapping));
      for (Type type : bodyOp.getResultTypes())
        state.addTypes(VectorType::get({cols}, type));
      state.addAttributes(bodyOp.getAttrs());
      Operation *vectorOp = b.create(state);
      mapping.map(bodyOp.getResults(), vectorOp->getResults());
    }
    SmallVector<Value> results;
    auto yield = cast<linalg::YieldOp>(body->getTerminator());
    for (auto [i, init] : llvm::enumerate(epilogue.getDpsInitsMutable()))
      results.push_back(writeRow(
          b, loc, vectorOf(b, loc, yield.getOperand(i), mapping), into[i],
          epilogue.getMatchingIndexingMap(&init), epilogueDims));
    return results;
  }

  /// The epilogue's loop that runs along the tile's columns.
  unsigned colsLoopOfEpilogue() const {
    return llvm::find(epilogueLoopDims, roles.cols) - epilogueLoopDims.begin();
  }

  linalg::LinalgOp op;
  RegisterContraction roles;
  int64_t cols;
  bool fullCols;
  Value reductionSize;
  linalg::GenericOp epilogue;
  /// For each loop of the epilogue, the contraction's loop it runs along.
  SmallVector<unsigned> epilogueLoopDims;
  VectorType accType;
  Value fillValue, dest;
};

/// The epilogue marked for `op`'s tile when every operand can be read as
/// rows or scalars of the tile.
static linalg::GenericOp findTileEpilogue(linalg::LinalgOp op,
                                          const RegisterContraction &roles) {
  Value result = op->getResult(0);
  if (!result.hasOneUse()) return {};
  auto epilogue = dyn_cast<linalg::GenericOp>(*result.getUsers().begin());
  if (!epilogue || !epilogue->hasAttr(kEpilogueAttr)) return {};
  AffineMap output = op.getIndexingMapsArray()[2];
  unsigned cols = output.getNumResults();
  for (unsigned i = 0; i < output.getNumResults(); ++i)
    if (output.getDimPosition(i) == roles.cols) cols = i;
  if (cols == output.getNumResults() ||
      epilogue.getNumLoops() != output.getNumResults())
    return {};
  for (OpOperand &operand : epilogue->getOpOperands())
    if (!isRowOrScalarMap(epilogue.getMatchingIndexingMap(&operand), cols))
      return {};
  return epilogue;
}

struct VectorizeContractionTilesPass
    : impl::VectorizeContractionTilesPassBase<VectorizeContractionTilesPass> {
  void runOnOperation() override {
    SmallVector<linalg::LinalgOp> tiles;
    getOperation().walk([&](linalg::LinalgOp op) {
      if (op->hasAttr(kRegisterTileAttr)) tiles.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::LinalgOp op : tiles) {
      auto block = op->getAttrOfType<DenseI64ArrayAttr>(kRegisterTileAttr);
      op->removeAttr(kRegisterTileAttr);
      std::optional<RegisterContraction> roles = matchRegisterContraction(op);
      if (!block || block.size() != 2 || !roles) continue;
      vectorize(rewriter, op, *roles, block[0], block[1]);
    }
    // Epilogues whose contraction kept its loops stay elementwise ops.
    getOperation().walk([](linalg::GenericOp op) {
      op->removeAttr(kEpilogueAttr);
    });
  }

  /// Replaces `op` (and its epilogue) by its kernel when its extents fit
  /// the register block.
  void vectorize(IRRewriter &rewriter, linalg::LinalgOp op,
                 const RegisterContraction &roles, int64_t maxRows,
                 int64_t maxCols) {
    SmallVector<int64_t> ranges = op.getStaticLoopRanges();
    for (unsigned d = 0; d < ranges.size(); ++d)
      if (d != roles.rows && d != roles.cols && d != roles.reduction &&
          ranges[d] != 1)
        return;
    int64_t rows = ranges[roles.rows], cols = ranges[roles.cols];
    if ((!ShapedType::isDynamic(rows) && rows > maxRows) ||
        (!ShapedType::isDynamic(cols) && cols > maxCols))
      return;

    linalg::GenericOp epilogue = findTileEpilogue(op, roles);
    Operation *replaced = epilogue ? epilogue.getOperation() : op;
    Location loc = op.getLoc();
    rewriter.setInsertionPoint(replaced);
    SmallVector<Range> loopRanges = op.createLoopRanges(rewriter, loc);
    Value reductionSize = getValueOrCreateConstantIndexOp(
        rewriter, loc, loopRanges[roles.reduction].size);
    TileKernelBuilder kernel(op, roles, maxCols, cols == maxCols,
                             reductionSize, epilogue);
    SmallVector<Value> dests = kernel.getDests();
    TypeRange destTypes = ValueRange(dests).getTypes();
    Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
    SmallVector<Value> results;
    if (!ShapedType::isDynamic(rows)) {
      results = kernel.build(rewriter, loc, rows, zero, dests);
    } else {
      // A full block runs the kernel; the last, partial one a row at a time.
      Value rowCount = getValueOrCreateConstantIndexOp(
          rewriter, loc, loopRanges[roles.rows].size);
      Value full = arith::CmpIOp::create(
          rewriter, loc, arith::CmpIPredicate::eq, rowCount,
          arith::ConstantIndexOp::create(rewriter, loc, maxRows));
      auto ifOp = scf::IfOp::create(
          rewriter, loc, full,
          [&](OpBuilder &b, Location l) {
            scf::YieldOp::create(b, l, kernel.build(b, l, maxRows, zero, dests));
          },
          [&](OpBuilder &b, Location l) {
            Value one = arith::ConstantIndexOp::create(b, l, 1);
            auto rowLoop = scf::ForOp::create(
                b, l, zero, rowCount, one, dests,
                [&](OpBuilder &rb, Location rl, Value r, ValueRange into) {
                  scf::YieldOp::create(rb, rl, kernel.build(rb, rl, 1, r, into));
                });
            scf::YieldOp::create(b, l, rowLoop.getResults());
          });
      assert(TypeRange(ifOp.getResultTypes()) == destTypes &&
             "the kernel keeps the types of its destinations");
      (void)destTypes;
      results = llvm::to_vector_of<Value>(ifOp.getResults());
    }
    rewriter.replaceOp(replaced, results);
    if (epilogue) rewriter.eraseOp(op);
  }
};
} // namespace

} // namespace onnxc
