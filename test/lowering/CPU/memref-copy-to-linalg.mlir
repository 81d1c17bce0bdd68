// RUN: onnxc-opt %s --onnxc-memref-copy-to-linalg | FileCheck %s

// A copy into the interior of a padded buffer becomes linalg.copy (then a
// parallel loop nest); a 0-D copy stays.
// CHECK-LABEL: func.func @pad_interior
// CHECK: %[[SUB:.+]] = memref.subview
// CHECK: linalg.copy ins(%{{.+}} : memref<2x3x4xf32>) outs(%[[SUB]] : memref<2x3x4xf32, strided<[36, 6, 1], offset: 7>>)
// CHECK-NOT: memref.copy %{{.+}}, %[[SUB]]
// CHECK: memref.copy %{{.+}}, %{{.+}} : memref<f32> to memref<f32>
func.func @pad_interior(%x: memref<2x3x4xf32>, %padded: memref<2x6x6xf32>, %s: memref<f32>, %t: memref<f32>) {
  %sub = memref.subview %padded[0, 1, 1] [2, 3, 4] [1, 1, 1] : memref<2x6x6xf32> to memref<2x3x4xf32, strided<[36, 6, 1], offset: 7>>
  memref.copy %x, %sub : memref<2x3x4xf32> to memref<2x3x4xf32, strided<[36, 6, 1], offset: 7>>
  memref.copy %s, %t : memref<f32> to memref<f32>
  return
}
