//===- LoweringUtils.h - Helpers shared by the ONNX lowerings ---*- C++ -*-===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_LOWERINGUTILS_H
#define ONNXC_LOWERING_ONNXTOLINALG_LOWERINGUTILS_H

#include "mlir/IR/AffineMap.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"

namespace onnxc {

/// One `tensor.dim` per dynamic dim of `tensor`, in order.
llvm::SmallVector<mlir::Value> getDynamicSizes(mlir::OpBuilder &b,
                                               mlir::Location loc,
                                               mlir::Value tensor);

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

} // namespace onnxc

#endif // ONNXC_LOWERING_ONNXTOLINALG_LOWERINGUTILS_H
