// Run-time checks of what the types cannot prove: Gather indices inside the
// axis, and dynamic dims of broadcasting operands equal. A failed check calls
// the runtime's onnxc_rt_fail with a message naming the ONNX node.
// RUN: onnxc-opt %s -split-input-file --convert-onnx-to-linalg | FileCheck %s

// Signed indices: one reduction gives the largest and the smallest, which must
// lie in [-size, size - 1]; the message reports the offending one.
// CHECK: func.func private @onnxc_rt_fail(!llvm.ptr, i64, i64, i64)
// CHECK: llvm.mlir.global private constant @[[$MSG:.+]]("node 'gather_1' (Gather): index %lld is out of range for axis 1 of size %lld\00")
// CHECK-LABEL: func.func @gather_signed(
// CHECK-SAME: %[[DATA:.+]]: tensor<2x5xf32>, %[[IDX:.+]]: tensor<?xi32>)
// CHECK: %[[SIZE:.+]] = arith.index_cast %{{.+}} : index to i64
// CHECK: %[[HIGH:.+]] = arith.subi %[[SIZE]], %{{.+}} : i64
// CHECK: %[[LOW:.+]] = arith.subi %{{.+}}, %[[SIZE]] : i64
// CHECK: %[[EXT:.+]]:2 = linalg.generic {{.*}} iterator_types = ["reduction"]} ins(%[[IDX]] : tensor<?xi32>)
// CHECK: arith.maxsi
// CHECK: arith.minsi
// CHECK-DAG: %[[MAX:.+]] = tensor.extract %[[EXT]]#0[] : tensor<i32>
// CHECK-DAG: %[[MIN:.+]] = tensor.extract %[[EXT]]#1[] : tensor<i32>
// CHECK-DAG: %[[MAX64:.+]] = arith.extsi %[[MAX]] : i32 to i64
// CHECK-DAG: %[[MIN64:.+]] = arith.extsi %[[MIN]] : i32 to i64
// CHECK: %[[LOWBAD:.+]] = arith.cmpi slt, %[[MIN64]], %[[LOW]] : i64
// CHECK: %[[HIGHBAD:.+]] = arith.cmpi sgt, %[[MAX64]], %[[HIGH]] : i64
// CHECK: %[[BAD:.+]] = arith.ori %[[LOWBAD]], %[[HIGHBAD]] : i1
// CHECK: %[[VALUE:.+]] = arith.select %[[LOWBAD]], %[[MIN64]], %[[MAX64]] : i64
// CHECK: scf.if %[[BAD]] {
// CHECK: %[[PTR:.+]] = llvm.mlir.addressof @[[$MSG]] : !llvm.ptr
// CHECK: func.call @onnxc_rt_fail(%[[PTR]], %[[VALUE]], %[[SIZE]], %{{.+}})
// CHECK: }
// The gather itself still clamps, so that a failed run reads in bounds.
// CHECK: linalg.generic
// CHECK: arith.minsi
// CHECK: tensor.extract %[[DATA]]
func.func @gather_signed(%data: tensor<2x5xf32>, %idx: tensor<?xi32>) -> tensor<2x?xf32> {
  %r = onnx.Gather %data, %idx {axis = 1 : i64} : (tensor<2x5xf32>, tensor<?xi32>) -> tensor<2x?xf32> loc("gather_1")
  return %r : tensor<2x?xf32>
}

// -----

// A dynamic axis: the size comes from tensor.dim.
// CHECK-LABEL: func.func @gather_dynamic_axis(
// CHECK-SAME: %[[DATA:.+]]: tensor<?x3xf32>, %[[IDX:.+]]: tensor<4xi64>)
// CHECK: %[[DIM:.+]] = tensor.dim %[[DATA]], %{{.+}} : tensor<?x3xf32>
// CHECK: %[[SIZE:.+]] = arith.index_cast %[[DIM]] : index to i64
// CHECK: %[[HIGH:.+]] = arith.subi %[[SIZE]], %{{.+}} : i64
// CHECK: arith.cmpi sgt, %{{.+}}, %[[HIGH]] : i64
// CHECK: scf.if
// CHECK: func.call @onnxc_rt_fail(%{{.+}}, %{{.+}}, %[[SIZE]], %{{.+}})
func.func @gather_dynamic_axis(%data: tensor<?x3xf32>, %idx: tensor<4xi64>) -> tensor<4x3xf32> {
  %r = onnx.Gather %data, %idx {axis = 0 : i64} : (tensor<?x3xf32>, tensor<4xi64>) -> tensor<4x3xf32>
  return %r : tensor<4x3xf32>
}

