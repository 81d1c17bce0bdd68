// Negative repeats are a diagnostic, never a negative dim.
// RUN: not onnxc-opt %s --onnx-shape-inference 2>&1 | FileCheck %s

// CHECK: error: {{.*}}
// CHECK-NOT: tensor<-3xf32>
func.func @tile_negative_repeats(%x: tensor<3xf32>) -> tensor<*xf32> {
  %r = onnx.Constant dense<[-1]> : tensor<1xi64>
  %0 = onnx.Tile %x, %r : (tensor<3xf32>, tensor<1xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}
