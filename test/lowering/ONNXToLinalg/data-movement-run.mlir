// Numeric check of the data-movement lowerings: onnx -> linalg -> LLVM -> run.
// Each function takes its data as arguments, so the ONNX folders cannot fold
// the ops away before they are lowered; @main calls them in order and prints.
// Expected values were computed with numpy: the expression above each function,
// on the inputs that @main passes.
// RUN: onnxc-opt %s --convert-onnx-to-linalg | mlir-opt %lower-to-llvm | %mlir-runner | FileCheck %s

func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI64(tensor<*xi64>)
// Run-time checks (Gather indices, dynamic broadcast dims) call the
// runtime's onnxc_rt_fail; here a failed check aborts the run.
func.func private @abort()
func.func @onnxc_rt_fail(%f: !llvm.ptr, %a: i64, %b: i64, %c: i64) {
  func.call @abort() : () -> ()
  return
}

// numpy: x.reshape(2, -1, 3) (shape [0, -1, 3] given at run time)
func.func @reshape_runtime(%a0: tensor<?x?xf32>, %a1: tensor<3xi64>) -> (tensor<?x?x?xf32>) {
  %r = onnx.Reshape %a0, %a1 : (tensor<?x?xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  return %r : tensor<?x?x?xf32>
}
// CHECK: rank = 3 offset = {{[0-9]+}} sizes = [2, 2, 3]
// CHECK-NEXT: [0, 1, 2]
// CHECK-NEXT: [3, 4, 5]
// CHECK-NEXT: [6, 7, 8]
// CHECK-NEXT: [9, 10, 11]

// numpy: x.reshape(-1, 4)
func.func @reshape_general(%a0: tensor<?x6xf32>) -> (tensor<?x4xf32>) {
  %s = onnx.Constant dense<[-1, 4]> : tensor<2xi64>
  %r = onnx.Reshape %a0, %s : (tensor<?x6xf32>, tensor<2xi64>) -> tensor<?x4xf32>
  return %r : tensor<?x4xf32>
}
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [3, 4]
// CHECK-NEXT: [0, 1, 2, 3]
// CHECK-NEXT: [4, 5, 6, 7]
// CHECK-NEXT: [8, 9, 10, 11]

// numpy: x.reshape(2, 3, -1)
func.func @reshape_expand(%a0: tensor<?x6xf32>) -> (tensor<?x3x2xf32>) {
  %s = onnx.Constant dense<[0, 3, -1]> : tensor<3xi64>
  %r = onnx.Reshape %a0, %s : (tensor<?x6xf32>, tensor<3xi64>) -> tensor<?x3x2xf32>
  return %r : tensor<?x3x2xf32>
}
// CHECK: rank = 3 offset = {{[0-9]+}} sizes = [2, 3, 2]
// CHECK-NEXT: [0, 1]
// CHECK-NEXT: [2, 3]
// CHECK-NEXT: [4, 5]
// CHECK-NEXT: [6, 7]
// CHECK-NEXT: [8, 9]
// CHECK-NEXT: [10, 11]

// numpy: x.reshape(x.shape[0], x.shape[1], 2, -1)
func.func @reshape_shape_chain(%a0: tensor<?x?x4xf32>) -> (tensor<?x?x?x?xf32>) {
  %sh = onnx.Shape %a0 : (tensor<?x?x4xf32>) -> tensor<3xi64>
  %i0 = onnx.Constant dense<0> : tensor<i64>
  %i1 = onnx.Constant dense<1> : tensor<i64>
  %b = onnx.Gather %sh, %i0 {axis = 0 : i64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %s = onnx.Gather %sh, %i1 {axis = 0 : i64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %ax = onnx.Constant dense<[0]> : tensor<1xi64>
  %ub = onnx.Unsqueeze %b, %ax : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %us = onnx.Unsqueeze %s, %ax : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %heads = onnx.Constant dense<[2, -1]> : tensor<2xi64>
  %shape = onnx.Concat %ub, %us, %heads {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>, tensor<2xi64>) -> tensor<4xi64>
  %r = onnx.Reshape %a0, %shape : (tensor<?x?x4xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  return %r : tensor<?x?x?x?xf32>
}
// CHECK: rank = 4 offset = {{[0-9]+}} sizes = [2, 3, 2, 2]
// CHECK-NEXT: [0, 1]
// CHECK-NEXT: [2, 3]
// CHECK-NEXT: [4, 5]
// CHECK-NEXT: [6, 7]
// CHECK-NEXT: [8, 9]
// CHECK-NEXT: [10, 11]
// CHECK-NEXT: [12, 13]
// CHECK-NEXT: [14, 15]
// CHECK-NEXT: [16, 17]
// CHECK-NEXT: [18, 19]
// CHECK-NEXT: [20, 21]
// CHECK-NEXT: [22, 23]

// numpy: x.reshape(2, 6)
func.func @flatten(%a0: tensor<?x3x2xf32>) -> (tensor<?x6xf32>) {
  %r = onnx.Flatten %a0 {axis = -2 : i64} : (tensor<?x3x2xf32>) -> tensor<?x6xf32>
  return %r : tensor<?x6xf32>
}
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [2, 6]
// CHECK-NEXT: [0, 1, 2, 3, 4, 5]
// CHECK-NEXT: [6, 7, 8, 9, 10, 11]

// numpy: x.reshape(3, 1)
func.func @squeeze_unsqueeze(%a0: tensor<?x3xf32>) -> (tensor<3x1xf32>) {
  %ax = onnx.Constant dense<[0]> : tensor<1xi64>
  %q = onnx.Squeeze %a0, %ax : (tensor<?x3xf32>, tensor<1xi64>) -> tensor<3xf32>
  %ax1 = onnx.Constant dense<[-1]> : tensor<1xi64>
  %r = onnx.Unsqueeze %q, %ax1 : (tensor<3xf32>, tensor<1xi64>) -> tensor<3x1xf32>
  return %r : tensor<3x1xf32>
}
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [3, 1]
// CHECK-NEXT: [1.5]
// CHECK-NEXT: [-2]
// CHECK-NEXT: [3.25]

// numpy: x.transpose(1, 2, 0)
func.func @transpose(%a0: tensor<?x3x2xf32>) -> (tensor<3x2x?xf32>) {
  %r = onnx.Transpose %a0 {perm = [1, 2, 0]} : (tensor<?x3x2xf32>) -> tensor<3x2x?xf32>
  return %r : tensor<3x2x?xf32>
}
// CHECK: rank = 3 offset = {{[0-9]+}} sizes = [3, 2, 2]
// CHECK-NEXT: [0, 6]
// CHECK-NEXT: [1, 7]
// CHECK-NEXT: [2, 8]
// CHECK-NEXT: [3, 9]
// CHECK-NEXT: [4, 10]
// CHECK-NEXT: [5, 11]

// numpy: np.concatenate([a, b, a], 0)
func.func @concat(%a0: tensor<?x3xf32>, %a1: tensor<?x3xf32>) -> (tensor<?x3xf32>) {
  %r = onnx.Concat %a0, %a1, %a0 {axis = 0 : i64} : (tensor<?x3xf32>, tensor<?x3xf32>, tensor<?x3xf32>) -> tensor<?x3xf32>
  return %r : tensor<?x3xf32>
}
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [5, 3]
// CHECK-NEXT: [1, 2, 3]
// CHECK-NEXT: [4, 5, 6]
// CHECK-NEXT: [7, 8, 9]
// CHECK-NEXT: [1, 2, 3]
// CHECK-NEXT: [4, 5, 6]

// numpy: x[1:100:2, 0:-1:2]
func.func @slice_strided(%a0: tensor<?x?xf32>) -> (tensor<?x?xf32>) {
  %s = onnx.Constant dense<[1, 0]> : tensor<2xi64>
  %e = onnx.Constant dense<[100, -1]> : tensor<2xi64>
  %ax = onnx.Constant dense<[0, -1]> : tensor<2xi64>
  %st = onnx.Constant dense<[2, 2]> : tensor<2xi64>
  %r = onnx.Slice %a0, %s, %e, %ax, %st : (tensor<?x?xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [2, 2]
// CHECK-NEXT: [5, 7]
// CHECK-NEXT: [15, 17]

// numpy: x[:, ::-2]
func.func @slice_reverse(%a0: tensor<4x5xf32>) -> (tensor<4x3xf32>) {
  %s = onnx.Constant dense<[-1]> : tensor<1xi64>
  %e = onnx.Constant dense<[-9223372036854775808]> : tensor<1xi64>
  %ax = onnx.Constant dense<[1]> : tensor<1xi64>
  %st = onnx.Constant dense<[-2]> : tensor<1xi64>
  %r = onnx.Slice %a0, %s, %e, %ax, %st : (tensor<4x5xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<4x3xf32>
  return %r : tensor<4x3xf32>
}
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [4, 3]
// CHECK-NEXT: [4, 2, 0]
// CHECK-NEXT: [9, 7, 5]
// CHECK-NEXT: [14, 12, 10]
// CHECK-NEXT: [19, 17, 15]

// numpy: x[:, -3:5][::-1] (bounds and step given at run time)
func.func @slice_runtime(%a0: tensor<?x?xf32>, %a1: tensor<1xi64>, %a2: tensor<1xi64>, %a3: tensor<1xi64>) -> (tensor<?x?xf32>) {
  %none = onnx.NoValue
  %ax = onnx.Constant dense<[1]> : tensor<1xi64>
  %c = onnx.Slice %a0, %a1, %a2, %ax, %none : (tensor<?x?xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, none) -> tensor<?x?xf32>
  %s = onnx.Constant dense<[-1]> : tensor<1xi64>
  %e = onnx.Constant dense<[-100]> : tensor<1xi64>
  %ax0 = onnx.Constant dense<[0]> : tensor<1xi64>
  %r = onnx.Slice %c, %s, %e, %ax0, %a3 : (tensor<?x?xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [4, 3]
// CHECK-NEXT: [17, 18, 19]
// CHECK-NEXT: [12, 13, 14]
// CHECK-NEXT: [7, 8, 9]
// CHECK-NEXT: [2, 3, 4]

// numpy: x[:, 1:4:2] (axes [-1] given at run time)
func.func @slice_runtime_axes(%a0: tensor<?x?xf32>, %a1: tensor<1xi64>) -> (tensor<?x?xf32>) {
  %s = onnx.Constant dense<[1]> : tensor<1xi64>
  %e = onnx.Constant dense<[4]> : tensor<1xi64>
  %st = onnx.Constant dense<[2]> : tensor<1xi64>
  %r = onnx.Slice %a0, %s, %e, %a1, %st : (tensor<?x?xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [4, 2]
// CHECK-NEXT: [1, 3]
// CHECK-NEXT: [6, 8]
// CHECK-NEXT: [11, 13]
// CHECK-NEXT: [16, 18]

// numpy: np.take(x, [[0, 2], [-1, 1]], axis=0)
func.func @gather_rows(%a0: tensor<4x3xf32>, %a1: tensor<?x?xi64>) -> (tensor<?x?x3xf32>) {
  %r = onnx.Gather %a0, %a1 {axis = 0 : i64} : (tensor<4x3xf32>, tensor<?x?xi64>) -> tensor<?x?x3xf32>
  return %r : tensor<?x?x3xf32>
}
// CHECK: rank = 3 offset = {{[0-9]+}} sizes = [2, 2, 3]
// CHECK-NEXT: [0, 0.5, 1]
// CHECK-NEXT: [3, 3.5, 4]
// CHECK-NEXT: [4.5, 5, 5.5]
// CHECK-NEXT: [1.5, 2, 2.5]

// numpy: np.take(x, [2, -3, 0, 2], axis=1)
func.func @gather_cols(%a0: tensor<?x?xf32>, %a1: tensor<4xi32>) -> (tensor<?x4xf32>) {
  %r = onnx.Gather %a0, %a1 {axis = -1 : i64} : (tensor<?x?xf32>, tensor<4xi32>) -> tensor<?x4xf32>
  return %r : tensor<?x4xf32>
}
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [4, 4]
// CHECK-NEXT: [1, 0, 0, 1]
// CHECK-NEXT: [2.5, 1.5, 1.5, 2.5]
// CHECK-NEXT: [4, 3, 3, 4]
// CHECK-NEXT: [5.5, 4.5, 4.5, 5.5]

// numpy: x[:, :2], x[:, 2:], then equal parts x[:, :3], x[:, 3:]
func.func @split(%a0: tensor<2x?xf32>) -> (tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>) {
  %sp = onnx.Constant dense<[2, 3]> : tensor<2xi64>
  %r:2 = onnx.Split %a0, %sp {axis = 1 : i64} : (tensor<2x?xf32>, tensor<2xi64>) -> (tensor<2x?xf32>, tensor<2x?xf32>)
  %none = onnx.NoValue
  %q:2 = onnx.Split %a0, %none {axis = -1 : i64, num_outputs = 2 : i64} : (tensor<2x?xf32>, none) -> (tensor<2x?xf32>, tensor<2x?xf32>)
  return %r#0, %r#1, %q#0, %q#1 : tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>
}
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [2, 2]
// CHECK-NEXT: [0, 1]
// CHECK-NEXT: [5, 6]
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [2, 3]
// CHECK-NEXT: [2, 3, 4]
// CHECK-NEXT: [7, 8, 9]
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [2, 3]
// CHECK-NEXT: [0, 1, 2]
// CHECK-NEXT: [5, 6, 7]
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [2, 2]
// CHECK-NEXT: [3, 4]
// CHECK-NEXT: [8, 9]

// numpy: np.pad(x[:, 1:], ((1, 0), (0, 2)), constant_values=7.5)
func.func @pad_constant(%a0: tensor<?x?xf32>) -> (tensor<?x?xf32>) {
  %p = onnx.Constant dense<[1, -1, 0, 2]> : tensor<4xi64>
  %v = onnx.Constant dense<7.5> : tensor<f32>
  %none = onnx.NoValue
  %r = onnx.Pad %a0, %p, %v, %none {mode = "constant"} : (tensor<?x?xf32>, tensor<4xi64>, tensor<f32>, none) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [4, 4]
// CHECK-NEXT: [7.5, 7.5, 7.5, 7.5]
// CHECK-NEXT: [2, 3, 7.5, 7.5]
// CHECK-NEXT: [5, 6, 7.5, 7.5]
// CHECK-NEXT: [8, 9, 7.5, 7.5]

// numpy: np.pad(x, ((0, 0), (5, 2)), mode='reflect')
func.func @pad_reflect(%a0: tensor<2x?xf32>) -> (tensor<2x?xf32>) {
  %p = onnx.Constant dense<[5, 2]> : tensor<2xi64>
  %ax = onnx.Constant dense<[1]> : tensor<1xi64>
  %none = onnx.NoValue
  %r = onnx.Pad %a0, %p, %none, %ax {mode = "reflect"} : (tensor<2x?xf32>, tensor<2xi64>, none, tensor<1xi64>) -> tensor<2x?xf32>
  return %r : tensor<2x?xf32>
}
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [2, 11]
// CHECK-NEXT: [1, 2, 3, 2, 1, 0, 1, 2, 3, 2, 1]
// CHECK-NEXT: [5, 6, 7, 6, 5, 4, 5, 6, 7, 6, 5]

// numpy: np.pad(x, ((1, 0), (1, 2)), mode='edge')
func.func @pad_edge(%a0: tensor<2x4xf32>) -> (tensor<3x7xf32>) {
  %p = onnx.Constant dense<[1, 1, 0, 2]> : tensor<4xi64>
  %none = onnx.NoValue
  %r = onnx.Pad %a0, %p, %none, %none {mode = "edge"} : (tensor<2x4xf32>, tensor<4xi64>, none, none) -> tensor<3x7xf32>
  return %r : tensor<3x7xf32>
}
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [3, 7]
// CHECK-NEXT: [0, 0, 1, 2, 3, 3, 3]
// CHECK-NEXT: [0, 0, 1, 2, 3, 3, 3]
// CHECK-NEXT: [4, 4, 5, 6, 7, 7, 7]

// numpy: np.pad(x, ((0, 0), (3, 2)), mode='wrap')
func.func @pad_wrap(%a0: tensor<2x4xf32>) -> (tensor<2x9xf32>) {
  %p = onnx.Constant dense<[0, 3, 0, 2]> : tensor<4xi64>
  %none = onnx.NoValue
  %r = onnx.Pad %a0, %p, %none, %none {mode = "wrap"} : (tensor<2x4xf32>, tensor<4xi64>, none, none) -> tensor<2x9xf32>
  return %r : tensor<2x9xf32>
}
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [2, 9]
// CHECK-NEXT: [1, 2, 3, 0, 1, 2, 3, 0, 1]
// CHECK-NEXT: [5, 6, 7, 4, 5, 6, 7, 4, 5]

// numpy: np.broadcast_to(x, (2, 3, 4))
func.func @expand_constant(%a0: tensor<3x1xf32>) -> (tensor<2x3x4xf32>) {
  %s = onnx.Constant dense<[2, 1, 4]> : tensor<3xi64>
  %r = onnx.Expand %a0, %s : (tensor<3x1xf32>, tensor<3xi64>) -> tensor<2x3x4xf32>
  return %r : tensor<2x3x4xf32>
}
// CHECK: rank = 3 offset = {{[0-9]+}} sizes = [2, 3, 4]
// CHECK-NEXT: [1, 1, 1, 1]
// CHECK-NEXT: [2, 2, 2, 2]
// CHECK-NEXT: [3, 3, 3, 3]
// CHECK-NEXT: [1, 1, 1, 1]
// CHECK-NEXT: [2, 2, 2, 2]
// CHECK-NEXT: [3, 3, 3, 3]

// numpy: x * np.ones((4, 1)) (shape [4, 1] given at run time)
func.func @expand_runtime(%a0: tensor<?x?xf32>, %a1: tensor<2xi64>) -> (tensor<?x?xf32>) {
  %r = onnx.Expand %a0, %a1 : (tensor<?x?xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [4, 3]
// CHECK-NEXT: [1, 2, 3]
// CHECK-NEXT: [1, 2, 3]
// CHECK-NEXT: [1, 2, 3]
// CHECK-NEXT: [1, 2, 3]

// numpy: np.tile(x, (2, 3))
func.func @tile(%a0: tensor<2x?xf32>) -> (tensor<4x?xf32>) {
  %rep = onnx.Constant dense<[2, 3]> : tensor<2xi64>
  %r = onnx.Tile %a0, %rep : (tensor<2x?xf32>, tensor<2xi64>) -> tensor<4x?xf32>
  return %r : tensor<4x?xf32>
}
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [4, 6]
// CHECK-NEXT: [1, 2, 1, 2, 1, 2]
// CHECK-NEXT: [3, 4, 3, 4, 3, 4]
// CHECK-NEXT: [1, 2, 1, 2, 1, 2]
// CHECK-NEXT: [3, 4, 3, 4, 3, 4]

// numpy: 1 + np.arange(4) * 0.3 (float32)
func.func @range_f32(%a0: tensor<f32>, %a1: tensor<f32>, %a2: tensor<f32>) -> (tensor<?xf32>) {
  %r = onnx.Range %a0, %a1, %a2 : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
  return %r : tensor<?xf32>
}
// CHECK: rank = 1 offset = {{[0-9]+}} sizes = [4]
// CHECK-NEXT: [1, 1.3, 1.6, 1.9]

// numpy: np.full((2, 3), 1.5)
func.func @constant_of_shape(%a0: tensor<2xi64>) -> (tensor<?x?xf32>) {
  %r = onnx.ConstantOfShape %a0 {value = dense<1.5> : tensor<1xf32>} : (tensor<2xi64>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [2, 3]
// CHECK-NEXT: [1.5, 1.5, 1.5]
// CHECK-NEXT: [1.5, 1.5, 1.5]

// numpy: np.pad(x[:-3], (2, 0)) (pads [2, -3] given at run time)
func.func @pad_runtime(%a0: tensor<?xf32>, %a1: tensor<2xi64>) -> (tensor<?xf32>) {
  %none = onnx.NoValue
  %r = onnx.Pad %a0, %a1, %none, %none {mode = "constant"} : (tensor<?xf32>, tensor<2xi64>, none, none) -> tensor<?xf32>
  return %r : tensor<?xf32>
}
// CHECK: rank = 1 offset = {{[0-9]+}} sizes = [5]
// CHECK-NEXT: [0, 0, 1, 2, 3]

// numpy: x[:4], x[4:] (split [4, 2] given at run time)
func.func @split_runtime(%a0: tensor<?xf32>, %a1: tensor<2xi64>) -> (tensor<?xf32>, tensor<?xf32>) {
  %r:2 = onnx.Split %a0, %a1 : (tensor<?xf32>, tensor<2xi64>) -> (tensor<?xf32>, tensor<?xf32>)
  return %r#0, %r#1 : tensor<?xf32>, tensor<?xf32>
}
// CHECK: rank = 1 offset = {{[0-9]+}} sizes = [4]
// CHECK-NEXT: [1, 2, 3, 4]
// CHECK: rank = 1 offset = {{[0-9]+}} sizes = [2]
// CHECK-NEXT: [5, 6]

// numpy: np.tile(x, (1, 2)) (repeats given at run time)
func.func @tile_runtime(%a0: tensor<?x?xf32>, %a1: tensor<2xi64>) -> (tensor<?x?xf32>) {
  %r = onnx.Tile %a0, %a1 : (tensor<?x?xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [2, 4]
// CHECK-NEXT: [1, 2, 1, 2]
// CHECK-NEXT: [3, 4, 3, 4]

// numpy: x[1:100:2] (step given at run time)
func.func @slice_runtime_step(%a0: tensor<?xf32>, %a1: tensor<1xi64>) -> (tensor<?xf32>) {
  %s = onnx.Constant dense<[1]> : tensor<1xi64>
  %e = onnx.Constant dense<[100]> : tensor<1xi64>
  %ax = onnx.Constant dense<[0]> : tensor<1xi64>
  %r = onnx.Slice %a0, %s, %e, %ax, %a1 : (tensor<?xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?xf32>
  return %r : tensor<?xf32>
}
// CHECK: rank = 1 offset = {{[0-9]+}} sizes = [3]
// CHECK-NEXT: [2, 4, 6]

// numpy: np.arange(10, 3, -3)
func.func @range_i64(%a0: tensor<i64>, %a1: tensor<i64>, %a2: tensor<i64>) -> (tensor<?xi64>) {
  %r = onnx.Range %a0, %a1, %a2 : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  return %r : tensor<?xi64>
}
// CHECK: rank = 1 offset = {{[0-9]+}} sizes = [3]
// CHECK-NEXT: [10, 7, 4]

// numpy: x.shape, x.shape[-2:], x.size
func.func @shape_size(%a0: tensor<?x?x2xf32>) -> (tensor<3xi64>, tensor<2xi64>, tensor<i64>) {
  %sh = onnx.Shape %a0 : (tensor<?x?x2xf32>) -> tensor<3xi64>
  %tail = onnx.Shape %a0 {start = -2 : i64} : (tensor<?x?x2xf32>) -> tensor<2xi64>
  %n = onnx.Size %a0 : (tensor<?x?x2xf32>) -> tensor<i64>
  return %sh, %tail, %n : tensor<3xi64>, tensor<2xi64>, tensor<i64>
}
// CHECK: rank = 1 offset = {{[0-9]+}} sizes = [3]
// CHECK-NEXT: [2, 3, 2]
// CHECK: rank = 1 offset = {{[0-9]+}} sizes = [2]
// CHECK-NEXT: [3, 2]
// CHECK: rank = 0 offset = {{[0-9]+}} sizes = []
// CHECK-NEXT: [12]

// numpy: np.take([10, 20, 30, 40, 50], [[3, 1], [4, 1]])
func.func @gather_i64(%a0: tensor<5xi64>, %a1: tensor<2x2xi64>) -> (tensor<2x2xi64>) {
  %r = onnx.Gather %a0, %a1 {axis = 0 : i64} : (tensor<5xi64>, tensor<2x2xi64>) -> tensor<2x2xi64>
  return %r : tensor<2x2xi64>
}
// CHECK: rank = 2 offset = {{[0-9]+}} sizes = [2, 2]
// CHECK-NEXT: [40, 20]
// CHECK-NEXT: [50, 20]

func.func @main() {
  %reshape_runtime_in0 = onnx.Constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0], [6.0, 7.0, 8.0, 9.0, 10.0, 11.0]]> : tensor<2x6xf32>
  %reshape_runtime_in0_d = tensor.cast %reshape_runtime_in0 : tensor<2x6xf32> to tensor<?x?xf32>
  %reshape_runtime_in1 = onnx.Constant dense<[0, -1, 3]> : tensor<3xi64>
  %reshape_runtime_out0 = call @reshape_runtime(%reshape_runtime_in0_d, %reshape_runtime_in1) : (tensor<?x?xf32>, tensor<3xi64>) -> (tensor<?x?x?xf32>)
  %reshape_runtime_u0 = tensor.cast %reshape_runtime_out0 : tensor<?x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%reshape_runtime_u0) : (tensor<*xf32>) -> ()
  %reshape_general_in0 = onnx.Constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0], [6.0, 7.0, 8.0, 9.0, 10.0, 11.0]]> : tensor<2x6xf32>
  %reshape_general_in0_d = tensor.cast %reshape_general_in0 : tensor<2x6xf32> to tensor<?x6xf32>
  %reshape_general_out0 = call @reshape_general(%reshape_general_in0_d) : (tensor<?x6xf32>) -> (tensor<?x4xf32>)
  %reshape_general_u0 = tensor.cast %reshape_general_out0 : tensor<?x4xf32> to tensor<*xf32>
  call @printMemrefF32(%reshape_general_u0) : (tensor<*xf32>) -> ()
  %reshape_expand_in0 = onnx.Constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0], [6.0, 7.0, 8.0, 9.0, 10.0, 11.0]]> : tensor<2x6xf32>
  %reshape_expand_in0_d = tensor.cast %reshape_expand_in0 : tensor<2x6xf32> to tensor<?x6xf32>
  %reshape_expand_out0 = call @reshape_expand(%reshape_expand_in0_d) : (tensor<?x6xf32>) -> (tensor<?x3x2xf32>)
  %reshape_expand_u0 = tensor.cast %reshape_expand_out0 : tensor<?x3x2xf32> to tensor<*xf32>
  call @printMemrefF32(%reshape_expand_u0) : (tensor<*xf32>) -> ()
  %reshape_shape_chain_in0 = onnx.Constant dense<[[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]], [[12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0], [20.0, 21.0, 22.0, 23.0]]]> : tensor<2x3x4xf32>
  %reshape_shape_chain_in0_d = tensor.cast %reshape_shape_chain_in0 : tensor<2x3x4xf32> to tensor<?x?x4xf32>
  %reshape_shape_chain_out0 = call @reshape_shape_chain(%reshape_shape_chain_in0_d) : (tensor<?x?x4xf32>) -> (tensor<?x?x?x?xf32>)
  %reshape_shape_chain_u0 = tensor.cast %reshape_shape_chain_out0 : tensor<?x?x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%reshape_shape_chain_u0) : (tensor<*xf32>) -> ()
  %flatten_in0 = onnx.Constant dense<[[[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]], [[6.0, 7.0], [8.0, 9.0], [10.0, 11.0]]]> : tensor<2x3x2xf32>
  %flatten_in0_d = tensor.cast %flatten_in0 : tensor<2x3x2xf32> to tensor<?x3x2xf32>
  %flatten_out0 = call @flatten(%flatten_in0_d) : (tensor<?x3x2xf32>) -> (tensor<?x6xf32>)
  %flatten_u0 = tensor.cast %flatten_out0 : tensor<?x6xf32> to tensor<*xf32>
  call @printMemrefF32(%flatten_u0) : (tensor<*xf32>) -> ()
  %squeeze_unsqueeze_in0 = onnx.Constant dense<[[1.5, -2.0, 3.25]]> : tensor<1x3xf32>
  %squeeze_unsqueeze_in0_d = tensor.cast %squeeze_unsqueeze_in0 : tensor<1x3xf32> to tensor<?x3xf32>
  %squeeze_unsqueeze_out0 = call @squeeze_unsqueeze(%squeeze_unsqueeze_in0_d) : (tensor<?x3xf32>) -> (tensor<3x1xf32>)
  %squeeze_unsqueeze_u0 = tensor.cast %squeeze_unsqueeze_out0 : tensor<3x1xf32> to tensor<*xf32>
  call @printMemrefF32(%squeeze_unsqueeze_u0) : (tensor<*xf32>) -> ()
  %transpose_in0 = onnx.Constant dense<[[[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]], [[6.0, 7.0], [8.0, 9.0], [10.0, 11.0]]]> : tensor<2x3x2xf32>
  %transpose_in0_d = tensor.cast %transpose_in0 : tensor<2x3x2xf32> to tensor<?x3x2xf32>
  %transpose_out0 = call @transpose(%transpose_in0_d) : (tensor<?x3x2xf32>) -> (tensor<3x2x?xf32>)
  %transpose_u0 = tensor.cast %transpose_out0 : tensor<3x2x?xf32> to tensor<*xf32>
  call @printMemrefF32(%transpose_u0) : (tensor<*xf32>) -> ()
  %concat_in0 = onnx.Constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %concat_in0_d = tensor.cast %concat_in0 : tensor<2x3xf32> to tensor<?x3xf32>
  %concat_in1 = onnx.Constant dense<[[7.0, 8.0, 9.0]]> : tensor<1x3xf32>
  %concat_in1_d = tensor.cast %concat_in1 : tensor<1x3xf32> to tensor<?x3xf32>
  %concat_out0 = call @concat(%concat_in0_d, %concat_in1_d) : (tensor<?x3xf32>, tensor<?x3xf32>) -> (tensor<?x3xf32>)
  %concat_u0 = tensor.cast %concat_out0 : tensor<?x3xf32> to tensor<*xf32>
  call @printMemrefF32(%concat_u0) : (tensor<*xf32>) -> ()
  %slice_strided_in0 = onnx.Constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0, 9.0], [10.0, 11.0, 12.0, 13.0, 14.0], [15.0, 16.0, 17.0, 18.0, 19.0]]> : tensor<4x5xf32>
  %slice_strided_in0_d = tensor.cast %slice_strided_in0 : tensor<4x5xf32> to tensor<?x?xf32>
  %slice_strided_out0 = call @slice_strided(%slice_strided_in0_d) : (tensor<?x?xf32>) -> (tensor<?x?xf32>)
  %slice_strided_u0 = tensor.cast %slice_strided_out0 : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%slice_strided_u0) : (tensor<*xf32>) -> ()
  %slice_reverse_in0 = onnx.Constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0, 9.0], [10.0, 11.0, 12.0, 13.0, 14.0], [15.0, 16.0, 17.0, 18.0, 19.0]]> : tensor<4x5xf32>
  %slice_reverse_out0 = call @slice_reverse(%slice_reverse_in0) : (tensor<4x5xf32>) -> (tensor<4x3xf32>)
  %slice_reverse_u0 = tensor.cast %slice_reverse_out0 : tensor<4x3xf32> to tensor<*xf32>
  call @printMemrefF32(%slice_reverse_u0) : (tensor<*xf32>) -> ()
  %slice_runtime_in0 = onnx.Constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0, 9.0], [10.0, 11.0, 12.0, 13.0, 14.0], [15.0, 16.0, 17.0, 18.0, 19.0]]> : tensor<4x5xf32>
  %slice_runtime_in0_d = tensor.cast %slice_runtime_in0 : tensor<4x5xf32> to tensor<?x?xf32>
  %slice_runtime_in1 = onnx.Constant dense<[-3]> : tensor<1xi64>
  %slice_runtime_in2 = onnx.Constant dense<[5]> : tensor<1xi64>
  %slice_runtime_in3 = onnx.Constant dense<[-1]> : tensor<1xi64>
  %slice_runtime_out0 = call @slice_runtime(%slice_runtime_in0_d, %slice_runtime_in1, %slice_runtime_in2, %slice_runtime_in3) : (tensor<?x?xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> (tensor<?x?xf32>)
  %slice_runtime_u0 = tensor.cast %slice_runtime_out0 : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%slice_runtime_u0) : (tensor<*xf32>) -> ()
  %slice_runtime_axes_in0 = onnx.Constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0, 9.0], [10.0, 11.0, 12.0, 13.0, 14.0], [15.0, 16.0, 17.0, 18.0, 19.0]]> : tensor<4x5xf32>
  %slice_runtime_axes_in0_d = tensor.cast %slice_runtime_axes_in0 : tensor<4x5xf32> to tensor<?x?xf32>
  %slice_runtime_axes_in1 = onnx.Constant dense<[-1]> : tensor<1xi64>
  %slice_runtime_axes_out0 = call @slice_runtime_axes(%slice_runtime_axes_in0_d, %slice_runtime_axes_in1) : (tensor<?x?xf32>, tensor<1xi64>) -> (tensor<?x?xf32>)
  %slice_runtime_axes_u0 = tensor.cast %slice_runtime_axes_out0 : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%slice_runtime_axes_u0) : (tensor<*xf32>) -> ()
  %gather_rows_in0 = onnx.Constant dense<[[0.0, 0.5, 1.0], [1.5, 2.0, 2.5], [3.0, 3.5, 4.0], [4.5, 5.0, 5.5]]> : tensor<4x3xf32>
  %gather_rows_in1 = onnx.Constant dense<[[0, 2], [-1, 1]]> : tensor<2x2xi64>
  %gather_rows_in1_d = tensor.cast %gather_rows_in1 : tensor<2x2xi64> to tensor<?x?xi64>
  %gather_rows_out0 = call @gather_rows(%gather_rows_in0, %gather_rows_in1_d) : (tensor<4x3xf32>, tensor<?x?xi64>) -> (tensor<?x?x3xf32>)
  %gather_rows_u0 = tensor.cast %gather_rows_out0 : tensor<?x?x3xf32> to tensor<*xf32>
  call @printMemrefF32(%gather_rows_u0) : (tensor<*xf32>) -> ()
  %gather_cols_in0 = onnx.Constant dense<[[0.0, 0.5, 1.0], [1.5, 2.0, 2.5], [3.0, 3.5, 4.0], [4.5, 5.0, 5.5]]> : tensor<4x3xf32>
  %gather_cols_in0_d = tensor.cast %gather_cols_in0 : tensor<4x3xf32> to tensor<?x?xf32>
  %gather_cols_in1 = onnx.Constant dense<[2, -3, 0, 2]> : tensor<4xi32>
  %gather_cols_out0 = call @gather_cols(%gather_cols_in0_d, %gather_cols_in1) : (tensor<?x?xf32>, tensor<4xi32>) -> (tensor<?x4xf32>)
  %gather_cols_u0 = tensor.cast %gather_cols_out0 : tensor<?x4xf32> to tensor<*xf32>
  call @printMemrefF32(%gather_cols_u0) : (tensor<*xf32>) -> ()
  %split_in0 = onnx.Constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0, 9.0]]> : tensor<2x5xf32>
  %split_in0_d = tensor.cast %split_in0 : tensor<2x5xf32> to tensor<2x?xf32>
  %split_out:4 = call @split(%split_in0_d) : (tensor<2x?xf32>) -> (tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>)
  %split_u0 = tensor.cast %split_out#0 : tensor<2x?xf32> to tensor<*xf32>
  call @printMemrefF32(%split_u0) : (tensor<*xf32>) -> ()
  %split_u1 = tensor.cast %split_out#1 : tensor<2x?xf32> to tensor<*xf32>
  call @printMemrefF32(%split_u1) : (tensor<*xf32>) -> ()
  %split_u2 = tensor.cast %split_out#2 : tensor<2x?xf32> to tensor<*xf32>
  call @printMemrefF32(%split_u2) : (tensor<*xf32>) -> ()
  %split_u3 = tensor.cast %split_out#3 : tensor<2x?xf32> to tensor<*xf32>
  call @printMemrefF32(%split_u3) : (tensor<*xf32>) -> ()
  %pad_constant_in0 = onnx.Constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]> : tensor<3x3xf32>
  %pad_constant_in0_d = tensor.cast %pad_constant_in0 : tensor<3x3xf32> to tensor<?x?xf32>
  %pad_constant_out0 = call @pad_constant(%pad_constant_in0_d) : (tensor<?x?xf32>) -> (tensor<?x?xf32>)
  %pad_constant_u0 = tensor.cast %pad_constant_out0 : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%pad_constant_u0) : (tensor<*xf32>) -> ()
  %pad_reflect_in0 = onnx.Constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0]]> : tensor<2x4xf32>
  %pad_reflect_in0_d = tensor.cast %pad_reflect_in0 : tensor<2x4xf32> to tensor<2x?xf32>
  %pad_reflect_out0 = call @pad_reflect(%pad_reflect_in0_d) : (tensor<2x?xf32>) -> (tensor<2x?xf32>)
  %pad_reflect_u0 = tensor.cast %pad_reflect_out0 : tensor<2x?xf32> to tensor<*xf32>
  call @printMemrefF32(%pad_reflect_u0) : (tensor<*xf32>) -> ()
  %pad_edge_in0 = onnx.Constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0]]> : tensor<2x4xf32>
  %pad_edge_out0 = call @pad_edge(%pad_edge_in0) : (tensor<2x4xf32>) -> (tensor<3x7xf32>)
  %pad_edge_u0 = tensor.cast %pad_edge_out0 : tensor<3x7xf32> to tensor<*xf32>
  call @printMemrefF32(%pad_edge_u0) : (tensor<*xf32>) -> ()
  %pad_wrap_in0 = onnx.Constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0]]> : tensor<2x4xf32>
  %pad_wrap_out0 = call @pad_wrap(%pad_wrap_in0) : (tensor<2x4xf32>) -> (tensor<2x9xf32>)
  %pad_wrap_u0 = tensor.cast %pad_wrap_out0 : tensor<2x9xf32> to tensor<*xf32>
  call @printMemrefF32(%pad_wrap_u0) : (tensor<*xf32>) -> ()
  %expand_constant_in0 = onnx.Constant dense<[[1.0], [2.0], [3.0]]> : tensor<3x1xf32>
  %expand_constant_out0 = call @expand_constant(%expand_constant_in0) : (tensor<3x1xf32>) -> (tensor<2x3x4xf32>)
  %expand_constant_u0 = tensor.cast %expand_constant_out0 : tensor<2x3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%expand_constant_u0) : (tensor<*xf32>) -> ()
  %expand_runtime_in0 = onnx.Constant dense<[[1.0, 2.0, 3.0]]> : tensor<1x3xf32>
  %expand_runtime_in0_d = tensor.cast %expand_runtime_in0 : tensor<1x3xf32> to tensor<?x?xf32>
  %expand_runtime_in1 = onnx.Constant dense<[4, 1]> : tensor<2xi64>
  %expand_runtime_out0 = call @expand_runtime(%expand_runtime_in0_d, %expand_runtime_in1) : (tensor<?x?xf32>, tensor<2xi64>) -> (tensor<?x?xf32>)
  %expand_runtime_u0 = tensor.cast %expand_runtime_out0 : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%expand_runtime_u0) : (tensor<*xf32>) -> ()
  %tile_in0 = onnx.Constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %tile_in0_d = tensor.cast %tile_in0 : tensor<2x2xf32> to tensor<2x?xf32>
  %tile_out0 = call @tile(%tile_in0_d) : (tensor<2x?xf32>) -> (tensor<4x?xf32>)
  %tile_u0 = tensor.cast %tile_out0 : tensor<4x?xf32> to tensor<*xf32>
  call @printMemrefF32(%tile_u0) : (tensor<*xf32>) -> ()
  %range_f32_in0 = onnx.Constant dense<1.0> : tensor<f32>
  %range_f32_in1 = onnx.Constant dense<2.0> : tensor<f32>
  %range_f32_in2 = onnx.Constant dense<0.30000001192092896> : tensor<f32>
  %range_f32_out0 = call @range_f32(%range_f32_in0, %range_f32_in1, %range_f32_in2) : (tensor<f32>, tensor<f32>, tensor<f32>) -> (tensor<?xf32>)
  %range_f32_u0 = tensor.cast %range_f32_out0 : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%range_f32_u0) : (tensor<*xf32>) -> ()
  %constant_of_shape_in0 = onnx.Constant dense<[2, 3]> : tensor<2xi64>
  %constant_of_shape_out0 = call @constant_of_shape(%constant_of_shape_in0) : (tensor<2xi64>) -> (tensor<?x?xf32>)
  %constant_of_shape_u0 = tensor.cast %constant_of_shape_out0 : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%constant_of_shape_u0) : (tensor<*xf32>) -> ()
  %pad_runtime_in0 = onnx.Constant dense<[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]> : tensor<6xf32>
  %pad_runtime_in0_d = tensor.cast %pad_runtime_in0 : tensor<6xf32> to tensor<?xf32>
  %pad_runtime_in1 = onnx.Constant dense<[2, -3]> : tensor<2xi64>
  %pad_runtime_out0 = call @pad_runtime(%pad_runtime_in0_d, %pad_runtime_in1) : (tensor<?xf32>, tensor<2xi64>) -> (tensor<?xf32>)
  %pad_runtime_u0 = tensor.cast %pad_runtime_out0 : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%pad_runtime_u0) : (tensor<*xf32>) -> ()
  %split_runtime_in0 = onnx.Constant dense<[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]> : tensor<6xf32>
  %split_runtime_in0_d = tensor.cast %split_runtime_in0 : tensor<6xf32> to tensor<?xf32>
  %split_runtime_in1 = onnx.Constant dense<[4, 2]> : tensor<2xi64>
  %split_runtime_out:2 = call @split_runtime(%split_runtime_in0_d, %split_runtime_in1) : (tensor<?xf32>, tensor<2xi64>) -> (tensor<?xf32>, tensor<?xf32>)
  %split_runtime_u0 = tensor.cast %split_runtime_out#0 : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%split_runtime_u0) : (tensor<*xf32>) -> ()
  %split_runtime_u1 = tensor.cast %split_runtime_out#1 : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%split_runtime_u1) : (tensor<*xf32>) -> ()
  %tile_runtime_in0 = onnx.Constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %tile_runtime_in0_d = tensor.cast %tile_runtime_in0 : tensor<2x2xf32> to tensor<?x?xf32>
  %tile_runtime_in1 = onnx.Constant dense<[1, 2]> : tensor<2xi64>
  %tile_runtime_out0 = call @tile_runtime(%tile_runtime_in0_d, %tile_runtime_in1) : (tensor<?x?xf32>, tensor<2xi64>) -> (tensor<?x?xf32>)
  %tile_runtime_u0 = tensor.cast %tile_runtime_out0 : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%tile_runtime_u0) : (tensor<*xf32>) -> ()
  %slice_runtime_step_in0 = onnx.Constant dense<[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]> : tensor<6xf32>
  %slice_runtime_step_in0_d = tensor.cast %slice_runtime_step_in0 : tensor<6xf32> to tensor<?xf32>
  %slice_runtime_step_in1 = onnx.Constant dense<[2]> : tensor<1xi64>
  %slice_runtime_step_out0 = call @slice_runtime_step(%slice_runtime_step_in0_d, %slice_runtime_step_in1) : (tensor<?xf32>, tensor<1xi64>) -> (tensor<?xf32>)
  %slice_runtime_step_u0 = tensor.cast %slice_runtime_step_out0 : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%slice_runtime_step_u0) : (tensor<*xf32>) -> ()
  %range_i64_in0 = onnx.Constant dense<10> : tensor<i64>
  %range_i64_in1 = onnx.Constant dense<3> : tensor<i64>
  %range_i64_in2 = onnx.Constant dense<-3> : tensor<i64>
  %range_i64_out0 = call @range_i64(%range_i64_in0, %range_i64_in1, %range_i64_in2) : (tensor<i64>, tensor<i64>, tensor<i64>) -> (tensor<?xi64>)
  %range_i64_u0 = tensor.cast %range_i64_out0 : tensor<?xi64> to tensor<*xi64>
  call @printMemrefI64(%range_i64_u0) : (tensor<*xi64>) -> ()
  %shape_size_in0 = onnx.Constant dense<[[[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]], [[6.0, 7.0], [8.0, 9.0], [10.0, 11.0]]]> : tensor<2x3x2xf32>
  %shape_size_in0_d = tensor.cast %shape_size_in0 : tensor<2x3x2xf32> to tensor<?x?x2xf32>
  %shape_size_out:3 = call @shape_size(%shape_size_in0_d) : (tensor<?x?x2xf32>) -> (tensor<3xi64>, tensor<2xi64>, tensor<i64>)
  %shape_size_u0 = tensor.cast %shape_size_out#0 : tensor<3xi64> to tensor<*xi64>
  call @printMemrefI64(%shape_size_u0) : (tensor<*xi64>) -> ()
  %shape_size_u1 = tensor.cast %shape_size_out#1 : tensor<2xi64> to tensor<*xi64>
  call @printMemrefI64(%shape_size_u1) : (tensor<*xi64>) -> ()
  %shape_size_u2 = tensor.cast %shape_size_out#2 : tensor<i64> to tensor<*xi64>
  call @printMemrefI64(%shape_size_u2) : (tensor<*xi64>) -> ()
  %gather_i64_in0 = onnx.Constant dense<[10, 20, 30, 40, 50]> : tensor<5xi64>
  %gather_i64_in1 = onnx.Constant dense<[[3, 1], [4, 1]]> : tensor<2x2xi64>
  %gather_i64_out0 = call @gather_i64(%gather_i64_in0, %gather_i64_in1) : (tensor<5xi64>, tensor<2x2xi64>) -> (tensor<2x2xi64>)
  %gather_i64_u0 = tensor.cast %gather_i64_out0 : tensor<2x2xi64> to tensor<*xi64>
  call @printMemrefI64(%gather_i64_u0) : (tensor<*xi64>) -> ()
  return
}
