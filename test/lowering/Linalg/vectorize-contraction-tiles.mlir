// RUN: onnxc-opt %s -split-input-file --onnxc-vectorize-contraction-tiles --canonicalize | FileCheck %s

// A full 2 x 32 tile whose output is filled: the fill value is the
// accumulators' start, each step loads a row of B and does one FMA per row
// with a broadcast element of A; the rows are written unmasked.
// CHECK-LABEL: func.func @full(
// CHECK-SAME: %[[A:.+]]: tensor<2x16xf32>, %[[B:.+]]: tensor<16x32xf32>, %[[E:.+]]: tensor<2x32xf32>)
// CHECK-DAG: %[[INIT:.+]] = arith.constant dense<1.500000e+00> : vector<32xf32>
// CHECK: %[[R:.+]]:2 = scf.for %[[K:.+]] = %{{.+}} to %{{.+}} step %{{.+}} iter_args(%[[ACC0:.+]] = %[[INIT]], %[[ACC1:.+]] = %[[INIT]]) -> (vector<32xf32>, vector<32xf32>)
// CHECK: %[[ROW:.+]] = vector.transfer_read %[[B]][%[[K]], %{{.+}}], %{{.+}} {in_bounds = [true]} : tensor<16x32xf32>, vector<32xf32>
// CHECK: %[[A0:.+]] = tensor.extract %[[A]][%{{.+}}, %[[K]]]
// CHECK: %[[S0:.+]] = vector.broadcast %[[A0]] : f32 to vector<32xf32>
// CHECK: %[[F0:.+]] = vector.fma %[[S0]], %[[ROW]], %[[ACC0]]
// CHECK: %[[A1:.+]] = tensor.extract %[[A]][%{{.+}}, %[[K]]]
// CHECK: %[[S1:.+]] = vector.broadcast %[[A1]]
// CHECK: %[[F1:.+]] = vector.fma %[[S1]], %[[ROW]], %[[ACC1]]
// CHECK: scf.yield %[[F0]], %[[F1]]
// CHECK: %[[W0:.+]] = vector.transfer_write %[[R]]#0, %[[E]][%{{.+}}, %{{.+}}] {in_bounds = [true]}
// CHECK: %[[W1:.+]] = vector.transfer_write %[[R]]#1, %[[W0]][%{{.+}}, %{{.+}}] {in_bounds = [true]}
// CHECK: return %[[W1]]
func.func @full(%a: tensor<2x16xf32>, %b: tensor<16x32xf32>, %e: tensor<2x32xf32>) -> tensor<2x32xf32> {
  %cst = arith.constant 1.5 : f32
  %c = linalg.fill ins(%cst : f32) outs(%e : tensor<2x32xf32>) -> tensor<2x32xf32>
  %0 = linalg.matmul {onnxc.register_tile = array<i64: 2, 32>} ins(%a, %b : tensor<2x16xf32>, tensor<16x32xf32>) outs(%c : tensor<2x32xf32>) -> tensor<2x32xf32>
  return %0 : tensor<2x32xf32>
}

// -----

// Partial columns (masked reads and writes) and an output that is not a
// fill: the accumulators start from it.
// CHECK-LABEL: func.func @partial_cols(
// CHECK-SAME: %[[A:.+]]: tensor<1x16xf32>, %[[B:.+]]: tensor<16x?xf32>, %[[C:.+]]: tensor<1x?xf32>)
// CHECK: %[[START:.+]] = vector.transfer_read %[[C]][%{{.+}}, %{{.+}}], %{{.+}} : tensor<1x?xf32>, vector<32xf32>
// CHECK: %[[R:.+]] = scf.for {{.+}} iter_args(%{{.+}} = %[[START]])
// CHECK: vector.transfer_read %[[B]][%{{.+}}, %{{.+}}], %{{.+}} : tensor<16x?xf32>, vector<32xf32>
// CHECK: vector.fma
// CHECK: vector.transfer_write %[[R]], %[[C]][%{{.+}}, %{{.+}}] : vector<32xf32>, tensor<1x?xf32>
func.func @partial_cols(%a: tensor<1x16xf32>, %b: tensor<16x?xf32>, %c: tensor<1x?xf32>) -> tensor<1x?xf32> {
  %0 = linalg.matmul {onnxc.register_tile = array<i64: 8, 32>} ins(%a, %b : tensor<1x16xf32>, tensor<16x?xf32>) outs(%c : tensor<1x?xf32>) -> tensor<1x?xf32>
  return %0 : tensor<1x?xf32>
}

