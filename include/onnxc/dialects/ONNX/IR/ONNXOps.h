//===- ONNXOps.h - The ONNX dialect and its operations ----------*- C++ -*-===//

#ifndef ONNXC_DIALECTS_ONNX_IR_ONNXOPS_H
#define ONNXC_DIALECTS_ONNX_IR_ONNXOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "onnxc/dialects/ONNX/IR/ShapeHelpers.h"

#include "onnxc/dialects/ONNX/IR/ONNXDialect.h.inc"
#include "onnxc/dialects/ONNX/IR/ONNXInterfaces.h.inc"

#define GET_OP_CLASSES
#include "onnxc/dialects/ONNX/IR/ONNXOps.h.inc"

#endif // ONNXC_DIALECTS_ONNX_IR_ONNXOPS_H
