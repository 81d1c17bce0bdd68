//===- VectorizeContractionTiles.cpp - Register kernels for tiles ---------===//

#include "onnxc/lowering/Linalg/Passes.h"
#include "onnxc/lowering/Linalg/RegisterContraction.h"

#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace onnxc {
#define GEN_PASS_DEF_VECTORIZECONTRACTIONTILESPASS
#include "onnxc/lowering/Linalg/Passes.h.inc"

namespace {
/// Emits the vector kernel of one tile: `rowCount` output rows from
/// `rowOffset`, at most `cols` columns.
class TileKernelBuilder {
public:
  TileKernelBuilder(linalg::LinalgOp op, const RegisterContraction &roles,
                    int64_t cols, bool fullCols, Value reductionSize)
      : op(op), roles(roles), fullCols(fullCols),
        reductionSize(reductionSize),
        vectorType(VectorType::get({cols}, Float32Type::get(op.getContext()))) {
    if (auto fill = op.getDpsInits()[0].getDefiningOp<linalg::FillOp>()) {
      fillValue = fill.getInputs()[0];
      dest = fill.getOutputs()[0];
    } else {
      dest = op.getDpsInits()[0];
    }
  }

  /// The tile with its rows [rowOffset, rowOffset + rowCount) computed into
  /// `into` (a tensor like the output).
  Value build(OpBuilder &b, Location loc, int64_t rowCount, Value rowOffset,
              Value into) {
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value one = arith::ConstantIndexOp::create(b, loc, 1);
    SmallVector<Value> dims(op.getNumLoops(), zero);
    auto rowDims = [&](int64_t r) {
      dims[roles.rows] = arith::AddIOp::create(
          b, loc, rowOffset, arith::ConstantIndexOp::create(b, loc, r));
      return dims;
    };
    Value init = op.getDpsInits()[0];
    SmallVector<Value> accs;
    for (int64_t r = 0; r < rowCount; ++r) {
      if (fillValue) {
        accs.push_back(vector::BroadcastOp::create(b, loc, vectorType,
                                                   fillValue));
        continue;
      }
      accs.push_back(read(b, loc, init, 2, rowDims(r)));
    }

    auto loop = scf::ForOp::create(
        b, loc, zero, reductionSize, one, accs,
        [&](OpBuilder &lb, Location lloc, Value k, ValueRange iterAccs) {
          dims[roles.reduction] = k;
          dims[roles.rows] = rowOffset;
          Value rhs = read(lb, lloc, op.getDpsInputs()[roles.rhs], roles.rhs,
                           dims);
          SmallVector<Value> next;
          for (int64_t r = 0; r < rowCount; ++r) {
            dims[roles.rows] = arith::AddIOp::create(
                lb, lloc, rowOffset,
                arith::ConstantIndexOp::create(lb, lloc, r));
            Value lhs = tensor::ExtractOp::create(
                lb, lloc, op.getDpsInputs()[roles.lhs],
                indicesOf(roles.lhs, dims));
            Value splat =
                vector::BroadcastOp::create(lb, lloc, vectorType, lhs);
            next.push_back(
                vector::FMAOp::create(lb, lloc, splat, rhs, iterAccs[r]));
          }
          scf::YieldOp::create(lb, lloc, next);
        });
    dims[roles.reduction] = zero;
    Value result = into;
    for (int64_t r = 0; r < rowCount; ++r)
      result = vector::TransferWriteOp::create(
                   b, loc, loop.getResult(r), result,
                   indicesOf(2, rowDims(r)), ArrayRef<bool>{fullCols})
                   .getResult();
    return result;
  }

  /// The tensor the tile is written into: the fill's destination when the
  /// fill is folded into the accumulators.
  Value getDest() const { return dest; }

private:
  /// The indices of operand `operand` (0, 1: inputs, 2: output) at the loop
  /// position `dims`; every indexing map result is a plain dim.
  SmallVector<Value> indicesOf(unsigned operand, ArrayRef<Value> dims) {
    AffineMap map = op.getIndexingMapsArray()[operand];
    SmallVector<Value> indices;
    for (AffineExpr result : map.getResults())
      indices.push_back(dims[cast<AffineDimExpr>(result).getPosition()]);
    return indices;
  }

  /// One row of `cols` elements of `source` along its innermost dim.
  Value read(OpBuilder &b, Location loc, Value source, unsigned operand,
             ArrayRef<Value> dims) {
    Value pad = arith::ConstantOp::create(
        b, loc, b.getF32FloatAttr(0.0f));
    return vector::TransferReadOp::create(b, loc, vectorType, source,
                                          indicesOf(operand, dims), pad,
                                          ArrayRef<bool>{fullCols});
  }

  linalg::LinalgOp op;
  RegisterContraction roles;
  bool fullCols;
  Value reductionSize;
  VectorType vectorType;
  Value fillValue, dest;
};

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
  }

  /// Replaces `op` by its kernel when its extents fit the register block.
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

    Location loc = op.getLoc();
    rewriter.setInsertionPoint(op);
    SmallVector<Range> loopRanges = op.createLoopRanges(rewriter, loc);
    Value reductionSize = getValueOrCreateConstantIndexOp(
        rewriter, loc, loopRanges[roles.reduction].size);
    TileKernelBuilder kernel(op, roles, maxCols, cols == maxCols,
                             reductionSize);
    Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
    Value result;
    if (!ShapedType::isDynamic(rows)) {
      result = kernel.build(rewriter, loc, rows, zero, kernel.getDest());
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
            scf::YieldOp::create(
                b, l, kernel.build(b, l, maxRows, zero, kernel.getDest()));
          },
          [&](OpBuilder &b, Location l) {
            Value one = arith::ConstantIndexOp::create(b, l, 1);
            auto rowLoop = scf::ForOp::create(
                b, l, zero, rowCount, one, ValueRange{kernel.getDest()},
                [&](OpBuilder &rb, Location rl, Value r, ValueRange into) {
                  scf::YieldOp::create(rb, rl,
                                       kernel.build(rb, rl, 1, r, into[0]));
                });
            scf::YieldOp::create(b, l, rowLoop.getResult(0));
          });
      result = ifOp.getResult(0);
    }
    rewriter.replaceOp(op, result);
  }
};
} // namespace

} // namespace onnxc
