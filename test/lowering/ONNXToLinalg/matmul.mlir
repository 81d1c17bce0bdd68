// RUN: split-file %s %t
// RUN: onnxc-opt %t/lowered.mlir -split-input-file --convert-onnx-to-linalg | FileCheck %s
// RUN: not onnxc-opt %t/rejected.mlir -split-input-file --convert-onnx-to-linalg 2>&1 | FileCheck %s --check-prefix=ERR

//--- lowered.mlir

// CHECK-LABEL: func.func @matmul_2d
// CHECK-SAME: (%[[A:.+]]: tensor<2x3xf32>, %[[B:.+]]: tensor<3x4xf32>)
// CHECK: %[[EMPTY:.+]] = tensor.empty() : tensor<2x4xf32>
// CHECK: %[[ZERO:.+]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[INIT:.+]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[EMPTY]] : tensor<2x4xf32>)
// CHECK: %[[R:.+]] = linalg.matmul ins(%[[A]], %[[B]] : tensor<2x3xf32>, tensor<3x4xf32>) outs(%[[INIT]] : tensor<2x4xf32>)
// CHECK: return %[[R]]
func.func @matmul_2d(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) -> tensor<2x4xf32> {
  %0 = onnx.MatMul %a, %b : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// Dynamic batch dims on both sides: checked at run time (a mismatch that
// does not broadcast fails the run), an operand whose batch is a run-time 1
// against the other's is copied broadcast, then linalg.batch_matmul.
// CHECK-LABEL: func.func @matmul_batch_dynamic
// CHECK-SAME: (%[[A:.+]]: tensor<?x2x3xf32>, %[[B:.+]]: tensor<?x3x4xf32>)
// CHECK: call @onnxc_rt_fail
// CHECK: %[[A2:.+]] = scf.if %{{.+}} -> (tensor<?x2x3xf32>)
// CHECK: linalg.generic
// CHECK: %[[B2:.+]] = scf.if %{{.+}} -> (tensor<?x3x4xf32>)
// CHECK: %[[R:.+]] = linalg.batch_matmul ins(%[[A2]], %[[B2]] : tensor<?x2x3xf32>, tensor<?x3x4xf32>)
// CHECK: return %[[R]]
func.func @matmul_batch_dynamic(%a: tensor<?x2x3xf32>, %b: tensor<?x3x4xf32>) -> tensor<?x2x4xf32> {
  %0 = onnx.MatMul %a, %b : (tensor<?x2x3xf32>, tensor<?x3x4xf32>) -> tensor<?x2x4xf32>
  return %0 : tensor<?x2x4xf32>
}

// -----

// BERT's [B, S, 768] x [768, 768]: collapse to 2-D, linalg.matmul, expand.
// CHECK-LABEL: func.func @matmul_bert
// CHECK-SAME: (%[[A:.+]]: tensor<?x128x768xf32>, %[[B:.+]]: tensor<768x768xf32>)
// CHECK: %[[A2:.+]] = tensor.collapse_shape %[[A]] {{\[\[}}0, 1], [2]] : tensor<?x128x768xf32> into tensor<?x768xf32>
// CHECK: %[[INIT:.+]] = linalg.fill
// CHECK: %[[MM:.+]] = linalg.matmul ins(%[[A2]], %[[B]] : tensor<?x768xf32>, tensor<768x768xf32>) outs(%[[INIT]] : tensor<?x768xf32>)
// CHECK: %[[N:.+]] = tensor.dim %[[A]], %{{.+}} : tensor<?x128x768xf32>
// CHECK: %[[R:.+]] = tensor.expand_shape %[[MM]] {{\[\[}}0, 1], [2]] output_shape [%[[N]], 128, 768] : tensor<?x768xf32> into tensor<?x128x768xf32>
// CHECK: return %[[R]]
func.func @matmul_bert(%a: tensor<?x128x768xf32>, %b: tensor<768x768xf32>) -> tensor<?x128x768xf32> {
  %0 = onnx.MatMul %a, %b : (tensor<?x128x768xf32>, tensor<768x768xf32>) -> tensor<?x128x768xf32>
  return %0 : tensor<?x128x768xf32>
}

// -----

// Broadcast batch dims: one linalg.generic; A's unit batch dim reads index 0.
// CHECK-DAG: #[[$MAP_A:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, 0, d2, d4)>
// CHECK-DAG: #[[$MAP_B:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4, d3)>
// CHECK-DAG: #[[$MAP_Y:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @matmul_broadcast
// CHECK: linalg.generic {indexing_maps = [#[[$MAP_A]], #[[$MAP_B]], #[[$MAP_Y]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
// CHECK-SAME: outs(%{{.+}} : tensor<2x5x3x6xf32>)
// CHECK: ^bb0(%[[X:.+]]: f32, %[[W:.+]]: f32, %[[ACC:.+]]: f32):
// CHECK: %[[P:.+]] = arith.mulf %[[X]], %[[W]] : f32
// CHECK: %[[S:.+]] = arith.addf %[[ACC]], %[[P]] : f32
// CHECK: linalg.yield %[[S]] : f32
func.func @matmul_broadcast(%a: tensor<2x1x3x4xf32>, %b: tensor<5x4x6xf32>) -> tensor<2x5x3x6xf32> {
  %0 = onnx.MatMul %a, %b : (tensor<2x1x3x4xf32>, tensor<5x4x6xf32>) -> tensor<2x5x3x6xf32>
  return %0 : tensor<2x5x3x6xf32>
}

// -----

// A 1-D A is promoted to [1, K] and the added dim dropped: no m dim at all.
// CHECK-DAG: #[[$MAP_A:.+]] = affine_map<(d0, d1, d2) -> (d2)>
// CHECK-DAG: #[[$MAP_B:.+]] = affine_map<(d0, d1, d2) -> (d0, d2, d1)>
// CHECK-DAG: #[[$MAP_Y:.+]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @matmul_vector_int
// CHECK-SAME: (%[[A:.+]]: tensor<4xi32>, %[[B:.+]]: tensor<?x4x6xi32>)
// CHECK: %[[N:.+]] = tensor.dim %[[B]], %{{.+}} : tensor<?x4x6xi32>
// CHECK: %[[EMPTY:.+]] = tensor.empty(%[[N]]) : tensor<?x6xi32>
// CHECK: %[[ZERO:.+]] = arith.constant 0 : i32
// CHECK: %[[INIT:.+]] = linalg.fill ins(%[[ZERO]] : i32) outs(%[[EMPTY]] : tensor<?x6xi32>)
// CHECK: linalg.generic {indexing_maps = [#[[$MAP_A]], #[[$MAP_B]], #[[$MAP_Y]]], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK-SAME: ins(%[[A]], %[[B]] : tensor<4xi32>, tensor<?x4x6xi32>) outs(%[[INIT]] : tensor<?x6xi32>)
// CHECK: arith.muli
// CHECK: arith.addi
func.func @matmul_vector_int(%a: tensor<4xi32>, %b: tensor<?x4x6xi32>) -> tensor<?x6xi32> {
  %0 = onnx.MatMul %a, %b : (tensor<4xi32>, tensor<?x4x6xi32>) -> tensor<?x6xi32>
  return %0 : tensor<?x6xi32>
}

// -----

// Unsigned operands are signless after conversion; wrapping mul/add agree.
// CHECK-LABEL: func.func @matmul_unsigned
// CHECK-SAME: (%[[A:.+]]: tensor<2x3xi8>, %[[B:.+]]: tensor<3x4xi8>) -> tensor<2x4xi8>
// CHECK: linalg.matmul ins(%[[A]], %[[B]] : tensor<2x3xi8>, tensor<3x4xi8>) outs(%{{.+}} : tensor<2x4xi8>)
func.func @matmul_unsigned(%a: tensor<2x3xui8>, %b: tensor<3x4xui8>) -> tensor<2x4xui8> {
  %0 = onnx.MatMul %a, %b : (tensor<2x3xui8>, tensor<3x4xui8>) -> tensor<2x4xui8>
  return %0 : tensor<2x4xui8>
}

// -----

// Gemm without C and with alpha = 1 is just the matmul; M is dynamic.
// CHECK-LABEL: func.func @gemm_plain
// CHECK-SAME: (%[[A:.+]]: tensor<?x3xf32>, %[[B:.+]]: tensor<3x4xf32>)
// CHECK: %[[M:.+]] = tensor.dim %[[A]], %{{.+}} : tensor<?x3xf32>
// CHECK: %[[EMPTY:.+]] = tensor.empty(%[[M]]) : tensor<?x4xf32>
// CHECK: %[[INIT:.+]] = linalg.fill ins(%{{.+}} : f32) outs(%[[EMPTY]] : tensor<?x4xf32>)
// CHECK: %[[R:.+]] = linalg.matmul ins(%[[A]], %[[B]] : tensor<?x3xf32>, tensor<3x4xf32>) outs(%[[INIT]] : tensor<?x4xf32>)
// CHECK-NOT: linalg.generic
// CHECK: return %[[R]]
func.func @gemm_plain(%a: tensor<?x3xf32>, %b: tensor<3x4xf32>) -> tensor<?x4xf32> {
  %none = onnx.NoValue
  %0 = onnx.Gemm %a, %b, %none : (tensor<?x3xf32>, tensor<3x4xf32>, none) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// transA/transB become linalg.matmul indexing maps; alpha, beta and the
// broadcast C are one epilogue that reads the product.
// CHECK-DAG: #[[$MAP_A:.+]] = affine_map<(d0, d1, d2) -> (d2, d0)>
// CHECK-DAG: #[[$MAP_B:.+]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[$MAP_Y:.+]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[$MAP_C:.+]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @gemm_trans
// CHECK-SAME: (%[[A:.+]]: tensor<3x2xf32>, %[[B:.+]]: tensor<4x3xf32>, %[[C:.+]]: tensor<4xf32>)
// CHECK: %[[MM:.+]] = linalg.matmul indexing_maps = [#[[$MAP_A]], #[[$MAP_B]], #[[$MAP_Y]]] ins(%[[A]], %[[B]] : tensor<3x2xf32>, tensor<4x3xf32>) outs(%{{.+}} : tensor<2x4xf32>)
// CHECK-DAG: %[[ALPHA:.+]] = arith.constant 5.000000e-01 : f32
// CHECK-DAG: %[[BETA:.+]] = arith.constant 2.000000e+00 : f32
// CHECK: %[[R:.+]] = linalg.generic {indexing_maps = [#[[$ID]], #[[$MAP_C]], #[[$ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[MM]], %[[C]] : tensor<2x4xf32>, tensor<4xf32>) outs(%{{.+}} : tensor<2x4xf32>)
// CHECK: ^bb0(%[[Y:.+]]: f32, %[[CV:.+]]: f32, %{{.+}}: f32):
// CHECK: %[[AY:.+]] = arith.mulf %[[Y]], %[[ALPHA]] : f32
// CHECK: %[[BC:.+]] = arith.mulf %[[CV]], %[[BETA]] : f32
// CHECK: %[[S:.+]] = arith.addf %[[AY]], %[[BC]] : f32
// CHECK: linalg.yield %[[S]] : f32
// CHECK: return %[[R]]
func.func @gemm_trans(%a: tensor<3x2xf32>, %b: tensor<4x3xf32>, %c: tensor<4xf32>) -> tensor<2x4xf32> {
  %0 = onnx.Gemm %a, %b, %c {transA = 1 : i64, transB = 1 : i64, alpha = 0.5 : f32, beta = 2.0 : f32} : (tensor<3x2xf32>, tensor<4x3xf32>, tensor<4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// Half-precision products accumulate in f32: the operands are widened, the
// sums rounded to f16 once.
// CHECK-LABEL: func.func @matmul_f16
// CHECK: arith.extf {{.*}} : f16 to f32
// CHECK: arith.extf {{.*}} : f16 to f32
// CHECK: linalg.matmul ins(%{{.+}}, %{{.+}} : tensor<2x3xf32>, tensor<3x4xf32>)
// CHECK: arith.truncf {{.*}} : f32 to f16
func.func @matmul_f16(%a: tensor<2x3xf16>, %b: tensor<3x4xf16>) -> tensor<2x4xf16> {
  %0 = onnx.MatMul %a, %b : (tensor<2x3xf16>, tensor<3x4xf16>) -> tensor<2x4xf16>
  return %0 : tensor<2x4xf16>
}

//--- rejected.mlir

// ERR: error: 'onnx.MatMul' cannot be lowered to linalg (its operand or result ranks are unknown)
func.func @matmul_unranked(%a: tensor<*xf32>, %b: tensor<3x4xf32>) -> tensor<*xf32> {
  %0 = onnx.MatMul %a, %b : (tensor<*xf32>, tensor<3x4xf32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// An integer Gemm cannot scale by a fractional alpha.
// ERR: error: 'onnx.Gemm' cannot be lowered to linalg with these operand types and attributes
func.func @gemm_int_fractional_alpha(%a: tensor<2x3xi32>, %b: tensor<3x4xi32>) -> tensor<2x4xi32> {
  %none = onnx.NoValue
  %0 = onnx.Gemm %a, %b, %none {alpha = 0.5 : f32} : (tensor<2x3xi32>, tensor<3x4xi32>, none) -> tensor<2x4xi32>
  return %0 : tensor<2x4xi32>
}

