// RUN: onnxc-opt %s --onnxc-outline-parallel-loops=min-work=0 | FileCheck %s

// Tasks are named after the ONNX node of their loop, the first one of a
// fused location (an op and its epilogue), with other characters as '_'.
// CHECK: func.func private @main_graph_task_0__conv_1_Conv(
// CHECK: func.func private @main_graph_task_1(
func.func @main_graph(%buf: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %cst = arith.constant 1.0 : f32
  scf.parallel (%i) = (%c0) to (%c8) step (%c1) {
    memref.store %cst, %buf[%i] : memref<8xf32>
  } loc(fused["/conv.1/Conv", "/relu/Relu"])
  scf.parallel (%i) = (%c0) to (%c8) step (%c1) {
    memref.store %cst, %buf[%i] : memref<8xf32>
  } loc(unknown)
  return
}
