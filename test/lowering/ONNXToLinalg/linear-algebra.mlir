// RUN: onnxc-opt %s -split-input-file --convert-onnx-to-linalg | FileCheck %s
// Numerics: the node tests test_det_2d, test_det_nd (run_sweep.py).

// Det: per matrix (a loop over the batch), a copy in f64 and Gaussian
// elimination with partial pivoting: a loop over the columns carrying the
// matrix and the product of the pivots, an argmax of |m[i, k]| below the
// diagonal, a row swap that flips the sign, and the elimination of the rows
// below (a zero pivot eliminates nothing).
// CHECK-LABEL: func.func @det
// CHECK-SAME: (%[[X:.+]]: tensor<2x3x3xf32>)
// CHECK: scf.for {{.*}} -> (tensor<2xf32>)
// CHECK: tensor.extract %[[X]]
// CHECK: arith.extf {{.*}} : f32 to f64
// CHECK: scf.for {{.*}} -> (tensor<?x?xf64>, f64)
// CHECK: math.absf
// CHECK: arith.cmpf ogt
// CHECK: arith.negf
// CHECK: arith.mulf
// CHECK: arith.cmpf oeq
// CHECK: arith.divf
// CHECK: arith.truncf {{.*}} : f64 to f32
// CHECK: tensor.insert {{.*}} : tensor<2xf32>
func.func @det(%x: tensor<2x3x3xf32>) -> tensor<2xf32> {
  %0 = onnx.Det %x : (tensor<2x3x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// Matrices whose size is known at run time only are checked to be square.
// CHECK: llvm.mlir.global private constant @{{.+}}("node (Det): X holds %lldx%lld matrices, which are not square\00")
// CHECK-LABEL: func.func @det_dynamic
// CHECK: func.call @onnxc_rt_fail
func.func @det_dynamic(%x: tensor<?x?xf32>) -> tensor<f32> {
  %0 = onnx.Det %x : (tensor<?x?xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}
