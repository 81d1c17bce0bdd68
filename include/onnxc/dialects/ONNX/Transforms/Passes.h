//===- Passes.h - Graph-level passes of the ONNX dialect --------*- C++ -*-===//

#ifndef ONNXC_DIALECTS_ONNX_TRANSFORMS_PASSES_H
#define ONNXC_DIALECTS_ONNX_TRANSFORMS_PASSES_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

namespace onnxc {

#define GEN_PASS_DECL
#include "onnxc/dialects/ONNX/Transforms/Passes.h.inc"

/// Refines every result type in `func` and its signature; returns failure
/// (after diagnostics) when an op's types contradict its operands.
/// `changed` is set when any type was refined.
mlir::LogicalResult refineTypes(mlir::func::FuncOp func, bool &changed);

#define GEN_PASS_REGISTRATION
#include "onnxc/dialects/ONNX/Transforms/Passes.h.inc"

} // namespace onnxc

#endif // ONNXC_DIALECTS_ONNX_TRANSFORMS_PASSES_H