// -----

// Rows known at run time: the full block runs the 4-row kernel, a partial
// one a row at a time.
// CHECK-LABEL: func.func @dynamic_rows(
// CHECK: %[[FULL:.+]] = arith.cmpi eq, %{{.+}}, %c4
// CHECK: scf.if %[[FULL]]
// CHECK: scf.for {{.+}} -> (vector<32xf32>, vector<32xf32>, vector<32xf32>, vector<32xf32>)
// CHECK-COUNT-4: vector.transfer_write
// CHECK: } else {
// CHECK: scf.for %[[ROW:.+]] = %{{.+}} to %{{.+}} step %{{.+}} iter_args
// CHECK: scf.for {{.+}} -> (vector<32xf32>)
// CHECK: vector.transfer_write %{{.+}}, %{{.+}}[%[[ROW]], %{{.+}}]
func.func @dynamic_rows(%a: tensor<?x16xf32>, %b: tensor<16x32xf32>, %c: tensor<?x32xf32>) -> tensor<?x32xf32> {
  %0 = linalg.matmul {onnxc.register_tile = array<i64: 4, 32>} ins(%a, %b : tensor<?x16xf32>, tensor<16x32xf32>) outs(%c : tensor<?x32xf32>) -> tensor<?x32xf32>
  return %0 : tensor<?x32xf32>
}

// -----

// A marked op larger than its block (not a tile) is left as it is, unmarked.
// CHECK-LABEL: func.func @not_a_tile
// CHECK: linalg.batch_matmul ins(
// CHECK-NOT: vector.
func.func @not_a_tile(%a: tensor<2x8x16xf32>, %b: tensor<2x16x32xf32>, %c: tensor<2x8x32xf32>) -> tensor<2x8x32xf32> {
  %0 = linalg.batch_matmul {onnxc.register_tile = array<i64: 8, 32>} ins(%a, %b : tensor<2x8x16xf32>, tensor<2x16x32xf32>) outs(%c : tensor<2x8x32xf32>) -> tensor<2x8x32xf32>
  return %0 : tensor<2x8x32xf32>
}

// -----

