// RUN: onnxc-opt %s -split-input-file --convert-onnx-to-linalg | FileCheck %s
// Numerics: the node tests test_gridsample*, test_roialign_* (run_sweep.py).

// GridSample, linear with border padding: one generic over the output that
// reads the grid (x = grid[..., 0] for the last dim), unnormalises in f64,
// clamps coordinates outside the border, and sums the 4 taps, each read at a
// clamped index.
// CHECK-LABEL: func.func @grid_sample
// CHECK-SAME: (%[[X:.+]]: tensor<1x1x4x4xf32>, %[[G:.+]]: tensor<1x6x6x2xf32>)
// CHECK: linalg.generic {{.*}} outs(%{{.+}} : tensor<1x1x6x6xf32>)
// CHECK: tensor.extract %[[G]][%{{.+}}, %{{.+}}, %{{.+}}, %c1{{.*}}]
// CHECK: arith.extf {{.*}} : f32 to f64
// CHECK: arith.maxnumf
// CHECK: arith.minnumf
// CHECK: tensor.extract %[[G]][%{{.+}}, %{{.+}}, %{{.+}}, %c0{{.*}}]
// CHECK: math.floor
// CHECK: arith.fptosi
// CHECK: tensor.extract %[[X]]
// CHECK-COUNT-3: tensor.extract %[[X]]
// CHECK: arith.truncf {{.*}} : f64 to f32
func.func @grid_sample(%x: tensor<1x1x4x4xf32>, %g: tensor<1x6x6x2xf32>) -> tensor<1x1x6x6xf32> {
  %0 = onnx.GridSample %x, %g {mode = "linear", padding_mode = "border"} : (tensor<1x1x4x4xf32>, tensor<1x6x6x2xf32>) -> tensor<1x1x6x6xf32>
  return %0 : tensor<1x1x6x6xf32>
}

// -----

// Nearest rounds half to even, as numpy's rint.
// CHECK-LABEL: func.func @grid_sample_nearest
// CHECK: math.roundeven
// CHECK-COUNT-1: tensor.extract %arg0
func.func @grid_sample_nearest(%x: tensor<1x1x4x4xf32>, %g: tensor<1x6x6x2xf32>) -> tensor<1x1x6x6xf32> {
  %0 = onnx.GridSample %x, %g {mode = "nearest"} : (tensor<1x1x4x4xf32>, tensor<1x6x6x2xf32>) -> tensor<1x1x6x6xf32>
  return %0 : tensor<1x1x6x6xf32>
}

// -----

// RoiAlign: batch indices checked against the batch, then one generic over
// [rois, C, out_h, out_w] whose body loops over the bin's sampling grid
// (2 x 2 here) and averages the bilinear samples.
// CHECK: llvm.mlir.global private constant @{{.+}}("node (RoiAlign): batch index %lld is out of range for a batch of %lld\00")
// CHECK-LABEL: func.func @roi_align
// CHECK-SAME: (%[[X:.+]]: tensor<1x1x10x10xf32>, %[[R:.+]]: tensor<3x4xf32>, %[[B:.+]]: tensor<3xi64>)
// CHECK: linalg.generic {{.*}} iterator_types = ["reduction"]} ins(%[[B]] : tensor<3xi64>)
// CHECK: func.call @onnxc_rt_fail
// CHECK: linalg.generic {{.*}} outs(%{{.+}} : tensor<3x1x5x5xf32>)
// CHECK: tensor.extract %[[R]]
// CHECK: scf.for %{{.+}} = %{{.+}} to %c2
// CHECK: scf.for %{{.+}} = %{{.+}} to %c2
// CHECK-COUNT-4: tensor.extract %[[X]]
// CHECK: arith.divf
func.func @roi_align(%x: tensor<1x1x10x10xf32>, %r: tensor<3x4xf32>, %b: tensor<3xi64>) -> tensor<3x1x5x5xf32> {
  %0 = onnx.RoiAlign %x, %r, %b {output_height = 5 : i64, output_width = 5 : i64, sampling_ratio = 2 : i64} : (tensor<1x1x10x10xf32>, tensor<3x4xf32>, tensor<3xi64>) -> tensor<3x1x5x5xf32>
  return %0 : tensor<3x1x5x5xf32>
}
