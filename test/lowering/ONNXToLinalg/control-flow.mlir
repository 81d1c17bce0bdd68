// RUN: onnxc-opt %s -split-input-file --convert-onnx-to-linalg | FileCheck %s
// Numerics: the node tests test_if, test_loop11, test_scan9_sum,
// test_range_*_expanded (test/conformance/run_sweep.py) and
// test/e2e/control-flow.test.

// If: the branches become the regions of an scf.if; what they yield is cast
// to the generalised result type.
// CHECK-LABEL: func.func @if_shapes
// CHECK: %[[C:.+]] = tensor.extract
// CHECK: scf.if %[[C]] -> (tensor<?xf32>)
// CHECK: tensor.cast %{{.+}} : tensor<4xf32> to tensor<?xf32>
// CHECK: scf.yield
// CHECK: } else {
// CHECK: tensor.extract_slice
// CHECK: scf.yield
func.func @if_shapes(%c: tensor<i1>, %x: tensor<4xf32>) -> tensor<?xf32> {
  %0 = onnx.If %c : tensor<i1> -> tensor<?xf32> {
    %1 = onnx.Neg %x : (tensor<4xf32>) -> tensor<4xf32>
    onnx.Yield %1 : tensor<4xf32>
  } else {
    %s = onnx.Constant dense<0> : tensor<1xi64>
    %e = onnx.Constant dense<2> : tensor<1xi64>
    %none = onnx.NoValue
    %2 = onnx.Slice %x, %s, %e, %none, %none : (tensor<4xf32>, tensor<1xi64>, tensor<1xi64>, none, none) -> tensor<2xf32>
    onnx.Yield %2 : tensor<2xf32>
  }
  return %0 : tensor<?xf32>
}

// -----

// Loop: an scf.while carrying the iteration, the condition, the values and a
// scan buffer that grows when full.
// CHECK-LABEL: func.func @loop_scan
// CHECK: scf.while (%[[I:.+]] = %{{.+}}, %[[GO:.+]] = %{{.+}}, %{{.+}} = %{{.+}}, %{{.+}} = %{{.+}}) : (index, i1, tensor<3xf32>, tensor<?x3xf32>)
// CHECK: arith.cmpi slt
// CHECK: scf.condition
// CHECK: } do {
// CHECK: tensor.from_elements
// CHECK: linalg.generic
// CHECK: scf.if
// CHECK: tensor.insert_slice
// CHECK: scf.yield
// CHECK: tensor.extract_slice
func.func @loop_scan(%m: tensor<i64>, %v: tensor<3xf32>) -> (tensor<3xf32>, tensor<?x3xf32>) {
  %none = onnx.NoValue
  %0:2 = onnx.Loop(%m, %none, %v) : (tensor<i64>, none, tensor<3xf32>) -> (tensor<3xf32>, tensor<?x3xf32>) {
  ^bb0(%i: tensor<i64>, %c: tensor<i1>, %a: tensor<3xf32>):
    %1 = onnx.Add %a, %a : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    onnx.Yield %c, %1, %a : tensor<i1>, tensor<3xf32>, tensor<3xf32>
  }
  return %0#0, %0#1 : tensor<3xf32>, tensor<?x3xf32>
}
