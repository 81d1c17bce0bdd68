//===- Passes.h - Transformations on linalg ---------------------*- C++ -*-===//

#ifndef ONNXC_LOWERING_LINALG_PASSES_H
#define ONNXC_LOWERING_LINALG_PASSES_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Pass/Pass.h"

namespace onnxc {

#define GEN_PASS_DECL
#include "onnxc/lowering/Linalg/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "onnxc/lowering/Linalg/Passes.h.inc"

} // namespace onnxc

#endif // ONNXC_LOWERING_LINALG_PASSES_H
