// RUN: split-file %s %t
// RUN: onnxc-opt %t/lowered.mlir -split-input-file --convert-onnx-to-linalg | FileCheck %s
// RUN: not onnxc-opt %t/rejected.mlir -split-input-file --convert-onnx-to-linalg 2>&1 | FileCheck %s --check-prefix=ERR

//--- lowered.mlir

// ResNet's stem max pool with a dynamic batch: pad with -inf, init with -inf.
// CHECK-LABEL: func.func @maxpool
// CHECK-SAME: (%[[X:.+]]: tensor<?x64x112x112xf32>)
// CHECK: %[[N:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?x64x112x112xf32>
// CHECK: %[[NEG_INF:.+]] = arith.constant 0xFF800000 : f32
// CHECK: %[[PAD:.+]] = tensor.pad %[[X]] low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK: tensor.yield %[[NEG_INF]] : f32
// CHECK: } : tensor<?x64x112x112xf32> to tensor<?x64x114x114xf32>
// CHECK: %[[EMPTY:.+]] = tensor.empty(%[[N]]) : tensor<?x64x56x56xf32>
// CHECK: %[[INIT:.+]] = linalg.fill ins(%[[NEG_INF]] : f32) outs(%[[EMPTY]] : tensor<?x64x56x56xf32>)
// CHECK: %[[WIN:.+]] = tensor.empty() : tensor<3x3xf32>
// CHECK: %[[R:.+]] = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%[[PAD]], %[[WIN]] : tensor<?x64x114x114xf32>, tensor<3x3xf32>) outs(%[[INIT]] : tensor<?x64x56x56xf32>)
// CHECK: return %[[R]]
func.func @maxpool(%x: tensor<?x64x112x112xf32>) -> tensor<?x64x56x56xf32> {
  %y, %i = onnx.MaxPool %x {kernel_shape = [3, 3], pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<?x64x112x112xf32>) -> (tensor<?x64x56x56xf32>, tensor<?x64x56x56xi64>)
  return %y : tensor<?x64x56x56xf32>
}

// -----

// ceil_mode: the last window needs one more row and column of -inf.
// CHECK-LABEL: func.func @maxpool_ceil_dilated
// CHECK: %[[PAD:.+]] = tensor.pad %{{.+}} low[0, 0, 0, 0] high[0, 0, 1, 1]
// CHECK: } : tensor<1x2x6x6xf32> to tensor<1x2x7x7xf32>
// CHECK: linalg.pooling_nchw_max {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%[[PAD]], %{{.+}} : tensor<1x2x7x7xf32>, tensor<2x2xf32>) outs(%{{.+}} : tensor<1x2x3x3xf32>)
func.func @maxpool_ceil_dilated(%x: tensor<1x2x6x6xf32>) -> tensor<1x2x3x3xf32> {
  %y, %i = onnx.MaxPool %x {kernel_shape = [2, 2], dilations = [2, 2], strides = [2, 2], ceil_mode = 1 : i64} : (tensor<1x2x6x6xf32>) -> (tensor<1x2x3x3xf32>, tensor<1x2x3x3xi64>)
  return %y : tensor<1x2x3x3xf32>
}

// -----

// Signed integers: the named op's max is signed; the identity is the minimum.
// CHECK-LABEL: func.func @maxpool_i8
// CHECK: %[[MIN:.+]] = arith.constant -128 : i8
// CHECK: %[[INIT:.+]] = linalg.fill ins(%[[MIN]] : i8)
// CHECK: linalg.pooling_nchw_max {{.*}} outs(%[[INIT]] : tensor<1x2x2x2xi8>)
func.func @maxpool_i8(%x: tensor<1x2x4x4xi8>) -> tensor<1x2x2x2xi8> {
  %y, %i = onnx.MaxPool %x {kernel_shape = [2, 2], strides = [2, 2]} : (tensor<1x2x4x4xi8>) -> (tensor<1x2x2x2xi8>, tensor<1x2x2x2xi64>)
  return %y : tensor<1x2x2x2xi8>
}

// -----

