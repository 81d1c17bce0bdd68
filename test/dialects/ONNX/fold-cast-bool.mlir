// Cast folding: to bool tests for non-zero; from bool zero-extends.
// RUN: onnxc-opt %s -split-input-file --onnx-simplify | FileCheck %s

// CHECK-LABEL: func.func @cast_int_to_bool
func.func @cast_int_to_bool() -> tensor<*xi1> {
  %c = onnx.Constant dense<[0, 2, -4, 1]> : tensor<4xi64>
  // CHECK: onnx.Constant dense<[false, true, true, true]> : tensor<4xi1>
  %0 = onnx.Cast %c {to = 9 : i64} : (tensor<4xi64>) -> tensor<*xi1>
  return %0 : tensor<*xi1>
}

// -----

// CHECK-LABEL: func.func @cast_bool_to_int
func.func @cast_bool_to_int() -> tensor<*xi64> {
  %b = onnx.Constant dense<[true, false]> : tensor<2xi1>
  // CHECK: onnx.Constant dense<[1, 0]> : tensor<2xi64>
  %0 = onnx.Cast %b {to = 7 : i64} : (tensor<2xi1>) -> tensor<*xi64>
  return %0 : tensor<*xi64>
}

// -----

// CHECK-LABEL: func.func @cast_bool_to_float
func.func @cast_bool_to_float() -> tensor<*xf32> {
  %b = onnx.Constant dense<[true, false]> : tensor<2xi1>
  // CHECK: onnx.Constant dense<[1.000000e+00, 0.000000e+00]> : tensor<2xf32>
  %0 = onnx.Cast %b {to = 1 : i64} : (tensor<2xi1>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}
