//===- WindowUtils.h - Sliding windows of Conv and pooling ------*- C++ -*-===//
//
// Conv, ConvTranspose, MaxPool and AveragePool share the ONNX rules for
// kernel, strides, dilations, pads and auto_pad; these helpers keep one copy
// of them so that the lowerings cannot drift apart.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_WINDOWUTILS_H
#define ONNXC_LOWERING_ONNXTOLINALG_WINDOWUTILS_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Support/LLVM.h"

#include <string>

namespace onnxc {

/// Pads, output sizes and the rest of a sliding window over the spatial dims
/// of an N, C, D1..Dn tensor.
struct Window {
  llvm::SmallVector<int64_t> kernel, strides, dilations, padLow, padHigh;
  /// Right padding beyond `padHigh` that ceil_mode windows need (pooling
  /// only; all zeros without ceil_mode).
  llvm::SmallVector<int64_t> padCeil;
  /// Static output sizes; kDynamic where the input dim is dynamic.
  llvm::SmallVector<int64_t> outSizes;

  /// True when any of padLow, padHigh or padCeil is non-zero.
  bool hasPadding() const;
  /// True when any of padCeil is non-zero.
  bool hasCeilPadding() const;
};

/// Resolves auto_pad, explicit pads and ceil_mode into a Window (the same
/// rules as the ONNX shape inference); returns a reason on failure. Dynamic
/// spatial dims and kernel dims (kDynamic in `kernel`) are supported with
/// explicit pads and without ceil_mode.
mlir::FailureOr<Window>
computeWindow(mlir::RankedTensorType inputType, llvm::ArrayRef<int64_t> kernel,
              mlir::ArrayAttr strides, mlir::ArrayAttr dilations,
              mlir::ArrayAttr pads, llvm::StringRef autoPad, bool ceilMode,
              std::string &reason);

/// The size of output spatial dim `i` as a value (dynamic input dims only):
/// (in + lo + hi - effective) floordiv stride + 1.
mlir::Value getDynamicOutSize(mlir::OpBuilder &b, mlir::Location loc,
                              mlir::Value input, const Window &w, size_t i);

/// The same for a kernel whose size along dim `i` is only known at run time
/// (`kernelSize`, index), clamped to 0 where the kernel does not fit.
mlir::Value getDynamicOutSize(mlir::OpBuilder &b, mlir::Location loc,
                              mlir::Value input, const Window &w, size_t i,
                              mlir::Value kernelSize);

/// Pads the spatial dims of `input` by `low`/`high` with `padValue`; returns
/// `input` when there is nothing to pad.
mlir::Value padSpatial(mlir::OpBuilder &b, mlir::Location loc,
                       mlir::Value input, llvm::ArrayRef<int64_t> low,
                       llvm::ArrayRef<int64_t> high, mlir::Value padValue);

} // namespace onnxc

#endif // ONNXC_LOWERING_ONNXTOLINALG_WINDOWUTILS_H
