//===- RegisterContraction.h - Contractions with register kernels -*- C++ -*-===//
//
// The contractions that onnxc turns into register-blocked vector kernels, and
// the roles of their loops. Shared by the tiling and vectorisation passes.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_LOWERING_LINALG_REGISTERCONTRACTION_H
#define ONNXC_LOWERING_LINALG_REGISTERCONTRACTION_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"

#include <optional>

namespace onnxc {

/// Names the attribute that marks a tiled contraction with its register
/// block [rows, cols].
inline constexpr llvm::StringLiteral kRegisterTileAttr = "onnxc.register_tile";

/// Names the attribute that marks the elementwise op computed on a tiled
/// contraction's accumulators (its epilogue).
inline constexpr llvm::StringLiteral kEpilogueAttr = "onnxc.epilogue";

/// C[.., m, .., n] += A[.. m .. k ..] * B[.. k .. n] in f32, where n is the
/// innermost dim of both C and B (contiguous) and m does not index B.
struct RegisterContraction {
  /// Operand numbers of A and B among the op's inputs.
  unsigned lhs, rhs;
  /// Loop dims: the output rows (m), columns (n) and the reduction (k).
  unsigned rows, cols, reduction;
};

/// The roles of `op`'s loops when it is such a contraction, on tensors,
/// with one reduction dim.
std::optional<RegisterContraction>
matchRegisterContraction(mlir::linalg::LinalgOp op);

/// A 2-D depthwise convolution (linalg.depthwise_conv_2d_nchw_chw) in f32
/// on tensors, with unit dilations, a static window and a column stride of
/// 1 or 2: the loops of its output rows (oh), columns (ow), channels, and
/// window (kh, kw).
struct RegisterDepthwise {
  unsigned rows, cols, channels, windowRows, windowCols;
  int64_t colStride;
};

std::optional<RegisterDepthwise>
matchRegisterDepthwise(mlir::linalg::LinalgOp op);

} // namespace onnxc

#endif // ONNXC_LOWERING_LINALG_REGISTERCONTRACTION_H
