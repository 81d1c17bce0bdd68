// RUN: onnxc-opt %s -split-input-file --convert-onnx-to-linalg | FileCheck %s
// Numerics: the node tests test_gathernd_* and test_scatternd*
// (test/conformance/run_sweep.py) and test/e2e/runtime-checks.test.

// GatherND with batch_dims 1: each coordinate column is checked against its
// dim, then a generic over the output reads the coordinate and the data.
// CHECK-LABEL: func.func @gather_nd_batch
// CHECK-SAME: (%[[D:.+]]: tensor<2x3x4xf32>, %[[I:.+]]: tensor<2x1xi64>)
// CHECK: tensor.extract_slice %[[I]][0, 0] [2, 1] [1, 1]
// CHECK: call @onnxc_rt_fail
// CHECK: tensor.empty() : tensor<2x4xf32>
// CHECK: linalg.generic
// CHECK: %[[B:.+]] = linalg.index 0 : index
// CHECK: tensor.extract %[[I]][%[[B]], %c0]
// CHECK: %[[C:.+]] = arith.minsi
// CHECK: %[[J:.+]] = linalg.index 1 : index
// CHECK: tensor.extract %[[D]][%[[B]], %[[C]], %[[J]]]
func.func @gather_nd_batch(%d: tensor<2x3x4xf32>, %i: tensor<2x1xi64>) -> tensor<2x4xf32> {
  %0 = onnx.GatherND %d, %i {batch_dims = 1 : i64} : (tensor<2x3x4xf32>, tensor<2x1xi64>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// ScatterND with reduction mul: loops over the index rows and the data's
// trailing dims, multiplying each element at the coordinate by the update.
// CHECK-LABEL: func.func @scatter_nd_mul
// CHECK-SAME: (%[[D:.+]]: tensor<4x4xf32>, %[[I:.+]]: tensor<2x1xi64>, %[[U:.+]]: tensor<2x4xf32>)
// CHECK: call @onnxc_rt_fail
// CHECK: scf.for %{{.+}} iter_args(%{{.+}} = %[[D]])
// CHECK: scf.for
// CHECK: tensor.extract %[[I]]
// CHECK: tensor.extract %[[U]]
// CHECK: arith.mulf
// CHECK: tensor.insert
func.func @scatter_nd_mul(%d: tensor<4x4xf32>, %i: tensor<2x1xi64>, %u: tensor<2x4xf32>) -> tensor<4x4xf32> {
  %0 = onnx.ScatterND %d, %i, %u {reduction = "mul"} : (tensor<4x4xf32>, tensor<2x1xi64>, tensor<2x4xf32>) -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}