// -----

// Constant indices inside the axis need no check.
// CHECK-LABEL: func.func @gather_constant(
// CHECK-NOT: onnxc_rt_fail
// CHECK: return
func.func @gather_constant(%data: tensor<5x3xf32>) -> tensor<2x3xf32> {
  %idx = onnx.Constant dense<[4, -5]> : tensor<2xi64>
  %r = onnx.Gather %data, %idx {axis = 0 : i64} : (tensor<5x3xf32>, tensor<2xi64>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}

// -----

// Static shapes need no check.
// CHECK-LABEL: func.func @add_static(
// CHECK-NOT: scf.if
// CHECK-NOT: onnxc_rt_fail
// CHECK: linalg.generic
func.func @add_static(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  %r = onnx.Add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}

// -----

// Two dynamic dims: the result takes the larger that is not 1 (numpy
// broadcasting at run time), and a dim that is neither 1 nor that size fails
// the run. An operand whose dims differ from the result's at run time is
// replaced by a copy that broadcasts it (reading clamped after a failure);
// equal dims use it as it is. The static 1 of %b's dim 1 broadcasts through
// the indexing map.
// CHECK-DAG: llvm.mlir.global private constant @{{.+}}("node 'add_3' (Add): dim 0 of input 0 has size %lld, which does not broadcast to %lld\00")
// CHECK-DAG: llvm.mlir.global private constant @{{.+}}("node 'add_3' (Add): dim 0 of input 1 has size %lld, which does not broadcast to %lld\00")
// CHECK-LABEL: func.func @add_dynamic(
// CHECK-SAME: %[[A:.+]]: tensor<?x4xf32>, %[[B:.+]]: tensor<?x1xf32>)
// CHECK: tensor.dim %[[A]]
// CHECK: tensor.dim %[[B]]
// CHECK: %[[SIZE:.+]] = arith.select %{{.+}}, %{{.+}}, %c1 : index
// CHECK: func.call @onnxc_rt_fail(
// CHECK: func.call @onnxc_rt_fail(
// CHECK: %[[ABC:.+]] = scf.if %{{.+}} -> (tensor<?x4xf32>) {
// CHECK: linalg.generic
// CHECK: scf.yield %[[A]] : tensor<?x4xf32>
// CHECK: %[[BBC:.+]] = scf.if %{{.+}} -> (tensor<?x1xf32>) {
// CHECK: %[[INIT:.+]] = tensor.empty(%[[SIZE]]) : tensor<?x4xf32>
// CHECK: linalg.generic {{.*}} ins(%[[ABC]], %[[BBC]] : tensor<?x4xf32>, tensor<?x1xf32>) outs(%[[INIT]] : tensor<?x4xf32>)
func.func @add_dynamic(%a: tensor<?x4xf32>, %b: tensor<?x1xf32>) -> tensor<?x4xf32> {
  %r = onnx.Add %a, %b : (tensor<?x4xf32>, tensor<?x1xf32>) -> tensor<?x4xf32> loc("add_3")
  return %r : tensor<?x4xf32>
}

// -----

// A dynamic dim against a static result dim: 1 broadcasts, the result's size
// passes, any other size fails the run; the operand is a broadcast copy when
// its size differs.
// CHECK: llvm.mlir.global private constant @{{.+}}("node 'where_1' (Where): dim 0 of input 2 has size %lld, which does not broadcast to %lld\00")
// CHECK-LABEL: func.func @where_static_result(
// CHECK-SAME: %[[C:.+]]: tensor<3xi1>, %[[X:.+]]: tensor<3xf32>, %[[Y:.+]]: tensor<?xf32>)
// CHECK: tensor.dim %[[Y]]
// CHECK: func.call @onnxc_rt_fail(
// CHECK: %[[SAFE:.+]] = scf.if %{{.+}} -> (tensor<?xf32>) {
// CHECK: linalg.generic {{.*}} ins(%[[C]], %[[X]], %[[SAFE]] : tensor<3xi1>, tensor<3xf32>, tensor<?xf32>)
func.func @where_static_result(%c: tensor<3xi1>, %x: tensor<3xf32>, %y: tensor<?xf32>) -> tensor<3xf32> {
  %r = onnx.Where %c, %x, %y : (tensor<3xi1>, tensor<3xf32>, tensor<?xf32>) -> tensor<3xf32> loc("where_1")
  return %r : tensor<3xf32>
}
