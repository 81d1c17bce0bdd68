// RUN: onnxc-opt %s | onnxc-opt | FileCheck %s
// RUN: onnxc-opt %s -mlir-print-op-generic | onnxc-opt | FileCheck %s

// Round trip of a representative op of each family, including optional
// inputs (onnx.NoValue) and the region-holding ops.

// CHECK-LABEL: func.func @constants
func.func @constants() -> (tensor<2xi64>, tensor<f32>, none) {
  // CHECK: %[[C:.+]] = onnx.Constant dense<[1, 2]> : tensor<2xi64>
  %c = onnx.Constant dense<[1, 2]> : tensor<2xi64>
  // CHECK: %[[F:.+]] = onnx.Constant dense<5.000000e-01> : tensor<f32>
  %f = onnx.Constant dense<0.5> : tensor<f32>
  // CHECK: %[[N:.+]] = onnx.NoValue
  %n = onnx.NoValue
  // CHECK: return %[[C]], %[[F]], %[[N]] : tensor<2xi64>, tensor<f32>, none
  return %c, %f, %n : tensor<2xi64>, tensor<f32>, none
}

// CHECK-LABEL: func.func @elementwise
func.func @elementwise(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %i: tensor<4xi32>) -> tensor<2x3xi1> {
  // CHECK: onnx.Relu %{{.*}} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %0 = onnx.Relu %a : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: onnx.IsNaN %{{.*}} : (tensor<2x3xf32>) -> tensor<2x3xi1>
  %1 = onnx.IsNaN %0 : (tensor<2x3xf32>) -> tensor<2x3xi1>
  // CHECK: onnx.Add %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %2 = onnx.Add %0, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: onnx.Greater %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %3 = onnx.Greater %2, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  // CHECK: onnx.Sum %{{.*}}, %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %4 = onnx.Sum %0, %b, %2 : (tensor<2x3xf32>, tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: onnx.LeakyRelu %{{.*}} {alpha = 2.000000e-01 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %5 = onnx.LeakyRelu %4 {alpha = 0.2 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // Attributes equal to their default are elided.
  // CHECK: onnx.Mod %{{.*}}, %{{.*}} : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  %6 = onnx.Mod %i, %i {fmod = 0 : i64} : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  // CHECK: onnx.Where %{{.*}}, %{{.*}}, %{{.*}} : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %7 = onnx.Where %3, %5, %b : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: onnx.Cast %{{.*}} {to = 9 : i64} : (tensor<2x3xf32>) -> tensor<2x3xi1>
  %8 = onnx.Cast %7 {to = 9 : i64} : (tensor<2x3xf32>) -> tensor<2x3xi1>
  return %8 : tensor<2x3xi1>
}

// Optional inputs: absent ones are onnx.NoValue, present ones are tensors.
// CHECK-LABEL: func.func @optional_inputs
func.func @optional_inputs(%x: tensor<4xf32>, %lo: tensor<f32>) -> tensor<4xf32> {
  // CHECK: %[[N:.+]] = onnx.NoValue
  %none = onnx.NoValue
  // CHECK: %[[A:.+]] = onnx.Clip %{{.*}}, %[[N]], %[[N]] : (tensor<4xf32>, none, none) -> tensor<4xf32>
  %0 = onnx.Clip %x, %none, %none : (tensor<4xf32>, none, none) -> tensor<4xf32>
  // CHECK: onnx.Clip %[[A]], %{{.*}}, %[[N]] : (tensor<4xf32>, tensor<f32>, none) -> tensor<4xf32>
  %1 = onnx.Clip %0, %lo, %none : (tensor<4xf32>, tensor<f32>, none) -> tensor<4xf32>
  return %1 : tensor<4xf32>
}