// Unsigned integers: a linalg.generic with maxui, padded and filled with 0.
// CHECK-DAG: #[[$IN:.+]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2 * 2 + d4, d3 * 2 + d5)>
// CHECK-DAG: #[[$WIN:.+]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>
// CHECK-DAG: #[[$OUT:.+]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @maxpool_u8
// CHECK-SAME: (%[[X:.+]]: tensor<1x2x4x4xi8>)
// CHECK: %[[ZERO:.+]] = arith.constant 0 : i8
// CHECK: %[[PAD:.+]] = tensor.pad %[[X]] low[0, 0, 0, 0] high[0, 0, 1, 1]
// CHECK: tensor.yield %[[ZERO]] : i8
// CHECK: linalg.generic {indexing_maps = [#[[$IN]], #[[$WIN]], #[[$OUT]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%[[PAD]], %{{.+}} : tensor<1x2x5x5xi8>, tensor<2x2xi8>)
// CHECK: ^bb0(%[[V:.+]]: i8, %{{.+}}: i8, %[[ACC:.+]]: i8):
// CHECK: arith.maxui %[[ACC]], %[[V]] : i8
func.func @maxpool_u8(%x: tensor<1x2x4x4xui8>) -> tensor<1x2x2x2xui8> {
  %y, %i = onnx.MaxPool %x {kernel_shape = [2, 2], strides = [2, 2], pads = [0, 0, 1, 1]} : (tensor<1x2x4x4xui8>) -> (tensor<1x2x2x2xui8>, tensor<1x2x2x2xi64>)
  return %y : tensor<1x2x2x2xui8>
}

// -----

// CHECK-LABEL: func.func @maxpool_1d
// CHECK: linalg.pooling_ncw_max {dilations = dense<1> : tensor<1xi64>, strides = dense<2> : tensor<1xi64>} ins(%{{.+}}, %{{.+}} : tensor<1x2x8xf32>, tensor<2xf32>) outs(%{{.+}} : tensor<1x2x4xf32>)
func.func @maxpool_1d(%x: tensor<1x2x8xf32>) -> tensor<1x2x4xf32> {
  %y, %i = onnx.MaxPool %x {kernel_shape = [2], strides = [2]} : (tensor<1x2x8xf32>) -> (tensor<1x2x4xf32>, tensor<1x2x4xi64>)
  return %y : tensor<1x2x4xf32>
}

// -----

// No padding: sum-pool, then divide by the window size.
// CHECK-LABEL: func.func @avgpool
// CHECK-SAME: (%[[X:.+]]: tensor<?x8x7x7xf32>)
// CHECK: %[[N:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?x8x7x7xf32>
// CHECK: %[[EMPTY:.+]] = tensor.empty(%[[N]]) : tensor<?x8x3x3xf32>
// CHECK: %[[SUM:.+]] = linalg.pooling_nchw_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%[[X]], %{{.+}} : tensor<?x8x7x7xf32>, tensor<3x3xf32>)
// CHECK: %[[NINE:.+]] = arith.constant 9.000000e+00 : f32
// CHECK: %[[R:.+]] = linalg.generic {{.*}} outs(%[[SUM]] : tensor<?x8x3x3xf32>)
// CHECK: ^bb0(%[[S:.+]]: f32):
// CHECK: arith.divf %[[S]], %[[NINE]] : f32
// CHECK: return %[[R]]
func.func @avgpool(%x: tensor<?x8x7x7xf32>) -> tensor<?x8x3x3xf32> {
  %y = onnx.AveragePool %x {kernel_shape = [3, 3], strides = [2, 2]} : (tensor<?x8x7x7xf32>) -> tensor<?x8x3x3xf32>
  return %y : tensor<?x8x3x3xf32>
}

// -----

