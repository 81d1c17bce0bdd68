// RUN: onnxc-opt %s -split-input-file --convert-onnx-to-linalg | FileCheck %s
// Numerics: the node tests test_top_k*, test_nonzero_*, test_compress_*,
// test_unique_* (test/conformance/run_sweep.py) and test/e2e/selection.test.

// TopK with a constant k: each element's rank along the axis is a reduction
// over the axis (a second read of X with the axis replaced by the reduction
// dim); ranks below k place the element's index, and a generic gathers the
// values at those indices. The output size is static.
// CHECK-DAG: #[[$SELF:.+]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[$OTHER:.+]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @topk_const
// CHECK-SAME: (%[[X:.+]]: tensor<3x4xf32>)
// CHECK-NOT: onnxc_rt_fail
// CHECK: %[[RANKS:.+]] = linalg.generic {indexing_maps = [#[[$SELF]], #[[$OTHER]], #[[$SELF]]], iterator_types = ["parallel", "parallel", "reduction"]} ins(%[[X]], %[[X]] : tensor<3x4xf32>, tensor<3x4xf32>) outs(%{{.+}} : tensor<3x4xi64>)
// CHECK: arith.cmpf ogt
// CHECK: arith.cmpi ult
// CHECK: tensor.empty() : tensor<3x2xi64>
// CHECK: scf.for
// CHECK: scf.for
// CHECK: tensor.extract %[[RANKS]]
// CHECK: tensor.insert
// CHECK: tensor.empty() : tensor<3x2xf32>
// CHECK: linalg.generic
// CHECK: tensor.extract %[[X]]
func.func @topk_const(%x: tensor<3x4xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>) {
  %k = onnx.Constant dense<2> : tensor<1xi64>
  %0:2 = onnx.TopK %x, %k {axis = 1 : i64} : (tensor<3x4xf32>, tensor<1xi64>) -> (tensor<3x2xf32>, tensor<3x2xi64>)
  return %0#0, %0#1 : tensor<3x2xf32>, tensor<3x2xi64>
}

// -----

// TopK with k read at run time: checked against [0, axis size], then the
// outputs get k (clamped) as their dynamic size.
// CHECK: llvm.mlir.global private constant @[[$MSG:.+]]("node (TopK): k = %lld is out of range for axis %lld of size %lld\00")
// CHECK-LABEL: func.func @topk_runtime
// CHECK-SAME: (%[[X:.+]]: tensor<3x4xf32>, %[[K:.+]]: tensor<1xi64>)
// CHECK: %[[KV:.+]] = tensor.extract %[[K]]
// CHECK: %[[KI:.+]] = arith.index_cast %[[KV]] : i64 to index
// CHECK: arith.cmpi slt, %[[KI]]
// CHECK: arith.cmpi sgt, %[[KI]]
// CHECK: llvm.mlir.addressof @[[$MSG]]
// CHECK: call @onnxc_rt_fail
// CHECK: %[[LOW:.+]] = arith.maxsi %[[KI]]
// CHECK: %[[SIZE:.+]] = arith.minsi %[[LOW]]
// CHECK: tensor.empty(%[[SIZE]]) : tensor<3x?xi64>
// CHECK: tensor.empty(%[[SIZE]]) : tensor<3x?xf32>
func.func @topk_runtime(%x: tensor<3x4xf32>, %k: tensor<1xi64>) -> (tensor<3x?xf32>, tensor<3x?xi64>) {
  %0:2 = onnx.TopK %x, %k {axis = -1 : i64, largest = 0 : i64} : (tensor<3x4xf32>, tensor<1xi64>) -> (tensor<3x?xf32>, tensor<3x?xi64>)
  return %0#0, %0#1 : tensor<3x?xf32>, tensor<3x?xi64>
}

// -----

// NonZero: a loop nest counts, the output is allocated with the count, and
// a second loop nest writes each non-zero element's coordinates.
// CHECK-LABEL: func.func @nonzero
// CHECK: %[[COUNT:.+]] = scf.for {{.+}} -> (index)
// CHECK: tensor.empty(%[[COUNT]]) : tensor<2x?xi64>
// CHECK: scf.for {{.+}} -> (tensor<2x?xi64>, index)
// CHECK: tensor.insert {{.+}}[%c0{{.*}}, %{{.+}}] : tensor<2x?xi64>
// CHECK: tensor.insert {{.+}}[%c1{{.*}}, %{{.+}}] : tensor<2x?xi64>
func.func @nonzero(%x: tensor<2x3xi1>) -> tensor<2x?xi64> {
  %0 = onnx.NonZero %x : (tensor<2x3xi1>) -> tensor<2x?xi64>
  return %0 : tensor<2x?xi64>
}

// -----

// Compress along an axis: only the first min(len(condition), axis size)
// entries count; the selected positions are collected, then gathered.
// CHECK-LABEL: func.func @compress
// CHECK-SAME: (%[[X:.+]]: tensor<?x4xf32>, %[[C:.+]]: tensor<?xi1>)
// CHECK: %[[LEN:.+]] = tensor.dim %[[C]]
// CHECK: %[[BOUND:.+]] = arith.minsi %[[LEN]], %c4
// CHECK: %[[COUNT:.+]] = scf.for %{{.+}} = %{{.+}} to %[[BOUND]]
// CHECK: %[[POS:.+]] = tensor.empty(%[[COUNT]]) : tensor<?xi64>
// CHECK: scf.for %{{.+}} = %{{.+}} to %[[BOUND]]
// CHECK: tensor.empty(%{{.+}}, %[[COUNT]]) : tensor<?x?xf32>
// CHECK: linalg.generic
func.func @compress(%x: tensor<?x4xf32>, %c: tensor<?xi1>) -> tensor<?x?xf32> {
  %0 = onnx.Compress %x, %c {axis = 1 : i64} : (tensor<?x4xf32>, tensor<?xi1>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// Unique (sorted, no axis): X viewed as [outer, n, inner] slices, the first
// occurrence of each slice, its place among the distinct slices, then
// indices, inverse_indices and counts in one pass and Y gathered.
// CHECK-LABEL: func.func @unique
// CHECK: tensor.reshape {{.+}} -> tensor<1x6x1xf32>
// CHECK: %[[FIRST:.+]]:2 = scf.for {{.+}} -> (tensor<6xi64>, index)
// CHECK: tensor.empty(%[[FIRST]]#1) : tensor<?xi64>
// CHECK: tensor.empty(%[[FIRST]]#1) : tensor<?xi64>
// CHECK: scf.for {{.+}} -> (tensor<?xi64>, tensor<6xi64>, tensor<?xi64>)
// CHECK: tensor.empty(%[[FIRST]]#1) : tensor<?xf32>
// CHECK: linalg.generic
func.func @unique(%x: tensor<6xf32>) -> (tensor<?xf32>, tensor<?xi64>, tensor<6xi64>, tensor<?xi64>) {
  %0:4 = onnx.Unique %x {sorted = 1 : i64} : (tensor<6xf32>) -> (tensor<?xf32>, tensor<?xi64>, tensor<6xi64>, tensor<?xi64>)
  return %0#0, %0#1, %0#2, %0#3 : tensor<?xf32>, tensor<?xi64>, tensor<6xi64>, tensor<?xi64>
}
