//===- VectorizeContractionTiles.cpp - Register kernels for tiles ---------===//

#include "onnxc/lowering/Linalg/ConstantLayouts.h"
#include "onnxc/lowering/Linalg/Passes.h"
#include "onnxc/lowering/Linalg/RegisterContraction.h"
#include "onnxc/lowering/Linalg/TileEpilogue.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace onnxc {
#define GEN_PASS_DEF_VECTORIZECONTRACTIONTILESPASS
#include "onnxc/lowering/Linalg/Passes.h.inc"

namespace {
/// The vector kernel of one tile of `op`: up to `maxRows` rows (loop
/// `rowsDim`) of `cols` columns (loop `colsDim`) accumulate in vector
/// registers, then go through the epilogue, if any, and are stored.
/// Subclasses compute the accumulators.
class TileKernel {
public:
  TileKernel(linalg::LinalgOp op, unsigned rowsDim, unsigned colsDim,
             int64_t cols, bool fullCols, linalg::GenericOp epilogue)
      : op(op), rowsDim(rowsDim), colsDim(colsDim), cols(cols),
        fullCols(fullCols),
        accType(VectorType::get({cols}, Float32Type::get(op.getContext()))) {
    Value init = op.getDpsInits()[0];
    if (auto fill = init.getDefiningOp<linalg::FillOp>()) {
      fillValue = fill.getInputs()[0];
      dest = fill.getOutputs()[0];
    } else {
      dest = init;
    }
    if (epilogue)
      this->epilogue.emplace(op, epilogue, colsDim, cols, fullCols);
  }
  virtual ~TileKernel() = default;

  /// The tensors the kernel writes: the epilogue's outputs, or the op's
  /// output (a fill's destination when the fill is folded into the
  /// accumulators).
  SmallVector<Value> getDests() {
    if (epilogue) return epilogue->getDests();
    return {dest};
  }

  /// Rows [rowOffset, rowOffset + rowCount) of the tile computed into
  /// `into` (tensors like getDests()); returns the written tensors.
  SmallVector<Value> build(OpBuilder &b, Location loc, int64_t rowCount,
                           Value rowOffset, ValueRange into) {
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    SmallVector<Value> dims(op.getNumLoops(), zero);
    SmallVector<Value> accs;
    AffineMap output = op.getIndexingMapsArray().back();
    for (int64_t r = 0; r < rowCount; ++r) {
      if (fillValue) {
        accs.push_back(vector::BroadcastOp::create(b, loc, accType, fillValue));
        continue;
      }
      dims[rowsDim] = rowAt(b, loc, rowOffset, r);
      accs.push_back(readRow(b, loc, op.getDpsInits()[0], output, dims, cols,
                             fullCols));
    }
    accs = accumulate(b, loc, rowOffset, accs);

    SmallVector<Value> results(into);
    std::fill(dims.begin(), dims.end(), zero);
    for (int64_t r = 0; r < rowCount; ++r) {
      dims[rowsDim] = rowAt(b, loc, rowOffset, r);
      if (epilogue)
        results = epilogue->apply(b, loc, accs[r], dims, results);
      else
        results[0] =
            writeRow(b, loc, accs[r], results[0], output, dims, fullCols);
    }
    return results;
  }

protected:
  /// The accumulators `accs` (one per row from `rowOffset`) after the
  /// whole reduction.
  virtual SmallVector<Value> accumulate(OpBuilder &b, Location loc,
                                        Value rowOffset,
                                        ArrayRef<Value> accs) = 0;

  static Value rowAt(OpBuilder &b, Location loc, Value rowOffset, int64_t r) {
    return arith::AddIOp::create(b, loc, rowOffset,
                                 arith::ConstantIndexOp::create(b, loc, r));
  }

  linalg::LinalgOp op;
  unsigned rowsDim, colsDim;
  int64_t cols;
  bool fullCols;
  VectorType accType;
  Value fillValue, dest;
  std::optional<TileEpilogue> epilogue;
};

/// Matrix products: a loop over the reduction; each step loads one row of B
/// and does one FMA per row with a broadcast element of A.
class ContractionKernel : public TileKernel {
public:
  /// A constant operand stored as panels (see packRowPanels and
  /// packColumnPanels): the tile's rows (A) or columns (B) are panel
  /// `panel`, and a step reads adjacent elements.
  struct PackedOperand {
    Value panels, panel;
  };

