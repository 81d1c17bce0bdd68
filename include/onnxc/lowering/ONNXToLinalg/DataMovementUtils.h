//===- DataMovementUtils.h - Builders shared by data-movement ops -*- C++
//-*-===//
//
// Index arithmetic that folds constants (IndexMath), and the operand readers
// and tensor builders shared by the reshape, slice/concat and data-movement
// families (ReshapeToLinalg.cpp, SliceConcatToLinalg.cpp,
// DataMovementToLinalg.cpp). Sizes and offsets are OpFoldResults that fold
// while they are built, so static shapes stay static and only dynamic dims
// cost tensor.dim and index arithmetic.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_DATAMOVEMENTUTILS_H
#define ONNXC_LOWERING_ONNXTOLINALG_DATAMOVEMENTUTILS_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Utils/ReshapeOpsUtils.h"
#include "mlir/Transforms/DialectConversion.h"

#include <optional>

namespace onnxc {

/// A condition known at compile time, or an i1 computed at run time.
struct Cond {
  std::optional<bool> known;
  mlir::Value value;
};

/// Index arithmetic on OpFoldResults: when both operands are constants the
/// result is an attribute, otherwise an arith op on `index`.
class IndexMath {
public:
  IndexMath(mlir::OpBuilder &b, mlir::Location loc) : b(b), loc(loc) {}

  mlir::OpFoldResult cst(int64_t v) const { return b.getIndexAttr(v); }
  mlir::Value value(mlir::OpFoldResult v) const;
  static std::optional<int64_t> known(mlir::OpFoldResult v);
  static bool is(mlir::OpFoldResult v, int64_t c) { return known(v) == c; }
  mlir::OpBuilder &builder() const { return b; }
  mlir::Location location() const { return loc; }

  mlir::OpFoldResult add(mlir::OpFoldResult x, mlir::OpFoldResult y);
  mlir::OpFoldResult sub(mlir::OpFoldResult x, mlir::OpFoldResult y);
  mlir::OpFoldResult mul(mlir::OpFoldResult x, mlir::OpFoldResult y);
  /// Division rounding toward zero (arith.divsi).
  mlir::OpFoldResult div(mlir::OpFoldResult x, mlir::OpFoldResult y);
  /// Remainder with the sign of the dividend (arith.remsi).
  mlir::OpFoldResult rem(mlir::OpFoldResult x, mlir::OpFoldResult y);
  /// The remainder in [0, y) for y > 0.
  mlir::OpFoldResult mod(mlir::OpFoldResult x, mlir::OpFoldResult y) {
    return rem(add(rem(x, y), y), y);
  }
  mlir::OpFoldResult max(mlir::OpFoldResult x, mlir::OpFoldResult y);
  mlir::OpFoldResult min(mlir::OpFoldResult x, mlir::OpFoldResult y);
  mlir::OpFoldResult clamp(mlir::OpFoldResult x, mlir::OpFoldResult lo,
                           mlir::OpFoldResult hi) {
    return min(max(x, lo), hi);
  }
  /// min(x, size) where `size` is a tensor size (so never negative).
  mlir::OpFoldResult minSize(mlir::OpFoldResult x, mlir::OpFoldResult size);

  Cond cmp(mlir::arith::CmpIPredicate pred, mlir::OpFoldResult x,
           mlir::OpFoldResult y);
  mlir::OpFoldResult select(Cond c, mlir::OpFoldResult t, mlir::OpFoldResult f);
  /// select() that builds only the chosen side when `c` is known.
  mlir::OpFoldResult select(Cond c, llvm::function_ref<mlir::OpFoldResult()> t,
                            llvm::function_ref<mlir::OpFoldResult()> f) {
    if (c.known)
      return *c.known ? t() : f();
    return select(c, t(), f());
  }

private:
  template <typename OpTy, typename F>
  mlir::OpFoldResult fold(mlir::OpFoldResult x, mlir::OpFoldResult y, F f);

