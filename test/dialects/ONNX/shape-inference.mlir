// RUN: onnxc-opt %s --onnx-shape-inference | FileCheck %s

// Result types start out unranked (or partly dynamic) and are refined from
// the operands and attributes. The expected shapes follow the ONNX operator
// specification.

//===----------------------------------------------------------------------===//
// Elementwise broadcasting
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @broadcast_static
// CHECK-SAME: -> (tensor<2x4x3xf32>, tensor<2x4x3xi1>, tensor<2x4x3xf32>)
func.func @broadcast_static(%a: tensor<2x1x3xf32>, %b: tensor<4x1xf32>) -> (tensor<*xf32>, tensor<*xi1>, tensor<*xf32>) {
  // CHECK: onnx.Add {{.*}} -> tensor<2x4x3xf32>
  %0 = onnx.Add %a, %b : (tensor<2x1x3xf32>, tensor<4x1xf32>) -> tensor<*xf32>
  // CHECK: onnx.Equal {{.*}} -> tensor<2x4x3xi1>
  %1 = onnx.Equal %0, %b : (tensor<*xf32>, tensor<4x1xf32>) -> tensor<*xi1>
  // CHECK: onnx.Max {{.*}} -> tensor<2x4x3xf32>
  %2 = onnx.Max %a, %b, %0 : (tensor<2x1x3xf32>, tensor<4x1xf32>, tensor<*xf32>) -> tensor<*xf32>
  return %0, %1, %2 : tensor<*xf32>, tensor<*xi1>, tensor<*xf32>
}

