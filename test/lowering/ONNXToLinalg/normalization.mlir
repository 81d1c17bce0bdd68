// RUN: split-file %s %t
// RUN: onnxc-opt %t/lowered.mlir -split-input-file --convert-onnx-to-linalg | FileCheck %s
// RUN: not onnxc-opt %t/rejected.mlir -split-input-file --convert-onnx-to-linalg 2>&1 | FileCheck %s --check-prefix=ERR

//--- lowered.mlir

// Softmax over the last axis of BERT's attention scores [?, 12, ?, ?]: max,
// sum of exp(x - max), then exp(x - max) / sum.
// CHECK-DAG: #[[$ID4:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[$ROW4:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @softmax_bert
// CHECK-SAME: (%[[X:.+]]: tensor<?x12x?x?xf32>)
// CHECK: %[[NEGINF:.+]] = arith.constant 0xFF800000 : f32
// CHECK: %[[D0:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?x12x?x?xf32>
// CHECK: %[[D2:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?x12x?x?xf32>
// CHECK: %[[E:.+]] = tensor.empty(%[[D0]], %[[D2]]) : tensor<?x12x?xf32>
// CHECK: %[[MINIT:.+]] = linalg.fill ins(%[[NEGINF]] : f32) outs(%[[E]] : tensor<?x12x?xf32>)
// CHECK: %[[MAX:.+]] = linalg.reduce ins(%[[X]] : tensor<?x12x?x?xf32>) outs(%[[MINIT]] : tensor<?x12x?xf32>) dimensions = [3]
// CHECK: arith.maximumf
// CHECK: %[[SUM:.+]] = linalg.generic {indexing_maps = [#[[$ID4]], #[[$ROW4]], #[[$ROW4]]], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
// CHECK-SAME: ins(%[[X]], %[[MAX]] : tensor<?x12x?x?xf32>, tensor<?x12x?xf32>)
// CHECK: %[[D:.+]] = arith.subf
// CHECK: %[[EXP:.+]] = math.exp %[[D]]
// CHECK: arith.addf %[[EXP]]
// CHECK: %[[E2:.+]] = tensor.empty(%{{.+}}, %{{.+}}, %{{.+}}) : tensor<?x12x?x?xf32>
// CHECK: %[[R:.+]] = linalg.generic {indexing_maps = [#[[$ID4]], #[[$ROW4]], #[[$ROW4]], #[[$ID4]]], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
// CHECK-SAME: ins(%[[X]], %[[MAX]], %[[SUM]] : tensor<?x12x?x?xf32>, tensor<?x12x?xf32>, tensor<?x12x?xf32>) outs(%[[E2]] : tensor<?x12x?x?xf32>)
// CHECK: ^bb0(%{{.+}}: f32, %{{.+}}: f32, %[[S:.+]]: f32, %{{.+}}: f32):
// CHECK: %[[EXP2:.+]] = math.exp
// CHECK: arith.divf %[[EXP2]], %[[S]]
// CHECK: return %[[R]]
func.func @softmax_bert(%x: tensor<?x12x?x?xf32>) -> tensor<?x12x?x?xf32> {
  %0 = onnx.Softmax %x {axis = -1 : i64} : (tensor<?x12x?x?xf32>) -> tensor<?x12x?x?xf32>
  return %0 : tensor<?x12x?x?xf32>
}

// -----

// LogSoftmax over a middle axis; f16 sums in f32: x - max - log(sum).
// CHECK-DAG: #[[$KEPT:.+]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @log_softmax_axis1
// CHECK: %[[MAX:.+]] = linalg.reduce ins(%{{.+}} : tensor<2x3x4xf16>) outs(%{{.+}} : tensor<2x4xf16>) dimensions = [1]
// CHECK: %[[SUM:.+]] = linalg.generic {indexing_maps = [#{{.+}}, #[[$KEPT]], #[[$KEPT]]], iterator_types = ["parallel", "reduction", "parallel"]}
// CHECK-SAME: outs(%{{.+}} : tensor<2x4xf32>)
// CHECK: arith.extf %{{.+}} : f16 to f32
// CHECK: math.exp
// CHECK: linalg.generic
// CHECK-SAME: ins(%{{.+}}, %[[MAX]], %[[SUM]] :
// CHECK: %[[D:.+]] = arith.subf
// CHECK: %[[LOG:.+]] = math.log
// CHECK: %[[R:.+]] = arith.subf %[[D]], %[[LOG]] : f32
// CHECK: arith.truncf %[[R]] : f32 to f16
func.func @log_softmax_axis1(%x: tensor<2x3x4xf16>) -> tensor<2x3x4xf16> {
  %0 = onnx.LogSoftmax %x {axis = 1 : i64} : (tensor<2x3x4xf16>) -> tensor<2x3x4xf16>
  return %0 : tensor<2x3x4xf16>
}