// An epilogue on the accumulators: per row, the bias is one broadcast
// scalar, the residual a row read (masked like the tile), and the result is
// written into the epilogue's output; the product is never stored.
// CHECK-LABEL: func.func @epilogue(
// CHECK-SAME: %[[A:.+]]: tensor<2x16xf32>, %[[B:.+]]: tensor<16x?xf32>, %[[BIAS:.+]]: tensor<2xf32>, %[[RES:.+]]: tensor<2x?xf32>, %[[C:.+]]: tensor<2x?xf32>, %[[OUT:.+]]: tensor<2x?xf32>)
// CHECK: %[[ACC:.+]]:2 = scf.for
// CHECK: %[[B0:.+]] = tensor.extract %[[BIAS]][%{{.+}}]
// CHECK: %[[S0:.+]] = vector.broadcast %[[B0]] : f32 to vector<32xf32>
// CHECK: %[[R0:.+]] = vector.transfer_read %[[RES]][%{{.+}}, %{{.+}}], %{{.+}} : tensor<2x?xf32>, vector<32xf32>
// CHECK: %[[T0:.+]] = arith.addf %[[ACC]]#0, %[[S0]] : vector<32xf32>
// CHECK: %[[U0:.+]] = arith.addf %[[T0]], %[[R0]] : vector<32xf32>
// CHECK: %[[W0:.+]] = vector.transfer_write %[[U0]], %[[OUT]][%{{.+}}, %{{.+}}] : vector<32xf32>, tensor<2x?xf32>
// CHECK: arith.addf %[[ACC]]#1
// CHECK: %[[W1:.+]] = vector.transfer_write %{{.+}}, %[[W0]]
// CHECK: return %[[W1]]
func.func @epilogue(%a: tensor<2x16xf32>, %b: tensor<16x?xf32>, %bias: tensor<2xf32>, %res: tensor<2x?xf32>,
                    %c: tensor<2x?xf32>, %out: tensor<2x?xf32>) -> tensor<2x?xf32> {
  %cst = arith.constant 0.0 : f32
  %f = linalg.fill ins(%cst : f32) outs(%c : tensor<2x?xf32>) -> tensor<2x?xf32>
  %p = linalg.matmul {onnxc.register_tile = array<i64: 2, 32>} ins(%a, %b : tensor<2x16xf32>, tensor<16x?xf32>) outs(%f : tensor<2x?xf32>) -> tensor<2x?xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>],
                       iterator_types = ["parallel", "parallel"]}
       ins(%p, %bias, %res : tensor<2x?xf32>, tensor<2xf32>, tensor<2x?xf32>) outs(%out : tensor<2x?xf32>) attrs = {onnxc.epilogue} {
  ^bb0(%v: f32, %bv: f32, %rv: f32, %o: f32):
    %s = arith.addf %v, %bv : f32
    %t = arith.addf %s, %rv : f32
    linalg.yield %t : f32
  } -> tensor<2x?xf32>
  return %r : tensor<2x?xf32>
}

// -----

// A depthwise tile with a column stride of 2: the 3x3 window is unrolled;
// each tap broadcasts one filter element and reads twice the columns of an
// input row, keeping every other one.
// CHECK-LABEL: func.func @depthwise_stride2(
// CHECK-SAME: %[[X:.+]]: tensor<1x1x5x17xf32>, %[[W:.+]]: tensor<1x3x3xf32>
// CHECK: %[[W00:.+]] = tensor.extract %[[W]][%{{.+}}, %{{.+}}, %{{.+}}] : tensor<1x3x3xf32>
// CHECK: %[[S:.+]] = vector.broadcast %[[W00]] : f32 to vector<8xf32>
// CHECK: %[[WIDE:.+]] = vector.transfer_read %[[X]][%{{.+}}, %{{.+}}, %{{.+}}, %{{.+}}], %{{.+}} : tensor<1x1x5x17xf32>, vector<16xf32>
// CHECK: %[[EVEN:.+]], %{{.+}} = vector.deinterleave %[[WIDE]] : vector<16xf32> -> vector<8xf32>
// CHECK: vector.fma %[[EVEN]], %[[S]], %{{.+}} : vector<8xf32>
// CHECK-COUNT-17: vector.fma
// CHECK-NOT: vector.fma
// CHECK-COUNT-2: vector.transfer_write
func.func @depthwise_stride2(%x: tensor<1x1x5x17xf32>, %w: tensor<1x3x3xf32>, %o: tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32> {
  %cst = arith.constant 0.0 : f32
  %f = linalg.fill ins(%cst : f32) outs(%o : tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
  %0 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>, onnxc.register_tile = array<i64: 2, 8>}
       ins(%x, %w : tensor<1x1x5x17xf32>, tensor<1x3x3xf32>) outs(%f : tensor<1x1x2x8xf32>) -> tensor<1x1x2x8xf32>
  return %0 : tensor<1x1x2x8xf32>
}

// -----

// A constant A (weights) is stored as panels of the tile's rows, k-major:
// [ceil(3 / 2), 2, 2] with a zero row past the end; a step reads the rows'
// elements side by side from panel offset / 2.
// CHECK-LABEL: func.func @packed_lhs(
// CHECK-SAME: %[[B:.+]]: tensor<2x32xf32>, %[[C:.+]]: tensor<2x32xf32>, %[[OFF:.+]]: index)
// CHECK-DAG: %[[PANELS:.+]] = arith.constant dense<{{\[\[\[}}1.000000e+00, 3.000000e+00], [2.000000e+00, 4.000000e+00]], {{\[\[}}5.000000e+00, 0.000000e+00], [6.000000e+00, 0.000000e+00]]]> : tensor<2x2x2xf32>
// CHECK-DAG: %[[PANEL:.+]] = arith.divui %[[OFF]], %c2
// CHECK: scf.for %[[K:.+]] = {{.+}}iter_args
// CHECK: tensor.extract %[[PANELS]][%[[PANEL]], %[[K]], %c0] : tensor<2x2x2xf32>
// CHECK: tensor.extract %[[PANELS]][%[[PANEL]], %[[K]], %c1] : tensor<2x2x2xf32>
func.func @packed_lhs(%b: tensor<2x32xf32>, %c: tensor<2x32xf32>, %off: index) -> tensor<2x32xf32> {
  %w = arith.constant dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]> : tensor<3x2xf32>
  %a = tensor.extract_slice %w[%off, 0] [2, 2] [1, 1] : tensor<3x2xf32> to tensor<2x2xf32>
  %0 = linalg.matmul {onnxc.register_tile = array<i64: 2, 32>} ins(%a, %b : tensor<2x2xf32>, tensor<2x32xf32>) outs(%c : tensor<2x32xf32>) -> tensor<2x32xf32>
  return %0 : tensor<2x32xf32>
}

