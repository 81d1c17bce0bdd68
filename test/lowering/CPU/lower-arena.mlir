// RUN: onnxc-opt %s --onnxc-lower-arena | FileCheck %s

// The arena comes from the session through onnxc_rt_arena(bytes), wrapped
// in a 1-D descriptor {ptr, ptr, 0, [bytes], [1]}.
// CHECK-LABEL: func.func @f
// CHECK: %[[BYTES:.+]] = llvm.mlir.constant(1536 : i64) : i64
// CHECK: %[[PTR:.+]] = llvm.call @onnxc_rt_arena(%[[BYTES]]) : (i64) -> !llvm.ptr
// CHECK: %[[D0:.+]] = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
// CHECK: %[[D1:.+]] = llvm.insertvalue %[[PTR]], %[[D0]][0]
// CHECK: %[[D2:.+]] = llvm.insertvalue %[[PTR]], %[[D1]][1]
// CHECK: %[[D3:.+]] = llvm.insertvalue %{{.+}}, %[[D2]][2]
// CHECK: %[[D4:.+]] = llvm.insertvalue %[[BYTES]], %[[D3]][3, 0]
// CHECK: %[[D5:.+]] = llvm.insertvalue %{{.+}}, %[[D4]][4, 0]
// CHECK: %[[ARENA:.+]] = builtin.unrealized_conversion_cast %[[D5]] : {{.+}} to memref<1536xi8>
// CHECK: memref.view %[[ARENA]]
// CHECK-NOT: memref.alloc()
// CHECK: llvm.func @onnxc_rt_arena(i64) -> !llvm.ptr
func.func @f() -> f32 {
  %arena = memref.alloc() {alignment = 64 : i64, onnxc.arena} : memref<1536xi8>
  %c0 = arith.constant 0 : index
  %v = memref.view %arena[%c0][] : memref<1536xi8> to memref<16xf32>
  %x = memref.load %v[%c0] : memref<16xf32>
  return %x : f32
}
