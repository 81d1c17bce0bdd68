// RUN: onnxc-opt %s --convert-onnx-to-linalg | mlir-opt %lower-to-llvm | %mlir-runner | FileCheck %s

// MaxPool, AveragePool, GlobalAveragePool, GlobalMaxPool: onnx -> linalg -> LLVM -> run, against
// direct numpy pooling loops (onnxruntime conventions for ceil_mode and count_include_pad).
// Expected values: numpy reference implementations (see each CHECK block).

func.func private @printMemrefF32(tensor<*xf32>)

func.func @main() {
  %c1 = onnx.Constant dense<[[[[3.0, 6.0, -9.0, 6.0, -1.0], [0.0, 2.0, -4.0, 9.0, -8.0], [-4.0, -2.0, 1.0, -2.0, -7.0], [-9.0, -9.0, -9.0, -7.0, 9.0], [-6.0, 3.0, 5.0, -5.0, -4.0]], [[-1.0, -4.0, 9.0, -6.0, 8.0], [6.0, 7.0, -7.0, -2.0, 2.0], [0.0, 3.0, 3.0, 3.0, -8.0], [9.0, 1.0, 8.0, -4.0, -3.0], [7.0, -6.0, -8.0, -2.0, 3.0]]]]> : tensor<1x2x5x5xf32>
  %r2:2 = onnx.MaxPool %c1 {kernel_shape = [3, 3], pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<1x2x5x5xf32>) -> (tensor<1x2x3x3xf32>, tensor<1x2x3x3xi64>)
  %u3 = tensor.cast %r2#0 : tensor<1x2x3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u3) : (tensor<*xf32>) -> ()
  %c4 = onnx.Constant dense<[[[[-7.0, 7.0, -3.0, -5.0, 1.0], [8.0, 7.0, 7.0, -4.0, -9.0], [5.0, 4.0, 5.0, -9.0, -9.0], [0.0, -3.0, -1.0, 8.0, -6.0], [1.0, -3.0, -4.0, 6.0, -7.0]]]]> : tensor<1x1x5x5xf32>
  %r5:2 = onnx.MaxPool %c4 {kernel_shape = [2, 2], strides = [2, 2], ceil_mode = 1 : i64} : (tensor<1x1x5x5xf32>) -> (tensor<1x1x3x3xf32>, tensor<1x1x3x3xi64>)
  %u6 = tensor.cast %r5#0 : tensor<1x1x3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u6) : (tensor<*xf32>) -> ()
  %c7 = onnx.Constant dense<[[[[-3.0, -7.0, -7.0, -4.0, 4.0], [2.0, -1.0, -6.0, 6.0, 6.0], [-5.0, -8.0, -3.0, -7.0, 6.0], [0.0, 0.0, -4.0, 0.0, 9.0], [-5.0, 5.0, -9.0, -4.0, 8.0]]], [[[7.0, -8.0, 7.0, 7.0, -1.0], [-3.0, 9.0, 9.0, 3.0, -2.0], [-6.0, 8.0, -4.0, 1.0, 3.0], [-5.0, -4.0, 5.0, -6.0, 3.0], [8.0, 3.0, 3.0, -1.0, 9.0]]]]> : tensor<2x1x5x5xf32>
  %d8 = tensor.cast %c7 : tensor<2x1x5x5xf32> to tensor<?x1x5x5xf32>
  %r9:2 = onnx.MaxPool %d8 {kernel_shape = [2, 2], pads = [0, 0, 1, 1], dilations = [2, 2]} : (tensor<?x1x5x5xf32>) -> (tensor<?x1x4x4xf32>, tensor<?x1x4x4xi64>)
  %u10 = tensor.cast %r9#0 : tensor<?x1x4x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u10) : (tensor<*xf32>) -> ()
  %c11 = onnx.Constant dense<[[[-5.0, -3.0, 3.0, 3.0, -7.0, -6.0], [4.0, 6.0, 3.0, 8.0, -2.0, -3.0]]]> : tensor<1x2x6xf32>
  %r12:2 = onnx.MaxPool %c11 {kernel_shape = [3], pads = [1, 0], strides = [2]} : (tensor<1x2x6xf32>) -> (tensor<1x2x3xf32>, tensor<1x2x3xi64>)
  %u13 = tensor.cast %r12#0 : tensor<1x2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u13) : (tensor<*xf32>) -> ()
  %c14 = onnx.Constant dense<[[[[[6.0, -9.0, -6.0, -6.0], [-2.0, -7.0, 6.0, 7.0], [-2.0, -9.0, 4.0, -7.0], [2.0, -6.0, 8.0, 3.0]], [[9.0, 2.0, 4.0, -2.0], [6.0, -7.0, -7.0, -3.0], [4.0, 0.0, 7.0, 8.0], [-2.0, -1.0, 1.0, 3.0]], [[0.0, 2.0, 9.0, 4.0], [-3.0, -1.0, -2.0, -7.0], [-9.0, 6.0, -2.0, -3.0], [2.0, 1.0, 8.0, 2.0]]]]]> : tensor<1x1x3x4x4xf32>
  %r15:2 = onnx.MaxPool %c14 {kernel_shape = [2, 2, 2], pads = [0, 0, 0, 1, 0, 0], strides = [1, 2, 2]} : (tensor<1x1x3x4x4xf32>) -> (tensor<1x1x3x2x2xf32>, tensor<1x1x3x2x2xi64>)
  %u16 = tensor.cast %r15#0 : tensor<1x1x3x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u16) : (tensor<*xf32>) -> ()
  %c17 = onnx.Constant dense<[[[[8.0, 1.0, -3.0, -3.0, 9.0], [2.0, -6.0, 6.0, 6.0, -9.0], [-7.0, 4.0, -2.0, -3.0, -8.0], [-6.0, 7.0, 6.0, 6.0, 1.0], [-7.0, -3.0, 1.0, 9.0, -5.0]]]]> : tensor<1x1x5x5xf32>
  %r18 = onnx.AveragePool %c17 {kernel_shape = [2, 2], strides = [2, 2]} : (tensor<1x1x5x5xf32>) -> tensor<1x1x2x2xf32>
  %u19 = tensor.cast %r18 : tensor<1x1x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u19) : (tensor<*xf32>) -> ()
  %c20 = onnx.Constant dense<[[[[8.0, 1.0, -3.0, -3.0, 9.0], [2.0, -6.0, 6.0, 6.0, -9.0], [-7.0, 4.0, -2.0, -3.0, -8.0], [-6.0, 7.0, 6.0, 6.0, 1.0], [-7.0, -3.0, 1.0, 9.0, -5.0]]]]> : tensor<1x1x5x5xf32>
  %r21 = onnx.AveragePool %c20 {kernel_shape = [3, 3], pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>
  %u22 = tensor.cast %r21 : tensor<1x1x3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u22) : (tensor<*xf32>) -> ()
  %c23 = onnx.Constant dense<[[[[8.0, 1.0, -3.0, -3.0, 9.0], [2.0, -6.0, 6.0, 6.0, -9.0], [-7.0, 4.0, -2.0, -3.0, -8.0], [-6.0, 7.0, 6.0, 6.0, 1.0], [-7.0, -3.0, 1.0, 9.0, -5.0]]]]> : tensor<1x1x5x5xf32>
  %r24 = onnx.AveragePool %c23 {kernel_shape = [3, 3], pads = [1, 1, 1, 1], strides = [2, 2], count_include_pad = 1 : i64} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>
  %u25 = tensor.cast %r24 : tensor<1x1x3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u25) : (tensor<*xf32>) -> ()
  %c26 = onnx.Constant dense<[[[[8.0, 1.0, -3.0, -3.0, 9.0], [2.0, -6.0, 6.0, 6.0, -9.0], [-7.0, 4.0, -2.0, -3.0, -8.0], [-6.0, 7.0, 6.0, 6.0, 1.0], [-7.0, -3.0, 1.0, 9.0, -5.0]]]]> : tensor<1x1x5x5xf32>
  %r27 = onnx.AveragePool %c26 {kernel_shape = [2, 2], strides = [2, 2], ceil_mode = 1 : i64} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>
  %u28 = tensor.cast %r27 : tensor<1x1x3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u28) : (tensor<*xf32>) -> ()
  %c29 = onnx.Constant dense<[[[[8.0, 1.0, -3.0, -3.0, 9.0], [2.0, -6.0, 6.0, 6.0, -9.0], [-7.0, 4.0, -2.0, -3.0, -8.0], [-6.0, 7.0, 6.0, 6.0, 1.0], [-7.0, -3.0, 1.0, 9.0, -5.0]]]]> : tensor<1x1x5x5xf32>
  %r30 = onnx.AveragePool %c29 {kernel_shape = [3, 3], pads = [1, 1, 0, 0], strides = [2, 2], ceil_mode = 1 : i64, count_include_pad = 1 : i64} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>
  %u31 = tensor.cast %r30 : tensor<1x1x3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u31) : (tensor<*xf32>) -> ()
  %c32 = onnx.Constant dense<[[[[1.0, 0.0, 0.0, 1.0], [4.0, -7.0, 9.0, 7.0], [5.0, -4.0, -1.0, -1.0], [-4.0, -8.0, 5.0, -9.0]]]]> : tensor<1x1x4x4xf32>
  %r33 = onnx.AveragePool %c32 {kernel_shape = [3, 3], auto_pad = "SAME_UPPER", strides = [2, 2]} : (tensor<1x1x4x4xf32>) -> tensor<1x1x2x2xf32>
  %u34 = tensor.cast %r33 : tensor<1x1x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u34) : (tensor<*xf32>) -> ()
  %c35 = onnx.Constant dense<[[[5.0, -6.0, 3.0, -3.0, -5.0], [8.0, 0.0, 7.0, -6.0, 0.0]]]> : tensor<1x2x5xf32>
  %r36 = onnx.AveragePool %c35 {kernel_shape = [2], pads = [1, 1], strides = [2]} : (tensor<1x2x5xf32>) -> tensor<1x2x3xf32>
  %u37 = tensor.cast %r36 : tensor<1x2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u37) : (tensor<*xf32>) -> ()
  %c38 = onnx.Constant dense<[[[[[-3.0, -1.0, -9.0, 3.0], [-3.0, 7.0, -5.0, -3.0], [-9.0, 6.0, 1.0, -2.0]], [[8.0, 2.0, 9.0, 5.0], [2.0, 0.0, -6.0, 4.0], [6.0, 4.0, -2.0, -9.0]], [[4.0, -9.0, 6.0, -7.0], [-4.0, -5.0, 1.0, -6.0], [-5.0, -9.0, 9.0, -5.0]]]]]> : tensor<1x1x3x3x4xf32>
  %r39 = onnx.AveragePool %c38 {kernel_shape = [2, 2, 2], pads = [0, 1, 0, 0, 0, 1], strides = [1, 1, 2]} : (tensor<1x1x3x3x4xf32>) -> tensor<1x1x2x3x2xf32>
  %u40 = tensor.cast %r39 : tensor<1x1x2x3x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u40) : (tensor<*xf32>) -> ()
  %c41 = onnx.Constant dense<[[[[-6.0, 2.0, -7.0, 7.0], [5.0, -3.0, -2.0, -3.0], [4.0, -2.0, -4.0, 3.0], [-7.0, 5.0, -1.0, 8.0]], [[-5.0, -2.0, 7.0, 4.0], [-9.0, -3.0, -9.0, 6.0], [-2.0, -5.0, 4.0, 7.0], [-8.0, 0.0, -3.0, 4.0]]], [[[8.0, 1.0, 5.0, -3.0], [2.0, 0.0, 4.0, -9.0], [-5.0, -9.0, 9.0, 1.0], [0.0, 0.0, -9.0, 6.0]], [[7.0, -9.0, 2.0, 1.0], [-2.0, 0.0, 7.0, 2.0], [0.0, 4.0, 4.0, 0.0], [6.0, 1.0, 2.0, 0.0]]]]> : tensor<2x2x4x4xf32>
  %d42 = tensor.cast %c41 : tensor<2x2x4x4xf32> to tensor<?x2x?x?xf32>
  %r43 = onnx.AveragePool %d42 {kernel_shape = [2, 2], pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<?x2x?x?xf32>) -> tensor<?x2x3x3xf32>
  %u44 = tensor.cast %r43 : tensor<?x2x3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u44) : (tensor<*xf32>) -> ()
  %c45 = onnx.Constant dense<[[[[2.0, 2.0, 8.0], [-5.0, -3.0, 1.0]], [[-3.0, 3.0, 6.0], [-6.0, -8.0, 9.0]], [[0.0, 5.0, 5.0], [9.0, -9.0, -4.0]]], [[[9.0, -1.0, -2.0], [-5.0, -9.0, -9.0]], [[9.0, -9.0, -7.0], [-5.0, -4.0, 7.0]], [[-3.0, -6.0, -2.0], [4.0, -1.0, -5.0]]]]> : tensor<2x3x2x3xf32>
  %r46 = onnx.GlobalAveragePool %c45 : (tensor<2x3x2x3xf32>) -> tensor<2x3x1x1xf32>
  %u47 = tensor.cast %r46 : tensor<2x3x1x1xf32> to tensor<*xf32>
  call @printMemrefF32(%u47) : (tensor<*xf32>) -> ()
  %c48 = onnx.Constant dense<[[[[-7.0, -8.0, 0.0], [-6.0, 2.0, 3.0], [-2.0, 0.0, -8.0]], [[1.0, -6.0, -1.0], [-7.0, -4.0, -2.0], [0.0, -9.0, 8.0]]], [[[-2.0, -6.0, -6.0], [4.0, -1.0, -5.0], [-1.0, -6.0, -6.0]], [[-3.0, 9.0, -8.0], [1.0, 8.0, -1.0], [-3.0, 1.0, -6.0]]]]> : tensor<2x2x3x3xf32>
  %d49 = tensor.cast %c48 : tensor<2x2x3x3xf32> to tensor<?x2x?x?xf32>
  %r50 = onnx.GlobalAveragePool %d49 : (tensor<?x2x?x?xf32>) -> tensor<?x2x1x1xf32>
  %u51 = tensor.cast %r50 : tensor<?x2x1x1xf32> to tensor<*xf32>
  call @printMemrefF32(%u51) : (tensor<*xf32>) -> ()
  %c52 = onnx.Constant dense<[[[[4.0, -9.0, 1.0], [-8.0, -9.0, -5.0]], [[4.0, -2.0, -1.0], [2.0, -8.0, 9.0]]], [[[0.0, 7.0, 5.0], [-5.0, -4.0, 2.0]], [[6.0, 8.0, 0.0], [-8.0, 9.0, 7.0]]]]> : tensor<2x2x2x3xf32>
  %d53 = tensor.cast %c52 : tensor<2x2x2x3xf32> to tensor<?x2x2x3xf32>
  %r54 = onnx.GlobalMaxPool %d53 : (tensor<?x2x2x3xf32>) -> tensor<?x2x1x1xf32>
  %u55 = tensor.cast %r54 : tensor<?x2x1x1xf32> to tensor<*xf32>
  call @printMemrefF32(%u55) : (tensor<*xf32>) -> ()
  %c56 = onnx.Constant dense<[[[[[4.0, -2.0], [-7.0, 5.0]], [[-6.0, -3.0], [7.0, 2.0]]], [[[-4.0, 0.0], [2.0, -8.0]], [[-4.0, 5.0], [2.0, 6.0]]]]]> : tensor<1x2x2x2x2xf32>
  %r57 = onnx.GlobalMaxPool %c56 : (tensor<1x2x2x2x2xf32>) -> tensor<1x2x1x1x1xf32>
  %u58 = tensor.cast %r57 : tensor<1x2x1x1x1xf32> to tensor<*xf32>
  call @printMemrefF32(%u58) : (tensor<*xf32>) -> ()
  %c59 = onnx.Constant dense<[[[[-100, -7, 3, -128], [5, -1, -2, -3], [-9, -8, -70, -6], [1, 2, 3, -4]]]]> : tensor<1x1x4x4xi8>
  %r60:2 = onnx.MaxPool %c59 {kernel_shape = [3, 3], pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<1x1x4x4xi8>) -> (tensor<1x1x2x2xi8>, tensor<1x1x2x2xi64>)
  %e61 = tensor.empty() : tensor<1x1x2x2xf32>
  %f62 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%r60#0 : tensor<1x1x2x2xi8>) outs(%e61 : tensor<1x1x2x2xf32>) {
  ^bb0(%in: i8, %out: f32):
    %v = arith.sitofp %in : i8 to f32
    linalg.yield %v : f32
  } -> tensor<1x1x2x2xf32>
  %u63 = tensor.cast %f62 : tensor<1x1x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u63) : (tensor<*xf32>) -> ()
  return
}