// count_include_pad = 0: divide by the sum-pool of a zero-padded ones tensor
// (1 x 1 x H x W, broadcast over N and C).
// CHECK-DAG: #[[$DIV:.+]] = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @avgpool_exclude_pad
// CHECK: %[[SUM:.+]] = linalg.pooling_nchw_sum {{.*}} ins(%{{.+}}, %{{.+}} : tensor<1x8x9x9xf32>, tensor<3x3xf32>) outs(%{{.+}} : tensor<1x8x4x4xf32>)
// CHECK-DAG: %[[ONE:.+]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[ZERO:.+]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[ONES:.+]] = linalg.fill ins(%[[ONE]] : f32) outs(%{{.+}} : tensor<1x1x7x7xf32>)
// CHECK: %[[PADDED:.+]] = tensor.pad %[[ONES]] low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK: tensor.yield %[[ZERO]] : f32
// CHECK: %[[COUNT:.+]] = linalg.pooling_nchw_sum {{.*}} ins(%[[PADDED]], %{{.+}} : tensor<1x1x9x9xf32>, tensor<3x3xf32>) outs(%{{.+}} : tensor<1x1x4x4xf32>)
// CHECK: linalg.generic {indexing_maps = [#[[$DIV]], #[[$ID]]], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%[[COUNT]] : tensor<1x1x4x4xf32>) outs(%[[SUM]] : tensor<1x8x4x4xf32>)
// CHECK: ^bb0(%[[C:.+]]: f32, %[[S:.+]]: f32):
// CHECK: arith.divf %[[S]], %[[C]] : f32
func.func @avgpool_exclude_pad(%x: tensor<1x8x7x7xf32>) -> tensor<1x8x4x4xf32> {
  %y = onnx.AveragePool %x {kernel_shape = [3, 3], strides = [2, 2], pads = [1, 1, 1, 1]} : (tensor<1x8x7x7xf32>) -> tensor<1x8x4x4xf32>
  return %y : tensor<1x8x4x4xf32>
}

// -----

// count_include_pad = 1 with ceil_mode: explicit pads count (padded with
// ones), the extra ceil-mode row and column do not (padded with zeros).
// CHECK-LABEL: func.func @avgpool_include_pad_ceil
// CHECK: tensor.pad %{{.+}} low[0, 0, 1, 1] high[0, 0, 2, 2]
// CHECK: } : tensor<1x8x6x6xf32> to tensor<1x8x9x9xf32>
// CHECK-DAG: %[[ONE:.+]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[ZERO:.+]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[ONES:.+]] = linalg.fill ins(%[[ONE]] : f32) outs(%{{.+}} : tensor<1x1x6x6xf32>)
// CHECK: %[[P1:.+]] = tensor.pad %[[ONES]] low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK: tensor.yield %[[ONE]] : f32
// CHECK: %[[P2:.+]] = tensor.pad %[[P1]] low[0, 0, 0, 0] high[0, 0, 1, 1]
// CHECK: tensor.yield %[[ZERO]] : f32
// CHECK: linalg.pooling_nchw_sum {{.*}} ins(%[[P2]], %{{.+}} : tensor<1x1x9x9xf32>, tensor<3x3xf32>)
func.func @avgpool_include_pad_ceil(%x: tensor<1x8x6x6xf32>) -> tensor<1x8x4x4xf32> {
  %y = onnx.AveragePool %x {kernel_shape = [3, 3], strides = [2, 2], pads = [1, 1, 1, 1], count_include_pad = 1 : i64, ceil_mode = 1 : i64} : (tensor<1x8x6x6xf32>) -> tensor<1x8x4x4xf32>
  return %y : tensor<1x8x4x4xf32>
}

// -----

// No named NCDHW pooling op: a linalg.generic over (n, c, od, oh, ow, kd, kh, kw).
// CHECK-DAG: #[[$IN:.+]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1, d2 * 2 + d5, d3 * 2 + d6, d4 * 2 + d7)>
// CHECK-DAG: #[[$WIN:.+]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d5, d6, d7)>
// CHECK-DAG: #[[$OUT:.+]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1, d2, d3, d4)>
// CHECK-LABEL: func.func @avgpool_3d
// CHECK: linalg.generic {indexing_maps = [#[[$IN]], #[[$WIN]], #[[$OUT]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]}
// CHECK: arith.addf
// CHECK: arith.constant 8.000000e+00 : f32
// CHECK: arith.divf
func.func @avgpool_3d(%x: tensor<1x2x4x4x4xf32>) -> tensor<1x2x2x2x2xf32> {
  %y = onnx.AveragePool %x {kernel_shape = [2, 2, 2], strides = [2, 2, 2]} : (tensor<1x2x4x4x4xf32>) -> tensor<1x2x2x2x2xf32>
  return %y : tensor<1x2x2x2x2xf32>
}

