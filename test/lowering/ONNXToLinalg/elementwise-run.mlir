// Numeric check of the lowering recipe: onnx -> linalg -> LLVM -> run.
// RUN: onnxc-opt %s --convert-onnx-to-linalg | mlir-opt %lower-to-llvm | %mlir-runner | FileCheck %s

func.func private @printMemrefF32(tensor<*xf32>)

func.func @main() {
  %a = onnx.Constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %b = onnx.Constant dense<[10.0, 20.0, 30.0]> : tensor<3xf32>
  %r = onnx.Add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %u = tensor.cast %r : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}
// CHECK: [11, 22, 33]
// CHECK: [14, 25, 36]
