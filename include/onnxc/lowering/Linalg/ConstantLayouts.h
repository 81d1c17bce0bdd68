//===- ConstantLayouts.h - New layouts of constant tensors -----*- C++ -*-===//
//
// Constants stored in another layout at compile time, so that kernels read
// them contiguously: transposed matrices and row panels.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_LOWERING_LINALG_CONSTANTLAYOUTS_H
#define ONNXC_LOWERING_LINALG_CONSTANTLAYOUTS_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"

namespace onnxc {

/// The [rows, cols] constant `value` (dense or dense_resource, whole-byte
/// elements) transposed, of type [cols, rows]; null when its storage is
/// not raw bytes.
mlir::ElementsAttr transposeConstant(mlir::ElementsAttr value);

/// The [M, K] constant `value` (read with `type`'s shape: a reshape of the
/// attribute keeps its bytes) as panels of `rows` rows stored k-major:
/// [ceil(M / rows), K, rows], element [p, k, r] = value[p * rows + r, k],
/// zero past M. Null when its storage is not raw bytes.
mlir::ElementsAttr packRowPanels(mlir::ElementsAttr value,
                                 mlir::RankedTensorType type, int64_t rows);

/// The [K, N] constant `value` (read with `type`'s shape) as panels of
/// `cols` columns: [ceil(N / cols), K, cols], element [p, k, c] =
/// value[k, p * cols + c], zero past N. Null when its storage is not raw
/// bytes.
mlir::ElementsAttr packColumnPanels(mlir::ElementsAttr value,
                                    mlir::RankedTensorType type, int64_t cols);

} // namespace onnxc

#endif // ONNXC_LOWERING_LINALG_CONSTANTLAYOUTS_H
