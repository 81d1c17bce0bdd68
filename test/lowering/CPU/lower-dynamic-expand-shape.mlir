// RUN: onnxc-opt %s -split-input-file --onnxc-lower-dynamic-expand-shape | FileCheck %s

// Two dynamic dims in one group: a reinterpret_cast with computed strides.
// CHECK-LABEL: func.func @two_dynamic
// CHECK-SAME: (%[[A:.+]]: memref<?x2304xf32>, %[[D0:.+]]: index, %[[D1:.+]]: index)
// CHECK: %[[S0:.+]] = affine.apply #{{.+}}()[%[[D1]]]
// CHECK: memref.reinterpret_cast %[[A]] to offset: [0], sizes: [%[[D0]], %[[D1]], 2304], strides: [%[[S0]], 2304, 1]
// CHECK-NOT: memref.expand_shape
func.func @two_dynamic(%a: memref<?x2304xf32>, %d0: index, %d1: index) -> memref<?x?x2304xf32> {
  %e = memref.expand_shape %a [[0, 1], [2]] output_shape [%d0, %d1, 2304] : memref<?x2304xf32> into memref<?x?x2304xf32>
  return %e : memref<?x?x2304xf32>
}

// -----

// One dynamic dim per group is left for --expand-strided-metadata.
// CHECK-LABEL: func.func @one_dynamic
// CHECK: memref.expand_shape
func.func @one_dynamic(%a: memref<?x2304xf32>, %d0: index) -> memref<?x4x2304xf32> {
  %e = memref.expand_shape %a [[0, 1], [2]] output_shape [%d0, 4, 2304] : memref<?x2304xf32> into memref<?x4x2304xf32>
  return %e : memref<?x4x2304xf32>
}