// MaxPool 2-D, pads (-inf), strides: kernel [3, 3], pads [1, 1, 1, 1], strides [2, 2], dilations [1, 1], ceil_mode 0, count_include_pad 0
// CHECK: rank = 4 offset = 0 sizes = [1, 2, 3, 3]
// CHECK-NEXT: [6, 9, 9]
// CHECK-NEXT: [2, 9, 9]
// CHECK-NEXT: [3, 5, 9]
// CHECK-NEXT: [7, 9, 8]
// CHECK-NEXT: [9, 8, 3]
// CHECK-NEXT: [9, 8, 3]
// MaxPool ceil_mode: kernel [2, 2], pads [0, 0, 0, 0], strides [2, 2], dilations [1, 1], ceil_mode 1, count_include_pad 0
// CHECK: rank = 4 offset = 0 sizes = [1, 1, 3, 3]
// CHECK-NEXT: [8, 7, 1]
// CHECK-NEXT: [5, 8, -6]
// CHECK-NEXT: [1, 6, -7]
// MaxPool dilations, dynamic batch: kernel [2, 2], pads [0, 0, 1, 1], strides [1, 1], dilations [2, 2], ceil_mode 0, count_include_pad 0
// CHECK: rank = 4 offset = 0 sizes = [2, 1, 4, 4]
// CHECK-NEXT: [-3, -4, 6, -4]
// CHECK-NEXT: [2, 6, 9, 6]
// CHECK-NEXT: [-3, 5, 8, -4]
// CHECK-NEXT: [0, 0, 9, 0]
// CHECK-NEXT: [7, 8, 7, 7]
// CHECK-NEXT: [9, 9, 9, 3]
// CHECK-NEXT: [8, 8, 9, 1]
// CHECK-NEXT: [5, -4, 5, -6]
// MaxPool 1-D: kernel [3], pads [1, 0], strides [2], dilations [1], ceil_mode 0, count_include_pad 0
// CHECK: rank = 3 offset = 0 sizes = [1, 2, 3]
// CHECK-NEXT: [-3, 3, 3]
// CHECK-NEXT: [6, 8, 8]
// MaxPool 3-D (linalg.generic): kernel [2, 2, 2], pads [0, 0, 0, 1, 0, 0], strides [1, 2, 2], dilations [1, 1, 1], ceil_mode 0, count_include_pad 0
// CHECK: rank = 5 offset = 0 sizes = [1, 1, 3, 2, 2]
// CHECK-NEXT: [9, 7]
// CHECK-NEXT: [4, 8]
// CHECK-NEXT: [9, 9]
// CHECK-NEXT: [6, 8]
// CHECK-NEXT: [2, 9]
// CHECK-NEXT: [6, 8]
// AveragePool no padding (constant divisor): kernel [2, 2], pads [0, 0, 0, 0], strides [2, 2], dilations [1, 1], ceil_mode 0, count_include_pad 0
// CHECK: rank = 4 offset = 0 sizes = [1, 1, 2, 2]
// CHECK-NEXT: [1.25, 1.5]
// CHECK-NEXT: [-0.5, 1.75]
// AveragePool pads not counted: kernel [3, 3], pads [1, 1, 1, 1], strides [2, 2], dilations [1, 1], ceil_mode 0, count_include_pad 0
// CHECK: rank = 4 offset = 0 sizes = [1, 1, 3, 3]
// CHECK-NEXT: [1.25, 0.166667, 0.75]
// CHECK-NEXT: [-1, 2.66667, -1.16667]
// CHECK-NEXT: [-2.25, 4.33333, 2.75]
// AveragePool pads counted: kernel [3, 3], pads [1, 1, 1, 1], strides [2, 2], dilations [1, 1], ceil_mode 0, count_include_pad 1
// CHECK: rank = 4 offset = 0 sizes = [1, 1, 3, 3]
// CHECK-NEXT: [0.555556, 0.111111, 0.333333]
// CHECK-NEXT: [-0.666667, 2.66667, -0.777778]
// CHECK-NEXT: [-1, 2.88889, 1.22222]
// AveragePool ceil_mode: kernel [2, 2], pads [0, 0, 0, 0], strides [2, 2], dilations [1, 1], ceil_mode 1, count_include_pad 0
// CHECK: rank = 4 offset = 0 sizes = [1, 1, 3, 3]
// CHECK-NEXT: [1.25, 1.5, 0]
// CHECK-NEXT: [-0.5, 1.75, -3.5]
// CHECK-NEXT: [-5, 5, -5]
// AveragePool ceil_mode, pads counted, ceil padding not counted: kernel [3, 3], pads [1, 1, 0, 0], strides [2, 2], dilations [1, 1], ceil_mode 1, count_include_pad 1
// CHECK: rank = 4 offset = 0 sizes = [1, 1, 3, 3]
// CHECK-NEXT: [0.555556, 0.111111, 0.5]
// CHECK-NEXT: [-0.666667, 2.66667, -1.16667]
// CHECK-NEXT: [-1.5, 4.33333, 2.75]
// AveragePool SAME_UPPER: kernel [3, 3], pads [0, 0, 1, 1], strides [2, 2], dilations [1, 1], ceil_mode 0, count_include_pad 0
// CHECK: rank = 4 offset = 0 sizes = [1, 1, 2, 2]
// CHECK-NEXT: [0.777778, 2.5]
// CHECK-NEXT: [-1.16667, -1.5]
// AveragePool 1-D: kernel [2], pads [1, 1], strides [2], dilations [1], ceil_mode 0, count_include_pad 0
// CHECK: rank = 3 offset = 0 sizes = [1, 2, 3]
// CHECK-NEXT: [5, -1.5, -4]
// CHECK-NEXT: [8, 3.5, -3]
// AveragePool 3-D (linalg.generic): kernel [2, 2, 2], pads [0, 1, 0, 0, 0, 1], strides [1, 1, 2], dilations [1, 1, 1], ceil_mode 0, count_include_pad 0
// CHECK: rank = 5 offset = 0 sizes = [1, 1, 2, 3, 2]
// CHECK-NEXT: [1.5, 2]
// CHECK-NEXT: [1.5, -0.25]
// CHECK-NEXT: [1.625, -2.75]
// CHECK-NEXT: [1.25, 3.25]
// CHECK-NEXT: [-0.25, 0.75]
// CHECK-NEXT: [-1.375, -1.75]
// AveragePool dynamic batch and spatial dims: kernel [2, 2], pads [1, 1, 1, 1], strides [2, 2], dilations [1, 1], ceil_mode 0, count_include_pad 0
// CHECK: rank = 4 offset = 0 sizes = [2, 2, 3, 3]
// CHECK-NEXT: [-6, -2.5, 7]
// CHECK-NEXT: [4.5, -2.75, 0]
// CHECK-NEXT: [-7, 2, 8]
// CHECK-NEXT: [-5, 2.5, 4]
// CHECK-NEXT: [-5.5, -3.25, 6.5]
// CHECK-NEXT: [-8, -1.5, 4]
// CHECK-NEXT: [8, 3, -3]
// CHECK-NEXT: [-1.5, 1, -4]
// CHECK-NEXT: [0, -4.5, 6]
// CHECK-NEXT: [7, -3.5, 1]
// CHECK-NEXT: [-1, 3.75, 1]
// CHECK-NEXT: [6, 1.5, 0]
// GlobalAveragePool: numpy avg over axes (2, 3), keepdims
// CHECK: rank = 4 offset = 0 sizes = [2, 3, 1, 1]
// CHECK-NEXT: [0.833333]
// CHECK-NEXT: [0.166667]
// CHECK-NEXT: [1]
// CHECK-NEXT: [-2.83333]
// CHECK-NEXT: [-1.5]
// CHECK-NEXT: [-2.16667]
// GlobalAveragePool: numpy avg over axes (2, 3), keepdims
// CHECK: rank = 4 offset = 0 sizes = [2, 2, 1, 1]
// CHECK-NEXT: [-2.88889]
// CHECK-NEXT: [-2.22222]
// CHECK-NEXT: [-3.22222]
// CHECK-NEXT: [-0.222222]
// GlobalMaxPool: numpy max over axes (2, 3), keepdims
// CHECK: rank = 4 offset = 0 sizes = [2, 2, 1, 1]
// CHECK-NEXT: [4]
// CHECK-NEXT: [9]
// CHECK-NEXT: [7]
// CHECK-NEXT: [9]
// GlobalMaxPool: numpy max over axes (2, 3, 4), keepdims
// CHECK: rank = 5 offset = 0 sizes = [1, 2, 1, 1, 1]
// CHECK-NEXT: [7]
// CHECK-NEXT: [6]
// MaxPool on signed i8 (maxsi, padding with -128)
// CHECK: rank = 4 offset = 0 sizes = [1, 1, 2, 2]
// CHECK-NEXT: [5, 3]
// CHECK-NEXT: [5, 3]