  ContractionKernel(linalg::LinalgOp op, const RegisterContraction &roles,
                    int64_t cols, bool fullCols, Value reductionSize,
                    linalg::GenericOp epilogue,
                    std::optional<PackedOperand> packedLhs,
                    std::optional<PackedOperand> packedRhs)
      : TileKernel(op, roles.rows, roles.cols, cols, fullCols, epilogue),
        roles(roles), reductionSize(reductionSize), packedLhs(packedLhs),
        packedRhs(packedRhs) {}

protected:
  SmallVector<Value> accumulate(OpBuilder &b, Location loc, Value rowOffset,
                                ArrayRef<Value> accs) override {
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value one = arith::ConstantIndexOp::create(b, loc, 1);
    SmallVector<AffineMap> maps = op.getIndexingMapsArray();
    auto loop = scf::ForOp::create(
        b, loc, zero, reductionSize, one, accs,
        [&](OpBuilder &lb, Location lloc, Value k, ValueRange iterAccs) {
          SmallVector<Value> dims(op.getNumLoops(), zero);
          dims[roles.reduction] = k;
          dims[roles.rows] = rowOffset;
          // A panel is whole (zero past the matrix): no mask.
          Value rhs =
              packedRhs
                  ? vector::TransferReadOp::create(
                        lb, lloc, accType, packedRhs->panels,
                        ValueRange{packedRhs->panel, k, zero},
                        arith::ConstantOp::create(lb, lloc,
                                                  lb.getF32FloatAttr(0.0f)),
                        ArrayRef<bool>{true})
                        .getResult()
                  : readRow(lb, lloc, op.getDpsInputs()[roles.rhs],
                            maps[roles.rhs], dims, cols, fullCols);
          SmallVector<Value> next;
          for (auto [r, acc] : llvm::enumerate(iterAccs)) {
            dims[roles.rows] = rowAt(lb, lloc, rowOffset, r);
            Value lhs =
                packedLhs ? tensor::ExtractOp::create(
                                lb, lloc, packedLhs->panels,
                                ValueRange{packedLhs->panel, k,
                                           dims[roles.rows]})
                       : tensor::ExtractOp::create(
                             lb, lloc, op.getDpsInputs()[roles.lhs],
                             indicesOf(maps[roles.lhs], dims));
            Value splat = vector::BroadcastOp::create(lb, lloc, accType, lhs);
            next.push_back(vector::FMAOp::create(lb, lloc, splat, rhs, acc));
          }
          scf::YieldOp::create(lb, lloc, next);
        });
    return llvm::to_vector_of<Value>(loop.getResults());
  }

private:
  RegisterContraction roles;
  Value reductionSize;
  std::optional<PackedOperand> packedLhs, packedRhs;
};

/// Depthwise convolutions: the window is unrolled; each tap broadcasts one
/// filter element and does one FMA per row with a row of the input (every
/// other element of a row twice as long when the column stride is 2).
class DepthwiseKernel : public TileKernel {
public:
  DepthwiseKernel(linalg::LinalgOp op, const RegisterDepthwise &roles,
                  int64_t cols, bool fullCols, linalg::GenericOp epilogue)
      : TileKernel(op, roles.rows, roles.cols, cols, fullCols, epilogue),
        roles(roles) {}

protected:
  SmallVector<Value> accumulate(OpBuilder &b, Location loc, Value rowOffset,
                                ArrayRef<Value> accs) override {
    SmallVector<AffineMap> maps = op.getIndexingMapsArray();
    auto filterType = cast<RankedTensorType>(op.getDpsInputs()[1].getType());
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    SmallVector<Value> dims(op.getNumLoops(), zero);
    SmallVector<Value> next(accs);
    int64_t stride = roles.colStride;
    // Full rows of a stride-1 tile stay inside the input's window.
    bool inputInBounds = fullCols && stride == 1;
    auto wideType = VectorType::get({cols * stride}, b.getF32Type());
    Value pad = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(0.0f));
    for (int64_t kh = 0; kh < filterType.getDimSize(1); ++kh) {
      for (int64_t kw = 0; kw < filterType.getDimSize(2); ++kw) {
        dims[roles.windowRows] = arith::ConstantIndexOp::create(b, loc, kh);
        dims[roles.windowCols] = arith::ConstantIndexOp::create(b, loc, kw);
        dims[roles.rows] = zero;
        Value weight = tensor::ExtractOp::create(
            b, loc, op.getDpsInputs()[1], indicesOf(maps[1], dims));
        Value splat = vector::BroadcastOp::create(b, loc, accType, weight);
        for (int64_t r = 0, e = next.size(); r < e; ++r) {
          dims[roles.rows] = rowAt(b, loc, rowOffset, r);
          SmallVector<Value> indices;
          for (AffineExpr expr : maps[0].getResults())
            indices.push_back(affine::AffineApplyOp::create(
                b, loc, AffineMap::get(maps[0].getNumDims(), 0, expr), dims));
          Value row = vector::TransferReadOp::create(
              b, loc, wideType, op.getDpsInputs()[0], indices, pad,
              ArrayRef<bool>{inputInBounds});
          if (stride == 2)
            row = vector::DeinterleaveOp::create(b, loc, row).getRes1();
          next[r] = vector::FMAOp::create(b, loc, row, splat, next[r]);
        }
      }
    }
    return next;
  }

private:
  RegisterDepthwise roles;
};