// -----

// Hardmax: argmax (value, index) along axis 0, then a one-hot.
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$COL:.+]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @hardmax
// CHECK: %[[ARG:.+]]:2 = linalg.generic {indexing_maps = [#[[$ID]], #[[$COL]], #[[$COL]]], iterator_types = ["reduction", "parallel"]}
// CHECK-SAME: outs(%{{.+}}, %{{.+}} : tensor<4xf32>, tensor<4xi64>)
// CHECK: arith.cmpf ogt
// CHECK: linalg.index 0
// CHECK: linalg.generic {indexing_maps = [#[[$COL]], #[[$ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[ARG]]#1 : tensor<4xi64>)
// CHECK: %[[I:.+]] = linalg.index 0
// CHECK: %[[I64:.+]] = arith.index_cast %[[I]] : index to i64
// CHECK: %[[EQ:.+]] = arith.cmpi eq, %[[I64]]
// CHECK: arith.select %[[EQ]]
func.func @hardmax(%x: tensor<3x4xf32>) -> tensor<3x4xf32> {
  %0 = onnx.Hardmax %x {axis = 0 : i64} : (tensor<3x4xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// BERT's LayerNormalization: [?, ?, 768] over the last axis; the count is
// static; Mean and InvStdDev are unused and not built.
// CHECK-DAG: #[[$ID3:.+]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[$ROWS:.+]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[$LAST:.+]] = affine_map<(d0, d1, d2) -> (d2)>
// CHECK-LABEL: func.func @layer_norm_bert
// CHECK-SAME: (%[[X:.+]]: tensor<?x?x768xf32>, %[[S:.+]]: tensor<768xf32>, %[[B:.+]]: tensor<768xf32>)
// CHECK: %[[SUM:.+]] = linalg.reduce ins(%[[X]] : tensor<?x?x768xf32>) outs(%{{.+}} : tensor<?x?xf32>) dimensions = [2]
// CHECK: %[[N:.+]] = arith.constant 7.680000e+02 : f32
// CHECK: %[[MEAN:.+]] = linalg.generic {{.+}} ins(%[[SUM]] : tensor<?x?xf32>)
// CHECK: arith.divf %{{.+}}, %[[N]]
// CHECK: %[[SQ:.+]] = linalg.generic {indexing_maps = [#[[$ID3]], #[[$ROWS]], #[[$ROWS]]], iterator_types = ["parallel", "parallel", "reduction"]} ins(%[[X]], %[[MEAN]] :
// CHECK: %[[INV:.+]] = linalg.generic {{.+}} ins(%[[SQ]] : tensor<?x?xf32>)
// CHECK: %[[EPS:.+]] = arith.constant 9.99999996E-13 : f32
// CHECK: arith.addf %{{.+}}, %[[EPS]]
// CHECK: math.sqrt
// CHECK: %[[Y:.+]] = linalg.generic {indexing_maps = [#[[$ID3]], #[[$ROWS]], #[[$ROWS]], #[[$LAST]], #[[$LAST]], #[[$ID3]]], iterator_types = ["parallel", "parallel", "parallel"]}
// CHECK-SAME: ins(%[[X]], %[[MEAN]], %[[INV]], %[[S]], %[[B]] :
// CHECK-NOT: tensor.expand_shape
// CHECK: return %[[Y]]
func.func @layer_norm_bert(%x: tensor<?x?x768xf32>, %s: tensor<768xf32>, %b: tensor<768xf32>) -> tensor<?x?x768xf32> {
  %y, %mean, %inv = onnx.LayerNormalization %x, %s, %b {axis = -1 : i64, epsilon = 9.99999996E-13 : f32} : (tensor<?x?x768xf32>, tensor<768xf32>, tensor<768xf32>) -> (tensor<?x?x768xf32>, tensor<?x?x1xf32>, tensor<?x?x1xf32>)
  return %y : tensor<?x?x768xf32>
}

// -----

// f16 LayerNormalization over dims [1, 3) without B: statistics in the f32
// stash type, then scale in f16; Mean and InvStdDev are returned.
// CHECK-DAG: #[[$SCALE:.+]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-LABEL: func.func @layer_norm_stats
// CHECK: linalg.reduce ins(%{{.+}} : tensor<2x3x4xf16>) outs(%{{.+}} : tensor<2xf32>) dimensions = [1, 2]
// CHECK: arith.extf
// CHECK: %[[MEAN:.+]] = linalg.generic
// CHECK: %[[SQ:.+]] = linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "reduction", "reduction"]
// CHECK: %[[INV:.+]] = linalg.generic {{.+}} ins(%[[SQ]] : tensor<2xf32>)
// CHECK: %[[Y:.+]] = linalg.generic {indexing_maps = [#{{.+}}, #{{.+}}, #{{.+}}, #[[$SCALE]], #{{.+}}]
// CHECK: %[[N:.+]] = arith.mulf %{{.+}}, %{{.+}} : f32
// CHECK: %[[T:.+]] = arith.truncf %[[N]] : f32 to f16
// CHECK: arith.mulf %[[T]], %{{.+}} : f16
// CHECK-NOT: arith.addf
// CHECK: %[[M:.+]] = tensor.expand_shape %[[MEAN]] {{\[\[}}0, 1, 2]] output_shape [2, 1, 1] : tensor<2xf32> into tensor<2x1x1xf32>
// CHECK: %[[I:.+]] = tensor.expand_shape %[[INV]] {{\[\[}}0, 1, 2]] output_shape [2, 1, 1] : tensor<2xf32> into tensor<2x1x1xf32>
// CHECK: return %[[Y]], %[[M]], %[[I]]
func.func @layer_norm_stats(%x: tensor<2x3x4xf16>, %s: tensor<3x4xf16>) -> (tensor<2x3x4xf16>, tensor<2x1x1xf32>, tensor<2x1x1xf32>) {
  %none = onnx.NoValue
  %y, %mean, %inv = onnx.LayerNormalization %x, %s, %none {axis = 1 : i64} : (tensor<2x3x4xf16>, tensor<3x4xf16>, none) -> (tensor<2x3x4xf16>, tensor<2x1x1xf32>, tensor<2x1x1xf32>)
  return %y, %mean, %inv : tensor<2x3x4xf16>, tensor<2x1x1xf32>, tensor<2x1x1xf32>
}

// -----

// BatchNormalization (inference): one generic, parameters read per channel.
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[$CH:.+]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-LABEL: func.func @batch_norm
// CHECK-SAME: (%[[X:.+]]: tensor<?x3x?x?xf32>, %[[S:.+]]: tensor<3xf32>, %[[B:.+]]: tensor<3xf32>, %[[M:.+]]: tensor<3xf32>, %[[V:.+]]: tensor<3xf32>)
// CHECK: %[[E:.+]] = tensor.empty(%{{.+}}, %{{.+}}, %{{.+}}) : tensor<?x3x?x?xf32>
// CHECK: linalg.generic {indexing_maps = [#[[$ID]], #[[$CH]], #[[$CH]], #[[$CH]], #[[$CH]], #[[$ID]]], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
// CHECK-SAME: ins(%[[X]], %[[S]], %[[B]], %[[M]], %[[V]] : {{.+}}) outs(%[[E]] : tensor<?x3x?x?xf32>)
// CHECK: ^bb0(%[[XI:.+]]: f32, %[[SI:.+]]: f32, %[[BI:.+]]: f32, %[[MI:.+]]: f32, %[[VI:.+]]: f32, %{{.+}}: f32):
// CHECK: %[[EPS:.+]] = arith.constant 1.000000e-03 : f32
// CHECK: %[[D:.+]] = arith.subf %[[XI]], %[[MI]]
// CHECK: %[[SD:.+]] = arith.mulf %[[SI]], %[[D]]
// CHECK: %[[VE:.+]] = arith.addf %[[VI]], %[[EPS]]
// CHECK: %[[STD:.+]] = math.sqrt %[[VE]]
// CHECK: %[[Q:.+]] = arith.divf %[[SD]], %[[STD]]
// CHECK: arith.addf %[[Q]], %[[BI]]
func.func @batch_norm(%x: tensor<?x3x?x?xf32>, %s: tensor<3xf32>, %b: tensor<3xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>) -> tensor<?x3x?x?xf32> {
  %0 = onnx.BatchNormalization %x, %s, %b, %m, %v {epsilon = 1.0E-3 : f32} : (tensor<?x3x?x?xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<?x3x?x?xf32>
  return %0 : tensor<?x3x?x?xf32>
}

// -----

// InstanceNormalization: statistics per (N, C) over the dynamic spatial dim.
// CHECK-DAG: #[[$NC:.+]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[$C:.+]] = affine_map<(d0, d1, d2) -> (d1)>
// CHECK-LABEL: func.func @instance_norm
// CHECK-SAME: (%[[X:.+]]: tensor<2x3x?xf32>
// CHECK: %[[SUM:.+]] = linalg.reduce ins(%[[X]] : tensor<2x3x?xf32>) outs(%{{.+}} : tensor<2x3xf32>) dimensions = [2]
// CHECK: %[[D2:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<2x3x?xf32>
// CHECK: %[[DI:.+]] = arith.index_cast %[[D2]] : index to i64
// CHECK: %[[N:.+]] = arith.sitofp %[[DI]] : i64 to f32
// CHECK: %[[MEAN:.+]] = linalg.generic {{.+}} ins(%[[SUM]] : tensor<2x3xf32>)
// CHECK: arith.divf %{{.+}}, %[[N]]
// CHECK: %[[SQ:.+]] = linalg.generic {indexing_maps = [#{{.+}}, #[[$NC]], #[[$NC]]], iterator_types = ["parallel", "parallel", "reduction"]} ins(%[[X]], %[[MEAN]] :
// CHECK: %[[INV:.+]] = linalg.generic {{.+}} ins(%[[SQ]] : tensor<2x3xf32>)
// CHECK: linalg.generic {indexing_maps = [#{{.+}}, #[[$NC]], #[[$NC]], #[[$C]], #[[$C]], #{{.+}}], iterator_types = ["parallel", "parallel", "parallel"]}
// CHECK-SAME: ins(%[[X]], %[[MEAN]], %[[INV]], %{{.+}}, %{{.+}} :
func.func @instance_norm(%x: tensor<2x3x?xf32>, %s: tensor<3xf32>, %b: tensor<3xf32>) -> tensor<2x3x?xf32> {
  %0 = onnx.InstanceNormalization %x, %s, %b : (tensor<2x3x?xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x?xf32>
  return %0 : tensor<2x3x?xf32>
}

// -----

// LRN: the squares padded with zeros along the channels (floor((size-1)/2)
// before, the rest after), a window sum read at c + k, then
// x / (bias + alpha / size * sum)^beta. Numerics: test_lrn, test_lrn_default.
// CHECK-LABEL: func.func @lrn
// CHECK: %[[SQ:.+]] = linalg.generic
// CHECK: arith.mulf
// CHECK: %[[PAD:.+]] = tensor.pad %[[SQ]] low[0, 1, 0, 0] high[0, 1, 0, 0]
// CHECK: %[[SUM:.+]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%[[PAD]], %{{.+}} : tensor<1x7x2x2xf32>, tensor<3xf32>)
// CHECK: linalg.generic {{.*}} ins(%{{.+}}, %[[SUM]] :
// CHECK: math.powf
// CHECK: arith.divf
func.func @lrn(%x: tensor<1x5x2x2xf32>) -> tensor<1x5x2x2xf32> {
  %0 = onnx.LRN %x {size = 3 : i64, alpha = 2.0e-4 : f32, beta = 0.5 : f32, bias = 2.0 : f32} : (tensor<1x5x2x2xf32>) -> tensor<1x5x2x2xf32>
  return %0 : tensor<1x5x2x2xf32>
}

//--- rejected.mlir

// ERR: error: 'onnx.Softmax' cannot be lowered to linalg (its operand or result ranks are unknown)
func.func @softmax_unranked(%x: tensor<*xf32>) -> tensor<*xf32> {
  %0 = onnx.Softmax %x : (tensor<*xf32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// InstanceNormalization needs spatial dims.
// ERR: error: 'onnx.InstanceNormalization' cannot be lowered to linalg with these operand types and attributes
func.func @instance_norm_rank2(%x: tensor<2x3xf32>, %s: tensor<3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  %0 = onnx.InstanceNormalization %x, %s, %b : (tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// A used Mean of unknown rank cannot be produced.
// ERR: error: 'onnx.LayerNormalization' cannot be lowered to linalg (its operand or result ranks are unknown)
func.func @layer_norm_unranked_mean(%x: tensor<2x4xf32>, %s: tensor<4xf32>) -> tensor<*xf32> {
  %none = onnx.NoValue
  %y, %mean, %inv = onnx.LayerNormalization %x, %s, %none : (tensor<2x4xf32>, tensor<4xf32>, none) -> (tensor<2x4xf32>, tensor<*xf32>, tensor<*xf32>)
  return %mean : tensor<*xf32>
}
