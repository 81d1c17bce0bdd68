//===- Passes.h - Transformations on linalg ---------------------*- C++ -*-===//

#ifndef ONNXC_LOWERING_LINALG_PASSES_H
#define ONNXC_LOWERING_LINALG_PASSES_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Pass/Pass.h"

namespace onnxc {

#define GEN_PASS_DECL
#include "onnxc/lowering/Linalg/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "onnxc/lowering/Linalg/Passes.h.inc"

} // namespace onnxc

#endif // ONNXC_LOWERING_LINALG_PASSES_H
