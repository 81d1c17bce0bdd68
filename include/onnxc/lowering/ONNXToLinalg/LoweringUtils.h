//===- LoweringUtils.h - Helpers shared by the ONNX lowerings ---*- C++ -*-===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_LOWERINGUTILS_H
#define ONNXC_LOWERING_ONNXTOLINALG_LOWERINGUTILS_H

#include "mlir/IR/AffineMap.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"

namespace onnxc {

/// One `tensor.dim` per dynamic dim of `tensor`, in order.
llvm::SmallVector<mlir::Value>
getDynamicSizes(mlir::OpBuilder &b, mlir::Location loc, mlir::Value tensor);

/// `tensor.empty` of `type`; `dynamicSizes` holds one size per `?` dim.
mlir::Value createEmptyTensor(mlir::OpBuilder &b, mlir::Location loc,
                              mlir::RankedTensorType type,
                              mlir::ValueRange dynamicSizes);

/// The indexing map that reads an operand of `operandShape` broadcast (numpy
/// rules) to an iteration space of `resultRank` dims: leading dims are
/// dropped, static unit dims read index 0. A dynamic operand dim is taken to
/// equal the result dim (emitBroadcastChecks checks it at run time).
mlir::AffineMap getBroadcastIndexingMap(llvm::ArrayRef<int64_t> operandShape,
                                        int64_t resultRank,
                                        mlir::MLIRContext *context);

/// A scalar `arith.constant` of a float or integer type.
mlir::Value createScalarConstant(mlir::OpBuilder &b, mlir::Location loc,
                                 mlir::Type type, double value);

/// `value` as `type` through a tensor.cast (the declared result type may know
/// more or fewer static dims than the lowering computed); `value` itself when
/// the types agree.
mlir::Value castIfNeeded(mlir::OpBuilder &b, mlir::Location loc,
                         mlir::Value value, mlir::Type type);

/// The converted (signless) tensor type of `type`, or null when it is not a
/// ranked tensor.
mlir::RankedTensorType getConvertedRankedType(mlir::Type type);

/// An element of an integer indices tensor as an `index` into an axis of
/// `axisSize` elements: negative values count from the end (signed indices),
/// and the result is clamped to [0, axisSize - 1] so that the read stays in
/// bounds when a run-time check (emitIndexRangeCheck) has failed.
mlir::Value clampAxisIndex(mlir::OpBuilder &b, mlir::Location loc,
                           mlir::Value rawIndex, mlir::Value axisSize,
                           bool isUnsigned);

/// `tensor.extract %tensor[indices]`, or, when `axisSize` (the size of the
/// dim that `indices` index through a clamped run-time value) may be 0, an
/// `scf.if` that reads nothing and yields 0 then: the run has failed its
/// index check, and there is no element to read.
mlir::Value extractUnlessAxisEmpty(mlir::OpBuilder &b, mlir::Location loc,
                                   mlir::Value tensor, mlir::ValueRange indices,
                                   mlir::OpFoldResult axisSize);

/// `tensor.extract %tensor[indices]` that stays in bounds whatever the
/// indices: each is clamped to its dim where the dim is dynamic, and when a
/// dim may be 0 an `scf.if` yields 0 instead of reading. For reads whose
/// indices are right unless a run-time check has failed.
mlir::Value extractClamped(mlir::OpBuilder &b, mlir::Location loc,
                           mlir::Value tensor, mlir::ValueRange indices);

/// Element 0 of a scalar or one-element tensor (an op's k, axis or depth
/// given as an input); when its size is only known at run time, a check
/// fails the run if it is empty (naming `op` and `what`) and 0 is read.
mlir::Value extractFirstChecked(mlir::OpBuilder &b, mlir::Location loc,
                                mlir::Operation *op, mlir::Value tensor,
                                llvm::StringRef what);

/// A nest of scf.for loops from 0 to each of `bounds` that carries one
/// tensor, starting as `init`; `body` gets the induction variables and the
/// carried tensor and returns its next value. Returns the final tensor.
mlir::Value buildTensorLoopNest(
    mlir::OpBuilder &b, mlir::Location loc, mlir::ValueRange bounds,
    mlir::Value init,
    llvm::function_ref<mlir::Value(mlir::OpBuilder &, mlir::Location,
                                   mlir::ValueRange, mlir::Value)>
        body);

/// buildTensorLoopNest carrying several values (tensors or scalars):
/// `body` gets the induction variables and the carried values and returns
/// their next values. Returns the final values.
llvm::SmallVector<mlir::Value> buildLoopNest(
    mlir::OpBuilder &b, mlir::Location loc, mlir::ValueRange bounds,
    mlir::ValueRange inits,
    llvm::function_ref<llvm::SmallVector<mlir::Value>(
        mlir::OpBuilder &, mlir::Location, mlir::ValueRange, mlir::ValueRange)>
        body);

/// An i1 that is true when some dim of `tensor` that may be 0 is 0.
mlir::Value isEmptyTensor(mlir::OpBuilder &b, mlir::Location loc,
                          mlir::Value tensor);

/// The Scatter ops' write: `out` with `value` at `target`, combined with the
/// element there by `reduction` ("none", "add", "mul", "max", "min"), or
/// `out` unchanged when `empty` (a failed index check on empty data: there
/// is no element to write).
mlir::Value scatterWrite(mlir::OpBuilder &b, mlir::Location loc,
                         mlir::Value empty, mlir::Value out,
                         mlir::ValueRange target, mlir::Value value,
                         llvm::StringRef reduction, bool isUnsigned);

} // namespace onnxc

#endif // ONNXC_LOWERING_ONNXTOLINALG_LOWERINGUTILS_H
