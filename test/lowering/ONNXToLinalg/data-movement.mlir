// RUN: split-file %s %t
// RUN: onnxc-opt %t/lowered.mlir -split-input-file --convert-onnx-to-linalg | FileCheck %s
// RUN: not onnxc-opt %t/rejected.mlir -split-input-file --convert-onnx-to-linalg 2>&1 | FileCheck %s --check-prefix=ERR

//--- lowered.mlir

// BERT's head split [?, ?, 768] -> [0, 0, 12, 64]: a pure expansion whose
// copied dims come from tensor.dim.
// CHECK-LABEL: func.func @reshape_bert_split_heads
// CHECK-SAME: (%[[X:.+]]: tensor<?x?x768xf32>)
// CHECK: %[[D0:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?x?x768xf32>
// CHECK: %[[D1:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?x?x768xf32>
// CHECK: %[[R:.+]] = tensor.expand_shape %[[X]] {{\[\[}}0], [1], [2, 3]] output_shape [%[[D0]], %[[D1]], 12, 64] : tensor<?x?x768xf32> into tensor<?x?x12x64xf32>
// CHECK: return %[[R]]
func.func @reshape_bert_split_heads(%x: tensor<?x?x768xf32>) -> tensor<?x?x12x64xf32> {
  %s = onnx.Constant dense<[0, 0, 12, 64]> : tensor<4xi64>
  %0 = onnx.Reshape %x, %s : (tensor<?x?x768xf32>, tensor<4xi64>) -> tensor<?x?x12x64xf32>
  return %0 : tensor<?x?x12x64xf32>
}

// -----

// CHECK-LABEL: func.func @reshape_merge_heads
// CHECK: tensor.collapse_shape %{{.+}} {{\[\[}}0], [1], [2, 3]] : tensor<?x?x12x64xf32> into tensor<?x?x768xf32>
func.func @reshape_merge_heads(%x: tensor<?x?x12x64xf32>) -> tensor<?x?x768xf32> {
  %s = onnx.Constant dense<[0, 0, 768]> : tensor<3xi64>
  %0 = onnx.Reshape %x, %s : (tensor<?x?x12x64xf32>, tensor<3xi64>) -> tensor<?x?x768xf32>
  return %0 : tensor<?x?x768xf32>
}

// -----

// The -1 entry takes what the other groups leave: both dynamic dims.
// CHECK-LABEL: func.func @reshape_infer_collapse
// CHECK: tensor.collapse_shape %{{.+}} {{\[\[}}0, 1], [2]] : tensor<?x?x768xf32> into tensor<?x768xf32>
func.func @reshape_infer_collapse(%x: tensor<?x?x768xf32>) -> tensor<?x768xf32> {
  %s = onnx.Constant dense<[-1, 768]> : tensor<2xi64>
  %0 = onnx.Reshape %x, %s : (tensor<?x?x768xf32>, tensor<2xi64>) -> tensor<?x768xf32>
  return %0 : tensor<?x768xf32>
}

// -----

