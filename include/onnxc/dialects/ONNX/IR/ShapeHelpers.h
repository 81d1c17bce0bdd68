//===- ShapeHelpers.h - Shared shape functions of the ONNX dialect -*- C++ -*-//
//
// Free functions shared by the verifiers, the importer and the shape-inference
// pass. Each takes an optional location and reports through it, so one piece
// of code both infers and diagnoses.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_DIALECTS_ONNX_IR_SHAPEHELPERS_H
#define ONNXC_DIALECTS_ONNX_IR_SHAPEHELPERS_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Operation.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>

namespace onnxc {

using TypeList = llvm::SmallVectorImpl<mlir::Type>;
using OptLoc = std::optional<mlir::Location>;

/// A shape that may be unknown (unranked); known shapes use
/// ShapedType::kDynamic for unknown dims.
using MaybeShape = std::optional<llvm::SmallVector<int64_t>>;

/// Checks that `op`'s result types are compatible with the inferred ones.
mlir::LogicalResult verifyInferredResultTypes(mlir::Operation *op);

/// True when `actual` agrees with `inferred`: same element type, and same rank
/// and equal static dims wherever both are known.
bool isCompatibleType(mlir::Type actual, mlir::Type inferred);

/// The most specific type that agrees with both (callers check
/// compatibility first).
mlir::Type joinTypes(mlir::Type a, mlir::Type b);

/// The shape of a tensor type, or nullopt when unranked.
MaybeShape getShape(mlir::Type type);
mlir::Type getElementType(mlir::Type type);
mlir::Type makeTensorType(const MaybeShape &shape, mlir::Type elementType);

/// True for the `none` value that stands for an absent optional input.
bool isNoValue(mlir::Value value);

/// The integer values of a constant operand (onnx.Constant with an integer
/// element type), or nullopt.
std::optional<llvm::SmallVector<int64_t>> getConstantInts(mlir::Value value);
/// The float values of a constant operand, or nullopt.
std::optional<llvm::SmallVector<double>> getConstantFloats(mlir::Value value);

/// The number of directions a recurrent layer's `direction` names (forward,
/// reverse: 1; bidirectional: 2), or failure.
mlir::FailureOr<int64_t> getRecurrentDirections(llvm::StringRef direction);

/// Whether `name` (any case) is an activation the recurrent layers take.
bool isRecurrentActivation(llvm::StringRef name);

/// Maps `axis` in [-rank, rank) to [0, rank); fails (with a diagnostic) when
/// it is out of range.
mlir::LogicalResult normalizeAxis(int64_t &axis, int64_t rank, OptLoc loc,
                                  llvm::StringRef what = "axis");

/// Numpy broadcasting of two shapes.
mlir::LogicalResult broadcastShapes(llvm::ArrayRef<int64_t> a,
                                    llvm::ArrayRef<int64_t> b,
                                    llvm::SmallVectorImpl<int64_t> &result,
                                    OptLoc loc);

/// Reads an optional I64ArrayAttr into a vector, or `fallback` copies.
llvm::SmallVector<int64_t> getI64Array(mlir::ArrayAttr attr, size_t count,
                                       int64_t fallback);

// Shared inference bodies used by families of ops.
mlir::LogicalResult inferSameAsOperand(mlir::Operation *op, unsigned index,
                                       TypeList &types, OptLoc loc);
mlir::LogicalResult inferSameShapeAs(mlir::Operation *op, unsigned index,
                                     mlir::Type elementType, TypeList &types,
                                     OptLoc loc);
/// Broadcasts every operand; the result element type is `elementType`, or the
/// first operand's when null. Operands must share an element type.
mlir::LogicalResult inferBroadcast(mlir::Operation *op, mlir::Type elementType,
                                   TypeList &types, OptLoc loc);
/// The first operand's type; the second must broadcast to it (numpy rules,
/// one way: PRelu's slope).
mlir::LogicalResult inferUnidirectional(mlir::Operation *op, TypeList &types,
                                        OptLoc loc);
mlir::LogicalResult inferWhere(mlir::Operation *op, TypeList &types,
                               OptLoc loc);
mlir::LogicalResult inferReduce(mlir::Operation *op, bool keepDims,
                                bool noopWithEmptyAxes, TypeList &types,
                                OptLoc loc);
mlir::LogicalResult inferGlobalPool(mlir::Operation *op, TypeList &types,
                                    OptLoc loc);
/// Spatial output size of a sliding window (Conv and pooling).
mlir::LogicalResult inferWindowedShape(
    mlir::Operation *op, const MaybeShape &input, int64_t outChannels,
    llvm::ArrayRef<int64_t> kernel, mlir::ArrayAttr stridesAttr,
    mlir::ArrayAttr dilationsAttr, mlir::ArrayAttr padsAttr,
    llvm::StringRef autoPad, bool ceilMode, MaybeShape &result, OptLoc loc);

/// The result of numpy matmul of `a` and `b` with element type `et` (MatMul,
/// MatMulInteger, QLinearMatMul).
mlir::LogicalResult inferMatMulShape(mlir::Type a, mlir::Type b,
                                     mlir::Type et, TypeList &types,
                                     OptLoc loc);
/// The result of a convolution of `x` by `w` with element type `et` (Conv,
/// ConvInteger, QLinearConv); checks ranks, channels and the window.
mlir::LogicalResult
inferConvShape(mlir::Operation *op, mlir::Type x, mlir::Type w, int64_t group,
               mlir::ArrayAttr kernelShape, mlir::ArrayAttr strides,
               mlir::ArrayAttr dilations, mlir::ArrayAttr pads,
               llvm::StringRef autoPad, mlir::Type et, TypeList &types,
               OptLoc loc);

} // namespace onnxc

#endif // ONNXC_DIALECTS_ONNX_IR_SHAPEHELPERS_H
