// RUN: onnxc-opt %s -split-input-file --onnx-simplify | FileCheck %s

// --onnx-simplify alternates shape inference with the folders until nothing
// changes: shape computations on static shapes become constants and the ops
// that consume them get static result types.

// CHECK-LABEL: func.func @identity_removed
// CHECK-SAME: (%[[X:.+]]: tensor<2x3xf32>) -> tensor<2x3xf32>
func.func @identity_removed(%x: tensor<2x3xf32>) -> tensor<*xf32> {
  // CHECK-NOT: onnx.Identity
  // CHECK: %[[R:.+]] = onnx.Relu %[[X]]
  %0 = onnx.Identity %x : (tensor<2x3xf32>) -> tensor<*xf32>
  %1 = onnx.Identity %0 : (tensor<*xf32>) -> tensor<*xf32>
  %2 = onnx.Relu %1 : (tensor<*xf32>) -> tensor<*xf32>
  // CHECK: return %[[R]] : tensor<2x3xf32>
  return %2 : tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @shape_of_static
func.func @shape_of_static(%x: tensor<2x3x4xf32>) -> (tensor<*xi64>, tensor<*xi64>) {
  // CHECK-DAG: %[[S:.+]] = onnx.Constant dense<[2, 3, 4]> : tensor<3xi64>
  // CHECK-DAG: %[[T:.+]] = onnx.Constant dense<[3, 4]> : tensor<2xi64>
  // CHECK-NOT: onnx.Shape
  %0 = onnx.Shape %x : (tensor<2x3x4xf32>) -> tensor<*xi64>
  %1 = onnx.Shape %x {start = -2 : i64} : (tensor<2x3x4xf32>) -> tensor<*xi64>
  // CHECK: return %[[S]], %[[T]] : tensor<3xi64>, tensor<2xi64>
  return %0, %1 : tensor<*xi64>, tensor<*xi64>
}

// -----

// A dynamic dim keeps Shape (its result type is still refined).
// CHECK-LABEL: func.func @shape_of_dynamic
func.func @shape_of_dynamic(%x: tensor<?x3xf32>) -> tensor<*xi64> {
  // CHECK: onnx.Shape %{{.*}} : (tensor<?x3xf32>) -> tensor<2xi64>
  %0 = onnx.Shape %x : (tensor<?x3xf32>) -> tensor<*xi64>
  return %0 : tensor<*xi64>
}

// -----

// CHECK-LABEL: func.func @size_of_static
func.func @size_of_static(%x: tensor<2x3x4xf32>) -> tensor<*xi64> {
  // CHECK: %[[C:.+]] = onnx.Constant dense<24> : tensor<i64>
  // CHECK-NOT: onnx.Size
  %0 = onnx.Size %x : (tensor<2x3x4xf32>) -> tensor<*xi64>
  // CHECK: return %[[C]] : tensor<i64>
  return %0 : tensor<*xi64>
}

// -----

// The shape computation that PyTorch exports in front of every attention
// head split: Shape -> Gather -> Unsqueeze -> Concat -> Reshape.
// CHECK-LABEL: func.func @bert_reshape_chain
// CHECK-SAME: (%[[X:.+]]: tensor<2x8x768xf32>) -> tensor<2x12x8x64xf32>
func.func @bert_reshape_chain(%x: tensor<2x8x768xf32>) -> tensor<*xf32> {
  // CHECK-DAG: %[[SHAPE:.+]] = onnx.Constant dense<[2, 8, 12, 64]> : tensor<4xi64>
  // CHECK-NOT: onnx.Shape
  // CHECK-NOT: onnx.Gather
  // CHECK-NOT: onnx.Unsqueeze
  // CHECK-NOT: onnx.Concat
  // CHECK: %[[R:.+]] = onnx.Reshape %[[X]], %[[SHAPE]] : (tensor<2x8x768xf32>, tensor<4xi64>) -> tensor<2x8x12x64xf32>
  // CHECK: %[[T:.+]] = onnx.Transpose %[[R]] {perm = [0, 2, 1, 3]} : (tensor<2x8x12x64xf32>) -> tensor<2x12x8x64xf32>
  // CHECK: return %[[T]] : tensor<2x12x8x64xf32>
  %shape = onnx.Shape %x : (tensor<2x8x768xf32>) -> tensor<*xi64>
  %i0 = onnx.Constant dense<0> : tensor<i64>
  %i1 = onnx.Constant dense<1> : tensor<i64>
  %d0 = onnx.Gather %shape, %i0 {axis = 0 : i64} : (tensor<*xi64>, tensor<i64>) -> tensor<*xi64>
  %d1 = onnx.Gather %shape, %i1 {axis = 0 : i64} : (tensor<*xi64>, tensor<i64>) -> tensor<*xi64>
  %ax = onnx.Constant dense<[0]> : tensor<1xi64>
  %u0 = onnx.Unsqueeze %d0, %ax : (tensor<*xi64>, tensor<1xi64>) -> tensor<*xi64>
  %u1 = onnx.Unsqueeze %d1, %ax : (tensor<*xi64>, tensor<1xi64>) -> tensor<*xi64>
  %heads = onnx.Constant dense<[12]> : tensor<1xi64>
  %size = onnx.Constant dense<[64]> : tensor<1xi64>
  %cat = onnx.Concat %u0, %u1, %heads, %size {axis = 0 : i64} : (tensor<*xi64>, tensor<*xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<*xi64>
  %r = onnx.Reshape %x, %cat : (tensor<2x8x768xf32>, tensor<*xi64>) -> tensor<*xf32>
  %t = onnx.Transpose %r {perm = [0, 2, 1, 3]} : (tensor<*xf32>) -> tensor<*xf32>
  return %t : tensor<*xf32>
}

// -----

// The same chain with the hidden size computed by arithmetic on the shape:
// [d0, d1, d2 / 12 * 1] through Div and Mul.
// CHECK-LABEL: func.func @reshape_chain_arithmetic
// CHECK-SAME: -> tensor<2x8x12x64xf32>
func.func @reshape_chain_arithmetic(%x: tensor<2x8x768xf32>) -> tensor<*xf32> {
  // CHECK: %[[SHAPE:.+]] = onnx.Constant dense<[2, 8, 12, 64]> : tensor<4xi64>
  // CHECK-NOT: onnx.Div
  // CHECK-NOT: onnx.Mul
  // CHECK-NOT: onnx.Slice
  // CHECK: onnx.Reshape %{{.*}}, %[[SHAPE]] : (tensor<2x8x768xf32>, tensor<4xi64>) -> tensor<2x8x12x64xf32>
  %shape = onnx.Shape %x : (tensor<2x8x768xf32>) -> tensor<*xi64>
  %i2 = onnx.Constant dense<[2]> : tensor<1xi64>
  %hidden = onnx.Gather %shape, %i2 : (tensor<*xi64>, tensor<1xi64>) -> tensor<*xi64>
  %heads = onnx.Constant dense<[12]> : tensor<1xi64>
  %one = onnx.Constant dense<1> : tensor<i64>
  %q = onnx.Div %hidden, %heads : (tensor<*xi64>, tensor<1xi64>) -> tensor<*xi64>
  %size = onnx.Mul %q, %one : (tensor<*xi64>, tensor<i64>) -> tensor<*xi64>
  %none_steps = onnx.NoValue
  %s0 = onnx.Constant dense<[0]> : tensor<1xi64>
  %e2 = onnx.Constant dense<[2]> : tensor<1xi64>
  %lead = onnx.Slice %shape, %s0, %e2, %s0, %none_steps : (tensor<*xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, none) -> tensor<*xi64>
  %cat = onnx.Concat %lead, %heads, %size {axis = 0 : i64} : (tensor<*xi64>, tensor<1xi64>, tensor<*xi64>) -> tensor<*xi64>
  %r = onnx.Reshape %x, %cat : (tensor<2x8x768xf32>, tensor<*xi64>) -> tensor<*xf32>
  return %r : tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @integer_arithmetic
func.func @integer_arithmetic() -> (tensor<*xi64>, tensor<*xi64>, tensor<*xi64>, tensor<*xi64>, tensor<*xi32>) {
  %a = onnx.Constant dense<[7, -7, 12]> : tensor<3xi64>
  %b = onnx.Constant dense<2> : tensor<i64>
  %c = onnx.Constant dense<[1, 2, 3]> : tensor<3xi64>
  // CHECK-DAG: %[[ADD:.+]] = onnx.Constant dense<[8, -5, 15]> : tensor<3xi64>
  %0 = onnx.Add %a, %c : (tensor<3xi64>, tensor<3xi64>) -> tensor<*xi64>
  // A scalar broadcasts against the vector.
  // CHECK-DAG: %[[MUL:.+]] = onnx.Constant dense<[14, -14, 24]> : tensor<3xi64>
  %1 = onnx.Mul %a, %b : (tensor<3xi64>, tensor<i64>) -> tensor<*xi64>
  // Integer Div truncates toward zero.
  // CHECK-DAG: %[[DIV:.+]] = onnx.Constant dense<[3, -3, 6]> : tensor<3xi64>
  %2 = onnx.Div %a, %b : (tensor<3xi64>, tensor<i64>) -> tensor<*xi64>
  // CHECK-DAG: %[[SUB:.+]] = onnx.Constant dense<[-5, 9, -10]> : tensor<3xi64>
  %3 = onnx.Sub %b, %a : (tensor<i64>, tensor<3xi64>) -> tensor<*xi64>
  // i32 arithmetic stays i32.
  %x = onnx.Constant dense<[100, 200]> : tensor<2xi32>
  %y = onnx.Constant dense<[3]> : tensor<1xi32>
  // CHECK-DAG: %[[I32:.+]] = onnx.Constant dense<[300, 600]> : tensor<2xi32>
  %4 = onnx.Mul %x, %y : (tensor<2xi32>, tensor<1xi32>) -> tensor<*xi32>
  // CHECK-NOT: onnx.Add
  // CHECK-NOT: onnx.Mul
  // CHECK-NOT: onnx.Div
  // CHECK-NOT: onnx.Sub
  // CHECK: return %[[ADD]], %[[MUL]], %[[DIV]], %[[SUB]], %[[I32]]
  return %0, %1, %2, %3, %4 : tensor<*xi64>, tensor<*xi64>, tensor<*xi64>, tensor<*xi64>, tensor<*xi32>
}

// -----

// Division by zero is left for run time; float arithmetic is not folded.
// CHECK-LABEL: func.func @not_folded
func.func @not_folded() -> (tensor<*xi64>, tensor<*xf32>) {
  %a = onnx.Constant dense<[4, 5]> : tensor<2xi64>
  %z = onnx.Constant dense<[2, 0]> : tensor<2xi64>
  // CHECK: onnx.Div %{{.*}}, %{{.*}} : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  %0 = onnx.Div %a, %z : (tensor<2xi64>, tensor<2xi64>) -> tensor<*xi64>
  %f = onnx.Constant dense<[1.0, 2.0]> : tensor<2xf32>
  // CHECK: onnx.Add %{{.*}}, %{{.*}} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  %1 = onnx.Add %f, %f : (tensor<2xf32>, tensor<2xf32>) -> tensor<*xf32>
  return %0, %1 : tensor<*xi64>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @cast_of_int_constant
func.func @cast_of_int_constant() -> (tensor<*xf32>, tensor<*xi32>, tensor<*xi8>, tensor<*xi64>) {
  %a = onnx.Constant dense<[1, -2, 300]> : tensor<3xi64>
  // CHECK-DAG: %[[F:.+]] = onnx.Constant dense<[1.000000e+00, -2.000000e+00, 3.000000e+02]> : tensor<3xf32>
  %0 = onnx.Cast %a {to = 1 : i64} : (tensor<3xi64>) -> tensor<*xf32>
  // CHECK-DAG: %[[I:.+]] = onnx.Constant dense<[1, -2, 300]> : tensor<3xi32>
  %1 = onnx.Cast %a {to = 6 : i64} : (tensor<3xi64>) -> tensor<*xi32>
  // Narrowing integer casts wrap (300 = 0x12C -> 0x2C = 44).
  // CHECK-DAG: %[[B:.+]] = onnx.Constant dense<[1, -2, 44]> : tensor<3xi8>
  %2 = onnx.Cast %a {to = 3 : i64} : (tensor<3xi64>) -> tensor<*xi8>
  // A cast to the same type is the input.
  // CHECK-DAG: %[[A:.+]] = onnx.Constant dense<[1, -2, 300]> : tensor<3xi64>
  %3 = onnx.Cast %a {to = 7 : i64} : (tensor<3xi64>) -> tensor<*xi64>
  // CHECK-NOT: onnx.Cast
  // CHECK: return %[[F]], %[[I]], %[[B]], %[[A]]
  return %0, %1, %2, %3 : tensor<*xf32>, tensor<*xi32>, tensor<*xi8>, tensor<*xi64>
}

// -----

// CHECK-LABEL: func.func @cast_same_type_removed
// CHECK-SAME: (%[[X:.+]]: tensor<4xf32>)
func.func @cast_same_type_removed(%x: tensor<4xf32>) -> tensor<*xf32> {
  // CHECK-NOT: onnx.Cast
  // CHECK: return %[[X]] : tensor<4xf32>
  %0 = onnx.Cast %x {to = 1 : i64} : (tensor<4xf32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @slice_of_constant
func.func @slice_of_constant() -> (tensor<*xi64>, tensor<*xi64>, tensor<*xi64>) {
  %none = onnx.NoValue
  %v = onnx.Constant dense<[10, 20, 30, 40, 50]> : tensor<5xi64>
  %s1 = onnx.Constant dense<[1]> : tensor<1xi64>
  %e4 = onnx.Constant dense<[-1]> : tensor<1xi64>
  // CHECK-DAG: %[[A:.+]] = onnx.Constant dense<[20, 30, 40]> : tensor<3xi64>
  %0 = onnx.Slice %v, %s1, %e4, %none, %none : (tensor<5xi64>, tensor<1xi64>, tensor<1xi64>, none, none) -> tensor<*xi64>
  // Negative step from the last element past the first: 50, 30, 10.
  %sm1 = onnx.Constant dense<[-1]> : tensor<1xi64>
  %emin = onnx.Constant dense<[-9223372036854775807]> : tensor<1xi64>
  %ax = onnx.Constant dense<[0]> : tensor<1xi64>
  %stm2 = onnx.Constant dense<[-2]> : tensor<1xi64>
  // CHECK-DAG: %[[B:.+]] = onnx.Constant dense<[50, 30, 10]> : tensor<3xi64>
  %1 = onnx.Slice %v, %sm1, %emin, %ax, %stm2 : (tensor<5xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<*xi64>
  // Step 2 and an end past the last element.
  %s0 = onnx.Constant dense<[0]> : tensor<1xi64>
  %emax = onnx.Constant dense<[9223372036854775807]> : tensor<1xi64>
  %st2 = onnx.Constant dense<[2]> : tensor<1xi64>
  // CHECK-DAG: %[[C:.+]] = onnx.Constant dense<[10, 30, 50]> : tensor<3xi64>
  %2 = onnx.Slice %v, %s0, %emax, %ax, %st2 : (tensor<5xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<*xi64>
  // CHECK-NOT: onnx.Slice
  // CHECK: return %[[A]], %[[B]], %[[C]]
  return %0, %1, %2 : tensor<*xi64>, tensor<*xi64>, tensor<*xi64>
}

// -----

// CHECK-LABEL: func.func @squeeze_unsqueeze_of_constant
func.func @squeeze_unsqueeze_of_constant() -> (tensor<*xi64>, tensor<*xi64>, tensor<*xf32>) {
  %none = onnx.NoValue
  %ax0 = onnx.Constant dense<[0]> : tensor<1xi64>
  %s = onnx.Constant dense<5> : tensor<i64>
  // CHECK-DAG: %[[U:.+]] = onnx.Constant dense<5> : tensor<1xi64>
  %0 = onnx.Unsqueeze %s, %ax0 : (tensor<i64>, tensor<1xi64>) -> tensor<*xi64>
  %v = onnx.Constant dense<[[3, 4]]> : tensor<1x2xi64>
  // CHECK-DAG: %[[S:.+]] = onnx.Constant dense<[3, 4]> : tensor<2xi64>
  %1 = onnx.Squeeze %v, %none : (tensor<1x2xi64>, none) -> tensor<*xi64>
  // Float constants fold too.
  %f = onnx.Constant dense<[[1.5], [2.5]]> : tensor<2x1xf32>
  %axm1 = onnx.Constant dense<[-1]> : tensor<1xi64>
  // CHECK-DAG: %[[F:.+]] = onnx.Constant dense<[1.500000e+00, 2.500000e+00]> : tensor<2xf32>
  %2 = onnx.Squeeze %f, %axm1 : (tensor<2x1xf32>, tensor<1xi64>) -> tensor<*xf32>
  // CHECK-NOT: onnx.Squeeze
  // CHECK-NOT: onnx.Unsqueeze
  // CHECK: return %[[U]], %[[S]], %[[F]]
  return %0, %1, %2 : tensor<*xi64>, tensor<*xi64>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @gather_and_concat_of_constants
func.func @gather_and_concat_of_constants() -> (tensor<*xi64>, tensor<*xi64>) {
  %v = onnx.Constant dense<[10, 20, 30]> : tensor<3xi64>
  %i = onnx.Constant dense<[[2, -3], [1, 1]]> : tensor<2x2xi64>
  // CHECK-DAG: %[[G:.+]] = onnx.Constant dense<{{\[}}[30, 10], [20, 20]]> : tensor<2x2xi64>
  %0 = onnx.Gather %v, %i : (tensor<3xi64>, tensor<2x2xi64>) -> tensor<*xi64>
  %w = onnx.Constant dense<[1, 2]> : tensor<2xi64>
  // CHECK-DAG: %[[C:.+]] = onnx.Constant dense<[1, 2, 10, 20, 30]> : tensor<5xi64>
  %1 = onnx.Concat %w, %v {axis = -1 : i64} : (tensor<2xi64>, tensor<3xi64>) -> tensor<*xi64>
  // CHECK: return %[[G]], %[[C]]
  return %0, %1 : tensor<*xi64>, tensor<*xi64>
}

// -----

// Reshape to the input's own static type is the input; of a constant, a
// constant.
// CHECK-LABEL: func.func @reshape_folds
// CHECK-SAME: (%[[X:.+]]: tensor<2x3xf32>)
func.func @reshape_folds(%x: tensor<2x3xf32>) -> (tensor<*xf32>, tensor<*xi64>) {
  %s = onnx.Constant dense<[2, -1]> : tensor<2xi64>
  %0 = onnx.Reshape %x, %s : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<*xf32>
  %c = onnx.Constant dense<[1, 2, 3, 4]> : tensor<4xi64>
  %s22 = onnx.Constant dense<[2, 2]> : tensor<2xi64>
  // CHECK-DAG: %[[C:.+]] = onnx.Constant dense<{{\[}}[1, 2], [3, 4]]> : tensor<2x2xi64>
  %1 = onnx.Reshape %c, %s22 : (tensor<4xi64>, tensor<2xi64>) -> tensor<*xi64>
  // CHECK-NOT: onnx.Reshape
  // CHECK: return %[[X]], %[[C]] : tensor<2x3xf32>, tensor<2x2xi64>
  return %0, %1 : tensor<*xf32>, tensor<*xi64>
}

// -----

// Nothing is known about an unranked input: the Reshape stays.
// CHECK-LABEL: func.func @reshape_unranked_kept
func.func @reshape_unranked_kept(%x: tensor<*xf32>, %s: tensor<?xi64>) -> tensor<*xf32> {
  // CHECK: onnx.Reshape %{{.*}}, %{{.*}} : (tensor<*xf32>, tensor<?xi64>) -> tensor<*xf32>
  %0 = onnx.Reshape %x, %s : (tensor<*xf32>, tensor<?xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// A folded shape feeds ConstantOfShape and Expand, which become static.
// CHECK-LABEL: func.func @folded_shape_consumers
// CHECK-SAME: -> (tensor<4x5xf32>, tensor<4x5xf32>)
func.func @folded_shape_consumers(%x: tensor<4x5xf32>, %b: tensor<5xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  %s = onnx.Shape %x : (tensor<4x5xf32>) -> tensor<*xi64>
  // CHECK: onnx.ConstantOfShape %{{.*}} : (tensor<2xi64>) -> tensor<4x5xf32>
  %0 = onnx.ConstantOfShape %s : (tensor<*xi64>) -> tensor<*xf32>
  // CHECK: onnx.Expand %{{.*}}, %{{.*}} : (tensor<5xf32>, tensor<2xi64>) -> tensor<4x5xf32>
  %1 = onnx.Expand %b, %s : (tensor<5xf32>, tensor<*xi64>) -> tensor<*xf32>
  return %0, %1 : tensor<*xf32>, tensor<*xf32>
}
