// RUN: onnxc-opt %s -split-input-file --convert-onnx-to-linalg | FileCheck %s
// Numerics: the node tests test_dft*, test_stft*, test_melweightmatrix
// (run_sweep.py).

// DFT of a real signal along axis 1: one generic over the output (bin and
// real/imaginary part parallel) with a reduction over the samples, in f64,
// the angle from (k * n) mod N; then a conversion to f32. Static sizes need
// no check.
// CHECK-LABEL: func.func @dft
// CHECK-SAME: (%[[X:.+]]: tensor<1x10x10x1xf32>)
// CHECK-NOT: onnxc_rt_fail
// CHECK: %[[ZERO:.+]] = linalg.fill {{.*}} -> tensor<1x10x10x2xf64>
// CHECK: %[[SUMS:.+]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%{{.+}} : tensor<10xf64>) outs(%[[ZERO]] : tensor<1x10x10x2xf64>)
// CHECK: tensor.extract %[[X]]
// CHECK: arith.remui
// CHECK: math.cos
// CHECK: math.sin
// CHECK: linalg.generic {{.*}} ins(%[[SUMS]] : tensor<1x10x10x2xf64>) outs(%{{.+}} : tensor<1x10x10x2xf32>)
// CHECK: arith.truncf
func.func @dft(%x: tensor<1x10x10x1xf32>) -> tensor<1x10x10x2xf32> {
  %n = onnx.NoValue
  %a = onnx.Constant dense<1> : tensor<1xi64>
  %0 = onnx.DFT %x, %n, %a : (tensor<1x10x10x1xf32>, none, tensor<1xi64>) -> tensor<1x10x10x2xf32>
  return %0 : tensor<1x10x10x2xf32>
}

// -----

// The inverse transform divides by the length.
// CHECK-LABEL: func.func @dft_inverse
// CHECK: math.cos
// CHECK: linalg.generic
// CHECK: arith.divf
func.func @dft_inverse(%x: tensor<1x10x10x2xf32>) -> tensor<1x10x10x2xf32> {
  %n = onnx.NoValue
  %a = onnx.Constant dense<1> : tensor<1xi64>
  %0 = onnx.DFT %x, %n, %a {inverse = 1 : i64} : (tensor<1x10x10x2xf32>, none, tensor<1xi64>) -> tensor<1x10x10x2xf32>
  return %0 : tensor<1x10x10x2xf32>
}

// -----

// STFT with a frame_step read at run time: checked, and the number of
// frames it gives is checked against the declared 15.
// CHECK: llvm.mlir.global private constant @{{.+}}("node (STFT): dim 1 of the output is %lld at run time, the model declares %lld\00")
// CHECK: llvm.mlir.global private constant @{{.+}}("node (STFT): frame_step is %lld, below %lld\00")
// CHECK-LABEL: func.func @stft
// CHECK-SAME: (%[[X:.+]]: tensor<1x128x1xf32>, %[[STEP:.+]]: tensor<i64>, %[[W:.+]]: tensor<16xf32>)
// CHECK: tensor.extract %[[STEP]]
// CHECK: func.call @onnxc_rt_fail
// CHECK: linalg.generic {{.*}} outs(%{{.+}} : tensor<1x15x9x2xf64>)
// CHECK: tensor.extract %[[W]]
// CHECK: tensor.extract %[[X]]
// CHECK: arith.mulf
func.func @stft(%x: tensor<1x128x1xf32>, %s: tensor<i64>, %w: tensor<16xf32>) -> tensor<1x15x9x2xf32> {
  %n = onnx.NoValue
  %0 = onnx.STFT %x, %s, %w, %n : (tensor<1x128x1xf32>, tensor<i64>, tensor<16xf32>, none) -> tensor<1x15x9x2xf32>
  return %0 : tensor<1x15x9x2xf32>
}

// -----

// MelWeightMatrix: every element computes its band's three edges (in f64)
// and its triangle weight.
// CHECK-LABEL: func.func @mel
// CHECK: linalg.generic {{.*}} outs(%{{.+}} : tensor<9x8xf32>)
// CHECK: math.log
// CHECK: math.exp
// CHECK: math.floor
// CHECK: arith.fptosi
func.func @mel(%bins: tensor<i32>, %len: tensor<i32>, %rate: tensor<i32>, %lo: tensor<f32>, %hi: tensor<f32>) -> tensor<9x8xf32> {
  %0 = onnx.MelWeightMatrix %bins, %len, %rate, %lo, %hi : (tensor<i32>, tensor<i32>, tensor<i32>, tensor<f32>, tensor<f32>) -> tensor<9x8xf32>
  return %0 : tensor<9x8xf32>
}
