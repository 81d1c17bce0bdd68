//===- Passes.h - ONNX to linalg conversion ---------------------*- C++ -*-===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_PASSES_H
#define ONNXC_LOWERING_ONNXTOLINALG_PASSES_H

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace onnxc {

#define GEN_PASS_DECL
#include "onnxc/lowering/ONNXToLinalg/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "onnxc/lowering/ONNXToLinalg/Passes.h.inc"

} // namespace onnxc

#endif // ONNXC_LOWERING_ONNXTOLINALG_PASSES_H
