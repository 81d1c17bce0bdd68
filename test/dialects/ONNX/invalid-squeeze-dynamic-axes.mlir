// Non-constant axes longer than the rank are a diagnostic, not a crash.
// RUN: not onnxc-opt %s 2>&1 | FileCheck %s

// CHECK-NOT: LLVM ERROR
// CHECK: error: {{.*}}
// CHECK-NOT: LLVM ERROR
func.func @squeeze_more_axes_than_dims(%x: tensor<3xf32>, %axes: tensor<2xi64>) -> tensor<*xf32> {
  %0 = onnx.Squeeze %x, %axes : (tensor<3xf32>, tensor<2xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}
