// RUN: split-file %s %t
// RUN: onnxc-opt %t/lowered.mlir -split-input-file --convert-onnx-to-linalg | FileCheck %s
// RUN: onnxc-opt %t/invalid.mlir -split-input-file -verify-diagnostics
// Numerics: the node tests test_einsum_* (test/conformance/run_sweep.py) and
// test/e2e/selection.test.

//--- lowered.mlir

// A batched matmul: the output's labels b, i, k are the parallel loops, the
// summed label j the reduction after them.
// CHECK-DAG: #[[$A:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
// CHECK-DAG: #[[$B:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>
// CHECK-DAG: #[[$OUT:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @batch_matmul
// CHECK: %[[ZERO:.+]] = linalg.fill {{.+}} -> tensor<5x2x4xf32>
// CHECK: linalg.generic {indexing_maps = [#[[$A]], #[[$B]], #[[$OUT]]], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} {{.+}} outs(%[[ZERO]] : tensor<5x2x4xf32>)
// CHECK: arith.mulf
// CHECK: arith.addf
func.func @batch_matmul(%a: tensor<5x2x3xf32>, %b: tensor<5x3x4xf32>) -> tensor<5x2x4xf32> {
  %0 = onnx.Einsum %a, %b {equation = "bij, bjk -> bik"} : (tensor<5x2x3xf32>, tensor<5x3x4xf32>) -> tensor<5x2x4xf32>
  return %0 : tensor<5x2x4xf32>
}

// -----

// A label repeated within an operand reads the diagonal: the map repeats
// its loop dim. Nothing is summed, so the output is not filled first.
// CHECK-DAG: #[[$DIAG:.+]] = affine_map<(d0, d1) -> (d0, d1, d1)>
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @diagonal
// CHECK-NOT: linalg.fill
// CHECK: linalg.generic {indexing_maps = [#[[$DIAG]], #[[$ID]]], iterator_types = ["parallel", "parallel"]}
// CHECK-NEXT: ^bb0(%[[IN:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: linalg.yield %[[IN]]
func.func @diagonal(%a: tensor<?x5x5xf32>) -> tensor<?x5xf32> {
  %0 = onnx.Einsum %a {equation = "...ii ->...i"} : (tensor<?x5x5xf32>) -> tensor<?x5xf32>
  return %0 : tensor<?x5xf32>
}

// -----

// The implicit output of "i,i" is a scalar (i occurs twice). The dynamic
// dims of the label must agree at run time; after a failed check the second
// operand is replaced by zeros of the first one's size.
// CHECK: llvm.mlir.global private constant @[[$MSG:.+]]("node (Einsum): dim 0 of input 1 (label 'i') is %lld at run time, %lld elsewhere\00")
// CHECK-LABEL: func.func @inner_implicit
// CHECK-SAME: (%[[A:.+]]: tensor<?xf32>, %[[B:.+]]: tensor<?xf32>)
// CHECK: %[[BAD:.+]] = arith.cmpi ne
// CHECK: call @onnxc_rt_fail
// CHECK: %[[SAFE:.+]] = scf.if %[[BAD]] -> (tensor<?xf32>)
// CHECK: linalg.generic {{.+}} iterator_types = ["reduction"]} ins(%[[A]], %[[SAFE]] : tensor<?xf32>, tensor<?xf32>) outs(%{{.+}} : tensor<f32>)
func.func @inner_implicit(%a: tensor<?xf32>, %b: tensor<?xf32>) -> tensor<f32> {
  %0 = onnx.Einsum %a, %b {equation = "i,i"} : (tensor<?xf32>, tensor<?xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// A static 1 under '...' broadcasts against 5: it reads index 0.
// CHECK-DAG: #[[$BCAST:.+]] = affine_map<(d0, d1, d2, d3) -> (0, d1, d3)>
// CHECK-LABEL: func.func @ellipsis_broadcast
// CHECK: linalg.generic {indexing_maps = [#[[$BCAST]], #{{.+}}, #{{.+}}]
func.func @ellipsis_broadcast(%a: tensor<1x3x4xf32>, %b: tensor<5x4x2xf32>) -> tensor<5x3x2xf32> {
  %0 = onnx.Einsum %a, %b {equation = "...ij,...jk"} : (tensor<1x3x4xf32>, tensor<5x4x2xf32>) -> tensor<5x3x2xf32>
  return %0 : tensor<5x3x2xf32>
}

//--- invalid.mlir

func.func @terms(%a: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{equation 'ij,jk->i': the equation has 2 input terms for 1 inputs}}
  %0 = onnx.Einsum %a {equation = "ij,jk->i"} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @unknown_output_label(%a: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{equation 'ij->k': output label 'k' appears in no input}}
  %0 = onnx.Einsum %a {equation = "ij->k"} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @repeated_output_label(%a: tensor<2x2xf32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{output label 'i' appears twice}}
  %0 = onnx.Einsum %a {equation = "ij->ii"} : (tensor<2x2xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

func.func @bad_character(%a: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{invalid character '1' in input term 0}}
  %0 = onnx.Einsum %a {equation = "i1->i"} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @two_ellipses(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{more than one ellipsis in input term 0}}
  %0 = onnx.Einsum %a {equation = "...i...->...i"} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @rank(%a: tensor<2x3x4xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{input term 0 has 2 labels for an input of rank 3}}
  %0 = onnx.Einsum %a {equation = "ij->i"} : (tensor<2x3x4xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @label_sizes(%a: tensor<2x3xf32>, %b: tensor<4x5xf32>) -> tensor<2x5xf32> {
  // expected-error @+1 {{label 'j' is 4 in dim 0 of input 1 and 3 elsewhere}}
  %0 = onnx.Einsum %a, %b {equation = "ij,jk->ik"} : (tensor<2x3xf32>, tensor<4x5xf32>) -> tensor<2x5xf32>
  return %0 : tensor<2x5xf32>
}