// -----

// MobileNetV2's head: reduce H, W into N, C, divide, expand to N, C, 1, 1.
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[$NC:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1)>
// CHECK-LABEL: func.func @global_avg
// CHECK-SAME: (%[[X:.+]]: tensor<?x1280x7x7xf32>)
// CHECK: %[[N:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?x1280x7x7xf32>
// CHECK: %[[EMPTY:.+]] = tensor.empty(%[[N]]) : tensor<?x1280xf32>
// CHECK: %[[INIT:.+]] = linalg.fill ins(%{{.+}} : f32) outs(%[[EMPTY]] : tensor<?x1280xf32>)
// CHECK: %[[SUM:.+]] = linalg.generic {indexing_maps = [#[[$ID]], #[[$NC]]], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%[[X]] : tensor<?x1280x7x7xf32>) outs(%[[INIT]] : tensor<?x1280xf32>)
// CHECK: arith.addf
// CHECK: %[[COUNT:.+]] = arith.constant 4.900000e+01 : f32
// CHECK: %[[AVG:.+]] = linalg.generic {{.*}} outs(%[[SUM]] : tensor<?x1280xf32>)
// CHECK: arith.divf %{{.+}}, %[[COUNT]] : f32
// CHECK: %[[N2:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?x1280x7x7xf32>
// CHECK: %[[R:.+]] = tensor.expand_shape %[[AVG]] {{\[\[}}0], [1, 2, 3]] output_shape [%[[N2]], 1280, 1, 1] : tensor<?x1280xf32> into tensor<?x1280x1x1xf32>
// CHECK: return %[[R]]
func.func @global_avg(%x: tensor<?x1280x7x7xf32>) -> tensor<?x1280x1x1xf32> {
  %y = onnx.GlobalAveragePool %x : (tensor<?x1280x7x7xf32>) -> tensor<?x1280x1x1xf32>
  return %y : tensor<?x1280x1x1xf32>
}

// -----

// Dynamic spatial dims: the element count comes from tensor.dim.
// CHECK-LABEL: func.func @global_avg_dynamic
// CHECK-SAME: (%[[X:.+]]: tensor<2x3x?x?xf32>)
// CHECK: %[[H:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<2x3x?x?xf32>
// CHECK: %[[W:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<2x3x?x?xf32>
// CHECK: %[[HW:.+]] = arith.muli %[[H]], %[[W]] : index
// CHECK: %[[I:.+]] = arith.index_cast %[[HW]] : index to i64
// CHECK: %[[F:.+]] = arith.sitofp %[[I]] : i64 to f32
// CHECK: arith.divf %{{.+}}, %[[F]] : f32
func.func @global_avg_dynamic(%x: tensor<2x3x?x?xf32>) -> tensor<2x3x1x1xf32> {
  %y = onnx.GlobalAveragePool %x : (tensor<2x3x?x?xf32>) -> tensor<2x3x1x1xf32>
  return %y : tensor<2x3x1x1xf32>
}

// -----

// CHECK-LABEL: func.func @global_max
// CHECK: %[[NEG_INF:.+]] = arith.constant 0xFF800000 : f32
// CHECK: linalg.fill ins(%[[NEG_INF]] : f32)
// CHECK: linalg.generic
// CHECK: arith.maximumf
// CHECK: tensor.expand_shape %{{.+}} {{\[\[}}0], [1, 2, 3]] output_shape [2, 3, 1, 1] : tensor<2x3xf32> into tensor<2x3x1x1xf32>
func.func @global_max(%x: tensor<2x3x4x5xf32>) -> tensor<2x3x1x1xf32> {
  %y = onnx.GlobalMaxPool %x : (tensor<2x3x4x5xf32>) -> tensor<2x3x1x1xf32>
  return %y : tensor<2x3x1x1xf32>
}

// -----

