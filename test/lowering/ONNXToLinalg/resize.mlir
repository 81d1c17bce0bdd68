// RUN: onnxc-opt %s -split-input-file --convert-onnx-to-linalg | FileCheck %s
// Numerics: the node tests test_resize_* and test_upsample_nearest
// (test/conformance/run_sweep.py), test/e2e/resize-dynamic.test.

// Nearest: one read per output element at the rounded, clamped coordinate.
// CHECK-LABEL: func.func @nearest_2x
// CHECK: %[[E:.+]] = tensor.empty() : tensor<1x1x4x6xf32>
// CHECK: linalg.generic
// CHECK-SAME: outs(%[[E]] : tensor<1x1x4x6xf32>)
// CHECK: math.floor
// CHECK: arith.cmpf ogt
// CHECK: arith.fptosi
// CHECK: arith.minsi
// CHECK: tensor.extract
// CHECK-NOT: tensor.extract
// CHECK: linalg.yield
func.func @nearest_2x(%x: tensor<1x1x2x3xf32>) -> tensor<1x1x4x6xf32> {
  %none = onnx.NoValue
  %s = onnx.Constant dense<[1.0, 1.0, 2.0, 2.0]> : tensor<4xf32>
  %0 = onnx.Resize %x, %none, %s, %none {coordinate_transformation_mode = "asymmetric"} : (tensor<1x1x2x3xf32>, none, tensor<4xf32>, none) -> tensor<1x1x4x6xf32>
  return %0 : tensor<1x1x4x6xf32>
}

// -----

// Linear over two axes: four taps (every axis of scales is resized, but the
// unit scales give taps that read the same element), summed in f64.
// CHECK-LABEL: func.func @linear_sizes
// CHECK: linalg.generic
// CHECK-COUNT-16: tensor.extract
// CHECK: arith.truncf %{{.+}} : f64 to f32
func.func @linear_sizes(%x: tensor<1x1x2x3xf32>) -> tensor<1x1x5x7xf32> {
  %none = onnx.NoValue
  %s = onnx.Constant dense<[1, 1, 5, 7]> : tensor<4xi64>
  %0 = onnx.Resize %x, %none, %none, %s {mode = "linear"} : (tensor<1x1x2x3xf32>, none, none, tensor<4xi64>) -> tensor<1x1x5x7xf32>
  return %0 : tensor<1x1x5x7xf32>
}
