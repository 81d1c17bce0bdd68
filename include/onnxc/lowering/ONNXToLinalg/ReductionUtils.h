//===- ReductionUtils.h - Helpers of reductions over dims -------*- C++ -*-===//
//
// The Reduce*/ArgMax/ArgMin lowerings and the normalisation lowerings
// (Softmax, Hardmax, LayerNormalization, InstanceNormalization) all reduce a
// tensor over a mask of dims (`reduced[i]` is true for a reduced dim i) and
// need the same shapes, maps and sizes for it; these helpers keep one copy.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_REDUCTIONUTILS_H
#define ONNXC_LOWERING_ONNXTOLINALG_REDUCTIONUTILS_H

#include "mlir/Dialect/Utils/StructuredOpsUtils.h"
#include "mlir/IR/AffineMap.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"

namespace onnxc {

/// Float types the reductions and normalisations lower (f16, bf16, f32, f64);
/// the reductions' identities need their infinities.
bool isSupportedFloat(mlir::Type type);

/// A tensor of `type` filled with `value`.
mlir::Value createFilledTensor(mlir::OpBuilder &b, mlir::Location loc,
                               mlir::RankedTensorType type,
                               mlir::ValueRange dynamicSizes,
                               mlir::Value value);

/// The type of `input` with the `reduced` dims dropped.
mlir::RankedTensorType getReducedType(mlir::RankedTensorType input,
                                      llvm::ArrayRef<bool> reduced,
                                      mlir::Type elementType);

/// `tensor.dim`s of the dynamic dims of `input` that are not reduced.
llvm::SmallVector<mlir::Value>
getKeptDynamicSizes(mlir::OpBuilder &b, mlir::Location loc, mlir::Value input,
                    llvm::ArrayRef<bool> reduced);

/// The map from the iteration space of the input to the dims it keeps.
mlir::AffineMap getKeptDimsMap(llvm::ArrayRef<bool> reduced,
                               mlir::MLIRContext *context);

/// The `reduced` dims as an ascending list.
llvm::SmallVector<int64_t> getReducedDims(llvm::ArrayRef<bool> reduced);

/// Reduction iterators for the `reduced` dims, parallel for the others.
llvm::SmallVector<mlir::utils::IteratorType>
getIteratorTypes(llvm::ArrayRef<bool> reduced);

/// The number of elements reduced into each result element, as a scalar of
/// `elementType`, float or integer (dynamic dims are read with tensor.dim).
mlir::Value createReducedCount(mlir::OpBuilder &b, mlir::Location loc,
                               mlir::Value input, llvm::ArrayRef<bool> reduced,
                               mlir::Type elementType);

/// Reinserts the `reduced` dims of `input` into `value` as unit dims
/// (keepdims=1, or the Mean/InvStdDev results of LayerNormalization).
mlir::Value expandReducedDims(mlir::OpBuilder &b, mlir::Location loc,
                              mlir::Value value, mlir::Value input,
                              llvm::ArrayRef<bool> reduced);

} // namespace onnxc

#endif // ONNXC_LOWERING_ONNXTOLINALG_REDUCTIONUTILS_H
