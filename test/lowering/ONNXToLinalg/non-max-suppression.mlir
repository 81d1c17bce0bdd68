// RUN: onnxc-opt %s -split-input-file --convert-onnx-to-linalg | FileCheck %s
// Numerics: the node tests test_nonmaxsuppression_* (run_sweep.py).

// NonMaxSuppression: per batch entry and class, a merge sort of the box
// indices by score (an scf.while over the run width), then a greedy pass
// that compares each box with those kept so far; the kept rows go to a
// scratch tensor and the result is its first `count` rows.
// CHECK-LABEL: func.func @nms
// CHECK: linalg.fill {{.*}} -> tensor<?x3xi64>
// CHECK: scf.for {{.*}} -> (tensor<?x3xi64>, index)
// CHECK: scf.for {{.*}} -> (tensor<?x3xi64>, index)
// CHECK: scf.while
// CHECK: arith.cmpf ogt
// CHECK: scf.for {{.*}} -> (tensor<?x3xi64>, index)
// CHECK: scf.if
// CHECK: scf.for {{.*}} -> (i1)
// CHECK: arith.divf
// CHECK: tensor.insert
// CHECK: %[[ROWS:.+]] = tensor.extract_slice %{{.+}}[0, 0] [%{{.+}}, 3] [1, 1] : tensor<?x3xi64> to tensor<?x3xi64>
// CHECK: return %[[ROWS]]
func.func @nms(%b: tensor<1x6x4xf32>, %s: tensor<1x1x6xf32>, %m: tensor<1xi64>, %i: tensor<1xf32>) -> tensor<?x3xi64> {
  %n = onnx.NoValue
  %0 = onnx.NonMaxSuppression %b, %s, %m, %i, %n : (tensor<1x6x4xf32>, tensor<1x1x6xf32>, tensor<1xi64>, tensor<1xf32>, none) -> tensor<?x3xi64>
  return %0 : tensor<?x3xi64>
}

// -----

// A declared number of rows is checked, and the rows are read clamped.
// CHECK: llvm.mlir.global private constant @{{.+}}("node (NonMaxSuppression): %lld boxes are selected, the model declares %lld\00")
// CHECK-LABEL: func.func @nms_declared
// CHECK: func.call @onnxc_rt_fail
// CHECK: linalg.generic {{.*}} outs(%{{.+}} : tensor<2x3xi64>)
func.func @nms_declared(%b: tensor<1x6x4xf32>, %s: tensor<1x1x6xf32>, %m: tensor<1xi64>) -> tensor<2x3xi64> {
  %n = onnx.NoValue
  %0 = onnx.NonMaxSuppression %b, %s, %m, %n, %n {center_point_box = 1 : i64} : (tensor<1x6x4xf32>, tensor<1x1x6xf32>, tensor<1xi64>, none, none) -> tensor<2x3xi64>
  return %0 : tensor<2x3xi64>
}
