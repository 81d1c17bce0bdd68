// RUN: onnxc-opt %s -split-input-file --onnxc-tile-contractions="tile-rows=8 tile-cols=32" --canonicalize | FileCheck %s

// 14 rows x 40 columns: blocks of 16 columns leave 8 unused in the last
// block (blocks of 32 would leave 24), so the block is 16 wide with up to 16
// rows, here all 14. Column blocks are the outer loop. The fill is repeated
// inside each tile.
// CHECK-LABEL: func.func @matmul
// CHECK: %[[EMPTY:.+]] = tensor.empty() : tensor<14x40xf32>
// CHECK: scf.forall (%[[J:.+]]) = (0) to (40) step (16) shared_outs(%[[OUT:.+]] = %[[EMPTY]])
// CHECK: %[[COLS:.+]] = affine.min #{{.+}}(%[[J]])
// CHECK: %[[B:.+]] = tensor.extract_slice %{{.+}}[0, %[[J]]] [20, %[[COLS]]] [1, 1]
// CHECK: %[[C:.+]] = tensor.extract_slice %[[OUT]][0, %[[J]]] [14, %[[COLS]]] [1, 1]
// CHECK: %[[FILL:.+]] = linalg.fill ins(%{{.+}} : f32) outs(%[[C]] : tensor<14x?xf32>)
// CHECK: %[[T:.+]] = linalg.matmul {onnxc.register_tile = array<i64: 14, 16>} ins(%{{.+}}, %[[B]] : tensor<14x20xf32>, tensor<20x?xf32>) outs(%[[FILL]] : tensor<14x?xf32>)
// CHECK: tensor.parallel_insert_slice %[[T]] into %[[OUT]][0, %[[J]]] [14, %[[COLS]]]
func.func @matmul(%a: tensor<14x20xf32>, %b: tensor<20x40xf32>) -> tensor<14x40xf32> {
  %cst = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<14x40xf32>
  %c = linalg.fill ins(%cst : f32) outs(%e : tensor<14x40xf32>) -> tensor<14x40xf32>
  %0 = linalg.matmul ins(%a, %b : tensor<14x20xf32>, tensor<20x40xf32>) outs(%c : tensor<14x40xf32>) -> tensor<14x40xf32>
  return %0 : tensor<14x40xf32>
}

// -----

// 14 rows x 64 columns: blocks of 32 columns, and 7 rows (the largest size
// from 4 to 8 that divides 14).
// CHECK-LABEL: func.func @row_blocks
// CHECK: scf.forall (%{{.+}}, %{{.+}}) = (0, 0) to (64, 14) step (32, 7)
// CHECK: linalg.matmul {onnxc.register_tile = array<i64: 7, 32>} ins(%{{.+}}, %{{.+}} : tensor<7x20xf32>, tensor<20x32xf32>) outs(%{{.+}} : tensor<7x32xf32>)
func.func @row_blocks(%a: tensor<14x20xf32>, %b: tensor<20x64xf32>, %c: tensor<14x64xf32>) -> tensor<14x64xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<14x20xf32>, tensor<20x64xf32>) outs(%c : tensor<14x64xf32>) -> tensor<14x64xf32>
  return %0 : tensor<14x64xf32>
}

// -----

// A batched product with a dynamic batch and rows: batch blocks of 1, rows
// of 8 (the extent is unknown), columns of 32.
// CHECK-LABEL: func.func @batched
// CHECK: scf.forall (%{{.+}}, %{{.+}}, %{{.+}}) = (0, 0, 0) to (%{{.+}}, 64, %{{.+}}) step (1, 32, 8)
// CHECK: linalg.batch_matmul {onnxc.register_tile = array<i64: 8, 32>} ins(%{{.+}}, %{{.+}} : tensor<1x?x16xf32>, tensor<1x16x32xf32>) outs(%{{.+}} : tensor<1x?x32xf32>)
func.func @batched(%a: tensor<?x?x16xf32>, %b: tensor<?x16x64xf32>, %c: tensor<?x?x64xf32>) -> tensor<?x?x64xf32> {
  %0 = linalg.batch_matmul ins(%a, %b : tensor<?x?x16xf32>, tensor<?x16x64xf32>) outs(%c : tensor<?x?x64xf32>) -> tensor<?x?x64xf32>
  return %0 : tensor<?x?x64xf32>
}

// -----

