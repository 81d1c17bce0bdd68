//===- ONNXInterfaces.td - Interfaces of the ONNX dialect -----------------===//

#ifndef ONNXC_ONNX_INTERFACES
#define ONNXC_ONNX_INTERFACES

include "mlir/IR/OpBase.td"

// Every op of the dialect computes its result types from its operands and
// attributes through this interface. The same function serves the verifier
// (declared result types must be compatible with the inferred ones), the
// importer (which creates ops and then asks for their types) and the
// shape-inference pass (which refines result types in place).
def ONNX_InferResultTypes : OpInterface<"InferResultTypes"> {
  let cppNamespace = "::onnxc";
  let methods = [
    InterfaceMethod<
      "Computes the result types. Reports problems at `loc` when given; "
      "returns failure when the operands or attributes are inconsistent.",
      "::mlir::LogicalResult", "inferResultTypes",
      (ins "::llvm::SmallVectorImpl<::mlir::Type> &":$types,
           "std::optional<::mlir::Location>":$loc)>
  ];
  let verify = [{ return ::onnxc::verifyInferredResultTypes($_op); }];
}

#endif // ONNXC_ONNX_INTERFACES