// Neither a collapse nor an expansion: tensor.reshape with the resolved
// constant shape.
// CHECK-LABEL: func.func @reshape_static_general
// CHECK-SAME: (%[[X:.+]]: tensor<2x3xf32>)
// CHECK: %[[S:.+]] = arith.constant dense<[3, 2]> : tensor<2xi64>
// CHECK: tensor.reshape %[[X]](%[[S]]) : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<3x2xf32>
func.func @reshape_static_general(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %s = onnx.Constant dense<[3, -1]> : tensor<2xi64>
  %0 = onnx.Reshape %x, %s : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

// A shape known at run time (BERT with a dynamic sequence): 0 entries copy
// the input dim, a -1 entry is the element count over the other entries.
// CHECK-LABEL: func.func @reshape_runtime_shape
// CHECK-SAME: (%[[X:.+]]: tensor<?x?x768xf32>, %[[SHAPE:.+]]: tensor<4xi64>)
// CHECK: %[[E0:.+]] = tensor.extract %[[SHAPE]][%{{.+}}] : tensor<4xi64>
// CHECK: %[[I0:.+]] = arith.index_cast %[[E0]] : i64 to index
// CHECK-COUNT-3: tensor.extract %[[SHAPE]]
// CHECK: %[[D0:.+]] = tensor.dim %[[X]], %{{.+}}
// CHECK: %[[Z0:.+]] = arith.cmpi eq, %[[I0]], %{{.+}} : index
// CHECK: %[[S0:.+]] = arith.select %[[Z0]], %[[D0]], %[[I0]] : index
// CHECK: %[[INF0:.+]] = arith.cmpi eq, %[[S0]], %{{.+}} : index
// CHECK: %[[KNOWN:.+]] = arith.maxsi
// CHECK: %[[INFERRED:.+]] = arith.divsi %{{.+}}, %[[KNOWN]] : index
// CHECK: %[[F0:.+]] = arith.select %[[INF0]], %[[INFERRED]], %[[S0]] : index
// CHECK: %[[NEW:.+]] = tensor.from_elements %[[F0]], %{{.+}}, %{{.+}}, %{{.+}} : tensor<4xindex>
// CHECK: tensor.reshape %[[X]](%[[NEW]]) : (tensor<?x?x768xf32>, tensor<4xindex>) -> tensor<?x?x?x?xf32>
func.func @reshape_runtime_shape(%x: tensor<?x?x768xf32>, %shape: tensor<4xi64>) -> tensor<?x?x?x?xf32> {
  %0 = onnx.Reshape %x, %shape : (tensor<?x?x768xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  return %0 : tensor<?x?x?x?xf32>
}

// -----

// allowzero: a 0 entry is a zero-sized dim, not a copy.
// CHECK-LABEL: func.func @reshape_allowzero
// CHECK: arith.constant dense<[4, 0]> : tensor<2xi64>
// CHECK: tensor.reshape %{{.+}}(%{{.+}}) : (tensor<0x4xf32>, tensor<2xi64>) -> tensor<4x0xf32>
func.func @reshape_allowzero(%x: tensor<0x4xf32>) -> tensor<4x0xf32> {
  %s = onnx.Constant dense<[4, 0]> : tensor<2xi64>
  %0 = onnx.Reshape %x, %s {allowzero = 1 : i64} : (tensor<0x4xf32>, tensor<2xi64>) -> tensor<4x0xf32>
  return %0 : tensor<4x0xf32>
}

// -----

// axis = 0 has an empty leading group: collapse all, then expand to 1 x N.
// CHECK-LABEL: func.func @flatten
// CHECK-SAME: (%[[X:.+]]: tensor<2x?x4xf32>)
// CHECK: %[[A:.+]] = tensor.collapse_shape %[[X]] {{\[\[}}0, 1], [2]] : tensor<2x?x4xf32> into tensor<?x4xf32>
// CHECK: %[[ALL:.+]] = tensor.collapse_shape %[[X]] {{\[\[}}0, 1, 2]] : tensor<2x?x4xf32> into tensor<?xf32>
// CHECK: %[[N:.+]] = tensor.dim %[[ALL]]
// CHECK: %[[B:.+]] = tensor.expand_shape %[[ALL]] {{\[\[}}0, 1]] output_shape [1, %[[N]]] : tensor<?xf32> into tensor<1x?xf32>
// CHECK: return %[[A]], %[[B]]
func.func @flatten(%x: tensor<2x?x4xf32>) -> (tensor<?x4xf32>, tensor<1x?xf32>) {
  %0 = onnx.Flatten %x {axis = -1 : i64} : (tensor<2x?x4xf32>) -> tensor<?x4xf32>
  %1 = onnx.Flatten %x {axis = 0 : i64} : (tensor<2x?x4xf32>) -> tensor<1x?xf32>
  return %0, %1 : tensor<?x4xf32>, tensor<1x?xf32>
}

// -----

// CHECK-LABEL: func.func @squeeze
// CHECK: tensor.collapse_shape %{{.+}} {{\[\[}}0, 1, 2], [3]] : tensor<1x?x1x4xf32> into tensor<?x4xf32>
func.func @squeeze(%x: tensor<1x?x1x4xf32>) -> tensor<?x4xf32> {
  %a = onnx.Constant dense<[0, -2]> : tensor<2xi64>
  %0 = onnx.Squeeze %x, %a : (tensor<1x?x1x4xf32>, tensor<2xi64>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// A squeezed dynamic dim is 1 at run time: cast before collapsing.
// CHECK-LABEL: func.func @squeeze_dynamic_unit
// CHECK: %[[C:.+]] = tensor.cast %{{.+}} : tensor<?x4xf32> to tensor<1x4xf32>
// CHECK: tensor.collapse_shape %[[C]] {{\[\[}}0, 1]] : tensor<1x4xf32> into tensor<4xf32>
func.func @squeeze_dynamic_unit(%x: tensor<?x4xf32>) -> tensor<4xf32> {
  %a = onnx.Constant dense<[0]> : tensor<1xi64>
  %0 = onnx.Squeeze %x, %a : (tensor<?x4xf32>, tensor<1xi64>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @unsqueeze
// CHECK-SAME: (%[[X:.+]]: tensor<?x4xf32>)
// CHECK: %[[D:.+]] = tensor.dim %[[X]]
// CHECK: tensor.expand_shape %[[X]] {{\[\[}}0, 1], [2, 3]] output_shape [1, %[[D]], 4, 1] : tensor<?x4xf32> into tensor<1x?x4x1xf32>
func.func @unsqueeze(%x: tensor<?x4xf32>) -> tensor<1x?x4x1xf32> {
  %a = onnx.Constant dense<[0, -1]> : tensor<2xi64>
  %0 = onnx.Unsqueeze %x, %a : (tensor<?x4xf32>, tensor<2xi64>) -> tensor<1x?x4x1xf32>
  return %0 : tensor<1x?x4x1xf32>
}

// -----

// CHECK-LABEL: func.func @transpose
// CHECK-SAME: (%[[X:.+]]: tensor<?x3x4xf32>)
// CHECK: %[[D:.+]] = tensor.dim %[[X]]
// CHECK: %[[E:.+]] = tensor.empty(%[[D]]) : tensor<4x?x3xf32>
// CHECK: linalg.transpose ins(%[[X]] : tensor<?x3x4xf32>) outs(%[[E]] : tensor<4x?x3xf32>) permutation = [2, 0, 1]
func.func @transpose(%x: tensor<?x3x4xf32>) -> tensor<4x?x3xf32> {
  %0 = onnx.Transpose %x {perm = [2, 0, 1]} : (tensor<?x3x4xf32>) -> tensor<4x?x3xf32>
  return %0 : tensor<4x?x3xf32>
}

// -----

// No perm: reverse the dims.
// CHECK-LABEL: func.func @transpose_default
// CHECK: linalg.transpose ins(%{{.+}} : tensor<2x3xi8>) outs(%{{.+}} : tensor<3x2xi8>) permutation = [1, 0]
func.func @transpose_default(%x: tensor<2x3xi8>) -> tensor<3x2xi8> {
  %0 = onnx.Transpose %x : (tensor<2x3xi8>) -> tensor<3x2xi8>
  return %0 : tensor<3x2xi8>
}

// -----

// CHECK-LABEL: func.func @concat
// CHECK-SAME: (%[[A:.+]]: tensor<?x3xf32>, %[[B:.+]]: tensor<2x3xf32>)
// CHECK: tensor.concat dim(0) %[[A]], %[[B]] : (tensor<?x3xf32>, tensor<2x3xf32>) -> tensor<?x3xf32>
func.func @concat(%a: tensor<?x3xf32>, %b: tensor<2x3xf32>) -> tensor<?x3xf32> {
  %0 = onnx.Concat %a, %b {axis = -2 : i64} : (tensor<?x3xf32>, tensor<2x3xf32>) -> tensor<?x3xf32>
  return %0 : tensor<?x3xf32>
}

// -----

// Positive steps: one extract_slice; the INT64_MAX end clamps to the dynamic
// dim at run time, the static axis folds (rows 1, 3, 5, 7 of 10).
// CHECK-LABEL: func.func @slice_strided
// CHECK-SAME: (%[[X:.+]]: tensor<10x?xf32>)
// CHECK: %[[D:.+]] = tensor.dim %[[X]], %{{.+}}
// CHECK: %[[END:.+]] = arith.minsi %{{.+}}, %[[D]] : index
// CHECK: tensor.extract_slice %[[X]][1, 0] [4, %{{.+}}] [2, 1] : tensor<10x?xf32> to tensor<4x?xf32>
func.func @slice_strided(%x: tensor<10x?xf32>) -> tensor<4x?xf32> {
  %s = onnx.Constant dense<[1, 0]> : tensor<2xi64>
  %e = onnx.Constant dense<[-1, 9223372036854775807]> : tensor<2xi64>
  %a = onnx.Constant dense<[0, 1]> : tensor<2xi64>
  %st = onnx.Constant dense<[2, 1]> : tensor<2xi64>
  %0 = onnx.Slice %x, %s, %e, %a, %st : (tensor<10x?xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<4x?xf32>
  return %0 : tensor<4x?xf32>
}

// -----

// A negative step reads input[start + i * step] (rows 4, 2, 0).
// CHECK-LABEL: func.func @slice_reverse
// CHECK-SAME: (%[[X:.+]]: tensor<5x3xf32>)
// CHECK: %[[E:.+]] = tensor.empty() : tensor<3x3xf32>
// CHECK: linalg.generic {indexing_maps = [#{{.+}}], iterator_types = ["parallel", "parallel"]} outs(%[[E]] : tensor<3x3xf32>)
// CHECK: %[[I:.+]] = linalg.index 0 : index
// CHECK: %[[J:.+]] = linalg.index 1 : index
// CHECK: %[[M:.+]] = arith.constant -2 : index
// CHECK: %[[S:.+]] = arith.muli %[[I]], %[[M]] : index
// CHECK: %[[L:.+]] = arith.constant 4 : index
// CHECK: %[[R:.+]] = arith.addi %[[L]], %[[S]] : index
// CHECK: tensor.extract %[[X]][%[[R]], %[[J]]] : tensor<5x3xf32>
func.func @slice_reverse(%x: tensor<5x3xf32>) -> tensor<3x3xf32> {
  %s = onnx.Constant dense<[-1]> : tensor<1xi64>
  %e = onnx.Constant dense<[-9223372036854775808]> : tensor<1xi64>
  %a = onnx.Constant dense<[0]> : tensor<1xi64>
  %st = onnx.Constant dense<[-2]> : tensor<1xi64>
  %0 = onnx.Slice %x, %s, %e, %a, %st : (tensor<5x3xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<3x3xf32>
  return %0 : tensor<3x3xf32>
}

// -----

// Run-time starts/ends: negative values wrap, then clamp to [0, 8].
// CHECK-LABEL: func.func @slice_runtime_bounds
// CHECK-SAME: (%[[X:.+]]: tensor<?x8xf32>, %[[S:.+]]: tensor<1xi64>, %[[E:.+]]: tensor<1xi64>)
// CHECK: %[[SV:.+]] = tensor.extract %[[S]]
// CHECK: %[[START:.+]] = arith.index_cast %[[SV]] : i64 to index
// CHECK: %[[EV:.+]] = tensor.extract %[[E]]
// CHECK: %[[END:.+]] = arith.index_cast %[[EV]] : i64 to index
// CHECK: %[[D0:.+]] = tensor.dim %[[X]]
// CHECK: %[[NEG:.+]] = arith.cmpi slt, %[[START]], %{{.+}} : index
// CHECK: %[[WRAPPED:.+]] = arith.addi %[[START]], %{{.+}} : index
// CHECK: %[[S1:.+]] = arith.select %[[NEG]], %[[WRAPPED]], %[[START]] : index
// CHECK: %[[S2:.+]] = arith.maxsi %[[S1]], %{{.+}} : index
// CHECK: %[[OFF:.+]] = arith.minsi %[[S2]], %{{.+}} : index
// CHECK: %[[DIFF:.+]] = arith.subi %{{.+}}, %[[OFF]] : index
// CHECK: %[[LEN:.+]] = arith.maxsi %[[DIFF]], %{{.+}} : index
// CHECK: tensor.extract_slice %[[X]][0, %[[OFF]]] [%[[D0]], %[[LEN]]] [1, 1] : tensor<?x8xf32> to tensor<?x?xf32>
func.func @slice_runtime_bounds(%x: tensor<?x8xf32>, %s: tensor<1xi64>, %e: tensor<1xi64>) -> tensor<?x?xf32> {
  %a = onnx.Constant dense<[1]> : tensor<1xi64>
  %none = onnx.NoValue
  %0 = onnx.Slice %x, %s, %e, %a, %none : (tensor<?x8xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, none) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// Run-time axes: every dim selects the parameters of the entry that names
// it (or keeps [0, dim) step 1); constant positive steps keep extract_slice.
// CHECK-LABEL: func.func @slice_runtime_axes
// CHECK-SAME: (%[[X:.+]]: tensor<4x?xf32>, %[[A:.+]]: tensor<1xi64>)
// CHECK: %[[AV:.+]] = tensor.extract %[[A]]
// CHECK: %[[AI:.+]] = arith.index_cast %[[AV]] : i64 to index
// CHECK: %[[D1:.+]] = tensor.dim %[[X]]
// CHECK: %[[AXIS:.+]] = arith.select %{{.+}}, %{{.+}}, %[[AI]] : index
// CHECK: %[[IS0:.+]] = arith.cmpi eq, %[[AXIS]], %{{.+}} : index
// CHECK: %[[OFF0:.+]] = arith.select %[[IS0]], %{{.+}}, %{{.+}} : index
// CHECK: %[[LEN0:.+]] = arith.select %[[IS0]], %{{.+}}, %{{.+}} : index
// CHECK: %[[ST0:.+]] = arith.select %[[IS0]], %{{.+}}, %{{.+}} : index
// CHECK: %[[IS1:.+]] = arith.cmpi eq, %[[AXIS]], %{{.+}} : index
// CHECK: %[[OFF1:.+]] = arith.select %[[IS1]], %{{.+}}, %{{.+}} : index
// CHECK: %[[LEN1:.+]] = arith.select %[[IS1]], %{{.+}}, %[[D1]] : index
// CHECK: %[[ST1:.+]] = arith.select %[[IS1]], %{{.+}}, %{{.+}} : index
// CHECK: tensor.extract_slice %[[X]][%[[OFF0]], %[[OFF1]]] [%[[LEN0]], %[[LEN1]]] [%[[ST0]], %[[ST1]]] : tensor<4x?xf32> to tensor<?x?xf32>
func.func @slice_runtime_axes(%x: tensor<4x?xf32>, %a: tensor<1xi64>) -> tensor<?x?xf32> {
  %s = onnx.Constant dense<[1]> : tensor<1xi64>
  %e = onnx.Constant dense<[4]> : tensor<1xi64>
  %st = onnx.Constant dense<[2]> : tensor<1xi64>
  %0 = onnx.Slice %x, %s, %e, %a, %st : (tensor<4x?xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// BERT's embedding lookup: the indices are an input of the generic, the
// table is read with tensor.extract; negative indices wrap.
// CHECK-DAG: #[[$IDX:.+]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[$OUT:.+]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @gather_embedding
// CHECK-SAME: (%[[T:.+]]: tensor<30522x768xf32>, %[[IDS:.+]]: tensor<?x?xi64>)
// CHECK: %[[B:.+]] = tensor.dim %[[IDS]]
// CHECK: %[[S:.+]] = tensor.dim %[[IDS]]
// CHECK: %[[N:.+]] = arith.constant 30522 : index
// CHECK: %[[E:.+]] = tensor.empty(%[[B]], %[[S]]) : tensor<?x?x768xf32>
// CHECK: linalg.generic {indexing_maps = [#[[$IDX]], #[[$OUT]]], iterator_types = ["parallel", "parallel", "parallel"]} ins(%[[IDS]] : tensor<?x?xi64>) outs(%[[E]] : tensor<?x?x768xf32>)
// CHECK: ^bb0(%[[IN:.+]]: i64, %{{.+}}: f32):
// CHECK: %[[I:.+]] = arith.index_cast %[[IN]] : i64 to index
// CHECK: %[[NEG:.+]] = arith.cmpi slt, %[[I]], %{{.+}} : index
// CHECK: %[[W:.+]] = arith.addi %[[I]], %[[N]] : index
// CHECK: %[[SEL:.+]] = arith.select %[[NEG]], %[[W]], %[[I]] : index
// Out-of-range indices are clamped to [0, 30521]: no read out of bounds.
// CHECK: %[[LOW:.+]] = arith.maxsi %[[SEL]], %{{.+}} : index
// CHECK: %[[LAST:.+]] = arith.subi %[[N]], %{{.+}} : index
// CHECK: %[[ROW:.+]] = arith.minsi %[[LOW]], %[[LAST]] : index
// CHECK: %[[COL:.+]] = linalg.index 2 : index
// CHECK: %[[V:.+]] = tensor.extract %[[T]][%[[ROW]], %[[COL]]] : tensor<30522x768xf32>
// CHECK: linalg.yield %[[V]] : f32
func.func @gather_embedding(%table: tensor<30522x768xf32>, %ids: tensor<?x?xi64>) -> tensor<?x?x768xf32> {
  %0 = onnx.Gather %table, %ids {axis = 0 : i64} : (tensor<30522x768xf32>, tensor<?x?xi64>) -> tensor<?x?x768xf32>
  return %0 : tensor<?x?x768xf32>
}

// -----

// A scalar int32 index on a middle, dynamic axis drops that axis.
// CHECK-DAG: #[[$SCALAR:.+]] = affine_map<(d0, d1) -> ()>
// CHECK-LABEL: func.func @gather_scalar_index
// CHECK-SAME: (%[[X:.+]]: tensor<2x?x4xf32>, %[[I:.+]]: tensor<i32>)
// CHECK: %[[D:.+]] = tensor.dim %[[X]]
// CHECK: linalg.generic {indexing_maps = [#[[$SCALAR]], #{{.+}}], iterator_types = ["parallel", "parallel"]} ins(%[[I]] : tensor<i32>)
// CHECK: arith.index_cast %{{.+}} : i32 to index
// CHECK: arith.addi %{{.+}}, %[[D]] : index
// CHECK: %[[A:.+]] = linalg.index 0 : index
// CHECK: %[[B:.+]] = linalg.index 1 : index
// CHECK: tensor.extract %[[X]][%[[A]], %{{.+}}, %[[B]]] : tensor<2x?x4xf32>
func.func @gather_scalar_index(%x: tensor<2x?x4xf32>, %i: tensor<i32>) -> tensor<2x4xf32> {
  %0 = onnx.Gather %x, %i {axis = 1 : i64} : (tensor<2x?x4xf32>, tensor<i32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// CHECK-LABEL: func.func @split
// CHECK-SAME: (%[[X:.+]]: tensor<6x?xf32>)
// CHECK: %[[D:.+]] = tensor.dim %[[X]]
// CHECK: %[[A:.+]] = tensor.extract_slice %[[X]][0, 0] [2, %[[D]]] [1, 1] : tensor<6x?xf32> to tensor<2x?xf32>
// CHECK: %[[B:.+]] = tensor.extract_slice %[[X]][2, 0] [4, %[[D]]] [1, 1] : tensor<6x?xf32> to tensor<4x?xf32>
// CHECK: return %[[A]], %[[B]]
func.func @split(%x: tensor<6x?xf32>) -> (tensor<2x?xf32>, tensor<4x?xf32>) {
  %s = onnx.Constant dense<[2, 4]> : tensor<2xi64>
  %0:2 = onnx.Split %x, %s {axis = 0 : i64} : (tensor<6x?xf32>, tensor<2xi64>) -> (tensor<2x?xf32>, tensor<4x?xf32>)
  return %0#0, %0#1 : tensor<2x?xf32>, tensor<4x?xf32>
}

// -----

// Equal parts of a dynamic dim: ceil(dim / 2), the last part gets the rest.
// CHECK-LABEL: func.func @split_equal_dynamic
// CHECK-SAME: (%[[X:.+]]: tensor<2x?xf32>)
// CHECK: %[[D:.+]] = tensor.dim %[[X]]
// CHECK: %[[SUM:.+]] = arith.addi %[[D]], %{{.+}} : index
// CHECK: %[[PART:.+]] = arith.divsi %[[SUM]], %{{.+}} : index
// CHECK: %[[FIRST:.+]] = arith.minsi %[[PART]], %[[D]] : index
// CHECK: %[[OFF:.+]] = arith.minsi %[[PART]], %[[D]] : index
// CHECK: %[[REST:.+]] = arith.subi %[[D]], %[[OFF]] : index
// CHECK: %[[SECOND:.+]] = arith.minsi %[[PART]], %[[REST]] : index
// CHECK: tensor.extract_slice %[[X]][0, 0] [2, %[[FIRST]]] [1, 1]
// CHECK: tensor.extract_slice %[[X]][0, %[[OFF]]] [2, %[[SECOND]]] [1, 1]
func.func @split_equal_dynamic(%x: tensor<2x?xf32>) -> (tensor<2x?xf32>, tensor<2x?xf32>) {
  %none = onnx.NoValue
  %0:2 = onnx.Split %x, %none {axis = 1 : i64} : (tensor<2x?xf32>, none) -> (tensor<2x?xf32>, tensor<2x?xf32>)
  return %0#0, %0#1 : tensor<2x?xf32>, tensor<2x?xf32>
}

// -----

// Constant mode: the negative end pad of dim 1 crops it first, then
// tensor.pad yields the constant_value.
// CHECK-LABEL: func.func @pad_constant
// CHECK-SAME: (%[[X:.+]]: tensor<?x3xf32>)
// CHECK: %[[V:.+]] = arith.constant dense<5.000000e+00> : tensor<f32>
// CHECK: %[[D:.+]] = tensor.dim %[[X]]
// CHECK: %[[PV:.+]] = tensor.extract %[[V]][] : tensor<f32>
// CHECK: %[[CROP:.+]] = tensor.extract_slice %[[X]][0, 0] [%[[D]], 2] [1, 1] : tensor<?x3xf32> to tensor<?x2xf32>
// CHECK: tensor.pad %[[CROP]] low[1, 2] high[0, 0]
// CHECK: tensor.yield %[[PV]] : f32
// CHECK: } : tensor<?x2xf32> to tensor<?x4xf32>
func.func @pad_constant(%x: tensor<?x3xf32>) -> tensor<?x4xf32> {
  %p = onnx.Constant dense<[1, 2, 0, -1]> : tensor<4xi64>
  %v = onnx.Constant dense<5.0> : tensor<f32>
  %none = onnx.NoValue
  %0 = onnx.Pad %x, %p, %v, %none {mode = "constant"} : (tensor<?x3xf32>, tensor<4xi64>, tensor<f32>, none) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// Reflect on the last axis only (the axes input), as numpy: the source index
// is periodic in 2 * (dim - 1) and mirrored in the second half.
// CHECK-LABEL: func.func @pad_reflect_axes
// CHECK-SAME: (%[[X:.+]]: tensor<3x?xf32>)
// CHECK: %[[D:.+]] = tensor.dim %[[X]]
// CHECK: %[[LAST:.+]] = arith.subi %[[D]], %{{.+}} : index
// CHECK: %[[TWICE:.+]] = arith.muli %[[LAST]], %{{.+}} : index
// CHECK: %[[PERIOD:.+]] = arith.maxsi %[[TWICE]], %{{.+}} : index
// CHECK: %[[E:.+]] = tensor.empty(%{{.+}}) : tensor<3x?xf32>
// CHECK: linalg.generic {indexing_maps = [#{{.+}}], iterator_types = ["parallel", "parallel"]} outs(%[[E]] : tensor<3x?xf32>)
// CHECK: %[[I:.+]] = linalg.index 0 : index
// CHECK: %[[J:.+]] = linalg.index 1 : index
// CHECK: %[[SHIFTED:.+]] = arith.subi %[[J]], %{{.+}} : index
// CHECK: arith.remsi %[[SHIFTED]], %[[PERIOD]] : index
// CHECK: %[[M:.+]] = arith.remsi %{{.+}}, %[[PERIOD]] : index
// CHECK: %[[BEYOND:.+]] = arith.cmpi sge, %[[M]], %[[D]] : index
// CHECK: %[[MIRROR:.+]] = arith.subi %[[PERIOD]], %[[M]] : index
// CHECK: arith.select %[[BEYOND]], %[[MIRROR]], %[[M]] : index
// CHECK: %[[SRC:.+]] = arith.minsi %{{.+}}, %[[LAST]] : index
// CHECK: tensor.extract %[[X]][%[[I]], %[[SRC]]] : tensor<3x?xf32>
func.func @pad_reflect_axes(%x: tensor<3x?xf32>) -> tensor<3x?xf32> {
  %p = onnx.Constant dense<[2, 1]> : tensor<2xi64>
  %a = onnx.Constant dense<[-1]> : tensor<1xi64>
  %none = onnx.NoValue
  %0 = onnx.Pad %x, %p, %none, %a {mode = "reflect"} : (tensor<3x?xf32>, tensor<2xi64>, none, tensor<1xi64>) -> tensor<3x?xf32>
  return %0 : tensor<3x?xf32>
}

// -----

// Edge: clamp the source index to [0, dim - 1].
// CHECK-LABEL: func.func @pad_edge
// CHECK-SAME: (%[[X:.+]]: tensor<3xi64>)
// CHECK: linalg.generic
// CHECK-SAME: outs(%{{.+}} : tensor<6xi64>)
// CHECK: %[[I:.+]] = linalg.index 0 : index
// CHECK: %[[S:.+]] = arith.subi %[[I]], %{{.+}} : index
// CHECK: %[[LO:.+]] = arith.maxsi %[[S]], %{{.+}} : index
// CHECK: %[[TWO:.+]] = arith.constant 2 : index
// CHECK: %[[C:.+]] = arith.minsi %[[LO]], %[[TWO]] : index
// CHECK: tensor.extract %[[X]][%[[C]]] : tensor<3xi64>
func.func @pad_edge(%x: tensor<3xi64>) -> tensor<6xi64> {
  %p = onnx.Constant dense<[1, 2]> : tensor<2xi64>
  %none = onnx.NoValue
  %0 = onnx.Pad %x, %p, %none, %none {mode = "edge"} : (tensor<3xi64>, tensor<2xi64>, none, none) -> tensor<6xi64>
  return %0 : tensor<6xi64>
}

// -----

// A constant shape: the broadcast is in the input's indexing map.
// CHECK-DAG: #[[$IN:.+]] = affine_map<(d0, d1, d2) -> (d1, 0)>
// CHECK-DAG: #[[$ID3:.+]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @expand
// CHECK-SAME: (%[[X:.+]]: tensor<3x1xf32>)
// CHECK: %[[E:.+]] = tensor.empty() : tensor<2x3x4xf32>
// CHECK: linalg.generic {indexing_maps = [#[[$IN]], #[[$ID3]]], iterator_types = ["parallel", "parallel", "parallel"]} ins(%[[X]] : tensor<3x1xf32>) outs(%[[E]] : tensor<2x3x4xf32>)
func.func @expand(%x: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
  %s = onnx.Constant dense<[2, 1, 4]> : tensor<3xi64>
  %0 = onnx.Expand %x, %s : (tensor<3x1xf32>, tensor<3xi64>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// A run-time shape: result dims are `shape` where the input dim is 1; a
// dynamic input dim that is 1 at run time reads index 0.
// CHECK-LABEL: func.func @expand_runtime
// CHECK-SAME: (%[[X:.+]]: tensor<?x1xf32>, %[[SHAPE:.+]]: tensor<2xi64>)
// CHECK: %[[S0:.+]] = arith.index_cast %{{.+}} : i64 to index
// CHECK: %[[S1:.+]] = arith.index_cast %{{.+}} : i64 to index
// CHECK: %[[D:.+]] = tensor.dim %[[X]]
// CHECK: %[[ONE:.+]] = arith.cmpi eq, %[[D]], %{{.+}} : index
// CHECK: %[[R0:.+]] = arith.select %[[ONE]], %[[S0]], %[[D]] : index
// CHECK: %[[E:.+]] = tensor.empty(%[[R0]], %[[S1]]) : tensor<?x?xf32>
// CHECK: linalg.generic {{.+}} outs(%[[E]] : tensor<?x?xf32>)
// CHECK: %[[I:.+]] = linalg.index 0 : index
// CHECK: %[[SRC:.+]] = arith.select %{{.+}}, %{{.+}}, %[[I]] : index
// CHECK: tensor.extract %[[X]][%[[SRC]], %{{.+}}] : tensor<?x1xf32>
func.func @expand_runtime(%x: tensor<?x1xf32>, %shape: tensor<2xi64>) -> tensor<?x?xf32> {
  %0 = onnx.Expand %x, %shape : (tensor<?x1xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// CHECK-LABEL: func.func @tile
// CHECK-SAME: (%[[X:.+]]: tensor<2x?xf32>)
// CHECK: %[[D:.+]] = tensor.dim %[[X]]
// CHECK: %[[TWO:.+]] = arith.constant 2 : index
// CHECK: %[[N:.+]] = arith.muli %[[D]], %{{.+}} : index
// CHECK: %[[E:.+]] = tensor.empty(%[[N]]) : tensor<6x?xf32>
// CHECK: linalg.generic {{.+}} outs(%[[E]] : tensor<6x?xf32>)
// CHECK: %[[I:.+]] = linalg.index 0 : index
// CHECK: %[[J:.+]] = linalg.index 1 : index
// CHECK: %[[A:.+]] = arith.remui %[[I]], %[[TWO]] : index
// CHECK: %[[B:.+]] = arith.remui %[[J]], %[[D]] : index
// CHECK: tensor.extract %[[X]][%[[A]], %[[B]]] : tensor<2x?xf32>
func.func @tile(%x: tensor<2x?xf32>) -> tensor<6x?xf32> {
  %r = onnx.Constant dense<[3, 2]> : tensor<2xi64>
  %0 = onnx.Tile %x, %r : (tensor<2x?xf32>, tensor<2xi64>) -> tensor<6x?xf32>
  return %0 : tensor<6x?xf32>
}

// -----

// CHECK-LABEL: func.func @shape_and_size
// CHECK-SAME: (%[[X:.+]]: tensor<?x4x?xf32>)
// CHECK: %[[D0:.+]] = tensor.dim %[[X]]
// CHECK: %[[D2:.+]] = tensor.dim %[[X]]
// CHECK: %[[A:.+]] = arith.index_cast %[[D0]] : index to i64
// CHECK: %[[B:.+]] = arith.constant 4 : i64
// CHECK: %[[C:.+]] = arith.index_cast %[[D2]] : index to i64
// CHECK: %[[SHAPE:.+]] = tensor.from_elements %[[A]], %[[B]], %[[C]] : tensor<3xi64>
// CHECK: %[[MID:.+]] = arith.constant dense<4> : tensor<1xi64>
// CHECK: %[[P:.+]] = arith.muli
// CHECK: %[[Q:.+]] = arith.muli %[[P]], %{{.+}} : index
// CHECK: %[[N:.+]] = arith.index_cast %[[Q]] : index to i64
// CHECK: %[[SIZE:.+]] = tensor.from_elements %[[N]] : tensor<i64>
// CHECK: return %[[SHAPE]], %[[MID]], %[[SIZE]]
func.func @shape_and_size(%x: tensor<?x4x?xf32>) -> (tensor<3xi64>, tensor<1xi64>, tensor<i64>) {
  %0 = onnx.Shape %x : (tensor<?x4x?xf32>) -> tensor<3xi64>
  %1 = onnx.Shape %x {start = 1 : i64, end = -1 : i64} : (tensor<?x4x?xf32>) -> tensor<1xi64>
  %2 = onnx.Size %x : (tensor<?x4x?xf32>) -> tensor<i64>
  return %0, %1, %2 : tensor<3xi64>, tensor<1xi64>, tensor<i64>
}

// -----

// CHECK-LABEL: func.func @constant_of_shape
// CHECK-SAME: (%[[S:.+]]: tensor<2xi64>)
// CHECK: %[[A:.+]] = tensor.extract %[[S]]
// CHECK: %[[D0:.+]] = arith.index_cast %[[A]] : i64 to index
// CHECK: %[[B:.+]] = tensor.extract %[[S]]
// CHECK: %[[D1:.+]] = arith.index_cast %[[B]] : i64 to index
// CHECK: %[[E:.+]] = tensor.empty(%[[D0]], %[[D1]]) : tensor<?x?xi32>
// CHECK: %[[V:.+]] = arith.constant 7 : i32
// CHECK: linalg.fill ins(%[[V]] : i32) outs(%[[E]] : tensor<?x?xi32>)
func.func @constant_of_shape(%shape: tensor<2xi64>) -> tensor<?x?xi32> {
  %0 = onnx.ConstantOfShape %shape {value = dense<7> : tensor<1xi32>} : (tensor<2xi64>) -> tensor<?x?xi32>
  return %0 : tensor<?x?xi32>
}

// -----

// Run-time operands: the length is max(ceil((limit - start) / delta), 0) in
// integer arithmetic; element i is start + i * delta.
// CHECK-LABEL: func.func @range
// CHECK-SAME: (%[[START:.+]]: tensor<i64>, %[[LIMIT:.+]]: tensor<i64>, %[[DELTA:.+]]: tensor<i64>)
// CHECK: %[[S:.+]] = tensor.extract %[[START]][] : tensor<i64>
// CHECK: %[[L:.+]] = tensor.extract %[[LIMIT]][] : tensor<i64>
// CHECK: %[[D:.+]] = tensor.extract %[[DELTA]][] : tensor<i64>
// CHECK: %[[DIFF:.+]] = arith.subi %[[L]], %[[S]] : i64
// CHECK: %[[Q:.+]] = arith.divsi %[[DIFF]], %[[D]] : i64
// CHECK: %[[UP:.+]] = arith.addi %[[Q]], %{{.+}} : i64
// CHECK: %[[CEIL:.+]] = arith.select %{{.+}}, %[[UP]], %[[Q]] : i64
// CHECK: %[[N:.+]] = arith.index_cast %[[CEIL]] : i64 to index
// CHECK: %[[LEN:.+]] = arith.maxsi %[[N]], %{{.+}} : index
// CHECK: %[[E:.+]] = tensor.empty(%[[LEN]]) : tensor<?xi64>
// CHECK: linalg.generic {{.+}} outs(%[[E]] : tensor<?xi64>)
// CHECK: %[[I:.+]] = linalg.index 0 : index
// CHECK: %[[II:.+]] = arith.index_cast %[[I]] : index to i64
// CHECK: %[[STEP:.+]] = arith.muli %[[II]], %[[D]] : i64
// CHECK: %[[V:.+]] = arith.addi %[[S]], %[[STEP]] : i64
// CHECK: linalg.yield %[[V]] : i64
func.func @range(%start: tensor<i64>, %limit: tensor<i64>, %delta: tensor<i64>) -> tensor<?xi64> {
  %0 = onnx.Range %start, %limit, %delta : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  return %0 : tensor<?xi64>
}

// -----

// Axes read at run time: a mask of the squeezed dims (each axis checked), a
// check that each squeezed dim is 1, and a reshape to the kept dims' sizes.
// CHECK-LABEL: func.func @squeeze_runtime_axes
// CHECK: scf.for
// CHECK: call @onnxc_rt_fail
// CHECK: tensor.reshape
func.func @squeeze_runtime_axes(%x: tensor<1x4x1xf32>, %a: tensor<2xi64>) -> tensor<?xf32> {
  %0 = onnx.Squeeze %x, %a : (tensor<1x4x1xf32>, tensor<2xi64>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

//--- rejected.mlir

// ERR: error: 'onnx.Gather' cannot be lowered to linalg (its operand or result ranks are unknown)
func.func @gather_unranked(%x: tensor<*xf32>, %i: tensor<2xi64>) -> tensor<*xf32> {
  %0 = onnx.Gather %x, %i : (tensor<*xf32>, tensor<2xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// ERR: error: 'onnx.Reshape' cannot be lowered to linalg (its operand or result ranks are unknown)
func.func @reshape_unranked(%x: tensor<*xf32>, %s: tensor<2xi64>) -> tensor<?x?xf32> {
  %0 = onnx.Reshape %x, %s : (tensor<*xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}


// -----

// Which dims a run-time axes input pads is unknown.
// ERR: error: 'onnx.Pad' cannot be lowered to linalg with these operand types and attributes
func.func @pad_runtime_axes(%x: tensor<4x4xf32>, %a: tensor<1xi64>) -> tensor<?x?xf32> {
  %p = onnx.Constant dense<[1, 1]> : tensor<2xi64>
  %none = onnx.NoValue
  %0 = onnx.Pad %x, %p, %none, %a {mode = "edge"} : (tensor<4x4xf32>, tensor<2xi64>, none, tensor<1xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}
