// RUN: onnxc-opt %s -split-input-file --onnxc-plan-static-memory | FileCheck %s

// %a dies when %c is born, so they share offset 0; %b is live with both and
// goes after the larger of them. Deallocations go; the returned buffer
// keeps its allocation.
// CHECK-LABEL: func.func @chain
// CHECK-SAME: attributes {onnxc.arena_bytes = 1536 : i64}
// CHECK: %[[ARENA:.+]] = memref.alloc() {alignment = 64 : i64, onnxc.arena} : memref<1536xi8>
// CHECK: %[[OFF_A:.+]] = arith.constant 0 : index
// CHECK: %[[A:.+]] = memref.view %[[ARENA]][%[[OFF_A]]][] : memref<1536xi8> to memref<256xf32>
// CHECK: %[[OFF_B:.+]] = arith.constant 1024 : index
// CHECK: %[[B:.+]] = memref.view %[[ARENA]][%[[OFF_B]]][] : memref<1536xi8> to memref<128xf32>
// CHECK: %[[OFF_C:.+]] = arith.constant 0 : index
// CHECK: %[[C:.+]] = memref.view %[[ARENA]][%[[OFF_C]]][] : memref<1536xi8> to memref<64xf32>
// CHECK: %[[OUT:.+]] = memref.alloc() : memref<64xf32>
// CHECK-NOT: memref.dealloc
// CHECK: return %[[OUT]]
func.func @chain(%x: memref<256xf32>) -> memref<64xf32> {
  %a = memref.alloc() : memref<256xf32>
  memref.copy %x, %a : memref<256xf32> to memref<256xf32>
  %b = memref.alloc() : memref<128xf32>
  %sa = memref.subview %a[0] [128] [1] : memref<256xf32> to memref<128xf32, strided<[1]>>
  memref.copy %sa, %b : memref<128xf32, strided<[1]>> to memref<128xf32>
  %c = memref.alloc() : memref<64xf32>
  %sb = memref.subview %b[0] [64] [1] : memref<128xf32> to memref<64xf32, strided<[1]>>
  memref.copy %sb, %c : memref<64xf32, strided<[1]>> to memref<64xf32>
  %out = memref.alloc() : memref<64xf32>
  memref.copy %c, %out : memref<64xf32> to memref<64xf32>
  memref.dealloc %a : memref<256xf32>
  memref.dealloc %b : memref<128xf32>
  memref.dealloc %c : memref<64xf32>
  return %out : memref<64xf32>
}

// -----

// A use nested in a loop keeps the buffer live until the loop ends: %t is
// read inside the loop after %u is allocated, so they do not overlap.
// CHECK-LABEL: func.func @nested_use
// CHECK: memref.alloc() {alignment = 64 : i64, onnxc.arena} : memref<128xi8>
// CHECK: arith.constant 0 : index
// CHECK: arith.constant 64 : index
func.func @nested_use(%x: memref<16xf32>, %n: index) -> memref<16xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %t = memref.alloc() : memref<16xf32>
  memref.copy %x, %t : memref<16xf32> to memref<16xf32>
  %u = memref.alloc() : memref<16xf32>
  scf.for %i = %c0 to %n step %c1 {
    %v = memref.load %t[%c0] : memref<16xf32>
    memref.store %v, %u[%c0] : memref<16xf32>
  }
  %out = memref.alloc() : memref<16xf32>
  memref.copy %u, %out : memref<16xf32> to memref<16xf32>
  memref.dealloc %t : memref<16xf32>
  memref.dealloc %u : memref<16xf32>
  return %out : memref<16xf32>
}

// -----

// Left alone: dynamic shapes, buffers without a deallocation in the body,
// and buffers with an alias that escapes (through a call).
// CHECK-LABEL: func.func @kept
// CHECK-NOT: onnxc.arena
// CHECK: memref.alloc(%{{.+}}) : memref<?xf32>
// CHECK: memref.alloc() : memref<8xf32>
// CHECK: memref.alloc() : memref<4xf32>
// CHECK: memref.dealloc
func.func private @sink(memref<4xf32>)
func.func @kept(%n: index) -> memref<8xf32> {
  %d = memref.alloc(%n) : memref<?xf32>
  memref.dealloc %d : memref<?xf32>
  %r = memref.alloc() : memref<8xf32>
  %e = memref.alloc() : memref<4xf32>
  call @sink(%e) : (memref<4xf32>) -> ()
  memref.dealloc %e : memref<4xf32>
  return %r : memref<8xf32>
}

// -----

// An op whose result may carry the buffer's address (here its pointer as
// an index) keeps the buffer out of the arena; loads and memref.dim do not.
// CHECK-LABEL: func.func @address_taken
// CHECK: memref.alloc() {alignment = 64 : i64, onnxc.arena} : memref<64xi8>
// CHECK: memref.view
// CHECK: memref.alloc() : memref<16xf32>
// CHECK: memref.extract_aligned_pointer_as_index
func.func @address_taken(%x: memref<16xf32>) -> (f32, index, index) {
  %c0 = arith.constant 0 : index
  %a = memref.alloc() : memref<16xf32>
  memref.copy %x, %a : memref<16xf32> to memref<16xf32>
  %v = memref.load %a[%c0] : memref<16xf32>
  %d = memref.dim %a, %c0 : memref<16xf32>
  %b = memref.alloc() : memref<16xf32>
  %p = memref.extract_aligned_pointer_as_index %b : memref<16xf32> -> index
  memref.dealloc %a : memref<16xf32>
  memref.dealloc %b : memref<16xf32>
  return %v, %d, %p : f32, index, index
}
