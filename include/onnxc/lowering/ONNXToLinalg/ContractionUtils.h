//===- ContractionUtils.h - Matrix products and convolutions ----*- C++ -*-===//
//
// The matmul and convolution builders that the float ops (MatMul, Conv,
// ConvTranspose) and the integer ones (MatMulInteger, ConvInteger,
// QLinearMatMul, QLinearConv) share: one copy of the numpy matmul cases and
// of the convolution's geometry, groups and named ops.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_CONTRACTIONUTILS_H
#define ONNXC_LOWERING_ONNXTOLINALG_CONTRACTIONUTILS_H

#include "onnxc/lowering/ONNXToLinalg/WindowUtils.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"

#include <string>

namespace onnxc {

/// A tensor of `type` filled with zeros; `dynamicSizes` has one size per `?`.
mlir::Value createZeroFilled(mlir::OpBuilder &b, mlir::Location loc,
                             mlir::RankedTensorType type,
                             mlir::ValueRange dynamicSizes);

/// numpy.matmul of `a` and `b` (ranked, rank >= 1, one float or integer
/// element type, which the sums keep): linalg.matmul, linalg.batch_matmul,
/// a collapse around a linalg.matmul, or one linalg.generic for vectors and
/// broadcast batch dims. Fails with a reason when the contraction or batch
/// dims disagree statically; dims known only at run time are checked then
/// (emitMatMulChecks, naming the node of `op`).
mlir::FailureOr<mlir::Value> buildMatMul(mlir::OpBuilder &b, mlir::Location loc,
                                         mlir::Operation *op, mlir::Value a,
                                         mlir::Value bMatrix,
                                         std::string &reason);

/// Splits dim `dim` of `value` into [group, size / group] (static size).
mlir::Value splitGroups(mlir::OpBuilder &b, mlir::Location loc,
                        mlir::Value value, int64_t dim, int64_t group);

/// Makes X's channel dim static (it is known from W).
mlir::Value refineChannels(mlir::OpBuilder &b, mlir::Location loc,
                           mlir::Value x, int64_t channels);

/// The convolution of an already padded `input` with ONNX-layout weights
/// [F, C/G, K...] (strides and dilations from `w`) into an `outType` tensor
/// filled with `zero`, plus the bias [F] when there is one. A grouped
/// convolution needs W's static shape.
mlir::Value buildConvolution(mlir::OpBuilder &b, mlir::Location loc,
                             mlir::Value input, mlir::Value weight,
                             mlir::Value bias, mlir::Value zero, int64_t group,
                             const Window &w, mlir::RankedTensorType outType,
                             mlir::ValueRange outSizes);

/// The geometry of Conv, ConvInteger and QLinearConv: the window (kernel
/// dims kDynamic where W's are), the group and the channel counts (kDynamic
/// where W's dims are).
struct ConvPlan {
  Window window;
  int64_t group = 1, channels = 0, outChannels = 0;
  /// kernel_shape when given: W's dynamic spatial dims are checked against
  /// it at run time.
  llvm::SmallVector<int64_t> declaredKernel;
  /// Static dims of the result [N, F, O...] (kDynamic elsewhere).
  llvm::SmallVector<int64_t> outShape;
};

/// Checks X [N, C, D...] and W [F, C/G, K...] against the attributes. W
/// with dynamic dims is accepted with `allowDynamicWeight` and group 1.
mlir::FailureOr<ConvPlan>
planConvolution(mlir::RankedTensorType xType, mlir::RankedTensorType wType,
                int64_t group, mlir::ArrayAttr kernelShape,
                mlir::ArrayAttr strides, mlir::ArrayAttr dilations,
                mlir::ArrayAttr pads, llvm::StringRef autoPad,
                bool allowDynamicWeight, std::string &reason);

/// The convolution of `x` (padded with zeros) by `w` plus the optional
/// `bias`, in their element type. A W with dynamic dims gets run-time
/// checks naming the node of `op` (channels, kernel_shape, a kernel larger
/// than the padded input) and reads that stay in bounds when they fail.
mlir::Value emitConvolution(mlir::OpBuilder &b, mlir::Location loc,
                            mlir::Operation *op, mlir::Value x, mlir::Value w,
                            mlir::Value bias, const ConvPlan &plan);

} // namespace onnxc

#endif // ONNXC_LOWERING_ONNXTOLINALG_CONTRACTIONUTILS_H
