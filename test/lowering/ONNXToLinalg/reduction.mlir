// RUN: split-file %s %t
// RUN: onnxc-opt %t/lowered.mlir -split-input-file --convert-onnx-to-linalg | FileCheck %s
// RUN: not onnxc-opt %t/rejected.mlir -split-input-file --convert-onnx-to-linalg 2>&1 | FileCheck %s --check-prefix=ERR

//--- lowered.mlir

// CHECK-LABEL: func.func @reduce_sum_keepdims
// CHECK-SAME: (%[[X:.+]]: tensor<2x3x4xf32>)
// CHECK: %[[ZERO:.+]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[EMPTY:.+]] = tensor.empty() : tensor<2x4xf32>
// CHECK: %[[INIT:.+]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[EMPTY]] : tensor<2x4xf32>)
// CHECK: %[[SUM:.+]] = linalg.reduce ins(%[[X]] : tensor<2x3x4xf32>) outs(%[[INIT]] : tensor<2x4xf32>) dimensions = [1]
// CHECK: arith.addf
// CHECK: %[[R:.+]] = tensor.expand_shape %[[SUM]] {{\[\[}}0, 1], [2]] output_shape [2, 1, 4] : tensor<2x4xf32> into tensor<2x1x4xf32>
// CHECK: return %[[R]]
func.func @reduce_sum_keepdims(%x: tensor<2x3x4xf32>) -> tensor<2x1x4xf32> {
  %axes = onnx.Constant dense<[-2]> : tensor<1xi64>
  %0 = onnx.ReduceSum %x, %axes : (tensor<2x3x4xf32>, tensor<1xi64>) -> tensor<2x1x4xf32>
  return %0 : tensor<2x1x4xf32>
}

// -----