// CHECK-LABEL: func.func @reductions
func.func @reductions(%x: tensor<2x3x4xf32>) -> (tensor<2x4xf32>, tensor<1x1x1xf32>, tensor<2x1x4xi64>) {
  %axes = onnx.Constant dense<[1]> : tensor<1xi64>
  %none = onnx.NoValue
  // CHECK: onnx.ReduceSum %{{.*}}, %{{.*}} {keepdims = 0 : i64} : (tensor<2x3x4xf32>, tensor<1xi64>) -> tensor<2x4xf32>
  %0 = onnx.ReduceSum %x, %axes {keepdims = 0 : i64} : (tensor<2x3x4xf32>, tensor<1xi64>) -> tensor<2x4xf32>
  // CHECK: onnx.ReduceMean %{{.*}}, %{{.*}} : (tensor<2x3x4xf32>, none) -> tensor<1x1x1xf32>
  %1 = onnx.ReduceMean %x, %none : (tensor<2x3x4xf32>, none) -> tensor<1x1x1xf32>
  // CHECK: onnx.ArgMax %{{.*}} {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x1x4xi64>
  %2 = onnx.ArgMax %x {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x1x4xi64>
  return %0, %1, %2 : tensor<2x4xf32>, tensor<1x1x1xf32>, tensor<2x1x4xi64>
}

// CHECK-LABEL: func.func @linalg
func.func @linalg(%a: tensor<2x3x4xf32>, %b: tensor<4x5xf32>, %m: tensor<4x3xf32>, %c: tensor<5xf32>) -> (tensor<2x3x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>) {
  // CHECK: onnx.MatMul %{{.*}}, %{{.*}} : (tensor<2x3x4xf32>, tensor<4x5xf32>) -> tensor<2x3x5xf32>
  %0 = onnx.MatMul %a, %b : (tensor<2x3x4xf32>, tensor<4x5xf32>) -> tensor<2x3x5xf32>
  %none = onnx.NoValue
  // CHECK: onnx.Gemm %{{.*}}, %{{.*}}, %{{.*}} {alpha = 5.000000e-01 : f32, transA = 1 : i64} : (tensor<4x3xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  %1 = onnx.Gemm %m, %b, %c {alpha = 0.5 : f32, transA = 1 : i64} : (tensor<4x3xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  // CHECK: onnx.Gemm %{{.*}}, %{{.*}}, %{{.*}} {transA = 1 : i64} : (tensor<4x3xf32>, tensor<4x5xf32>, none) -> tensor<3x5xf32>
  %2 = onnx.Gemm %m, %b, %none {transA = 1 : i64} : (tensor<4x3xf32>, tensor<4x5xf32>, none) -> tensor<3x5xf32>
  return %0, %1, %2 : tensor<2x3x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>
}

// CHECK-LABEL: func.func @conv_pool_norm
func.func @conv_pool_norm(%x: tensor<1x3x32x32xf32>, %w: tensor<8x3x3x3xf32>, %b: tensor<8xf32>) -> (tensor<1x8x1x1xf32>, tensor<1x8xf32>) {
  %none = onnx.NoValue
  // CHECK: onnx.Conv %{{.*}}, %{{.*}}, %{{.*}} {pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<1x3x32x32xf32>, tensor<8x3x3x3xf32>, none) -> tensor<1x8x16x16xf32>
  %0 = onnx.Conv %x, %w, %none {pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<1x3x32x32xf32>, tensor<8x3x3x3xf32>, none) -> tensor<1x8x16x16xf32>
  // CHECK: onnx.BatchNormalization {{.*}} {epsilon = 1.000000e-03 : f32} : (tensor<1x8x16x16xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x8x16x16xf32>
  %1 = onnx.BatchNormalization %0, %b, %b, %b, %b {epsilon = 1.0e-3 : f32} : (tensor<1x8x16x16xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x8x16x16xf32>
  // MaxPool also returns the flat indices of the maxima; results with ONNX
  // output names print under those names.
  // CHECK: %[[P:.+]], %{{.+}} = onnx.MaxPool %{{.*}} {kernel_shape = [2, 2], strides = [2, 2]} : (tensor<1x8x16x16xf32>) -> (tensor<1x8x8x8xf32>, tensor<1x8x8x8xi64>)
  %2:2 = onnx.MaxPool %1 {kernel_shape = [2, 2], strides = [2, 2]} : (tensor<1x8x16x16xf32>) -> (tensor<1x8x8x8xf32>, tensor<1x8x8x8xi64>)
  // CHECK: onnx.GlobalAveragePool %[[P]] : (tensor<1x8x8x8xf32>) -> tensor<1x8x1x1xf32>
  %3 = onnx.GlobalAveragePool %2#0 : (tensor<1x8x8x8xf32>) -> tensor<1x8x1x1xf32>
  // CHECK: onnx.Flatten %{{.*}} : (tensor<1x8x1x1xf32>) -> tensor<1x8xf32>
  %4 = onnx.Flatten %3 {axis = 1 : i64} : (tensor<1x8x1x1xf32>) -> tensor<1x8xf32>
  // LayerNormalization returns Y, Mean and InvStdDev (stash type f32).
  // CHECK: %[[LN:.+]], %{{.+}}, %{{.+}} = onnx.LayerNormalization %{{.*}}, %{{.*}}, %{{.*}} {axis = 1 : i64} : (tensor<1x8xf32>, tensor<8xf32>, none) -> (tensor<1x8xf32>, tensor<1x1xf32>, tensor<1x1xf32>)
  %ln:3 = onnx.LayerNormalization %4, %b, %none {axis = 1 : i64} : (tensor<1x8xf32>, tensor<8xf32>, none) -> (tensor<1x8xf32>, tensor<1x1xf32>, tensor<1x1xf32>)
  // CHECK: onnx.Softmax %[[LN]] : (tensor<1x8xf32>) -> tensor<1x8xf32>
  %5 = onnx.Softmax %ln#0 {axis = -1 : i64} : (tensor<1x8xf32>) -> tensor<1x8xf32>
  return %3, %5 : tensor<1x8x1x1xf32>, tensor<1x8xf32>
}

// CHECK-LABEL: func.func @data_movement
func.func @data_movement(%x: tensor<2x3x4xf32>, %i: tensor<5xi64>) -> (tensor<4x6xf32>, tensor<2x5x4xf32>, tensor<2x3x8xf32>, tensor<3xi64>) {
  %shape = onnx.Constant dense<[4, -1]> : tensor<2xi64>
  // CHECK: onnx.Reshape %{{.*}}, %{{.*}} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<4x6xf32>
  %0 = onnx.Reshape %x, %shape : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<4x6xf32>
  // CHECK: onnx.Transpose %{{.*}} {perm = [0, 2, 1]} : (tensor<2x3x4xf32>) -> tensor<2x4x3xf32>
  %1 = onnx.Transpose %x {perm = [0, 2, 1]} : (tensor<2x3x4xf32>) -> tensor<2x4x3xf32>
  // CHECK: onnx.Gather %{{.*}}, %{{.*}} {axis = 1 : i64} : (tensor<2x3x4xf32>, tensor<5xi64>) -> tensor<2x5x4xf32>
  %2 = onnx.Gather %x, %i {axis = 1 : i64} : (tensor<2x3x4xf32>, tensor<5xi64>) -> tensor<2x5x4xf32>
  // CHECK: onnx.Concat %{{.*}}, %{{.*}} {axis = -1 : i64} : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x8xf32>
  %3 = onnx.Concat %x, %x {axis = -1 : i64} : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x8xf32>
  // CHECK: onnx.Shape %{{.*}} : (tensor<2x3x4xf32>) -> tensor<3xi64>
  %4 = onnx.Shape %x : (tensor<2x3x4xf32>) -> tensor<3xi64>
  return %0, %2, %3, %4 : tensor<4x6xf32>, tensor<2x5x4xf32>, tensor<2x3x8xf32>, tensor<3xi64>
}

// CHECK-LABEL: func.func @optional_axes_and_variadic_results
func.func @optional_axes_and_variadic_results(%x: tensor<1x6x1xf32>) -> (tensor<6xf32>, tensor<1x2x1xf32>, tensor<1x4x1xf32>, tensor<1x4x1xf32>) {
  %none = onnx.NoValue
  // CHECK: onnx.Squeeze %{{.*}}, %{{.*}} : (tensor<1x6x1xf32>, none) -> tensor<6xf32>
  %0 = onnx.Squeeze %x, %none : (tensor<1x6x1xf32>, none) -> tensor<6xf32>
  %split = onnx.Constant dense<[2, 4]> : tensor<2xi64>
  // CHECK: %{{.*}}:2 = onnx.Split %{{.*}}, %{{.*}} {axis = 1 : i64} : (tensor<1x6x1xf32>, tensor<2xi64>) -> (tensor<1x2x1xf32>, tensor<1x4x1xf32>)
  %1:2 = onnx.Split %x, %split {axis = 1 : i64} : (tensor<1x6x1xf32>, tensor<2xi64>) -> (tensor<1x2x1xf32>, tensor<1x4x1xf32>)
  %starts = onnx.Constant dense<[-1]> : tensor<1xi64>
  %ends = onnx.Constant dense<[-100]> : tensor<1xi64>
  %axes = onnx.Constant dense<[1]> : tensor<1xi64>
  %steps = onnx.Constant dense<[-1]> : tensor<1xi64>
  // CHECK: onnx.Slice %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : (tensor<1x6x1xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<1x6x1xf32>
  %2 = onnx.Slice %x, %starts, %ends, %axes, %steps : (tensor<1x6x1xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<1x6x1xf32>
  // CHECK: onnx.Slice %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : (tensor<1x6x1xf32>, tensor<1xi64>, tensor<1xi64>, none, none) -> tensor<1x6x1xf32>
  %s0 = onnx.Constant dense<[0]> : tensor<1xi64>
  %e1 = onnx.Constant dense<[1]> : tensor<1xi64>
  %3 = onnx.Slice %x, %s0, %e1, %none, %none : (tensor<1x6x1xf32>, tensor<1xi64>, tensor<1xi64>, none, none) -> tensor<1x6x1xf32>
  %pads = onnx.Constant dense<[0, 1, 0, 0, 1, 0]> : tensor<6xi64>
  // CHECK: onnx.Pad %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {mode = "edge"} : (tensor<1x2x1xf32>, tensor<6xi64>, none, none) -> tensor<1x4x1xf32>
  %4 = onnx.Pad %1#0, %pads, %none, %none {mode = "edge"} : (tensor<1x2x1xf32>, tensor<6xi64>, none, none) -> tensor<1x4x1xf32>
  return %0, %1#0, %1#1, %4 : tensor<6xf32>, tensor<1x2x1xf32>, tensor<1x4x1xf32>, tensor<1x4x1xf32>
}

// CHECK-LABEL: func.func @resize
func.func @resize(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x16x16xf32> {
  %none = onnx.NoValue
  %sizes = onnx.Constant dense<[1, 3, 16, 16]> : tensor<4xi64>
  // CHECK: onnx.Resize %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {mode = "linear"} : (tensor<1x3x8x8xf32>, none, none, tensor<4xi64>) -> tensor<1x3x16x16xf32>
  %0 = onnx.Resize %x, %none, %none, %sizes {mode = "linear"} : (tensor<1x3x8x8xf32>, none, none, tensor<4xi64>) -> tensor<1x3x16x16xf32>
  return %0 : tensor<1x3x16x16xf32>
}

// CHECK-LABEL: func.func @if
func.func @if(%cond: tensor<i1>, %a: tensor<2xf32>, %b: tensor<3xf32>) -> (tensor<?xf32>, tensor<2xf32>) {
  // CHECK: %{{.*}}:2 = onnx.If %{{.*}} : tensor<i1> -> tensor<?xf32>, tensor<2xf32> {
  // CHECK-NEXT: onnx.Relu
  // CHECK-NEXT: onnx.Yield %{{.*}}, %{{.*}} : tensor<2xf32>, tensor<2xf32>
  // CHECK-NEXT: } else {
  // CHECK-NEXT: onnx.Yield %{{.*}}, %{{.*}} : tensor<3xf32>, tensor<2xf32>
  // CHECK-NEXT: }
  %0:2 = onnx.If %cond : tensor<i1> -> tensor<?xf32>, tensor<2xf32> {
    %r = onnx.Relu %a : (tensor<2xf32>) -> tensor<2xf32>
    onnx.Yield %r, %a : tensor<2xf32>, tensor<2xf32>
  } else {
    onnx.Yield %b, %a : tensor<3xf32>, tensor<2xf32>
  }
  return %0#0, %0#1 : tensor<?xf32>, tensor<2xf32>
}

// Loop with a trip count, a condition, one carried value and one scan output.
// CHECK-LABEL: func.func @loop
func.func @loop(%m: tensor<i64>, %cond: tensor<i1>, %v: tensor<2xf32>) -> (tensor<2xf32>, tensor<?x2xf32>) {
  // CHECK: %{{.*}}:2 = onnx.Loop(%{{.*}}, %{{.*}}, %{{.*}}) : (tensor<i64>, tensor<i1>, tensor<2xf32>) -> (tensor<2xf32>, tensor<?x2xf32>) {
  // CHECK-NEXT: ^bb0(%[[I:.+]]: tensor<i64>, %[[C:.+]]: tensor<i1>, %[[X:.+]]: tensor<2xf32>):
  // CHECK-NEXT: %[[Y:.+]] = onnx.Add %[[X]], %[[X]]
  // CHECK-NEXT: onnx.Yield %[[C]], %[[Y]], %[[X]] : tensor<i1>, tensor<2xf32>, tensor<2xf32>
  %0:2 = onnx.Loop(%m, %cond, %v) : (tensor<i64>, tensor<i1>, tensor<2xf32>) -> (tensor<2xf32>, tensor<?x2xf32>) {
  ^bb0(%i: tensor<i64>, %c: tensor<i1>, %x: tensor<2xf32>):
    %y = onnx.Add %x, %x : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    onnx.Yield %c, %y, %x : tensor<i1>, tensor<2xf32>, tensor<2xf32>
  }
  return %0#0, %0#1 : tensor<2xf32>, tensor<?x2xf32>
}

// A while loop: no trip count (NoValue), only the condition.
// CHECK-LABEL: func.func @while_loop
func.func @while_loop(%cond: tensor<i1>, %v: tensor<2xf32>) -> tensor<2xf32> {
  // CHECK: %[[N:.+]] = onnx.NoValue
  %none = onnx.NoValue
  // CHECK: onnx.Loop(%[[N]], %{{.*}}, %{{.*}}) : (none, tensor<i1>, tensor<2xf32>) -> tensor<2xf32> {
  %0 = onnx.Loop(%none, %cond, %v) : (none, tensor<i1>, tensor<2xf32>) -> tensor<2xf32> {
  ^bb0(%i: tensor<i64>, %c: tensor<i1>, %x: tensor<2xf32>):
    %y = onnx.Neg %x : (tensor<2xf32>) -> tensor<2xf32>
    onnx.Yield %c, %y : tensor<i1>, tensor<2xf32>
  }
  return %0 : tensor<2xf32>
}

// CHECK-LABEL: func.func @scan
func.func @scan(%init: tensor<3xf32>, %xs: tensor<5x3xf32>) -> (tensor<3xf32>, tensor<5x3xf32>) {
  // CHECK: onnx.Scan(%{{.*}}, %{{.*}}) : (tensor<3xf32>, tensor<5x3xf32>) -> (tensor<3xf32>, tensor<5x3xf32>) {
  // CHECK: onnx.Yield
  // CHECK: } {num_scan_inputs = 1 : i64}
  %0:2 = onnx.Scan(%init, %xs) : (tensor<3xf32>, tensor<5x3xf32>) -> (tensor<3xf32>, tensor<5x3xf32>) {
  ^bb0(%s: tensor<3xf32>, %x: tensor<3xf32>):
    %sum = onnx.Add %s, %x : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    onnx.Yield %sum, %sum : tensor<3xf32>, tensor<3xf32>
  } {num_scan_inputs = 1 : i64}
  return %0#0, %0#1 : tensor<3xf32>, tensor<5x3xf32>
}