  mlir::OpBuilder &b;
  mlir::Location loc;
};

/// The values of a constant integer operand, read from the onnx.Constant
/// behind the original operand or the arith.constant behind the converted
/// one.
std::optional<llvm::SmallVector<int64_t>> getConstInts(mlir::Value original,
                                                       mlir::Value converted);

/// Whether the original (ONNX) operand has an unsigned element type.
bool isUnsignedTensor(mlir::Value original);

/// Element `i` of a 1-D (or, for i == 0, 0-D) integer tensor as an index.
mlir::Value extractIndex(mlir::OpBuilder &b, mlir::Location loc,
                         mlir::Value tensor, int64_t i, bool isUnsigned);

/// The entries of a 1-D integer operand as indices: attributes when it is a
/// constant, extracted values otherwise. `count` is the expected length when
/// the caller knows it; a non-constant operand of unknown length needs it.
std::optional<llvm::SmallVector<mlir::OpFoldResult>>
getIndexEntries(mlir::OpBuilder &b, mlir::Location loc, mlir::Value original,
                mlir::Value converted,
                std::optional<int64_t> count = std::nullopt);

/// Normalised constant axes (none: `fallback`), or nullopt when they are not
/// constant, out of range or repeated.
std::optional<llvm::SmallVector<int64_t>>
getAxes(mlir::Value original, mlir::Value converted, int64_t rank,
        std::optional<llvm::SmallVector<int64_t>> fallback);

/// 0, 1, ..., n-1.
llvm::SmallVector<int64_t> iota(int64_t n);

/// The static shape of a list of sizes (kDynamic where a size is a value).
llvm::SmallVector<int64_t>
staticShape(llvm::ArrayRef<mlir::OpFoldResult> sizes);

mlir::Value emptyTensor(mlir::OpBuilder &b, mlir::Location loc,
                        llvm::ArrayRef<mlir::OpFoldResult> sizes,
                        mlir::Type elementType);

/// Replaces `op` with `value`, cast to `type` where their static dims differ.
mlir::LogicalResult replaceWithCast(mlir::ConversionPatternRewriter &rewriter,
                                    mlir::Operation *op, mlir::Value value,
                                    mlir::Type type);

/// Reassociation between a larger rank and a smaller one that differ only by
/// the unit dims flagged in `isUnit` (one flag per larger-rank dim). Unit dims
/// join the group of the preceding kept dim, leading ones the first group;
/// with no kept dim the reassociation is empty (the smaller rank is 0).
llvm::SmallVector<mlir::ReassociationIndices>
unitReassociation(llvm::ArrayRef<bool> isUnit);

/// A linalg.generic that writes every element of a new tensor of `sizes`
/// from `body(builder, loc, indices)`, where `indices` are the linalg.index
/// of each loop.
mlir::Value buildIndexedGeneric(
    mlir::OpBuilder &b, mlir::Location loc,
    llvm::ArrayRef<mlir::OpFoldResult> sizes, mlir::Type elementType,
    llvm::function_ref<mlir::Value(mlir::OpBuilder &, mlir::Location,
                                   llvm::ArrayRef<mlir::Value>)>
        body);

/// A 1-D (or, for `scalar`, 0-D) i64 tensor of index sizes.
mlir::Value buildI64Tensor(mlir::OpBuilder &b, mlir::Location loc,
                           llvm::ArrayRef<mlir::OpFoldResult> sizes,
                           bool scalar = false);

/// The sizes of the dims whose `dropped` flag (an i1 known at run time) is
/// false, in order: `outRank` of them. A position that no such dim reaches
/// gets 0, which the element-count check of buildCheckedReshape catches.
llvm::SmallVector<mlir::OpFoldResult>
compactSizes(IndexMath &m, llvm::ArrayRef<mlir::Value> dropped,
             llvm::ArrayRef<mlir::OpFoldResult> sizes, int64_t outRank);

/// `input` reshaped to `sizes` (some known only at run time) as
/// `resultType`. Fails the run, naming the node of `op`, when the sizes do not
/// hold the input's elements (or one is negative) or disagree with a static
/// dim of `resultType`; the result is then a zero tensor of `resultType` whose
/// dynamic dims are 0, so that what reads it stays in bounds. Where the sizes
/// are proved right at compile time it is a plain tensor.reshape.
mlir::Value buildCheckedReshape(mlir::OpBuilder &b, mlir::Location loc,
                                mlir::Operation *op, mlir::Value input,
                                llvm::ArrayRef<mlir::OpFoldResult> sizes,
                                mlir::RankedTensorType resultType);

} // namespace onnxc

#endif // ONNXC_LOWERING_ONNXTOLINALG_DATAMOVEMENTUTILS_H
