//===- TileEpilogue.h - Vector rows of register tiles ----------*- C++ -*-===//
//
// Reading and writing rows of a register tile as vectors, and computing a
// tile's elementwise epilogue on its accumulators. Shared by the vector
// kernels of matrix products and depthwise convolutions.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_LOWERING_LINALG_TILEEPILOGUE_H
#define ONNXC_LOWERING_LINALG_TILEEPILOGUE_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"

namespace onnxc {

/// The indices of an operand read through `map` at the loop position
/// `dims`; every result of `map` is a plain dim.
llvm::SmallVector<mlir::Value> indicesOf(mlir::AffineMap map,
                                         llvm::ArrayRef<mlir::Value> dims);

/// One row of `cols` elements of `source` along its innermost dim, at the
/// position of `map` applied to `dims`; masked (padded with zeros) past the
/// end unless `inBounds`.
mlir::Value readRow(mlir::OpBuilder &b, mlir::Location loc, mlir::Value source,
                    mlir::AffineMap map, llvm::ArrayRef<mlir::Value> dims,
                    int64_t cols, bool inBounds);

/// Writes `row` into `into` at the position of `map` applied to `dims`.
mlir::Value writeRow(mlir::OpBuilder &b, mlir::Location loc, mlir::Value row,
                     mlir::Value into, mlir::AffineMap map,
                     llvm::ArrayRef<mlir::Value> dims, bool inBounds);

/// The elementwise epilogue of a tiled op (`producer`), marked
/// `onnxc.epilogue` by onnxc-tile-contractions, computed one row of the
/// tile at a time.
class TileEpilogue {
public:
  /// The marked epilogue of `producer`'s tile whose operands can all be
  /// read as rows along the producer's loop `colsDim` or as scalars; null
  /// otherwise.
  static mlir::linalg::GenericOp find(mlir::linalg::LinalgOp producer,
                                      unsigned colsDim);

  TileEpilogue(mlir::linalg::LinalgOp producer,
               mlir::linalg::GenericOp epilogue, unsigned colsDim,
               int64_t cols, bool fullCols);

  /// The tensors the epilogue writes (its outputs).
  llvm::SmallVector<mlir::Value> getDests();

  /// The epilogue on one row: `acc` stands for the producer's result at the
  /// producer's loop position `dims` (its column dim at the row's start);
  /// returns `into` (tensors like getDests()) with the row written.
  llvm::SmallVector<mlir::Value> apply(mlir::OpBuilder &b, mlir::Location loc,
                                       mlir::Value acc,
                                       llvm::ArrayRef<mlir::Value> dims,
                                       mlir::ValueRange into);

private:
  mlir::linalg::LinalgOp producer;
  mlir::linalg::GenericOp epilogue;
  /// For each loop of the epilogue, the producer's loop it runs along.
  llvm::SmallVector<unsigned> loopDims;
  unsigned colsLoop;
  int64_t cols;
  bool fullCols;
};

} // namespace onnxc

#endif // ONNXC_LOWERING_LINALG_TILEEPILOGUE_H
