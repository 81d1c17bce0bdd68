// RUN: split-file %s %t
// RUN: onnxc-opt %t/lowered.mlir -split-input-file --convert-onnx-to-linalg | FileCheck %s
// RUN: not onnxc-opt %t/rejected.mlir -split-input-file --convert-onnx-to-linalg 2>&1 | FileCheck %s --check-prefix=ERR

//--- lowered.mlir

// Dynamic batch, explicit pads (tensor.pad with 0), strides, bias.
// CHECK-DAG: #[[$BIAS:.+]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @conv_2d
// CHECK-SAME: (%[[X:.+]]: tensor<?x3x8x8xf32>, %[[W:.+]]: tensor<4x3x3x3xf32>, %[[B:.+]]: tensor<4xf32>)
// CHECK: %[[N:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?x3x8x8xf32>
// CHECK: %[[ZERO:.+]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[PAD:.+]] = tensor.pad %[[X]] low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK: tensor.yield %[[ZERO]] : f32
// CHECK: } : tensor<?x3x8x8xf32> to tensor<?x3x10x10xf32>
// CHECK: %[[EMPTY:.+]] = tensor.empty(%[[N]]) : tensor<?x4x4x4xf32>
// CHECK: %[[INIT:.+]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[EMPTY]] : tensor<?x4x4x4xf32>)
// CHECK: %[[CONV:.+]] = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%[[PAD]], %[[W]] : tensor<?x3x10x10xf32>, tensor<4x3x3x3xf32>) outs(%[[INIT]] : tensor<?x4x4x4xf32>)
// The bias: the convolution's result is an input, the output (not read)
// is a fresh tensor.
// CHECK: %[[R:.+]] = linalg.generic {indexing_maps = [#[[$ID]], #[[$BIAS]], #[[$ID]]], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%[[CONV]], %[[B]] : tensor<?x4x4x4xf32>, tensor<4xf32>) outs(%[[EMPTY]] : tensor<?x4x4x4xf32>)
// CHECK: ^bb0(%[[Y:.+]]: f32, %[[BV:.+]]: f32, %{{.+}}: f32):
// CHECK: %[[S:.+]] = arith.addf %[[Y]], %[[BV]] : f32
// CHECK: linalg.yield %[[S]] : f32
// CHECK: return %[[R]]
func.func @conv_2d(%x: tensor<?x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<4xf32>) -> tensor<?x4x4x4xf32> {
  %0 = onnx.Conv %x, %w, %b {pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<?x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<?x4x4x4xf32>
  return %0 : tensor<?x4x4x4xf32>
}

// -----

// MobileNetV2's depthwise stride-2 conv: SAME_UPPER pads only at the end here;
// the [C, 1, kh, kw] weights collapse to [C, kh, kw].
// CHECK-LABEL: func.func @conv_depthwise
// CHECK-SAME: (%[[X:.+]]: tensor<1x32x112x112xf32>, %[[W:.+]]: tensor<32x1x3x3xf32>)
// CHECK: %[[PAD:.+]] = tensor.pad %[[X]] low[0, 0, 0, 0] high[0, 0, 1, 1]
// CHECK: } : tensor<1x32x112x112xf32> to tensor<1x32x113x113xf32>
// CHECK: %[[INIT:.+]] = linalg.fill ins(%{{.+}} : f32) outs(%{{.+}} : tensor<1x32x56x56xf32>)
// CHECK: %[[W2:.+]] = tensor.collapse_shape %[[W]] {{\[\[}}0, 1], [2], [3]] : tensor<32x1x3x3xf32> into tensor<32x3x3xf32>
// CHECK: %[[R:.+]] = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%[[PAD]], %[[W2]] : tensor<1x32x113x113xf32>, tensor<32x3x3xf32>) outs(%[[INIT]] : tensor<1x32x56x56xf32>)
// CHECK: return %[[R]]
func.func @conv_depthwise(%x: tensor<1x32x112x112xf32>, %w: tensor<32x1x3x3xf32>) -> tensor<1x32x56x56xf32> {
  %none = onnx.NoValue
  %0 = onnx.Conv %x, %w, %none {group = 32 : i64, auto_pad = "SAME_UPPER", strides = [2, 2]} : (tensor<1x32x112x112xf32>, tensor<32x1x3x3xf32>, none) -> tensor<1x32x56x56xf32>
  return %0 : tensor<1x32x56x56xf32>
}

// -----

// Other groups: N, G, C/G, H, W input and G, F/G, C/G, kh, kw weights
// (ONNX's weight order needs no transpose), then collapse back to N, F, H, W.
// CHECK-LABEL: func.func @conv_grouped
// CHECK-SAME: (%[[X:.+]]: tensor<?x4x8x8xf32>, %[[W:.+]]: tensor<6x2x3x3xf32>)
// CHECK: %[[INIT:.+]] = linalg.fill ins(%{{.+}} : f32) outs(%{{.+}} : tensor<?x6x4x4xf32>)
// CHECK: %[[N:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?x4x8x8xf32>
// CHECK: %[[XG:.+]] = tensor.expand_shape %[[X]] {{\[\[}}0], [1, 2], [3], [4]] output_shape [%[[N]], 2, 2, 8, 8] : tensor<?x4x8x8xf32> into tensor<?x2x2x8x8xf32>
// CHECK: %[[WG:.+]] = tensor.expand_shape %[[W]] {{\[\[}}0, 1], [2], [3], [4]] output_shape [2, 3, 2, 3, 3] : tensor<6x2x3x3xf32> into tensor<2x3x2x3x3xf32>
// CHECK: %[[IG:.+]] = tensor.expand_shape %[[INIT]] {{\[\[}}0], [1, 2], [3], [4]] output_shape [%{{.+}}, 2, 3, 4, 4] : tensor<?x6x4x4xf32> into tensor<?x2x3x4x4xf32>
// CHECK: %[[CONV:.+]] = linalg.conv_2d_ngchw_gfchw {dilations = dense<2> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%[[XG]], %[[WG]] : tensor<?x2x2x8x8xf32>, tensor<2x3x2x3x3xf32>) outs(%[[IG]] : tensor<?x2x3x4x4xf32>)
// CHECK: %[[R:.+]] = tensor.collapse_shape %[[CONV]] {{\[\[}}0], [1, 2], [3], [4]] : tensor<?x2x3x4x4xf32> into tensor<?x6x4x4xf32>
// CHECK: return %[[R]]
func.func @conv_grouped(%x: tensor<?x4x8x8xf32>, %w: tensor<6x2x3x3xf32>) -> tensor<?x6x4x4xf32> {
  %none = onnx.NoValue
  %0 = onnx.Conv %x, %w, %none {group = 2 : i64, dilations = [2, 2]} : (tensor<?x4x8x8xf32>, tensor<6x2x3x3xf32>, none) -> tensor<?x6x4x4xf32>
  return %0 : tensor<?x6x4x4xf32>
}

// -----

// CHECK-LABEL: func.func @conv_1d
// CHECK-SAME: (%[[X:.+]]: tensor<1x2x9xf32>, %[[W:.+]]: tensor<3x2x3xf32>)
// CHECK-NOT: tensor.pad
// CHECK: linalg.conv_1d_ncw_fcw {dilations = dense<1> : tensor<1xi64>, strides = dense<2> : tensor<1xi64>} ins(%[[X]], %[[W]] : tensor<1x2x9xf32>, tensor<3x2x3xf32>) outs(%{{.+}} : tensor<1x3x4xf32>)
func.func @conv_1d(%x: tensor<1x2x9xf32>, %w: tensor<3x2x3xf32>) -> tensor<1x3x4xf32> {
  %none = onnx.NoValue
  %0 = onnx.Conv %x, %w, %none {strides = [2], auto_pad = "VALID"} : (tensor<1x2x9xf32>, tensor<3x2x3xf32>, none) -> tensor<1x3x4xf32>
  return %0 : tensor<1x3x4xf32>
}

// -----

// A grouped 1-D conv (here a channel multiplier of 2) has no named op: a
// linalg.generic over (n, g, f, ow, c, kw).
// CHECK-DAG: #[[$IN:.+]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d4, d3 + d5)>
// CHECK-DAG: #[[$FILTER:.+]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d2, d4, d5)>
// CHECK-DAG: #[[$OUT:.+]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @conv_1d_grouped
// CHECK: %[[XG:.+]] = tensor.expand_shape %{{.+}} {{\[\[}}0], [1, 2], [3]] output_shape [1, 2, 1, 5] : tensor<1x2x5xf32> into tensor<1x2x1x5xf32>
// CHECK: %[[WG:.+]] = tensor.expand_shape %{{.+}} {{\[\[}}0, 1], [2], [3]] output_shape [2, 2, 1, 2] : tensor<4x1x2xf32> into tensor<2x2x1x2xf32>
// CHECK: %[[IG:.+]] = tensor.expand_shape
// CHECK: %[[CONV:.+]] = linalg.generic {indexing_maps = [#[[$IN]], #[[$FILTER]], #[[$OUT]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%[[XG]], %[[WG]] : tensor<1x2x1x5xf32>, tensor<2x2x1x2xf32>) outs(%[[IG]] : tensor<1x2x2x4xf32>)
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: tensor.collapse_shape %[[CONV]] {{\[\[}}0], [1, 2], [3]] : tensor<1x2x2x4xf32> into tensor<1x4x4xf32>
func.func @conv_1d_grouped(%x: tensor<1x2x5xf32>, %w: tensor<4x1x2xf32>) -> tensor<1x4x4xf32> {
  %none = onnx.NoValue
  %0 = onnx.Conv %x, %w, %none {group = 2 : i64} : (tensor<1x2x5xf32>, tensor<4x1x2xf32>, none) -> tensor<1x4x4xf32>
  return %0 : tensor<1x4x4xf32>
}

// -----

// CHECK-LABEL: func.func @conv_3d
// CHECK: linalg.conv_3d_ncdhw_fcdhw {dilations = dense<1> : tensor<3xi64>, strides = dense<1> : tensor<3xi64>} ins(%{{.+}}, %{{.+}} : tensor<1x1x4x4x4xf32>, tensor<2x1x2x2x2xf32>) outs(%{{.+}} : tensor<1x2x3x3x3xf32>)
func.func @conv_3d(%x: tensor<1x1x4x4x4xf32>, %w: tensor<2x1x2x2x2xf32>) -> tensor<1x2x3x3x3xf32> {
  %none = onnx.NoValue
  %0 = onnx.Conv %x, %w, %none : (tensor<1x1x4x4x4xf32>, tensor<2x1x2x2x2xf32>, none) -> tensor<1x2x3x3x3xf32>
  return %0 : tensor<1x2x3x3x3xf32>
}

// -----

// Dynamic spatial dims with explicit pads: out = (in + 2 - 3) floordiv 2 + 1.
// CHECK-DAG: #[[$OUT:.+]] = affine_map<()[s0] -> ((s0 - 1) floordiv 2 + 1)>
// CHECK-LABEL: func.func @conv_dynamic_spatial
// CHECK-SAME: (%[[X:.+]]: tensor<?x3x?x?xf32>, %[[W:.+]]: tensor<4x3x3x3xf32>)
// CHECK: %[[N:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?x3x?x?xf32>
// CHECK: %[[H:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?x3x?x?xf32>
// CHECK: %[[OH:.+]] = affine.apply #[[$OUT]]()[%[[H]]]
// CHECK: %[[WD:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?x3x?x?xf32>
// CHECK: %[[OW:.+]] = affine.apply #[[$OUT]]()[%[[WD]]]
// CHECK: %[[PAD:.+]] = tensor.pad %[[X]] low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK: %[[EMPTY:.+]] = tensor.empty(%[[N]], %[[OH]], %[[OW]]) : tensor<?x4x?x?xf32>
// CHECK: linalg.conv_2d_nchw_fchw {{.*}} ins(%[[PAD]], %[[W]] : tensor<?x3x?x?xf32>, tensor<4x3x3x3xf32>)
func.func @conv_dynamic_spatial(%x: tensor<?x3x?x?xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<?x4x?x?xf32> {
  %none = onnx.NoValue
  %0 = onnx.Conv %x, %w, %none {pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<?x3x?x?xf32>, tensor<4x3x3x3xf32>, none) -> tensor<?x4x?x?xf32>
  return %0 : tensor<?x4x?x?xf32>
}

// -----

// ConvTranspose: zeros inserted between inputs (strided insert_slice), padded
// by dilation * (K - 1) - pads (+ output_padding at the end), weights
// [C, F/G, kh, kw] transposed to [F, C/G, kh, kw] and flipped, stride-1 conv.
// CHECK-DAG: #[[$FLIP:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d2, d1, -d3 + 2, -d4 + 2)>
// CHECK-DAG: #[[$ID5:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
// CHECK-LABEL: func.func @conv_transpose
// CHECK-SAME: (%[[X:.+]]: tensor<?x2x3x3xf32>, %[[W:.+]]: tensor<2x3x3x3xf32>, %[[B:.+]]: tensor<3xf32>)
// CHECK: %[[N:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?x2x3x3xf32>
// CHECK: %[[ZEROS:.+]] = linalg.fill ins(%{{.+}} : f32) outs(%{{.+}} : tensor<?x2x5x5xf32>)
// CHECK: %[[DIL:.+]] = tensor.insert_slice %[[X]] into %[[ZEROS]][0, 0, 0, 0] [%[[N]], 2, 3, 3] [1, 1, 2, 2] : tensor<?x2x3x3xf32> into tensor<?x2x5x5xf32>
// CHECK: %[[PAD:.+]] = tensor.pad %[[DIL]] low[0, 0, 1, 1] high[0, 0, 2, 2]
// CHECK: } : tensor<?x2x5x5xf32> to tensor<?x2x8x8xf32>
// CHECK: %[[WG:.+]] = tensor.expand_shape %[[W]] {{\[\[}}0, 1], [2], [3], [4]] output_shape [1, 2, 3, 3, 3]
// CHECK: %[[FLIPPED:.+]] = linalg.generic {indexing_maps = [#[[$FLIP]], #[[$ID5]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%[[WG]] : tensor<1x2x3x3x3xf32>) outs(%{{.+}} : tensor<1x3x2x3x3xf32>)
// CHECK: %[[FILTER:.+]] = tensor.collapse_shape %[[FLIPPED]] {{\[\[}}0, 1], [2], [3], [4]] : tensor<1x3x2x3x3xf32> into tensor<3x2x3x3xf32>
// CHECK: %[[CONV:.+]] = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%[[PAD]], %[[FILTER]] : tensor<?x2x8x8xf32>, tensor<3x2x3x3xf32>) outs(%{{.+}} : tensor<?x3x6x6xf32>)
// CHECK: linalg.generic {{.*}} ins(%[[CONV]], %[[B]] : tensor<?x3x6x6xf32>, tensor<3xf32>)
func.func @conv_transpose(%x: tensor<?x2x3x3xf32>, %w: tensor<2x3x3x3xf32>, %b: tensor<3xf32>) -> tensor<?x3x6x6xf32> {
  %0 = onnx.ConvTranspose %x, %w, %b {strides = [2, 2], pads = [1, 1, 1, 1], output_padding = [1, 1]} : (tensor<?x2x3x3xf32>, tensor<2x3x3x3xf32>, tensor<3xf32>) -> tensor<?x3x6x6xf32>
  return %0 : tensor<?x3x6x6xf32>
}

// -----

// ConvTranspose with auto_pad SAME_UPPER: the output is the input times the
// stride, and the total padding (here 1 per dim) goes to the end, as ONNX's
// reference places it (test_convtranspose_autopad_same passes): the dilated
// input is padded by 2 at the start and 1 at the end.
// CHECK-LABEL: func.func @conv_transpose_same
// CHECK: tensor.insert_slice %{{.+}} into %{{.+}}[0, 0, 0, 0] [1, 2, 3, 3] [1, 1, 2, 2] : tensor<1x2x3x3xf32> into tensor<1x2x5x5xf32>
// CHECK: tensor.pad %{{.+}} low[0, 0, 2, 2] high[0, 0, 1, 1]
func.func @conv_transpose_same(%x: tensor<1x2x3x3xf32>, %w: tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32> {
  %none = onnx.NoValue
  %0 = onnx.ConvTranspose %x, %w, %none {auto_pad = "SAME_UPPER", strides = [2, 2]} : (tensor<1x2x3x3xf32>, tensor<2x3x3x3xf32>, none) -> tensor<1x3x6x6xf32>
  return %0 : tensor<1x3x6x6xf32>
}

//--- rejected.mlir

// ERR: error: 'onnx.Conv' cannot be lowered to linalg (its operand or result ranks are unknown)
func.func @conv_unranked(%x: tensor<*xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<*xf32> {
  %none = onnx.NoValue
  %0 = onnx.Conv %x, %w, %none : (tensor<*xf32>, tensor<4x3x3x3xf32>, none) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// SAME padding depends on the (here dynamic) spatial sizes.
// ERR: error: 'onnx.Conv' cannot be lowered to linalg with these operand types and attributes
func.func @conv_same_dynamic_spatial(%x: tensor<1x3x?x?xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x?x?xf32> {
  %none = onnx.NoValue
  %0 = onnx.Conv %x, %w, %none {auto_pad = "SAME_UPPER"} : (tensor<1x3x?x?xf32>, tensor<4x3x3x3xf32>, none) -> tensor<1x4x?x?xf32>
  return %0 : tensor<1x4x?x?xf32>
}

// -----

// Weights must have a static shape.
// ERR: error: 'onnx.Conv' cannot be lowered to linalg with these operand types and attributes
func.func @conv_dynamic_weight(%x: tensor<1x3x8x8xf32>, %w: tensor<?x3x3x3xf32>) -> tensor<1x?x6x6xf32> {
  %none = onnx.NoValue
  %0 = onnx.Conv %x, %w, %none : (tensor<1x3x8x8xf32>, tensor<?x3x3x3xf32>, none) -> tensor<1x?x6x6xf32>
  return %0 : tensor<1x?x6x6xf32>
}

