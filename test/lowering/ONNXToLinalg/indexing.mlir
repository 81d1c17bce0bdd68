// RUN: onnxc-opt %s -split-input-file --convert-onnx-to-linalg | FileCheck %s
// Numerics: the node tests test_gather_elements_*, test_tril*, test_triu*
// (test/conformance/run_sweep.py) and test/e2e/runtime-checks.test.

// Static shapes: the index is checked against the axis (a failed check
// calls onnxc_rt_fail), wrapped when negative and clamped; other dims read
// at the output's position.
// CHECK-LABEL: func.func @gather_elements_axis1
// CHECK-SAME: (%[[D:.+]]: tensor<3x4xf32>, %[[I:.+]]: tensor<3x2xi64>)
// CHECK: scf.if
// CHECK: call @onnxc_rt_fail
// CHECK: %[[G:.+]] = linalg.generic
// CHECK-SAME: ins(%[[I]] : tensor<3x2xi64>)
// CHECK: %[[ROW:.+]] = linalg.index 0 : index
// CHECK: arith.select
// CHECK: %[[COL:.+]] = arith.minsi
// CHECK: tensor.extract %[[D]][%[[ROW]], %[[COL]]] : tensor<3x4xf32>
// CHECK: return %[[G]]
func.func @gather_elements_axis1(%d: tensor<3x4xf32>, %i: tensor<3x2xi64>) -> tensor<3x2xf32> {
  %0 = onnx.GatherElements %d, %i {axis = 1 : i64} : (tensor<3x4xf32>, tensor<3x2xi64>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

// Dynamic dims: the indices may have more rows than the data, which is
// checked at run time too, and the row read is clamped.
// CHECK-LABEL: func.func @gather_elements_dynamic
// CHECK: arith.cmpi sgt
// CHECK: call @onnxc_rt_fail
// CHECK: linalg.generic
// CHECK: %[[ROW:.+]] = linalg.index 0 : index
// CHECK: arith.minsi %[[ROW]]
func.func @gather_elements_dynamic(%d: tensor<?x?xf32>, %i: tensor<?x?xi64>) -> tensor<?x?xf32> {
  %0 = onnx.GatherElements %d, %i {axis = 1 : i64} : (tensor<?x?xf32>, tensor<?x?xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// Lower triangle of the last two dims from diagonal k (an input).
// CHECK-LABEL: func.func @tril
// CHECK-SAME: (%[[X:.+]]: tensor<2x3x4xf32>, %[[K:.+]]: tensor<i64>)
// CHECK: %[[KV:.+]] = tensor.extract %[[K]][] : tensor<i64>
// CHECK: %[[KI:.+]] = arith.index_cast %[[KV]] : i64 to index
// CHECK: linalg.generic
// CHECK: %[[ROW:.+]] = linalg.index 1 : index
// CHECK: %[[COL:.+]] = linalg.index 2 : index
// CHECK: %[[DIAG:.+]] = arith.subi %[[COL]], %[[ROW]] : index
// CHECK: %[[KEEP:.+]] = arith.cmpi sle, %[[DIAG]], %[[KI]] : index
// CHECK: arith.select %[[KEEP]]
func.func @tril(%x: tensor<2x3x4xf32>, %k: tensor<i64>) -> tensor<2x3x4xf32> {
  %0 = onnx.Trilu %x, %k {upper = 0 : i64} : (tensor<2x3x4xf32>, tensor<i64>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// Upper triangle (the default) from the main diagonal (no k).
// CHECK-LABEL: func.func @triu
// CHECK: linalg.generic
// CHECK: arith.cmpi sge, %{{.+}}, %c0 : index
func.func @triu(%x: tensor<?x5xi32>) -> tensor<?x5xi32> {
  %none = onnx.NoValue
  %0 = onnx.Trilu %x, %none : (tensor<?x5xi32>, none) -> tensor<?x5xi32>
  return %0 : tensor<?x5xi32>
}

// -----

// DepthToSpace (DCR): output (c, h, w) reads channel ((h % 2) * 2 + w % 2) * 3 + c
// at (h / 2, w / 2).
// CHECK-LABEL: func.func @depth_to_space_dcr
// CHECK: tensor.empty() : tensor<1x3x4x6xf32>
// CHECK: linalg.generic
// CHECK: arith.remui
// CHECK: arith.divui
// CHECK: tensor.extract %{{.+}} : tensor<1x12x2x3xf32>
func.func @depth_to_space_dcr(%x: tensor<1x12x2x3xf32>) -> tensor<1x3x4x6xf32> {
  %0 = onnx.DepthToSpace %x {blocksize = 2 : i64} : (tensor<1x12x2x3xf32>) -> tensor<1x3x4x6xf32>
  return %0 : tensor<1x3x4x6xf32>
}

// -----

// SpaceToDepth with a dynamic batch and image: the batch keeps its size.
// CHECK-LABEL: func.func @space_to_depth
// CHECK: %[[N:.+]] = tensor.dim %{{.+}}, %c0
// CHECK-NOT: arith.divui %[[N]]
// CHECK: %[[H:.+]] = arith.divui %{{.+}}, %c2 : index
// CHECK: %[[W:.+]] = arith.divui %{{.+}}, %c2 : index
// CHECK: tensor.empty(%[[N]], %[[H]], %[[W]]) : tensor<?x12x?x?xf32>
// CHECK: linalg.generic
func.func @space_to_depth(%x: tensor<?x3x?x?xf32>) -> tensor<?x12x?x?xf32> {
  %0 = onnx.SpaceToDepth %x {blocksize = 2 : i64} : (tensor<?x3x?x?xf32>) -> tensor<?x12x?x?xf32>
  return %0 : tensor<?x12x?x?xf32>
}

// -----

// OneHot with a run-time depth: the depth dim comes from it, each element is
// on where the (wrapped) index equals its position along the axis.
// CHECK-LABEL: func.func @one_hot
// CHECK: %[[DEPTH:.+]] = arith.fptosi %{{.+}} : f32 to i64
// CHECK: %[[SIZE:.+]] = arith.index_cast %{{.+}} : i64 to index
// CHECK: tensor.empty(%[[SIZE]]) : tensor<3x?xf32>
// CHECK: linalg.generic
// CHECK: arith.addi %{{.+}}, %[[DEPTH]] : i64
// CHECK: %[[POS:.+]] = linalg.index 1 : index
// CHECK: arith.cmpi eq
// CHECK: arith.select
func.func @one_hot(%i: tensor<3xi64>, %depth: tensor<f32>, %values: tensor<2xf32>) -> tensor<3x?xf32> {
  %0 = onnx.OneHot %i, %depth, %values : (tensor<3xi64>, tensor<f32>, tensor<2xf32>) -> tensor<3x?xf32>
  return %0 : tensor<3x?xf32>
}

// -----

// EyeLike: ones on diagonal k, in the dtype asked for (7 = int64).
// CHECK-LABEL: func.func @eye_like
// CHECK: linalg.generic
// CHECK: arith.cmpi eq, %{{.+}}, %c1 : index
// CHECK: arith.select %{{.+}}, %c1_i64, %c0_i64 : i64
func.func @eye_like(%x: tensor<3x4xf32>) -> tensor<3x4xi64> {
  %0 = onnx.EyeLike %x {dtype = 7 : i64, k = 1 : i64} : (tensor<3x4xf32>) -> tensor<3x4xi64>
  return %0 : tensor<3x4xi64>
}

// -----

// ScatterElements with reduction add: a loop nest over the indices, each
// step reading the element at the (wrapped, clamped) index and writing the
// sum back into the output, which starts as the data.
// CHECK-LABEL: func.func @scatter_add
// CHECK-SAME: (%[[D:.+]]: tensor<3x4xf32>, %[[I:.+]]: tensor<2x2xi64>, %[[U:.+]]: tensor<2x2xf32>)
// CHECK: call @onnxc_rt_fail
// CHECK: scf.for %{{.+}} iter_args(%{{.+}} = %[[D]])
// CHECK: scf.for
// CHECK: tensor.extract %[[I]]
// CHECK: arith.minsi
// CHECK: tensor.extract %[[U]]
// CHECK: arith.addf
// CHECK: tensor.insert
func.func @scatter_add(%d: tensor<3x4xf32>, %i: tensor<2x2xi64>, %u: tensor<2x2xf32>) -> tensor<3x4xf32> {
  %0 = onnx.ScatterElements %d, %i, %u {axis = 1 : i64, reduction = "add"} : (tensor<3x4xf32>, tensor<2x2xi64>, tensor<2x2xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// ReverseSequence: the lengths checked against [0, T], then one generic that
// reads each element from step len - 1 - t when t < len. Numerics:
// test_reversesequence_batch, test_reversesequence_time.
// CHECK: llvm.mlir.global private constant @{{.+}}("node (ReverseSequence): a sequence length of %lld is outside [0, %lld]\00")
// CHECK-LABEL: func.func @reverse_sequence
// CHECK-SAME: (%[[X:.+]]: tensor<4x3x2xf32>, %[[L:.+]]: tensor<3xi64>)
// CHECK: linalg.generic {{.*}} iterator_types = ["reduction"]} ins(%[[L]] : tensor<3xi64>)
// CHECK: func.call @onnxc_rt_fail
// CHECK: linalg.generic
// CHECK: tensor.extract %[[L]]
// CHECK: arith.cmpi slt
// CHECK: arith.select
// CHECK: tensor.extract %[[X]]
func.func @reverse_sequence(%x: tensor<4x3x2xf32>, %l: tensor<3xi64>) -> tensor<4x3x2xf32> {
  %0 = onnx.ReverseSequence %x, %l {batch_axis = 1 : i64, time_axis = 0 : i64} : (tensor<4x3x2xf32>, tensor<3xi64>) -> tensor<4x3x2xf32>
  return %0 : tensor<4x3x2xf32>
}
