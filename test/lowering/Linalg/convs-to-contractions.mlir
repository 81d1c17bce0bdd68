// RUN: onnxc-opt %s -split-input-file --onnxc-convs-to-contractions | FileCheck %s

// 1x1 with unit strides: views of the input, filter and output, and a
// contraction over the channels (no copy). The batch may be dynamic.
// CHECK-DAG: #[[$W:.+]] = affine_map<(d0, d1, d2, d3) -> (d1, d3)>
// CHECK-DAG: #[[$X:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>
// CHECK-DAG: #[[$Y:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @unit(
// CHECK-SAME: %[[X:.+]]: tensor<?x16x7x7xf32>, %[[W:.+]]: tensor<32x16x1x1xf32>, %[[INIT:.+]]: tensor<?x32x7x7xf32>)
// CHECK-DAG: %[[XV:.+]] = tensor.collapse_shape %[[X]] {{\[}}[0], [1], [2, 3]] : tensor<?x16x7x7xf32> into tensor<?x16x49xf32>
// CHECK-DAG: %[[WV:.+]] = tensor.collapse_shape %[[W]] {{\[}}[0], [1, 2, 3]] : tensor<32x16x1x1xf32> into tensor<32x16xf32>
// CHECK-DAG: %[[YV:.+]] = tensor.collapse_shape %[[INIT]] {{\[}}[0], [1], [2, 3]]
// CHECK: %[[P:.+]] = linalg.generic {indexing_maps = [#[[$W]], #[[$X]], #[[$Y]]], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%[[WV]], %[[XV]] : {{.*}}) outs(%[[YV]] : tensor<?x32x49xf32>)
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: tensor.expand_shape %[[P]] {{\[}}[0], [1], [2, 3]] output_shape [%{{.+}}, 32, 7, 7]
// CHECK-NOT: linalg.conv
func.func @unit(%x: tensor<?x16x7x7xf32>, %w: tensor<32x16x1x1xf32>, %init: tensor<?x32x7x7xf32>) -> tensor<?x32x7x7xf32> {
  %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
       ins(%x, %w : tensor<?x16x7x7xf32>, tensor<32x16x1x1xf32>) outs(%init : tensor<?x32x7x7xf32>) -> tensor<?x32x7x7xf32>
  return %0 : tensor<?x32x7x7xf32>
}

// -----

// 3x3, stride 2, dilation 2, dynamic batch: the patches are copied into
// [N, C, KH, KW, OH, OW] (output width innermost), viewed as [N, 36, 4], and
// multiplied by the filter viewed as [8, 36].
// CHECK-DAG: #[[$PATCH:.+]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d4 * 2 + d2 * 2, d5 * 2 + d3 * 2)>
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3, d4, d5)>
// CHECK-LABEL: func.func @strided(
// CHECK: %[[COLINIT:.+]] = tensor.empty(%{{.+}}) : tensor<?x4x3x3x2x2xf32>
// CHECK: %[[COL:.+]] = linalg.generic {indexing_maps = [#[[$PATCH]], #[[$ID]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%{{.+}} : tensor<?x4x9x9xf32>) outs(%[[COLINIT]]
// CHECK-NEXT: ^bb0(%[[IN:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: linalg.yield %[[IN]]
// CHECK: %[[COLV:.+]] = tensor.collapse_shape %[[COL]] {{\[}}[0], [1, 2, 3], [4, 5]] : tensor<?x4x3x3x2x2xf32> into tensor<?x36x4xf32>
// CHECK: %[[WV:.+]] = tensor.collapse_shape %{{.+}} {{\[}}[0], [1, 2, 3]] : tensor<8x4x3x3xf32> into tensor<8x36xf32>
// CHECK: linalg.generic {{.*}} ins(%[[WV]], %[[COLV]] : tensor<8x36xf32>, tensor<?x36x4xf32>) outs(%{{.+}} : tensor<?x8x4xf32>)
// CHECK: tensor.expand_shape {{.*}} into tensor<?x8x2x2xf32>
func.func @strided(%x: tensor<?x4x9x9xf32>, %w: tensor<8x4x3x3xf32>, %init: tensor<?x8x2x2xf32>) -> tensor<?x8x2x2xf32> {
  %0 = linalg.conv_2d_nchw_fchw {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
       ins(%x, %w : tensor<?x4x9x9xf32>, tensor<8x4x3x3xf32>) outs(%init : tensor<?x8x2x2xf32>) -> tensor<?x8x2x2xf32>
  return %0 : tensor<?x8x2x2xf32>
}

// -----

// Dynamic image sizes (not a 1x1) and integer convolutions stay as they are.
// CHECK-LABEL: func.func @dynamic_image
// CHECK: linalg.conv_2d_nchw_fchw
func.func @dynamic_image(%x: tensor<1x4x?x?xf32>, %w: tensor<8x4x3x3xf32>, %init: tensor<1x8x?x?xf32>) -> tensor<1x8x?x?xf32> {
  %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
       ins(%x, %w : tensor<1x4x?x?xf32>, tensor<8x4x3x3xf32>) outs(%init : tensor<1x8x?x?xf32>) -> tensor<1x8x?x?xf32>
  return %0 : tensor<1x8x?x?xf32>
}

// CHECK-LABEL: func.func @integer
// CHECK: linalg.conv_2d_nchw_fchw
func.func @integer(%x: tensor<1x4x9x9xi32>, %w: tensor<8x4x1x1xi32>, %init: tensor<1x8x9x9xi32>) -> tensor<1x8x9x9xi32> {
  %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
       ins(%x, %w : tensor<1x4x9x9xi32>, tensor<8x4x1x1xi32>) outs(%init : tensor<1x8x9x9xi32>) -> tensor<1x8x9x9xi32>
  return %0 : tensor<1x8x9x9xi32>
}
