// RUN: onnxc-opt %s -split-input-file --convert-onnx-to-linalg | FileCheck %s
// Numerics: the node tests test_cumsum_* (test/conformance/run_sweep.py).

// A constant axis: one loop over it, carrying the output and the running sum
// of a slice (updated in place, inserted after the addition).
// CHECK-LABEL: func.func @cumsum_axis1
// CHECK: %[[SUM:.+]] = linalg.fill {{.*}} -> tensor<2x1xf32>
// CHECK: scf.for %[[I:.+]] = %c0 to %{{.+}} step %{{.+}} iter_args(%[[OUT:.+]] = %{{.+}}, %[[ACC:.+]] = %[[SUM]])
// CHECK: %[[SLICE:.+]] = tensor.extract_slice %{{.+}}[0, %[[I]]] [2, 1] [1, 1]
// CHECK: %[[NEW:.+]] = linalg.generic {{.*}} ins(%[[SLICE]] : tensor<2x1xf32>) outs(%[[ACC]] : tensor<2x1xf32>)
// CHECK: tensor.insert_slice %[[NEW]] into %[[OUT]][0, %[[I]]] [2, 1] [1, 1]
func.func @cumsum_axis1(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %a = onnx.Constant dense<1> : tensor<i64>
  %0 = onnx.CumSum %x, %a : (tensor<2x3xf32>, tensor<i64>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Exclusive and reversed: the sum goes in before the addition, from the end.
// CHECK-LABEL: func.func @cumsum_exclusive_reverse
// CHECK: scf.for %[[I:.+]] = {{.*}} iter_args(%[[OUT:.+]] = %{{.+}}, %[[ACC:.+]] = %{{.+}})
// CHECK: %[[P:.+]] = arith.subi %{{.+}}, %[[I]] : index
// CHECK: tensor.insert_slice %[[ACC]] into %[[OUT]][%[[P]]]
// CHECK: linalg.generic
func.func @cumsum_exclusive_reverse(%x: tensor<?xi32>) -> tensor<?xi32> {
  %a = onnx.Constant dense<0> : tensor<1xi64>
  %0 = onnx.CumSum %x, %a {exclusive = 1 : i64, reverse = 1 : i64} : (tensor<?xi32>, tensor<1xi64>) -> tensor<?xi32>
  return %0 : tensor<?xi32>
}

// -----

// An axis known at run time: checked, then one loop per axis.
// CHECK-LABEL: func.func @cumsum_runtime_axis
// CHECK: func.call @onnxc_rt_fail
// CHECK: scf.index_switch %{{.+}} -> tensor<2x3xf32>
// CHECK: case 1 {
// CHECK: scf.for
// CHECK: default {
// CHECK: scf.for
func.func @cumsum_runtime_axis(%x: tensor<2x3xf32>, %a: tensor<i32>) -> tensor<2x3xf32> {
  %0 = onnx.CumSum %x, %a : (tensor<2x3xf32>, tensor<i32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