// Not tiled: B indexed (n, k) (its innermost dim is the reduction), f16
// operands, and two reduction dims.
// CHECK-LABEL: func.func @declined
// CHECK-NOT: scf.forall
// CHECK-NOT: onnxc.register_tile
func.func @declined(%a: tensor<8x16xf32>, %bt: tensor<32x16xf32>, %c: tensor<8x32xf32>,
                    %h: tensor<8x16xf16>, %hb: tensor<16x32xf16>, %hc: tensor<8x32xf16>,
                    %x: tensor<4x3x5xf32>, %w: tensor<3x5x6xf32>, %y: tensor<4x6xf32>)
    -> (tensor<8x32xf32>, tensor<8x32xf16>, tensor<4x6xf32>) {
  %0 = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
       ins(%a, %bt : tensor<8x16xf32>, tensor<32x16xf32>) outs(%c : tensor<8x32xf32>) -> tensor<8x32xf32>
  %1 = linalg.matmul ins(%h, %hb : tensor<8x16xf16>, tensor<16x32xf16>) outs(%hc : tensor<8x32xf16>) -> tensor<8x32xf16>
  %2 = linalg.generic {indexing_maps = [affine_map<(m, n, k, l) -> (m, k, l)>, affine_map<(m, n, k, l) -> (k, l, n)>, affine_map<(m, n, k, l) -> (m, n)>],
                       iterator_types = ["parallel", "parallel", "reduction", "reduction"]}
       ins(%x, %w : tensor<4x3x5xf32>, tensor<3x5x6xf32>) outs(%y : tensor<4x6xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %m = arith.mulf %in, %in_0 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<4x6xf32>
  return %0, %1, %2 : tensor<8x32xf32>, tensor<8x32xf16>, tensor<4x6xf32>
}

// -----

// A convolution's bias and activation (seen through expand_shape) become
// the epilogue: the elementwise op is collapsed to [N, F, OH*OW], tiled
// like the product, and the product is fused into its tiles.
// CHECK-LABEL: func.func @epilogue
// CHECK: %[[OUT:.+]] = tensor.collapse_shape %{{.+}} {{\[}}[0], [1], [2, 3]] : tensor<1x8x8x8xf32> into tensor<1x8x64xf32>
// CHECK: %[[LOOP:.+]] = scf.forall (%[[J:.+]]) = (0) to (64) step (32) shared_outs(%[[ACC:.+]] = %[[OUT]])
// CHECK: %[[FILL:.+]] = linalg.fill
// CHECK: %[[P:.+]] = linalg.generic {{.+}} outs(%[[FILL]] : tensor<1x8x32xf32>) attrs = {onnxc.register_tile = array<i64: 8, 32>}
// CHECK: %[[E:.+]] = linalg.generic {{.+}} ins(%[[P]], %{{.+}} : tensor<1x8x32xf32>, tensor<8xf32>) outs(%{{.+}} : tensor<1x8x32xf32>) attrs = {onnxc.epilogue}
// CHECK: arith.maximumf
// CHECK: tensor.parallel_insert_slice %[[E]] into %[[ACC]][0, 0, %[[J]]] [1, 8, 32]
// CHECK: tensor.expand_shape %[[LOOP]] {{\[}}[0], [1], [2, 3]] output_shape [1, 8, 8, 8]
func.func @epilogue(%w: tensor<8x16xf32>, %x: tensor<1x16x64xf32>, %bias: tensor<8xf32>) -> tensor<1x8x8x8xf32> {
  %cst = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x8x64xf32>
  %c = linalg.fill ins(%cst : f32) outs(%e : tensor<1x8x64xf32>) -> tensor<1x8x64xf32>
  %p = linalg.generic {indexing_maps = [affine_map<(n, f, p, k) -> (f, k)>, affine_map<(n, f, p, k) -> (n, k, p)>, affine_map<(n, f, p, k) -> (n, f, p)>],
                       iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
       ins(%w, %x : tensor<8x16xf32>, tensor<1x16x64xf32>) outs(%c : tensor<1x8x64xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %o, %m : f32
    linalg.yield %s : f32
  } -> tensor<1x8x64xf32>
  %ex = tensor.expand_shape %p [[0], [1], [2, 3]] output_shape [1, 8, 8, 8] : tensor<1x8x64xf32> into tensor<1x8x8x8xf32>
  %e4 = tensor.empty() : tensor<1x8x8x8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>],
                       iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
       ins(%ex, %bias : tensor<1x8x8x8xf32>, tensor<8xf32>) outs(%e4 : tensor<1x8x8x8xf32>) {
  ^bb0(%v: f32, %bv: f32, %o: f32):
    %s = arith.addf %v, %bv : f32
    %z = arith.maximumf %s, %cst : f32
    linalg.yield %z : f32
  } -> tensor<1x8x8x8xf32>
  return %r : tensor<1x8x8x8xf32>
}

// -----

// A depthwise convolution: blocks of output rows and columns (a 13-wide
// image takes one block of 16 columns: its width rounded up to 8), one
// channel per tile; the window stays whole. 9 rows: blocks of 8 and 1.
// CHECK-LABEL: func.func @depthwise
// CHECK: scf.forall (%{{.+}}, %{{.+}}) = (0, 0) to (6, 9) step (1, 8)
// CHECK: linalg.depthwise_conv_2d_nchw_chw {{.*}}onnxc.register_tile = array<i64: 8, 16>{{.*}} ins(%{{.+}}, %{{.+}} : tensor<1x1x?x15xf32>, tensor<1x3x3xf32>) outs(%{{.+}} : tensor<1x1x?x13xf32>)
func.func @depthwise(%x: tensor<1x6x11x15xf32>, %w: tensor<6x3x3xf32>, %o: tensor<1x6x9x13xf32>) -> tensor<1x6x9x13xf32> {
  %0 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
       ins(%x, %w : tensor<1x6x11x15xf32>, tensor<6x3x3xf32>) outs(%o : tensor<1x6x9x13xf32>) -> tensor<1x6x9x13xf32>
  return %0 : tensor<1x6x9x13xf32>
}