// -----

// A constant B (a layer's weights) is stored as panels of the tile's
// columns: [ceil(3 / 2), 2, 2], zero past the last column, so each step
// reads a whole panel row without a mask; only the store of the partial
// tile is masked.
// CHECK-LABEL: func.func @packed_rhs(
// CHECK-SAME: %[[A:.+]]: tensor<1x2xf32>, %[[C:.+]]: tensor<1x?xf32>, %[[OFF:.+]]: index)
// CHECK-DAG: %[[PANELS:.+]] = arith.constant dense<{{\[\[\[}}1.000000e+00, 2.000000e+00], [4.000000e+00, 5.000000e+00]], {{\[\[}}3.000000e+00, 0.000000e+00], [6.000000e+00, 0.000000e+00]]]> : tensor<2x2x2xf32>
// CHECK-DAG: %[[PANEL:.+]] = arith.divui %[[OFF]], %c2
// CHECK: scf.for %[[K:.+]] = {{.+}}iter_args
// CHECK: vector.transfer_read %[[PANELS]][%[[PANEL]], %[[K]], %c0], %{{.+}} {in_bounds = [true]} : tensor<2x2x2xf32>, vector<2xf32>
// CHECK: vector.transfer_write %{{.+}}, %[[C]][%c0, %c0] : vector<2xf32>, tensor<1x?xf32>
func.func @packed_rhs(%a: tensor<1x2xf32>, %c: tensor<1x?xf32>, %off: index) -> tensor<1x?xf32> {
  %c1 = arith.constant 1 : index
  %w = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %n = tensor.dim %c, %c1 : tensor<1x?xf32>
  %b = tensor.extract_slice %w[0, %off] [2, %n] [1, 1] : tensor<2x3xf32> to tensor<2x?xf32>
  %0 = linalg.matmul {onnxc.register_tile = array<i64: 1, 2>} ins(%a, %b : tensor<1x2xf32>, tensor<2x?xf32>) outs(%c : tensor<1x?xf32>) -> tensor<1x?xf32>
  return %0 : tensor<1x?xf32>
}