struct VectorizeContractionTilesPass
    : impl::VectorizeContractionTilesPassBase<VectorizeContractionTilesPass> {
  /// Constants packed as row panels, by matrix and panel height.
  DenseMap<std::pair<Value, int64_t>, Value> packedConstants;

  void runOnOperation() override {
    SmallVector<linalg::LinalgOp> tiles;
    getOperation().walk([&](linalg::LinalgOp op) {
      if (op->hasAttr(kRegisterTileAttr)) tiles.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::LinalgOp op : tiles) {
      auto block = op->getAttrOfType<DenseI64ArrayAttr>(kRegisterTileAttr);
      op->removeAttr(kRegisterTileAttr);
      if (!block || block.size() != 2) continue;
      if (auto roles = matchRegisterContraction(op))
        vectorizeContraction(rewriter, op, *roles, block[0], block[1]);
      else if (auto roles = matchRegisterDepthwise(op))
        vectorizeDepthwise(rewriter, op, *roles, block[0], block[1]);
    }
    packedConstants.clear();
    // Epilogues whose op kept its loops stay elementwise ops.
    getOperation().walk([](linalg::GenericOp op) {
      op->removeAttr(kEpilogueAttr);
    });
  }

  /// Whether `op`'s tile fits the register block: extent 1 in every
  /// parallel loop but rows and columns, at most the block in those.
  static bool fitsBlock(linalg::LinalgOp op, unsigned rowsDim,
                        unsigned colsDim, int64_t maxRows, int64_t maxCols) {
    SmallVector<int64_t> ranges = op.getStaticLoopRanges();
    SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
    for (unsigned d = 0; d < ranges.size(); ++d)
      if (d != rowsDim && d != colsDim &&
          iterators[d] == utils::IteratorType::parallel && ranges[d] != 1)
        return false;
    int64_t rows = ranges[rowsDim], cols = ranges[colsDim];
    return (ShapedType::isDynamic(rows) || rows <= maxRows) &&
           (ShapedType::isDynamic(cols) || cols <= maxCols);
  }

  /// A constant operand of the product stored as panels: A's rows in
  /// panels of `width` rows when A is a slice of whole rows of a constant
  /// [M, K] matrix read through (m, k) (a convolution's weights), or B's
  /// columns in panels of `width` columns when B is a slice of whole
  /// columns of a constant [K, N] matrix read through (k, n) (a layer's
  /// weights). Looks through reshapes; panels are made once per constant.
  std::optional<ContractionKernel::PackedOperand>
  packOperand(IRRewriter &rewriter, linalg::LinalgOp op,
              const RegisterContraction &roles, bool lhs, int64_t width) {
    unsigned operand = lhs ? roles.lhs : roles.rhs;
    // The dim of the matrix that is sliced, and the one read whole.
    unsigned sliced = lhs ? 0 : 1, whole = 1 - sliced;
    AffineMap map = op.getIndexingMapsArray()[operand];
    MLIRContext *ctx = op.getContext();
    AffineExpr outer = getAffineDimExpr(lhs ? roles.rows : roles.cols, ctx);
    AffineExpr k = getAffineDimExpr(roles.reduction, ctx);
    if (map.getNumResults() != 2 || map.getResult(sliced) != outer ||
        map.getResult(whole) != k)
      return std::nullopt;
    auto slice =
        op.getDpsInputs()[operand].getDefiningOp<tensor::ExtractSliceOp>();
    if (!slice || !slice.hasUnitStride()) return std::nullopt;
    Value matrix = slice.getSource();
    auto type = cast<RankedTensorType>(matrix.getType());
    if (type.getRank() != 2 || !type.hasStaticShape() ||
        !isConstantIntValue(slice.getMixedOffsets()[whole], 0) ||
        !isConstantIntValue(slice.getMixedSizes()[whole],
                            type.getDimSize(whole)))
      return std::nullopt;
    Value source = matrix;
    while (Operation *def = source.getDefiningOp()) {
      if (!isa<tensor::CollapseShapeOp, tensor::ExpandShapeOp>(def)) break;
      source = def->getOperand(0);
    }
    auto constant = source.getDefiningOp<arith::ConstantOp>();
    if (!constant) return std::nullopt;

    Value &panels = packedConstants[{matrix, lhs ? width : -width}];
    if (!panels) {
      auto value = cast<ElementsAttr>(constant.getValue());
      ElementsAttr packed = lhs ? packRowPanels(value, type, width)
                                : packColumnPanels(value, type, width);
      if (!packed) return std::nullopt;
      OpBuilder::InsertionGuard guard(rewriter);
      rewriter.setInsertionPointAfter(constant);
      panels = arith::ConstantOp::create(rewriter, constant.getLoc(),
                                         cast<TypedAttr>(packed));
    }
    Location loc = op.getLoc();
    Value offset = getValueOrCreateConstantIndexOp(
        rewriter, loc, slice.getMixedOffsets()[sliced]);
    Value panel = arith::DivUIOp::create(
        rewriter, loc, offset,
        arith::ConstantIndexOp::create(rewriter, loc, width));
    return ContractionKernel::PackedOperand{panels, panel};
  }

  void vectorizeContraction(IRRewriter &rewriter, linalg::LinalgOp op,
                            const RegisterContraction &roles, int64_t maxRows,
                            int64_t maxCols) {
    vectorizeTile(rewriter, op, roles.rows, roles.cols, maxRows, maxCols,
                  [&](bool fullCols, linalg::GenericOp epilogue) {
                    Value reductionSize = getValueOrCreateConstantIndexOp(
                        rewriter, op.getLoc(),
                        op.createLoopRanges(rewriter, op.getLoc())
                            [roles.reduction]
                                .size);
                    return std::make_unique<ContractionKernel>(
                        op, roles, maxCols, fullCols, reductionSize, epilogue,
                        packOperand(rewriter, op, roles, true, maxRows),
                        packOperand(rewriter, op, roles, false, maxCols));
                  });
  }

  void vectorizeDepthwise(IRRewriter &rewriter, linalg::LinalgOp op,
                          const RegisterDepthwise &roles, int64_t maxRows,
                          int64_t maxCols) {
    vectorizeTile(rewriter, op, roles.rows, roles.cols, maxRows, maxCols,
                  [&](bool fullCols, linalg::GenericOp epilogue) {
                    return std::make_unique<DepthwiseKernel>(
                        op, roles, maxCols, fullCols, epilogue);
                  });
  }

  /// Replaces `op` and its epilogue by the kernel `makeKernel(fullCols,
  /// epilogue)` builds, when the tile fits the register block.
  void vectorizeTile(
      IRRewriter &rewriter, linalg::LinalgOp op, unsigned rowsDim,
      unsigned colsDim, int64_t maxRows, int64_t maxCols,
      llvm::function_ref<std::unique_ptr<TileKernel>(bool, linalg::GenericOp)>
          makeKernel) {
    if (!fitsBlock(op, rowsDim, colsDim, maxRows, maxCols)) return;
    linalg::GenericOp epilogue = TileEpilogue::find(op, colsDim);
    rewriter.setInsertionPoint(epilogue ? epilogue.getOperation() : op);
    std::unique_ptr<TileKernel> kernel = makeKernel(
        op.getStaticLoopRanges()[colsDim] == maxCols, epilogue);
    emit(rewriter, op, *kernel, rowsDim, maxRows, epilogue);
  }

  /// Replaces `op` (and its epilogue) by `kernel`. A tile whose row count
  /// is only known at run time runs the kernel when it is full and one row
  /// at a time otherwise.
  void emit(IRRewriter &rewriter, linalg::LinalgOp op, TileKernel &kernel,
            unsigned rowsDim, int64_t maxRows, linalg::GenericOp epilogue) {
    Location loc = op.getLoc();
    SmallVector<Value> dests = kernel.getDests();
    Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
    int64_t rows = op.getStaticLoopRanges()[rowsDim];
    SmallVector<Value> results;
    if (!ShapedType::isDynamic(rows)) {
      results = kernel.build(rewriter, loc, rows, zero, dests);
    } else {
      Value rowCount = getValueOrCreateConstantIndexOp(
          rewriter, loc, op.createLoopRanges(rewriter, loc)[rowsDim].size);
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
      results = llvm::to_vector_of<Value>(ifOp.getResults());
    }
    rewriter.replaceOp(epilogue ? epilogue.getOperation() : op.getOperation(),
                       results);
    if (epilogue) rewriter.eraseOp(op);
  }
};
} // namespace

} // namespace onnxc
