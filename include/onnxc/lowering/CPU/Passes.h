//===- Passes.h - Passes of the CPU lowering --------------------*- C++ -*-===//

#ifndef ONNXC_LOWERING_CPU_PASSES_H
#define ONNXC_LOWERING_CPU_PASSES_H

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Pass/Pass.h"

namespace onnxc {

#define GEN_PASS_DECL
#include "onnxc/lowering/CPU/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "onnxc/lowering/CPU/Passes.h.inc"

} // namespace onnxc

#endif // ONNXC_LOWERING_CPU_PASSES_H