// CHECK-LABEL: func.func @global_max_u8
// CHECK: %[[ZERO:.+]] = arith.constant 0 : i8
// CHECK: linalg.fill ins(%[[ZERO]] : i8)
// CHECK: linalg.generic
// CHECK: arith.maxui
func.func @global_max_u8(%x: tensor<2x3x4xui8>) -> tensor<2x3x1xui8> {
  %y = onnx.GlobalMaxPool %x : (tensor<2x3x4xui8>) -> tensor<2x3x1xui8>
  return %y : tensor<2x3x1xui8>
}

// -----

// MaxUnpool: the indices checked against the unpooled size (one reduction
// for their extremes), then a loop nest over X that writes each element into
// a zero output at its index unravelled (clamped). Numerics:
// test_maxunpool_export_*.
// CHECK: llvm.mlir.global private constant @{{.+}}("node (MaxUnpool): index %lld is outside an unpooled input of %lld elements\00")
// CHECK-LABEL: func.func @maxunpool
// CHECK: linalg.generic {{.*}} iterator_types = ["reduction", "reduction", "reduction", "reduction"]}
// CHECK: scf.if
// CHECK: func.call @onnxc_rt_fail
// CHECK: %[[ZERO:.+]] = linalg.fill {{.*}} -> tensor<1x1x4x4xf32>
// CHECK: scf.for {{.*}} iter_args(%{{.+}} = %[[ZERO]])
// CHECK: arith.remsi
// CHECK: arith.divsi
// CHECK: tensor.insert
func.func @maxunpool(%x: tensor<1x1x2x2xf32>, %i: tensor<1x1x2x2xi64>) -> tensor<1x1x4x4xf32> {
  %n = onnx.NoValue
  %0 = onnx.MaxUnpool %x, %i, %n {kernel_shape = [2, 2], strides = [2, 2]} : (tensor<1x1x2x2xf32>, tensor<1x1x2x2xi64>, none) -> tensor<1x1x4x4xf32>
  return %0 : tensor<1x1x4x4xf32>
}

// -----

// MaxPool with its Indices used: one generic carries the maximum and the
// flat index (in X, padding excluded) of its first occurrence. Numerics:
// test_maxpool_with_argmax_2d_precomputed_*.
// CHECK-LABEL: func.func @maxpool_indices
// CHECK: %[[PAD:.+]] = tensor.pad
// CHECK: linalg.fill ins(%c-1_i64 : i64) {{.*}} -> tensor<1x1x3x3xi64>
// CHECK: %[[R:.+]]:2 = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%[[PAD]], %{{.+}} : tensor<1x1x7x7xf32>, tensor<3x3xf32>)
// CHECK: arith.cmpf ogt
// CHECK: arith.cmpi slt
// CHECK: return %[[R]]#0, %[[R]]#1
func.func @maxpool_indices(%x: tensor<1x1x5x5xf32>) -> (tensor<1x1x3x3xf32>, tensor<1x1x3x3xi64>) {
  %0:2 = onnx.MaxPool %x {kernel_shape = [3, 3], pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<1x1x5x5xf32>) -> (tensor<1x1x3x3xf32>, tensor<1x1x3x3xi64>)
  return %0#0, %0#1 : tensor<1x1x3x3xf32>, tensor<1x1x3x3xi64>
}

//--- rejected.mlir

// ceil_mode needs static spatial sizes.
// ERR: error: 'onnx.AveragePool' cannot be lowered to linalg with these operand types and attributes
func.func @avgpool_ceil_dynamic(%x: tensor<1x1x?x?xf32>) -> tensor<1x1x?x?xf32> {
  %y = onnx.AveragePool %x {kernel_shape = [2, 2], strides = [2, 2], ceil_mode = 1 : i64} : (tensor<1x1x?x?xf32>) -> tensor<1x1x?x?xf32>
  return %y : tensor<1x1x?x?xf32>
}

// -----

// ERR: error: 'onnx.GlobalAveragePool' cannot be lowered to linalg (its operand or result ranks are unknown)
func.func @global_avg_unranked(%x: tensor<*xf32>) -> tensor<*xf32> {
  %y = onnx.GlobalAveragePool %x : (tensor<*xf32>) -> tensor<*xf32>
  return %y : tensor<*xf32>
}