// A dynamic dim broadcast against 1 stays dynamic; against n > 1 it must be
// 1 or n, so the result is n.
// CHECK-LABEL: func.func @broadcast_dynamic
func.func @broadcast_dynamic(%a: tensor<?x3xf32>, %b: tensor<1x3xf32>, %c: tensor<?x1xf32>, %d: tensor<5xf32>, %e: tensor<?xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  // CHECK: onnx.Sub {{.*}} -> tensor<?x3xf32>
  %0 = onnx.Sub %a, %b : (tensor<?x3xf32>, tensor<1x3xf32>) -> tensor<*xf32>
  // CHECK: onnx.Mul {{.*}} -> tensor<?x5xf32>
  %1 = onnx.Mul %c, %d : (tensor<?x1xf32>, tensor<5xf32>) -> tensor<*xf32>
  // CHECK: onnx.Div {{.*}} -> tensor<5xf32>
  %2 = onnx.Div %e, %d : (tensor<?xf32>, tensor<5xf32>) -> tensor<*xf32>
  // CHECK: onnx.Add {{.*}} -> tensor<?x?xf32>
  %3 = onnx.Add %c, %e : (tensor<?x1xf32>, tensor<?xf32>) -> tensor<*xf32>
  return %0, %1, %2, %3 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// CHECK-LABEL: func.func @broadcast_unranked
func.func @broadcast_unranked(%a: tensor<*xf32>, %b: tensor<3xf32>, %c: tensor<2x3xi1>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  // CHECK: onnx.Add {{.*}} -> tensor<*xf32>
  %0 = onnx.Add %a, %b : (tensor<*xf32>, tensor<3xf32>) -> tensor<*xf32>
  // CHECK: onnx.Where {{.*}} -> tensor<*xf32>
  %1 = onnx.Where %c, %a, %b : (tensor<2x3xi1>, tensor<*xf32>, tensor<3xf32>) -> tensor<*xf32>
  // CHECK: onnx.Where {{.*}} -> tensor<2x3xf32>
  %2 = onnx.Where %c, %b, %b : (tensor<2x3xi1>, tensor<3xf32>, tensor<3xf32>) -> tensor<*xf32>
  return %0, %1, %2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// CHECK-LABEL: func.func @unary
func.func @unary(%a: tensor<?x7xf32>) -> (tensor<*xf32>, tensor<*xi1>, tensor<*xi64>) {
  // CHECK: onnx.Sigmoid {{.*}} -> tensor<?x7xf32>
  %0 = onnx.Sigmoid %a : (tensor<?x7xf32>) -> tensor<*xf32>
  // CHECK: onnx.IsInf {{.*}} -> tensor<?x7xi1>
  %1 = onnx.IsInf %0 : (tensor<*xf32>) -> tensor<*xi1>
  // CHECK: onnx.Cast {{.*}} -> tensor<?x7xi64>
  %2 = onnx.Cast %0 {to = 7 : i64} : (tensor<*xf32>) -> tensor<*xi64>
  return %0, %1, %2 : tensor<*xf32>, tensor<*xi1>, tensor<*xi64>
}

//===----------------------------------------------------------------------===//
// MatMul and Gemm
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @matmul
func.func @matmul(%a: tensor<2x1x3x4xf32>, %b: tensor<5x4x6xf32>, %v: tensor<4xf32>, %c: tensor<2x4x6xf32>, %d: tensor<?x3x4xf32>, %e: tensor<4x?xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  // Batch dims broadcast: (2, 1) with (5).
  // CHECK: onnx.MatMul {{.*}} -> tensor<2x5x3x6xf32>
  %0 = onnx.MatMul %a, %b : (tensor<2x1x3x4xf32>, tensor<5x4x6xf32>) -> tensor<*xf32>
  // A 1-D first operand is a row vector whose dim is removed again.
  // CHECK: onnx.MatMul {{.*}} -> tensor<2x6xf32>
  %1 = onnx.MatMul %v, %c : (tensor<4xf32>, tensor<2x4x6xf32>) -> tensor<*xf32>
  // A 1-D second operand is a column vector.
  // CHECK: onnx.MatMul {{.*}} -> tensor<2x1x3xf32>
  %2 = onnx.MatMul %a, %v : (tensor<2x1x3x4xf32>, tensor<4xf32>) -> tensor<*xf32>
  // CHECK: onnx.MatMul {{.*}} -> tensor<?x3x?xf32>
  %3 = onnx.MatMul %d, %e : (tensor<?x3x4xf32>, tensor<4x?xf32>) -> tensor<*xf32>
  // CHECK: onnx.MatMul {{.*}} -> tensor<f32>
  %4 = onnx.MatMul %v, %v : (tensor<4xf32>, tensor<4xf32>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// CHECK-LABEL: func.func @gemm
func.func @gemm(%a: tensor<4x3xf32>, %b: tensor<5x4xf32>, %c: tensor<5xf32>, %d: tensor<?x4xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %none = onnx.NoValue
  // A^T (3x4) * B^T (4x5).
  // CHECK: onnx.Gemm {{.*}} -> tensor<3x5xf32>
  %0 = onnx.Gemm %a, %b, %c {transA = 1 : i64, transB = 1 : i64} : (tensor<4x3xf32>, tensor<5x4xf32>, tensor<5xf32>) -> tensor<*xf32>
  // CHECK: onnx.Gemm {{.*}} -> tensor<?x5xf32>
  %1 = onnx.Gemm %d, %b, %none {transB = 1 : i64} : (tensor<?x4xf32>, tensor<5x4xf32>, none) -> tensor<*xf32>
  // CHECK: onnx.Gemm {{.*}} -> tensor<4x4xf32>
  %2 = onnx.Gemm %a, %a, %none {transB = 1 : i64} : (tensor<4x3xf32>, tensor<4x3xf32>, none) -> tensor<*xf32>
  return %0, %1, %2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

//===----------------------------------------------------------------------===//
// Convolution and pooling
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @conv
func.func @conv(%x: tensor<1x3x32x32xf32>, %w: tensor<16x3x3x3xf32>, %b: tensor<16xf32>, %xd: tensor<?x3x?x20xf32>, %x33: tensor<1x3x33x33xf32>, %u: tensor<*xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %none = onnx.NoValue
  // CHECK: onnx.Conv {{.*}} -> tensor<1x16x30x30xf32>
  %0 = onnx.Conv %x, %w, %b : (tensor<1x3x32x32xf32>, tensor<16x3x3x3xf32>, tensor<16xf32>) -> tensor<*xf32>
  // (32 + 2 - 3) / 2 + 1 = 16
  // CHECK: onnx.Conv {{.*}} -> tensor<1x16x16x16xf32>
  %1 = onnx.Conv %x, %w, %none {pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<1x3x32x32xf32>, tensor<16x3x3x3xf32>, none) -> tensor<*xf32>
  // Dilation 2 makes the kernel extent 5; asymmetric pads (0 + 2, 1 + 0).
  // CHECK: onnx.Conv {{.*}} -> tensor<1x16x30x29xf32>
  %2 = onnx.Conv %x, %w, %none {dilations = [2, 2], pads = [0, 1, 2, 0]} : (tensor<1x3x32x32xf32>, tensor<16x3x3x3xf32>, none) -> tensor<*xf32>
  // SAME_UPPER: ceil(in / stride), whatever the kernel.
  // CHECK: onnx.Conv {{.*}} -> tensor<1x16x17x11xf32>
  %3 = onnx.Conv %x33, %w, %none {auto_pad = "SAME_UPPER", strides = [2, 3]} : (tensor<1x3x33x33xf32>, tensor<16x3x3x3xf32>, none) -> tensor<*xf32>
  // VALID ignores pads.
  // CHECK: onnx.Conv {{.*}} -> tensor<1x16x31x31xf32>
  %4 = onnx.Conv %x33, %w, %none {auto_pad = "VALID", kernel_shape = [3, 3], strides = [1, 1]} : (tensor<1x3x33x33xf32>, tensor<16x3x3x3xf32>, none) -> tensor<*xf32>
  // CHECK: onnx.Conv {{.*}} -> tensor<?x16x?x18xf32>
  %5 = onnx.Conv %xd, %w, %none : (tensor<?x3x?x20xf32>, tensor<16x3x3x3xf32>, none) -> tensor<*xf32>
  // Unranked X: the rank is still unknown.
  // CHECK: onnx.Conv {{.*}} -> tensor<*xf32>
  %6 = onnx.Conv %u, %w, %none : (tensor<*xf32>, tensor<16x3x3x3xf32>, none) -> tensor<*xf32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// Depthwise: group = C, W has one input channel per group.
// CHECK-LABEL: func.func @conv_grouped
func.func @conv_grouped(%x: tensor<2x8x10x10xf32>, %w: tensor<8x1x3x3xf32>) -> tensor<*xf32> {
  %none = onnx.NoValue
  // CHECK: onnx.Conv {{.*}} -> tensor<2x8x8x8xf32>
  %0 = onnx.Conv %x, %w, %none {group = 8 : i64} : (tensor<2x8x10x10xf32>, tensor<8x1x3x3xf32>, none) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// CHECK-LABEL: func.func @conv_transpose
func.func @conv_transpose(%x: tensor<1x8x7x7xf32>, %w: tensor<8x4x3x3xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  %none = onnx.NoValue
  // stride * (in - 1) + output_padding + (k - 1) * d + 1 - pads = 2*6 + 1 + 2 + 1 - 2 = 14
  // CHECK: onnx.ConvTranspose {{.*}} -> tensor<1x4x14x14xf32>
  %0 = onnx.ConvTranspose %x, %w, %none {output_padding = [1, 1], pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<1x8x7x7xf32>, tensor<8x4x3x3xf32>, none) -> tensor<*xf32>
  // CHECK: onnx.ConvTranspose {{.*}} -> tensor<1x4x9x9xf32>
  %1 = onnx.ConvTranspose %x, %w, %none : (tensor<1x8x7x7xf32>, tensor<8x4x3x3xf32>, none) -> tensor<*xf32>
  return %0, %1 : tensor<*xf32>, tensor<*xf32>
}

// CHECK-LABEL: func.func @pool
func.func @pool(%x: tensor<1x2x5x5xf32>, %y: tensor<1x2x6x6xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  // floor((5 - 2) / 2) + 1 = 2
  // CHECK: onnx.MaxPool {{.*}} -> (tensor<1x2x2x2xf32>, tensor<1x2x2x2xi64>)
  %0:2 = onnx.MaxPool %x {kernel_shape = [2, 2], strides = [2, 2]} : (tensor<1x2x5x5xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  // ceil((5 - 2) / 2) + 1 = 3
  // CHECK: onnx.MaxPool {{.*}} -> (tensor<1x2x3x3xf32>, tensor<1x2x3x3xi64>)
  %1:2 = onnx.MaxPool %x {ceil_mode = 1 : i64, kernel_shape = [2, 2], strides = [2, 2]} : (tensor<1x2x5x5xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  // ceil((5 + 2 - 2) / 2) + 1 = 4, but the 4th window would start in the
  // right padding only (at 6 >= 5 + 1), so it is dropped: 3 (as in PyTorch
  // and the ONNX reference).
  // CHECK: onnx.MaxPool {{.*}} -> (tensor<1x2x3x3xf32>, tensor<1x2x3x3xi64>)
  %2:2 = onnx.MaxPool %x {ceil_mode = 1 : i64, kernel_shape = [2, 2], pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<1x2x5x5xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  // CHECK: onnx.AveragePool {{.*}} -> tensor<1x2x3x3xf32>
  %3 = onnx.AveragePool %y {auto_pad = "SAME_UPPER", kernel_shape = [3, 3], strides = [2, 2]} : (tensor<1x2x6x6xf32>) -> tensor<*xf32>
  // Dilated pooling: extent (3 - 1) * 2 + 1 = 5, (6 - 5) / 1 + 1 = 2.
  // CHECK: onnx.MaxPool {{.*}} -> (tensor<1x2x2x2xf32>, tensor<1x2x2x2xi64>)
  %4:2 = onnx.MaxPool %y {dilations = [2, 2], kernel_shape = [3, 3]} : (tensor<1x2x6x6xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  return %0#0, %1#0, %2#0, %3, %4#0 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// CHECK-LABEL: func.func @global_pool
func.func @global_pool(%x: tensor<2x3x7x7xf32>, %y: tensor<?x3x?x?x?xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  // CHECK: onnx.GlobalAveragePool {{.*}} -> tensor<2x3x1x1xf32>
  %0 = onnx.GlobalAveragePool %x : (tensor<2x3x7x7xf32>) -> tensor<*xf32>
  // CHECK: onnx.GlobalMaxPool {{.*}} -> tensor<?x3x1x1x1xf32>
  %1 = onnx.GlobalMaxPool %y : (tensor<?x3x?x?x?xf32>) -> tensor<*xf32>
  return %0, %1 : tensor<*xf32>, tensor<*xf32>
}

// CHECK-LABEL: func.func @normalization
func.func @normalization(%x: tensor<2x3x4x4xf32>, %s: tensor<3xf32>, %l: tensor<4xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %none = onnx.NoValue
  // CHECK: onnx.BatchNormalization {{.*}} -> tensor<2x3x4x4xf32>
  %0 = onnx.BatchNormalization %x, %s, %s, %s, %s : (tensor<2x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<*xf32>
  // Mean and InvStdDev keep the dims before `axis` and have 1 from it on.
  // CHECK: onnx.LayerNormalization {{.*}} -> (tensor<2x3x4x4xf32>, tensor<2x3x4x1xf32>, tensor<2x3x4x1xf32>)
  %1:3 = onnx.LayerNormalization %x, %l, %none : (tensor<2x3x4x4xf32>, tensor<4xf32>, none) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  // CHECK: onnx.LayerNormalization {{.*}} -> (tensor<2x3x4x4xf32>, tensor<2x1x1x1xf32>, tensor<2x1x1x1xf32>)
  %ln:3 = onnx.LayerNormalization %x, %x, %none {axis = 1 : i64} : (tensor<2x3x4x4xf32>, tensor<2x3x4x4xf32>, none) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  // CHECK: onnx.Softmax {{.*}} -> tensor<2x3x4x4xf32>
  %2 = onnx.Softmax %1#0 {axis = 1 : i64} : (tensor<*xf32>) -> tensor<*xf32>
  return %0, %ln#1, %2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @reduce
func.func @reduce(%x: tensor<2x3x4xf32>, %axes_in: tensor<2xi64>, %xd: tensor<?x3x4xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %none = onnx.NoValue
  %axes = onnx.Constant dense<[0, -1]> : tensor<2xi64>
  // CHECK: onnx.ReduceSum {{.*}} -> tensor<1x3x1xf32>
  %0 = onnx.ReduceSum %x, %axes : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  // CHECK: onnx.ReduceMean {{.*}} -> tensor<3xf32>
  %1 = onnx.ReduceMean %x, %axes {keepdims = 0 : i64} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  // No axes: every dim is reduced.
  // CHECK: onnx.ReduceMax {{.*}} -> tensor<1x1x1xf32>
  %2 = onnx.ReduceMax %x, %none : (tensor<2x3x4xf32>, none) -> tensor<*xf32>
  // CHECK: onnx.ReduceMin {{.*}} -> tensor<f32>
  %3 = onnx.ReduceMin %x, %none {keepdims = 0 : i64} : (tensor<2x3x4xf32>, none) -> tensor<*xf32>
  // No axes and noop_with_empty_axes: the input unchanged.
  // CHECK: onnx.ReduceProd {{.*}} -> tensor<2x3x4xf32>
  %4 = onnx.ReduceProd %x, %none {noop_with_empty_axes = 1 : i64} : (tensor<2x3x4xf32>, none) -> tensor<*xf32>
  // Axes not constant: with keepdims the rank is known, without it is not.
  // CHECK: onnx.ReduceL2 {{.*}} -> tensor<?x?x?xf32>
  %5 = onnx.ReduceL2 %x, %axes_in : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  // CHECK: onnx.ReduceL1 {{.*}} -> tensor<*xf32>
  %6 = onnx.ReduceL1 %x, %axes_in {keepdims = 0 : i64} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  // A dynamic dim that is not reduced stays dynamic.
  %axis2 = onnx.Constant dense<[2]> : tensor<1xi64>
  // CHECK: onnx.ReduceSumSquare {{.*}} -> tensor<?x3x1xf32>
  %7 = onnx.ReduceSumSquare %xd, %axis2 : (tensor<?x3x4xf32>, tensor<1xi64>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// CHECK-LABEL: func.func @arg_reduce
func.func @arg_reduce(%x: tensor<2x3x4xf32>) -> (tensor<*xi64>, tensor<*xi64>) {
  // CHECK: onnx.ArgMax {{.*}} -> tensor<2x1x4xi64>
  %0 = onnx.ArgMax %x {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<*xi64>
  // CHECK: onnx.ArgMin {{.*}} -> tensor<2x3xi64>
  %1 = onnx.ArgMin %x {axis = -1 : i64, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<*xi64>
  return %0, %1 : tensor<*xi64>, tensor<*xi64>
}

//===----------------------------------------------------------------------===//
// Reshape, Flatten, Transpose
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @reshape
func.func @reshape(%x: tensor<2x3x4xf32>, %xd: tensor<?x3x4xf32>, %s: tensor<3xi64>, %z: tensor<0x3xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %c0m1 = onnx.Constant dense<[0, -1]> : tensor<2xi64>
  %cm14 = onnx.Constant dense<[-1, 4]> : tensor<2xi64>
  %c00 = onnx.Constant dense<[0, 0, 2, 2]> : tensor<4xi64>
  // 0 copies the input dim, -1 takes the rest.
  // CHECK: onnx.Reshape {{.*}} -> tensor<2x12xf32>
  %0 = onnx.Reshape %x, %c0m1 : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  // CHECK: onnx.Reshape {{.*}} -> tensor<6x4xf32>
  %1 = onnx.Reshape %x, %cm14 : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  // CHECK: onnx.Reshape {{.*}} -> tensor<2x3x2x2xf32>
  %2 = onnx.Reshape %x, %c00 : (tensor<2x3x4xf32>, tensor<4xi64>) -> tensor<*xf32>
  // A dynamic input leaves -1 unknown.
  // CHECK: onnx.Reshape {{.*}} -> tensor<?x4xf32>
  %3 = onnx.Reshape %xd, %cm14 : (tensor<?x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  // A shape that is not a constant still gives the rank.
  // CHECK: onnx.Reshape {{.*}} -> tensor<?x?x?xf32>
  %4 = onnx.Reshape %x, %s : (tensor<2x3x4xf32>, tensor<3xi64>) -> tensor<*xf32>
  // allowzero: 0 is a real zero-sized dim.
  %c03 = onnx.Constant dense<[3, 0]> : tensor<2xi64>
  // CHECK: onnx.Reshape {{.*}} -> tensor<3x0xf32>
  %5 = onnx.Reshape %z, %c03 {allowzero = 1 : i64} : (tensor<0x3xf32>, tensor<2xi64>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// CHECK-LABEL: func.func @flatten
func.func @flatten(%x: tensor<2x3x4x5xf32>, %xd: tensor<?x3x4xf32>, %u: tensor<*xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  // CHECK: onnx.Flatten {{.*}} -> tensor<6x20xf32>
  %0 = onnx.Flatten %x {axis = 2 : i64} : (tensor<2x3x4x5xf32>) -> tensor<*xf32>
  // CHECK: onnx.Flatten {{.*}} -> tensor<1x120xf32>
  %1 = onnx.Flatten %x {axis = 0 : i64} : (tensor<2x3x4x5xf32>) -> tensor<*xf32>
  // CHECK: onnx.Flatten {{.*}} -> tensor<24x5xf32>
  %2 = onnx.Flatten %x {axis = -1 : i64} : (tensor<2x3x4x5xf32>) -> tensor<*xf32>
  // CHECK: onnx.Flatten {{.*}} -> tensor<120x1xf32>
  %3 = onnx.Flatten %x {axis = 4 : i64} : (tensor<2x3x4x5xf32>) -> tensor<*xf32>
  // CHECK: onnx.Flatten {{.*}} -> tensor<?x12xf32>
  %4 = onnx.Flatten %xd : (tensor<?x3x4xf32>) -> tensor<*xf32>
  // CHECK: onnx.Flatten {{.*}} -> tensor<?x?xf32>
  %5 = onnx.Flatten %u : (tensor<*xf32>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// CHECK-LABEL: func.func @transpose
func.func @transpose(%x: tensor<2x?x4xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  // CHECK: onnx.Transpose {{.*}} -> tensor<4x?x2xf32>
  %0 = onnx.Transpose %x : (tensor<2x?x4xf32>) -> tensor<*xf32>
  // CHECK: onnx.Transpose {{.*}} -> tensor<?x4x2xf32>
  %1 = onnx.Transpose %x {perm = [1, 2, 0]} : (tensor<2x?x4xf32>) -> tensor<*xf32>
  return %0, %1 : tensor<*xf32>, tensor<*xf32>
}

//===----------------------------------------------------------------------===//
// Concat, Slice, Gather, Squeeze, Unsqueeze, Split, Pad, Expand, Tile
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @concat
func.func @concat(%a: tensor<2x3xf32>, %b: tensor<2x5xf32>, %c: tensor<?x?xf32>, %u: tensor<*xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  // CHECK: onnx.Concat {{.*}} -> tensor<2x11xf32>
  %0 = onnx.Concat %a, %b, %a {axis = -1 : i64} : (tensor<2x3xf32>, tensor<2x5xf32>, tensor<2x3xf32>) -> tensor<*xf32>
  // CHECK: onnx.Concat {{.*}} -> tensor<2x?xf32>
  %1 = onnx.Concat %c, %a {axis = 1 : i64} : (tensor<?x?xf32>, tensor<2x3xf32>) -> tensor<*xf32>
  // CHECK: onnx.Concat {{.*}} -> tensor<?x3xf32>
  %2 = onnx.Concat %a, %c {axis = 0 : i64} : (tensor<2x3xf32>, tensor<?x?xf32>) -> tensor<*xf32>
  // CHECK: onnx.Concat {{.*}} -> tensor<2x?xf32>
  %3 = onnx.Concat %a, %u {axis = 1 : i64} : (tensor<2x3xf32>, tensor<*xf32>) -> tensor<*xf32>
  return %0, %1, %2, %3 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// CHECK-LABEL: func.func @slice
func.func @slice(%x: tensor<10x20x?xf32>, %v: tensor<3xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %none = onnx.NoValue
  %m1 = onnx.Constant dense<[-1]> : tensor<1xi64>
  %m11 = onnx.Constant dense<[-11]> : tensor<1xi64>
  %m2 = onnx.Constant dense<[-2]> : tensor<1xi64>
  %ax0 = onnx.Constant dense<[0]> : tensor<1xi64>
  // Reverse a whole axis: starts -1, ends -11 (= before the first), step -1.
  // CHECK: onnx.Slice {{.*}} -> tensor<10x20x?xf32>
  %0 = onnx.Slice %x, %m1, %m11, %ax0, %m1 : (tensor<10x20x?xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<*xf32>
  // Step -2 from 9 down to 0: 9, 7, 5, 3, 1.
  // CHECK: onnx.Slice {{.*}} -> tensor<5x20x?xf32>
  %1 = onnx.Slice %x, %m1, %m11, %ax0, %m2 : (tensor<10x20x?xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<*xf32>
  // Two axes, positive steps, ends past the dim (clamped), negative axis.
  %starts = onnx.Constant dense<[1, 2]> : tensor<2xi64>
  %ends = onnx.Constant dense<[1000, 9]> : tensor<2xi64>
  %axes = onnx.Constant dense<[-2, 0]> : tensor<2xi64>
  %steps = onnx.Constant dense<[3, 2]> : tensor<2xi64>
  // axis 1: 1, 4, ..., 19 (7 values); axis 0: 2, 4, 6, 8 (4 values).
  // CHECK: onnx.Slice {{.*}} -> tensor<4x7x?xf32>
  %2 = onnx.Slice %x, %starts, %ends, %axes, %steps : (tensor<10x20x?xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  // No axes and steps: the first dims, step 1. INT64_MAX as an end.
  %s3 = onnx.Constant dense<[2, -5]> : tensor<2xi64>
  %e3 = onnx.Constant dense<[9223372036854775807, -1]> : tensor<2xi64>
  // CHECK: onnx.Slice {{.*}} -> tensor<8x4x?xf32>
  %3 = onnx.Slice %x, %s3, %e3, %none, %none : (tensor<10x20x?xf32>, tensor<2xi64>, tensor<2xi64>, none, none) -> tensor<*xf32>
  // Empty result: start after end with a positive step.
  // CHECK: onnx.Slice {{.*}} -> tensor<0x20x?xf32>
  %4 = onnx.Slice %x, %m1, %m2, %none, %none : (tensor<10x20x?xf32>, tensor<1xi64>, tensor<1xi64>, none, none) -> tensor<*xf32>
  // Starts not constant: the rank is known, the dims are not.
  // CHECK: onnx.Slice {{.*}} -> tensor<?x?x?xf32>
  %5 = onnx.Slice %x, %v, %v, %none, %none : (tensor<10x20x?xf32>, tensor<3xi64>, tensor<3xi64>, none, none) -> tensor<*xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// CHECK-LABEL: func.func @gather
func.func @gather(%x: tensor<5x4x3xf32>, %i: tensor<2x2xi64>, %j: tensor<i32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  // CHECK: onnx.Gather {{.*}} -> tensor<5x2x2x3xf32>
  %0 = onnx.Gather %x, %i {axis = 1 : i64} : (tensor<5x4x3xf32>, tensor<2x2xi64>) -> tensor<*xf32>
  // A scalar index removes the axis.
  // CHECK: onnx.Gather {{.*}} -> tensor<4x3xf32>
  %1 = onnx.Gather %x, %j : (tensor<5x4x3xf32>, tensor<i32>) -> tensor<*xf32>
  // CHECK: onnx.Gather {{.*}} -> tensor<5x4x2x2xf32>
  %2 = onnx.Gather %x, %i {axis = -1 : i64} : (tensor<5x4x3xf32>, tensor<2x2xi64>) -> tensor<*xf32>
  return %0, %1, %2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// CHECK-LABEL: func.func @squeeze_unsqueeze
func.func @squeeze_unsqueeze(%x: tensor<1x3x1x5xf32>, %xd: tensor<?x3x1xf32>, %y: tensor<2x3xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %none = onnx.NoValue
  %a0 = onnx.Constant dense<[0]> : tensor<1xi64>
  %am2 = onnx.Constant dense<[-2]> : tensor<1xi64>
  %a03 = onnx.Constant dense<[0, 3]> : tensor<2xi64>
  %am1 = onnx.Constant dense<[-1]> : tensor<1xi64>
  // CHECK: onnx.Squeeze {{.*}} -> tensor<3x5xf32>
  %0 = onnx.Squeeze %x, %none : (tensor<1x3x1x5xf32>, none) -> tensor<*xf32>
  // CHECK: onnx.Squeeze {{.*}} -> tensor<1x3x5xf32>
  %1 = onnx.Squeeze %x, %am2 : (tensor<1x3x1x5xf32>, tensor<1xi64>) -> tensor<*xf32>
  // Squeezing a dynamic dim asserts it is 1.
  // CHECK: onnx.Squeeze {{.*}} -> tensor<3x1xf32>
  %2 = onnx.Squeeze %xd, %a0 : (tensor<?x3x1xf32>, tensor<1xi64>) -> tensor<*xf32>
  // Without axes, whether a dynamic dim is squeezed is unknown.
  // CHECK: onnx.Squeeze {{.*}} -> tensor<*xf32>
  %3 = onnx.Squeeze %xd, %none : (tensor<?x3x1xf32>, none) -> tensor<*xf32>
  // Axes index the output: 0 and 3 of a rank-4 result.
  // CHECK: onnx.Unsqueeze {{.*}} -> tensor<1x2x3x1xf32>
  %4 = onnx.Unsqueeze %y, %a03 : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<*xf32>
  // CHECK: onnx.Unsqueeze {{.*}} -> tensor<2x3x1xf32>
  %5 = onnx.Unsqueeze %y, %am1 : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// CHECK-LABEL: func.func @split
func.func @split(%x: tensor<2x6xf32>, %y: tensor<7x2xf32>, %z: tensor<?x4xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %none = onnx.NoValue
  %sizes = onnx.Constant dense<[1, 5]> : tensor<2xi64>
  // CHECK: onnx.Split {{.*}} -> (tensor<2x1xf32>, tensor<2x5xf32>)
  %0:2 = onnx.Split %x, %sizes {axis = 1 : i64} : (tensor<2x6xf32>, tensor<2xi64>) -> (tensor<*xf32>, tensor<*xf32>)
  // Equal parts.
  // CHECK: onnx.Split {{.*}} -> (tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>)
  %1:3 = onnx.Split %x, %none {axis = -1 : i64} : (tensor<2x6xf32>, none) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  // 7 in 3 parts: ceil(7 / 3) = 3, 3, and the remaining 1.
  // CHECK: onnx.Split {{.*}} -> (tensor<3x2xf32>, tensor<3x2xf32>, tensor<1x2xf32>)
  %2:3 = onnx.Split %y, %none {num_outputs = 3 : i64} : (tensor<7x2xf32>, none) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  // CHECK: onnx.Split {{.*}} -> (tensor<?x2xf32>, tensor<?x2xf32>)
  %3:2 = onnx.Split %z, %none {axis = 1 : i64} : (tensor<?x4xf32>, none) -> (tensor<*xf32>, tensor<*xf32>)
  return %0#0, %0#1, %1#0, %2#2, %3#0, %3#1, %2#0, %1#2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// CHECK-LABEL: func.func @pad
func.func @pad(%x: tensor<2x3xf32>, %xd: tensor<?x3xf32>, %p: tensor<4xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %none = onnx.NoValue
  // pads are [x1_begin, x2_begin, x1_end, x2_end].
  %pads = onnx.Constant dense<[1, 2, 3, 4]> : tensor<4xi64>
  // CHECK: onnx.Pad {{.*}} -> tensor<6x9xf32>
  %0 = onnx.Pad %x, %pads, %none, %none : (tensor<2x3xf32>, tensor<4xi64>, none, none) -> tensor<*xf32>
  // With axes, pads cover only those axes; negative pads crop.
  %pads2 = onnx.Constant dense<[-1, 2]> : tensor<2xi64>
  %axes = onnx.Constant dense<[-1]> : tensor<1xi64>
  // CHECK: onnx.Pad {{.*}} -> tensor<?x4xf32>
  %1 = onnx.Pad %xd, %pads2, %none, %axes {mode = "reflect"} : (tensor<?x3xf32>, tensor<2xi64>, none, tensor<1xi64>) -> tensor<*xf32>
  // CHECK: onnx.Pad {{.*}} -> tensor<?x9xf32>
  %2 = onnx.Pad %xd, %pads, %none, %none : (tensor<?x3xf32>, tensor<4xi64>, none, none) -> tensor<*xf32>
  // CHECK: onnx.Pad {{.*}} -> tensor<?x?xf32>
  %3 = onnx.Pad %x, %p, %none, %none : (tensor<2x3xf32>, tensor<4xi64>, none, none) -> tensor<*xf32>
  return %0, %1, %2, %3 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// CHECK-LABEL: func.func @expand_tile
func.func @expand_tile(%x: tensor<3x1xf32>, %y: tensor<3x4xf32>, %xd: tensor<?x1xf32>, %s: tensor<3xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %s214 = onnx.Constant dense<[2, 1, 4]> : tensor<3xi64>
  %s11 = onnx.Constant dense<[1, 1]> : tensor<2xi64>
  // CHECK: onnx.Expand {{.*}} -> tensor<2x3x4xf32>
  %0 = onnx.Expand %x, %s214 : (tensor<3x1xf32>, tensor<3xi64>) -> tensor<*xf32>
  // Expand broadcasts both ways: a shape of ones keeps the input's dims.
  // CHECK: onnx.Expand {{.*}} -> tensor<3x4xf32>
  %1 = onnx.Expand %y, %s11 : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  // CHECK: onnx.Expand {{.*}} -> tensor<2x?x4xf32>
  %2 = onnx.Expand %xd, %s214 : (tensor<?x1xf32>, tensor<3xi64>) -> tensor<*xf32>
  // CHECK: onnx.Expand {{.*}} -> tensor<?x?x?xf32>
  %3 = onnx.Expand %x, %s : (tensor<3x1xf32>, tensor<3xi64>) -> tensor<*xf32>
  %r = onnx.Constant dense<[2, 3]> : tensor<2xi64>
  // CHECK: onnx.Tile {{.*}} -> tensor<6x3xf32>
  %4 = onnx.Tile %x, %r : (tensor<3x1xf32>, tensor<2xi64>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// CHECK-LABEL: func.func @resize
func.func @resize(%x: tensor<1x3x8x8xf32>, %xd: tensor<?x3x?x8xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %none = onnx.NoValue
  %sizes = onnx.Constant dense<[1, 3, 16, 24]> : tensor<4xi64>
  // CHECK: onnx.Resize {{.*}} -> tensor<1x3x16x24xf32>
  %0 = onnx.Resize %x, %none, %none, %sizes : (tensor<1x3x8x8xf32>, none, none, tensor<4xi64>) -> tensor<*xf32>
  %scales = onnx.Constant dense<[1.0, 1.0, 2.0, 1.5]> : tensor<4xf32>
  // CHECK: onnx.Resize {{.*}} -> tensor<?x3x?x12xf32>
  %1 = onnx.Resize %xd, %none, %scales, %none : (tensor<?x3x?x8xf32>, none, tensor<4xf32>, none) -> tensor<*xf32>
  // sizes for the listed axes only.
  %sizes2 = onnx.Constant dense<[5, 7]> : tensor<2xi64>
  // CHECK: onnx.Resize {{.*}} -> tensor<1x3x5x7xf32>
  %2 = onnx.Resize %x, %none, %none, %sizes2 {axes = [-2, -1]} : (tensor<1x3x8x8xf32>, none, none, tensor<2xi64>) -> tensor<*xf32>
  // An empty scales tensor (opset 11 style) means "use sizes".
  %empty = onnx.Constant dense<> : tensor<0xf32>
  // CHECK: onnx.Resize {{.*}} -> tensor<1x3x16x24xf32>
  %3 = onnx.Resize %x, %none, %empty, %sizes : (tensor<1x3x8x8xf32>, none, tensor<0xf32>, tensor<4xi64>) -> tensor<*xf32>
  return %0, %1, %2, %3 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

//===----------------------------------------------------------------------===//
// Shape, Size, ConstantOfShape, Range
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @shape
func.func @shape(%x: tensor<2x?x4x5xf32>, %u: tensor<*xf32>) -> (tensor<*xi64>, tensor<*xi64>, tensor<*xi64>, tensor<*xi64>, tensor<*xi64>, tensor<*xi64>, tensor<*xi64>) {
  // CHECK: onnx.Shape {{.*}} -> tensor<4xi64>
  %0 = onnx.Shape %x : (tensor<2x?x4x5xf32>) -> tensor<*xi64>
  // CHECK: onnx.Shape {{.*}} -> tensor<3xi64>
  %1 = onnx.Shape %x {start = 1 : i64} : (tensor<2x?x4x5xf32>) -> tensor<*xi64>
  // CHECK: onnx.Shape {{.*}} -> tensor<2xi64>
  %2 = onnx.Shape %x {start = 1 : i64, end = -1 : i64} : (tensor<2x?x4x5xf32>) -> tensor<*xi64>
  // Out-of-range start and end are clamped.
  // CHECK: onnx.Shape {{.*}} -> tensor<4xi64>
  %3 = onnx.Shape %x {start = -10 : i64, end = 10 : i64} : (tensor<2x?x4x5xf32>) -> tensor<*xi64>
  // CHECK: onnx.Shape {{.*}} -> tensor<0xi64>
  %4 = onnx.Shape %x {start = 3 : i64, end = 1 : i64} : (tensor<2x?x4x5xf32>) -> tensor<*xi64>
  // CHECK: onnx.Shape {{.*}} -> tensor<?xi64>
  %5 = onnx.Shape %u : (tensor<*xf32>) -> tensor<*xi64>
  // CHECK: onnx.Size {{.*}} -> tensor<i64>
  %6 = onnx.Size %u : (tensor<*xf32>) -> tensor<*xi64>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<*xi64>, tensor<*xi64>, tensor<*xi64>, tensor<*xi64>, tensor<*xi64>, tensor<*xi64>, tensor<*xi64>
}

// CHECK-LABEL: func.func @constant_of_shape
func.func @constant_of_shape(%s: tensor<3xi64>) -> (tensor<*xf32>, tensor<*xi64>, tensor<*xf32>, tensor<*xf32>) {
  %c = onnx.Constant dense<[2, 3]> : tensor<2xi64>
  // The default value is a float 0.
  // CHECK: onnx.ConstantOfShape {{.*}} -> tensor<2x3xf32>
  %0 = onnx.ConstantOfShape %c : (tensor<2xi64>) -> tensor<*xf32>
  // CHECK: onnx.ConstantOfShape {{.*}} -> tensor<2x3xi64>
  %1 = onnx.ConstantOfShape %c {value = dense<7> : tensor<1xi64>} : (tensor<2xi64>) -> tensor<*xi64>
  // CHECK: onnx.ConstantOfShape {{.*}} -> tensor<?x?x?xf32>
  %2 = onnx.ConstantOfShape %s : (tensor<3xi64>) -> tensor<*xf32>
  // An empty shape gives a scalar.
  %e = onnx.Constant dense<> : tensor<0xi64>
  // CHECK: onnx.ConstantOfShape {{.*}} -> tensor<f32>
  %3 = onnx.ConstantOfShape %e : (tensor<0xi64>) -> tensor<*xf32>
  return %0, %1, %2, %3 : tensor<*xf32>, tensor<*xi64>, tensor<*xf32>, tensor<*xf32>
}

// CHECK-LABEL: func.func @range
func.func @range(%n: tensor<i64>) -> (tensor<*xi64>, tensor<*xi64>, tensor<*xf32>, tensor<*xi64>, tensor<*xi64>) {
  %c0 = onnx.Constant dense<0> : tensor<i64>
  %c10 = onnx.Constant dense<10> : tensor<i64>
  %c3 = onnx.Constant dense<3> : tensor<i64>
  %cm3 = onnx.Constant dense<-3> : tensor<i64>
  // ceil((10 - 0) / 3) = 4: 0, 3, 6, 9.
  // CHECK: onnx.Range {{.*}} -> tensor<4xi64>
  %0 = onnx.Range %c0, %c10, %c3 : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<*xi64>
  // 10, 7, 4, 1.
  // CHECK: onnx.Range {{.*}} -> tensor<4xi64>
  %1 = onnx.Range %c10, %c0, %cm3 : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<*xi64>
  %f1 = onnx.Constant dense<1.0> : tensor<f32>
  %f2 = onnx.Constant dense<2.0> : tensor<f32>
  %f03 = onnx.Constant dense<0.25> : tensor<f32>
  // CHECK: onnx.Range {{.*}} -> tensor<4xf32>
  %2 = onnx.Range %f1, %f2, %f03 : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<*xf32>
  // An empty range.
  // CHECK: onnx.Range {{.*}} -> tensor<0xi64>
  %3 = onnx.Range %c10, %c0, %c3 : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<*xi64>
  // CHECK: onnx.Range {{.*}} -> tensor<?xi64>
  %4 = onnx.Range %c0, %n, %c3 : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<*xi64>
  return %0, %1, %2, %3, %4 : tensor<*xi64>, tensor<*xi64>, tensor<*xf32>, tensor<*xi64>, tensor<*xi64>
}

//===----------------------------------------------------------------------===//
// Control flow and the function signature
//===----------------------------------------------------------------------===//

// The regions are refined first, then the results from what they yield.
// CHECK-LABEL: func.func @if
// CHECK-SAME: -> (tensor<2x?xf32>, tensor<*xf32>, tensor<2x3xf32>)
func.func @if(%cond: tensor<i1>, %a: tensor<2x3xf32>, %b: tensor<2x4xf32>, %c: tensor<3xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  // CHECK: onnx.If %{{.*}} : tensor<i1> -> tensor<2x?xf32>, tensor<*xf32>, tensor<2x3xf32> {
  // CHECK: onnx.Relu {{.*}} -> tensor<2x3xf32>
  // CHECK: onnx.Yield {{.*}} : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
  // CHECK: } else {
  // CHECK: onnx.Neg {{.*}} -> tensor<2x4xf32>
  // CHECK: onnx.Yield {{.*}} : tensor<2x4xf32>, tensor<3xf32>, tensor<2x3xf32>
  %0:3 = onnx.If %cond : tensor<i1> -> tensor<*xf32>, tensor<*xf32>, tensor<*xf32> {
    %r = onnx.Relu %a : (tensor<2x3xf32>) -> tensor<*xf32>
    onnx.Yield %r, %a, %r : tensor<*xf32>, tensor<2x3xf32>, tensor<*xf32>
  } else {
    %n = onnx.Neg %b : (tensor<2x4xf32>) -> tensor<*xf32>
    onnx.Yield %n, %c, %a : tensor<*xf32>, tensor<3xf32>, tensor<2x3xf32>
  }
  return %0#0, %0#1, %0#2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// Carried values keep the dims the body preserves; scan outputs gain a
// leading dim of unknown size.
// CHECK-LABEL: func.func @loop
// CHECK-SAME: -> (tensor<2x3xf32>, tensor<?xf32>, tensor<?x2x3xf32>)
func.func @loop(%m: tensor<i64>, %cond: tensor<i1>, %a: tensor<2x3xf32>, %v: tensor<1xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  // CHECK: onnx.Loop({{.*}}) : (tensor<i64>, tensor<i1>, tensor<2x3xf32>, tensor<1xf32>) -> (tensor<2x3xf32>, tensor<?xf32>, tensor<?x2x3xf32>)
  // CHECK: onnx.Concat {{.*}} -> tensor<2xf32>
  %0:3 = onnx.Loop(%m, %cond, %a, %v) : (tensor<i64>, tensor<i1>, tensor<2x3xf32>, tensor<1xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  ^bb0(%i: tensor<i64>, %c: tensor<i1>, %x: tensor<2x3xf32>, %y: tensor<1xf32>):
    %x2 = onnx.Relu %x : (tensor<2x3xf32>) -> tensor<*xf32>
    %y2 = onnx.Concat %y, %y {axis = 0 : i64} : (tensor<1xf32>, tensor<1xf32>) -> tensor<*xf32>
    onnx.Yield %c, %x2, %y2, %x2 : tensor<i1>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
  }
  return %0#0, %0#1, %0#2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// CHECK-LABEL: func.func @scan
// CHECK-SAME: -> (tensor<3xf32>, tensor<5x3xf32>)
func.func @scan(%init: tensor<3xf32>, %xs: tensor<5x3xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  %0:2 = onnx.Scan(%init, %xs) : (tensor<3xf32>, tensor<5x3xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  ^bb0(%s: tensor<3xf32>, %x: tensor<3xf32>):
    %sum = onnx.Add %s, %x : (tensor<3xf32>, tensor<3xf32>) -> tensor<*xf32>
    onnx.Yield %sum, %sum : tensor<*xf32>, tensor<*xf32>
  } {num_scan_inputs = 1 : i64}
  return %0#0, %0#1 : tensor<*xf32>, tensor<*xf32>
}

// Refinement flows through chains of ops, and the signature follows.
// CHECK-LABEL: func.func @chain
// CHECK-SAME: (%{{.*}}: tensor<1x3x8x8xf32>, %{{.*}}: tensor<4x3x3x3xf32>) -> tensor<1x144xf32>
func.func @chain(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<*xf32> {
  %none = onnx.NoValue
  // CHECK: onnx.Conv {{.*}} -> tensor<1x4x6x6xf32>
  %0 = onnx.Conv %x, %w, %none : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, none) -> tensor<*xf32>
  // CHECK: onnx.Relu {{.*}} -> tensor<1x4x6x6xf32>
  %1 = onnx.Relu %0 : (tensor<*xf32>) -> tensor<*xf32>
  // CHECK: onnx.Flatten {{.*}} -> tensor<1x144xf32>
  %2 = onnx.Flatten %1 : (tensor<*xf32>) -> tensor<*xf32>
  // CHECK: return {{.*}} : tensor<1x144xf32>
  return %2 : tensor<*xf32>
}

// Declared dims are kept where inference knows less.
// CHECK-LABEL: func.func @keeps_declared_dims
// CHECK-SAME: -> tensor<4x3xf32>
func.func @keeps_declared_dims(%x: tensor<?x3xf32>) -> tensor<4x3xf32> {
  // CHECK: onnx.Relu {{.*}} -> tensor<4x3xf32>
  %0 = onnx.Relu %x : (tensor<?x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}
