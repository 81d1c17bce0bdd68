//===- RuntimeChecks.h - Checks that fail a run with a message --*- C++ -*-===//
//
// What shape inference cannot prove at compile time (an index inside its
// axis, dynamic dims that broadcast) is checked while the model runs: a
// failed check calls the runtime's `onnxc_rt_fail` with a message naming the
// ONNX node, and the run returns ONNXC_RUNTIME_ERROR. The model still runs
// to its end, so every check comes with accesses that stay in bounds when it
// fails. Checks are emitted on tensors, beside the ops they guard, as
// `scf.if` + `func.call`, and do not change the dataflow of those ops.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_RUNTIMECHECKS_H
#define ONNXC_LOWERING_ONNXTOLINALG_RUNTIMECHECKS_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"

namespace onnxc {

/// The name of the runtime function a failed check calls:
/// `void onnxc_rt_fail(const char *format, int64_t a, int64_t b, int64_t c)`.
inline constexpr llvm::StringLiteral kRuntimeFailName = "onnxc_rt_fail";

/// "node 'NAME' (OP)" for the ONNX node that `op` comes from (its NameLoc),
/// "node (OP)" without a name; '%' is doubled, for a printf format.
std::string describeNodeForFormat(mlir::Operation *op);

/// Emits `scf.if %failed { func.call @onnxc_rt_fail(@format, values...) }`.
/// `format` is a printf format whose conversions are `%lld`, one for each of
/// `values` (at most three, any integer type, sign-extended to i64).
void emitRuntimeFailure(mlir::OpBuilder &b, mlir::Location loc,
                        mlir::Value failed, llvm::StringRef format,
                        mlir::ValueRange values);

/// The size that dim `dim` of an output of `type` gets: `counted` where
/// the type leaves it dynamic; else the declared size, with a run-time check
/// (naming the node of `op` and `what` output) that `counted` equals it.
/// For outputs whose sizes are computed from data or from scalar inputs.
mlir::OpFoldResult checkDeclaredSize(mlir::OpBuilder &b, mlir::Location loc,
                                     mlir::Operation *op,
                                     mlir::OpFoldResult counted,
                                     mlir::RankedTensorType type, int64_t dim,
                                     llvm::StringRef what);

/// Fails the run when an element of the signed integer tensor `values` lies
/// outside [low, high] (integers or indices, compared as i64); `format`
/// (two `%lld`) gets the offending element (the smallest when it is too
/// small, else the largest) and `extra`.
void emitValueRangeCheck(mlir::OpBuilder &b, mlir::Location loc,
                         mlir::Value values, mlir::Value low, mlir::Value high,
                         llvm::StringRef format, mlir::Value extra);

/// Fails the run when an element of the (signed integer) `indices` lies
/// outside [-axisSize, axisSize) (negative indices count from the end). The
/// message names the node of `op`, the offending index (the smallest when
/// it is too small, else the largest), `axis` and the size. Nothing is
/// emitted for constant indices that are all in range. The guarded op must
/// still clamp its accesses.
void emitIndexRangeCheck(mlir::OpBuilder &b, mlir::Location loc,
                         mlir::Operation *op, mlir::Value indices,
                         mlir::Value axisSize, int64_t axis);

/// Broadcasting (numpy rules) of `operands` to `resultType` where some dims
/// are only known at run time. Every result dim gets its size (static where
/// the types decide it, else the largest operand dim that is not 1); a
/// dynamic operand dim that is neither 1 nor that size fails the run. Each
/// operand with dynamic dims is replaced in `operands` by an scf.if that
/// yields it as it is when its dims equal the result's (the common case,
/// which costs a compare), and otherwise a copy with the result's sizes
/// that broadcasts its 1s (and reads clamped after a failed check, so the
/// run stays in bounds). A static result dim that only the model's declared
/// shape gives must be produced by the operands (not a broadcast 1).
/// Returns the sizes of the result's dynamic dims.
/// `operandNumbers[i]` is the ONNX input number of `operands[i]`, for the
/// message. With `target` (unidirectional broadcasting: Gemm's C to the
/// product, PRelu's slope to X), the dims of `operands[*target]` decide the
/// result's and the others must broadcast to them.
llvm::SmallVector<mlir::Value>
emitBroadcastChecks(mlir::OpBuilder &b, mlir::Location loc, mlir::Operation *op,
                    mlir::RankedTensorType resultType,
                    llvm::SmallVectorImpl<mlir::Value> &operands,
                    llvm::ArrayRef<unsigned> operandNumbers,
                    std::optional<unsigned> target = std::nullopt);

/// The operands of a numpy matmul where dims are only known at run time:
/// the contraction dims must agree and the batch dims (all but the last two;
/// a vector has none) broadcast, or the run fails naming the node of `op`.
/// An operand whose dynamic batch dims may be a run-time 1 against a larger
/// dim of the other is replaced by a broadcast copy (an scf.if: as it is when
/// its dims already match); both are cut to the contraction size they share,
/// so that the product reads in bounds after a failed check.
void emitMatMulChecks(mlir::OpBuilder &b, mlir::Location loc,
                      mlir::Operation *op, mlir::Value &a,
                      mlir::Value &bMatrix);

/// The `axes` operand (converted: a 1-D integer tensor whose entries are
/// read at run time) as an i64 bit mask over `rank` dims (rank <= 63): bit d
/// is set when some entry, negative ones counting from the end, names dim d.
/// Fails the run, naming the node of `op`, on an entry outside
/// [-rank, rank) (left out of the mask) and on a repeated entry; with
/// `expectedCount`, also when the number of entries differs from it.
/// `isUnsigned` says how to read the entries.
mlir::Value emitAxesMask(mlir::OpBuilder &b, mlir::Location loc,
                         mlir::Operation *op, mlir::Value axes, int64_t rank,
                         bool isUnsigned,
                         std::optional<int64_t> expectedCount = std::nullopt);

/// Bit `d` of an i64 `mask` as an i1.
mlir::Value maskBit(mlir::OpBuilder &b, mlir::Location loc, mlir::Value mask,
                    int64_t d);

} // namespace onnxc

#endif // ONNXC_LOWERING_ONNXTOLINALG_RUNTIMECHECKS_H