// Dynamic dims: the kept dim's size and the element count come from
// tensor.dim.
// CHECK-LABEL: func.func @reduce_mean_dynamic
// CHECK-SAME: (%[[X:.+]]: tensor<?x?x8xf32>)
// CHECK: %[[D0:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?x?x8xf32>
// CHECK: %[[EMPTY:.+]] = tensor.empty(%[[D0]]) : tensor<?xf32>
// CHECK: %[[INIT:.+]] = linalg.fill ins(%{{.+}} : f32) outs(%[[EMPTY]] : tensor<?xf32>)
// CHECK: %[[SUM:.+]] = linalg.reduce ins(%[[X]] : tensor<?x?x8xf32>) outs(%[[INIT]] : tensor<?xf32>) dimensions = [1, 2]
// CHECK: %[[D1:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?x?x8xf32>
// CHECK: %[[N:.+]] = arith.muli %[[D1]], %{{.+}} : index
// CHECK: %[[NI:.+]] = arith.index_cast %[[N]] : index to i64
// CHECK: %[[NF:.+]] = arith.sitofp %[[NI]] : i64 to f32
// CHECK: %[[MEAN:.+]] = linalg.generic
// CHECK-SAME: iterator_types = ["parallel"]
// CHECK-SAME: ins(%[[SUM]] : tensor<?xf32>)
// CHECK: arith.divf %{{.+}}, %[[NF]] : f32
// CHECK-NOT: tensor.expand_shape
// CHECK: return %[[MEAN]]
func.func @reduce_mean_dynamic(%x: tensor<?x?x8xf32>) -> tensor<?xf32> {
  %axes = onnx.Constant dense<[1, 2]> : tensor<2xi64>
  %0 = onnx.ReduceMean %x, %axes {keepdims = 0 : i64} : (tensor<?x?x8xf32>, tensor<2xi64>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

// No axes: every dim is reduced; with keepdims the rank-0 sum expands to
// all-unit dims.
// CHECK-LABEL: func.func @reduce_max_all
// CHECK: %[[NEGINF:.+]] = arith.constant 0xFF800000 : f32
// CHECK: linalg.fill ins(%[[NEGINF]] : f32) outs(%{{.+}} : tensor<f32>)
// CHECK: %[[MAX:.+]] = linalg.reduce ins(%{{.+}} : tensor<2x3xf32>) outs(%{{.+}} : tensor<f32>) dimensions = [0, 1]
// CHECK: arith.maximumf
// CHECK: tensor.expand_shape %[[MAX]] [] output_shape [1, 1] : tensor<f32> into tensor<1x1xf32>
func.func @reduce_max_all(%x: tensor<2x3xf32>) -> tensor<1x1xf32> {
  %none = onnx.NoValue
  %0 = onnx.ReduceMax %x, %none : (tensor<2x3xf32>, none) -> tensor<1x1xf32>
  return %0 : tensor<1x1xf32>
}

// -----

// Unsigned min: the identity is the largest unsigned value and the combiner
// is minui, on signless i8.
// CHECK-LABEL: func.func @reduce_min_unsigned
// CHECK: %[[MAXU:.+]] = arith.constant -1 : i8
// CHECK: linalg.fill ins(%[[MAXU]] : i8)
// CHECK: linalg.reduce
// CHECK: arith.minui
func.func @reduce_min_unsigned(%x: tensor<4x5xui8>) -> tensor<4xui8> {
  %axes = onnx.Constant dense<[1]> : tensor<1xi64>
  %0 = onnx.ReduceMin %x, %axes {keepdims = 0 : i64} : (tensor<4x5xui8>, tensor<1xi64>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// -----

// CHECK-LABEL: func.func @reduce_max_signed
// CHECK: %[[MINS:.+]] = arith.constant -2147483648 : i32
// CHECK: linalg.fill ins(%[[MINS]] : i32)
// CHECK: arith.maxsi
func.func @reduce_max_signed(%x: tensor<4x5xi32>) -> tensor<4xi32> {
  %axes = onnx.Constant dense<[1]> : tensor<1xi64>
  %0 = onnx.ReduceMax %x, %axes {keepdims = 0 : i64} : (tensor<4x5xi32>, tensor<1xi64>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

// CHECK-LABEL: func.func @reduce_prod
// CHECK: %[[ONE:.+]] = arith.constant 1.000000e+00 : f32
// CHECK: linalg.fill ins(%[[ONE]] : f32)
// CHECK: linalg.reduce
// CHECK: arith.mulf
func.func @reduce_prod(%x: tensor<4x5xf32>) -> tensor<5xf32> {
  %axes = onnx.Constant dense<[0]> : tensor<1xi64>
  %0 = onnx.ReduceProd %x, %axes {keepdims = 0 : i64} : (tensor<4x5xf32>, tensor<1xi64>) -> tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

// CHECK-LABEL: func.func @reduce_l1_l2_sumsquare
// CHECK: linalg.reduce
// CHECK: math.absf
// CHECK: arith.addf
// CHECK: linalg.reduce
// CHECK: %[[SQ:.+]] = arith.mulf %[[IN:.+]], %[[IN]]
// CHECK: arith.addf %[[SQ]]
// CHECK: linalg.generic
// CHECK: math.sqrt
// CHECK: linalg.reduce
// CHECK: %[[SQ2:.+]] = arith.mulf %[[IN2:.+]], %[[IN2]]
// CHECK: arith.addf %[[SQ2]]
// CHECK-NOT: math.sqrt
// CHECK: return
func.func @reduce_l1_l2_sumsquare(%x: tensor<4x5xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %axes = onnx.Constant dense<[1]> : tensor<1xi64>
  %0 = onnx.ReduceL1 %x, %axes {keepdims = 0 : i64} : (tensor<4x5xf32>, tensor<1xi64>) -> tensor<4xf32>
  %1 = onnx.ReduceL2 %x, %axes {keepdims = 0 : i64} : (tensor<4x5xf32>, tensor<1xi64>) -> tensor<4xf32>
  %2 = onnx.ReduceSumSquare %x, %axes {keepdims = 0 : i64} : (tensor<4x5xf32>, tensor<1xi64>) -> tensor<4xf32>
  return %0, %1, %2 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// LogSumExp: max, then a shift that is 0 where the max is infinite, then
// sum(exp(x - shift)), then log(sum) + shift.
// CHECK-LABEL: func.func @reduce_log_sum_exp
// CHECK-SAME: (%[[X:.+]]: tensor<3x?xf32>)
// CHECK: %[[MAX:.+]] = linalg.reduce ins(%[[X]] : tensor<3x?xf32>) outs(%{{.+}} : tensor<3xf32>) dimensions = [1]
// CHECK: arith.maximumf
// CHECK: %[[SHIFT:.+]] = linalg.generic {{.+}} ins(%[[MAX]] : tensor<3xf32>)
// CHECK: math.absf
// CHECK: arith.cmpf oeq
// CHECK: arith.select
// CHECK: %[[SUM:.+]] = linalg.generic {indexing_maps = [#{{.+}}, #{{.+}}, #{{.+}}], iterator_types = ["parallel", "reduction"]} ins(%[[X]], %[[SHIFT]] : tensor<3x?xf32>, tensor<3xf32>)
// CHECK: arith.subf
// CHECK: math.exp
// CHECK: arith.addf
// CHECK: linalg.generic {{.+}} ins(%[[SUM]], %[[SHIFT]] : tensor<3xf32>, tensor<3xf32>)
// CHECK: math.log
// CHECK: arith.addf
func.func @reduce_log_sum_exp(%x: tensor<3x?xf32>) -> tensor<3xf32> {
  %axes = onnx.Constant dense<[1]> : tensor<1xi64>
  %0 = onnx.ReduceLogSumExp %x, %axes {keepdims = 0 : i64} : (tensor<3x?xf32>, tensor<1xi64>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// CHECK-LABEL: func.func @reduce_log_sum
// CHECK: linalg.reduce
// CHECK: arith.addf
// CHECK: linalg.generic
// CHECK: math.log
func.func @reduce_log_sum(%x: tensor<3x4xf32>) -> tensor<1x4xf32> {
  %axes = onnx.Constant dense<[0]> : tensor<1xi64>
  %0 = onnx.ReduceLogSum %x, %axes : (tensor<3x4xf32>, tensor<1xi64>) -> tensor<1x4xf32>
  return %0 : tensor<1x4xf32>
}

// -----

// noop_with_empty_axes: ReduceSum is the identity.
// CHECK-LABEL: func.func @reduce_sum_noop
// CHECK-SAME: (%[[X:.+]]: tensor<3x4xf32>)
// CHECK-NOT: linalg
// CHECK: return %[[X]]
func.func @reduce_sum_noop(%x: tensor<3x4xf32>) -> tensor<3x4xf32> {
  %axes = onnx.Constant dense<> : tensor<0xi64>
  %0 = onnx.ReduceSum %x, %axes {noop_with_empty_axes = 1 : i64} : (tensor<3x4xf32>, tensor<0xi64>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// ReduceSumSquare reducing over no axes still squares each element.
// CHECK-LABEL: func.func @reduce_sum_square_noop
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel"]
// CHECK: arith.mulf
// CHECK-NOT: linalg.reduce
func.func @reduce_sum_square_noop(%x: tensor<3x4xf32>) -> tensor<3x4xf32> {
  %none = onnx.NoValue
  %0 = onnx.ReduceSumSquare %x, %none {noop_with_empty_axes = 1 : i64} : (tensor<3x4xf32>, none) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// Integer mean divides with divsi; unsigned with divui.
// CHECK-LABEL: func.func @reduce_mean_int
// CHECK: arith.addi
// CHECK: %[[N:.+]] = arith.constant 5 : i32
// CHECK: arith.divsi %{{.+}}, %[[N]] : i32
// CHECK: arith.divui
func.func @reduce_mean_int(%x: tensor<4x5xi32>, %y: tensor<4x5xui32>) -> (tensor<4xi32>, tensor<4xui32>) {
  %axes = onnx.Constant dense<[1]> : tensor<1xi64>
  %0 = onnx.ReduceMean %x, %axes {keepdims = 0 : i64} : (tensor<4x5xi32>, tensor<1xi64>) -> tensor<4xi32>
  %1 = onnx.ReduceMean %y, %axes {keepdims = 0 : i64} : (tensor<4x5xui32>, tensor<1xi64>) -> tensor<4xui32>
  return %0, %1 : tensor<4xi32>, tensor<4xui32>
}

// -----

// ArgMax: one generic carrying (value, index); the first maximum wins (ogt),
// a NaN wins over numbers.
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[$KEPT:.+]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @argmax
// CHECK-SAME: (%[[X:.+]]: tensor<2x?x4xf32>)
// CHECK: %[[R:.+]]:2 = linalg.generic {indexing_maps = [#[[$ID]], #[[$KEPT]], #[[$KEPT]]], iterator_types = ["parallel", "reduction", "parallel"]}
// CHECK-SAME: ins(%[[X]] : tensor<2x?x4xf32>) outs(%{{.+}}, %{{.+}} : tensor<2x4xf32>, tensor<2x4xi64>)
// CHECK: arith.cmpf ogt
// CHECK: arith.cmpf uno
// CHECK: %[[I:.+]] = linalg.index 1 : index
// CHECK: arith.index_cast %[[I]] : index to i64
// CHECK: linalg.yield
// CHECK: tensor.expand_shape %[[R]]#1 {{\[\[}}0, 1], [2]] output_shape [2, 1, 4] : tensor<2x4xi64> into tensor<2x1x4xi64>
func.func @argmax(%x: tensor<2x?x4xf32>) -> tensor<2x1x4xi64> {
  %0 = onnx.ArgMax %x {axis = 1 : i64} : (tensor<2x?x4xf32>) -> tensor<2x1x4xi64>
  return %0 : tensor<2x1x4xi64>
}

// -----

// ArgMin with select_last_index on unsigned ints: ule.
// CHECK-LABEL: func.func @argmin_last
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "reduction"]
// CHECK: arith.cmpi ule
// CHECK-NOT: tensor.expand_shape
func.func @argmin_last(%x: tensor<3x4xui8>) -> tensor<3xi64> {
  %0 = onnx.ArgMin %x {axis = -1 : i64, keepdims = 0 : i64, select_last_index = 1 : i64} : (tensor<3x4xui8>) -> tensor<3xi64>
  return %0 : tensor<3xi64>
}

// -----

// Axes read at run time: a loop builds the mask of reduced dims (checking
// each axis), a loop nest accumulates into the element with the reduced
// indices set to 0, and a checked reshape gives the result its sizes.
// CHECK-LABEL: func.func @reduce_runtime_axes
// CHECK: scf.for
// CHECK: tensor.extract %{{.+}}[%{{.+}}] : tensor<1xi64>
// CHECK: call @onnxc_rt_fail
// CHECK: math.ctpop
// CHECK: linalg.fill
// CHECK: scf.for
// CHECK: scf.for
// CHECK: arith.addf
// CHECK: tensor.insert
// CHECK: tensor.reshape
func.func @reduce_runtime_axes(%x: tensor<3x4xf32>, %axes: tensor<1xi64>) -> tensor<?xf32> {
  %0 = onnx.ReduceSum %x, %axes {keepdims = 0 : i64} : (tensor<3x4xf32>, tensor<1xi64>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

//--- rejected.mlir

// ERR: error: 'onnx.ArgMax' cannot be lowered to linalg (its operand or result ranks are unknown)
func.func @argmax_unranked(%x: tensor<*xf32>) -> tensor<*xi64> {
  %0 = onnx.ArgMax %x {axis = 0 : i64} : (tensor<*xf32>) -> tensor<*xi64>
  return %0 : tensor<*xi64>
}
