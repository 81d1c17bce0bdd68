// RUN: onnxc-opt %s --onnxc-outline-parallel-loops | FileCheck %s
// RUN: onnxc-opt %s --onnxc-llvm-pipeline | FileCheck %s --check-prefix=LLVM

// The loop splits on its first dim with more than one iteration (dim 1:
// dim 0 has a single one); constants are re-created in the task, the buffer
// is passed.
// CHECK-LABEL: func.func private @main_graph_task_0
// CHECK-SAME: (%[[BEGIN:.+]]: index, %[[END:.+]]: index, %[[BUF:.+]]: memref<1x65536xf32>)
// CHECK-DAG: %[[C8:.+]] = arith.constant 65536 : index
// CHECK: scf.for %[[K:.+]] = %[[BEGIN]] to %[[END]] step
// CHECK: %[[I:.+]] = arith.addi
// CHECK: %[[NEXT:.+]] = arith.addi %[[I]]
// CHECK: scf.parallel (%{{.+}}, %{{.+}}) = (%{{.+}}, %[[I]]) to (%{{.+}}, %[[NEXT]])
// CHECK: memref.store
// CHECK-LABEL: func.func private @onnxc_dispatch_0(index, index, memref<1x65536xf32>) attributes {onnxc.task = "main_graph_task_0"}
// CHECK-LABEL: func.func @main_graph
// CHECK: %[[TRIPS:.+]] = arith.ceildivsi
// CHECK: call @onnxc_dispatch_0(%{{.+}}, %[[TRIPS]], %{{.+}})
// CHECK-NOT: scf.parallel

// After the lowering to LLVM the dispatch is a call into the runtime's pool
// through a trampoline that unpacks the arguments.
// LLVM-LABEL: llvm.func @main_graph(
// LLVM-DAG: %[[FN:.+]] = llvm.mlir.addressof @onnxc_trampoline_main_graph_task_0
// LLVM-DAG: %[[CTX:.+]] = llvm.alloca
// LLVM: llvm.store
// LLVM: llvm.call @onnxc_rt_parallel_for(%[[FN]], %[[CTX]]
// LLVM-LABEL: llvm.func internal @onnxc_trampoline_main_graph_task_0(%{{.+}}: !llvm.ptr, %{{.+}}: i64, %{{.+}}: i64)
// LLVM: llvm.load
// LLVM: llvm.call @main_graph_task_0
func.func @main_graph(%out: memref<1x65536xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 65536 : index
  %v = arith.constant 2.0 : f32
  scf.parallel (%i, %j) = (%c0, %c0) to (%c1, %c8) step (%c1, %c1) {
    memref.store %v, %out[%i, %j] : memref<1x65536xf32>
    scf.reduce
  }
  return
}

// Too little work to wake the pool (8 iterations of one store, under the
// default 16384 operations): the loop stays in its function.
// CHECK-LABEL: func.func @small
// CHECK: scf.parallel
// CHECK-NOT: call @onnxc_dispatch
func.func @small(%out: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %v = arith.constant 2.0 : f32
  scf.parallel (%i) = (%c0) to (%c8) step (%c1) {
    memref.store %v, %out[%i] : memref<8xf32>
    scf.reduce
  }
  return
}
