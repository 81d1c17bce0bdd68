// RUN: onnxc-opt %s --convert-onnx-to-linalg | mlir-opt %lower-to-llvm | %mlir-runner | FileCheck %s

// Conv and ConvTranspose: onnx -> linalg -> LLVM -> run, against direct numpy loops (Conv: cross-correlation,
// NCHW, groups; ConvTranspose: the scatter definition, then cropped by the pads).
// Expected values: numpy reference implementations (see each CHECK block).

func.func private @printMemrefF32(tensor<*xf32>)

func.func @main() {
  %c1 = onnx.Constant dense<[[[[-3.0, -3.0, 2.0, 0.0, 1.0], [1.0, 1.0, -3.0, 0.0, -2.0], [-1.0, 3.0, 0.0, -3.0, 0.0], [-3.0, 2.0, 3.0, 3.0, 1.0], [3.0, -1.0, -2.0, 0.0, 0.0]], [[1.0, 3.0, -2.0, 2.0, -3.0], [-1.0, 2.0, -2.0, 1.0, 0.0], [0.0, 3.0, 2.0, 2.0, 0.0], [3.0, 3.0, -3.0, -2.0, -1.0], [0.0, 2.0, 0.0, 3.0, -1.0]]]]> : tensor<1x2x5x5xf32>
  %c2 = onnx.Constant dense<[[[[3.0, 1.0, 2.0], [-2.0, 1.0, 2.0], [3.0, 3.0, 3.0]], [[-3.0, 2.0, 0.0], [1.0, -2.0, -3.0], [-3.0, 3.0, 3.0]]], [[[-1.0, 0.0, -2.0], [-2.0, 3.0, 1.0], [-3.0, -2.0, 0.0]], [[3.0, 3.0, -2.0], [1.0, -3.0, -2.0], [-2.0, 0.0, -1.0]]], [[[2.0, 0.0, -1.0], [3.0, 1.0, 1.0], [2.0, -1.0, 3.0]], [[-3.0, -1.0, -2.0], [-3.0, 3.0, -3.0], [0.0, 2.0, 1.0]]]]> : tensor<3x2x3x3xf32>
  %c3 = onnx.Constant dense<[2.0, -3.0, 0.0]> : tensor<3xf32>
  %r4 = onnx.Conv %c1, %c2, %c3 {pads = [1, 1, 1, 1], strides = [2, 2]} : (tensor<1x2x5x5xf32>, tensor<3x2x3x3xf32>, tensor<3xf32>) -> tensor<1x3x3x3xf32>
  %u5 = tensor.cast %r4 : tensor<1x3x3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u5) : (tensor<*xf32>) -> ()
  %c6 = onnx.Constant dense<[[[[-3.0, -2.0, 2.0, -3.0], [1.0, -3.0, -1.0, 3.0], [-1.0, -1.0, -3.0, 2.0], [-2.0, 0.0, -3.0, -3.0]], [[2.0, -3.0, 0.0, -1.0], [-3.0, 1.0, 2.0, 3.0], [-2.0, 3.0, -3.0, -3.0], [1.0, 3.0, 3.0, 2.0]]], [[[-3.0, -1.0, 2.0, 0.0], [-2.0, 1.0, -3.0, 1.0], [-3.0, -1.0, -1.0, 3.0], [2.0, 1.0, 0.0, -1.0]], [[2.0, 3.0, -2.0, -2.0], [-1.0, 0.0, -2.0, -1.0], [3.0, -1.0, 3.0, 0.0], [-1.0, 3.0, 0.0, 2.0]]]]> : tensor<2x2x4x4xf32>
  %c7 = onnx.Constant dense<[[[[-1.0, 3.0], [2.0, 3.0]], [[-3.0, -3.0], [-3.0, 0.0]]], [[[-1.0, 3.0], [-2.0, -2.0]], [[2.0, -1.0], [2.0, -1.0]]]]> : tensor<2x2x2x2xf32>
  %d8 = tensor.cast %c6 : tensor<2x2x4x4xf32> to tensor<?x2x4x4xf32>
  %c9 = onnx.Constant dense<[0.0, -3.0]> : tensor<2xf32>
  %r10 = onnx.Conv %d8, %c7, %c9 {pads = [0, 1, 1, 0]} : (tensor<?x2x4x4xf32>, tensor<2x2x2x2xf32>, tensor<2xf32>) -> tensor<?x2x4x4xf32>
  %u11 = tensor.cast %r10 : tensor<?x2x4x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u11) : (tensor<*xf32>) -> ()
  %c12 = onnx.Constant dense<[[[[1.0, 3.0, 1.0, 3.0], [2.0, 0.0, 3.0, 0.0], [-2.0, 0.0, 1.0, -2.0], [-2.0, 1.0, 0.0, 0.0]]]]> : tensor<1x1x4x4xf32>
  %c13 = onnx.Constant dense<[[[[2.0, 1.0, 3.0], [-2.0, 2.0, 0.0], [-3.0, -3.0, -1.0]]]]> : tensor<1x1x3x3xf32>
  %none14 = onnx.NoValue
  %r15 = onnx.Conv %c12, %c13, %none14 {auto_pad = "SAME_UPPER", strides = [2, 2]} : (tensor<1x1x4x4xf32>, tensor<1x1x3x3xf32>, none) -> tensor<1x1x2x2xf32>
  %u16 = tensor.cast %r15 : tensor<1x1x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u16) : (tensor<*xf32>) -> ()
  %c17 = onnx.Constant dense<[[[[1.0, -2.0, 0.0, 3.0], [-3.0, -2.0, 3.0, -2.0], [3.0, -1.0, 2.0, -3.0], [1.0, 3.0, -1.0, 1.0]]]]> : tensor<1x1x4x4xf32>
  %c18 = onnx.Constant dense<[[[[-2.0, -2.0, -3.0], [0.0, 0.0, -3.0], [-2.0, 1.0, -1.0]]]]> : tensor<1x1x3x3xf32>
  %none19 = onnx.NoValue
  %r20 = onnx.Conv %c17, %c18, %none19 {auto_pad = "SAME_LOWER", strides = [2, 2]} : (tensor<1x1x4x4xf32>, tensor<1x1x3x3xf32>, none) -> tensor<1x1x2x2xf32>
  %u21 = tensor.cast %r20 : tensor<1x1x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u21) : (tensor<*xf32>) -> ()
  %c22 = onnx.Constant dense<[[[[-2.0, -3.0, -3.0, 1.0, -3.0], [2.0, 0.0, -2.0, 1.0, -2.0], [-1.0, 0.0, 1.0, -3.0, -1.0], [-3.0, -3.0, -2.0, -1.0, 3.0], [-1.0, -3.0, 3.0, 0.0, -3.0]]]]> : tensor<1x1x5x5xf32>
  %c23 = onnx.Constant dense<[[[[-3.0, -3.0], [3.0, 0.0]]]]> : tensor<1x1x2x2xf32>
  %none24 = onnx.NoValue
  %r25 = onnx.Conv %c22, %c23, %none24 {auto_pad = "VALID", dilations = [2, 2]} : (tensor<1x1x5x5xf32>, tensor<1x1x2x2xf32>, none) -> tensor<1x1x3x3xf32>
  %u26 = tensor.cast %r25 : tensor<1x1x3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u26) : (tensor<*xf32>) -> ()
  %c27 = onnx.Constant dense<[[[[1.0, 3.0, -1.0, 3.0], [-1.0, 1.0, 2.0, -3.0], [2.0, 2.0, 3.0, 1.0], [0.0, -2.0, 2.0, 0.0]], [[2.0, -3.0, -1.0, 2.0], [1.0, 2.0, 1.0, 2.0], [2.0, 2.0, 1.0, -2.0], [-3.0, 2.0, -1.0, -2.0]], [[-3.0, -3.0, -3.0, -1.0], [-1.0, 0.0, 1.0, -1.0], [0.0, 1.0, 1.0, 1.0], [-3.0, -2.0, 2.0, 1.0]]]]> : tensor<1x3x4x4xf32>
  %c28 = onnx.Constant dense<[[[[-1.0, -1.0, 3.0], [2.0, -1.0, -1.0], [-3.0, 2.0, 1.0]]], [[[-1.0, 1.0, 0.0], [0.0, 1.0, 2.0], [0.0, -1.0, -2.0]]], [[[-1.0, 3.0, -2.0], [-3.0, 1.0, -1.0], [-3.0, 0.0, 2.0]]]]> : tensor<3x1x3x3xf32>
  %c29 = onnx.Constant dense<[-3.0, 0.0, -2.0]> : tensor<3xf32>
  %r30 = onnx.Conv %c27, %c28, %c29 {pads = [1, 1, 1, 1], group = 3 : i64} : (tensor<1x3x4x4xf32>, tensor<3x1x3x3xf32>, tensor<3xf32>) -> tensor<1x3x4x4xf32>
  %u31 = tensor.cast %r30 : tensor<1x3x4x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u31) : (tensor<*xf32>) -> ()
  %c32 = onnx.Constant dense<[[[[1.0, 2.0, 2.0], [2.0, -1.0, 1.0], [1.0, 3.0, 1.0]], [[2.0, -3.0, -1.0], [-1.0, 1.0, 3.0], [-1.0, 0.0, 2.0]], [[-2.0, -1.0, -2.0], [-2.0, 1.0, 3.0], [-2.0, 1.0, 1.0]], [[2.0, 1.0, 0.0], [-3.0, 2.0, -2.0], [0.0, 3.0, 0.0]]]]> : tensor<1x4x3x3xf32>
  %c33 = onnx.Constant dense<[[[[-1.0, -3.0], [-2.0, 0.0]], [[2.0, 2.0], [-2.0, 1.0]]], [[[1.0, 2.0], [0.0, 0.0]], [[-1.0, 3.0], [0.0, -3.0]]], [[[0.0, 3.0], [2.0, -1.0]], [[3.0, -3.0], [2.0, 1.0]]], [[[-3.0, 0.0], [-1.0, -1.0]], [[-2.0, 2.0], [2.0, -3.0]]]]> : tensor<4x2x2x2xf32>
  %none34 = onnx.NoValue
  %r35 = onnx.Conv %c32, %c33, %none34 {group = 2 : i64} : (tensor<1x4x3x3xf32>, tensor<4x2x2x2xf32>, none) -> tensor<1x4x2x2xf32>
  %u36 = tensor.cast %r35 : tensor<1x4x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u36) : (tensor<*xf32>) -> ()
  %c37 = onnx.Constant dense<[[[2.0, 1.0, -2.0, -1.0, -2.0, 0.0], [-3.0, 0.0, -3.0, -3.0, 2.0, 0.0]]]> : tensor<1x2x6xf32>
  %c38 = onnx.Constant dense<[[[-1.0, 3.0, -1.0], [-2.0, 3.0, -3.0]], [[3.0, -3.0, 2.0], [0.0, -3.0, 3.0]]]> : tensor<2x2x3xf32>
  %c39 = onnx.Constant dense<[-1.0, -3.0]> : tensor<2xf32>
  %r40 = onnx.Conv %c37, %c38, %c39 {pads = [1, 1], strides = [2]} : (tensor<1x2x6xf32>, tensor<2x2x3xf32>, tensor<2xf32>) -> tensor<1x2x3xf32>
  %u41 = tensor.cast %r40 : tensor<1x2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u41) : (tensor<*xf32>) -> ()
  %c42 = onnx.Constant dense<[[[2.0, 3.0, -2.0, 0.0, 3.0], [-3.0, 2.0, -1.0, -3.0, -2.0]]]> : tensor<1x2x5xf32>
  %c43 = onnx.Constant dense<[[[3.0, 1.0]], [[3.0, 0.0]], [[-3.0, -1.0]], [[-1.0, -2.0]]]> : tensor<4x1x2xf32>
  %none44 = onnx.NoValue
  %r45 = onnx.Conv %c42, %c43, %none44 {group = 2 : i64} : (tensor<1x2x5xf32>, tensor<4x1x2xf32>, none) -> tensor<1x4x4xf32>
  %u46 = tensor.cast %r45 : tensor<1x4x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u46) : (tensor<*xf32>) -> ()
  %c47 = onnx.Constant dense<[[[[[-3.0, 3.0, -3.0], [2.0, 2.0, 0.0], [1.0, -1.0, 0.0]], [[2.0, 0.0, 3.0], [2.0, -3.0, 3.0], [-2.0, -2.0, -1.0]], [[2.0, 0.0, 2.0], [-3.0, 2.0, -3.0], [-2.0, -2.0, 2.0]]]]]> : tensor<1x1x3x3x3xf32>
  %c48 = onnx.Constant dense<[[[[[-1.0, 2.0], [2.0, 1.0]], [[1.0, 3.0], [-3.0, 1.0]]]], [[[[-3.0, 1.0], [0.0, 3.0]], [[3.0, -3.0], [3.0, -2.0]]]]]> : tensor<2x1x2x2x2xf32>
  %none49 = onnx.NoValue
  %r50 = onnx.Conv %c47, %c48, %none49 {pads = [0, 0, 0, 1, 1, 1]} : (tensor<1x1x3x3x3xf32>, tensor<2x1x2x2x2xf32>, none) -> tensor<1x2x3x3x3xf32>
  %u51 = tensor.cast %r50 : tensor<1x2x3x3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u51) : (tensor<*xf32>) -> ()
  %c52 = onnx.Constant dense<[[[[-1.0, 0.0, 3.0], [-1.0, 3.0, -1.0], [-1.0, 3.0, 2.0]], [[1.0, -1.0, -3.0], [-2.0, -1.0, 1.0], [3.0, -3.0, -3.0]]]]> : tensor<1x2x3x3xf32>
  %c53 = onnx.Constant dense<[[[[1.0, -2.0, 2.0], [1.0, 3.0, 0.0], [0.0, 2.0, -3.0]], [[-2.0, 3.0, -3.0], [3.0, 1.0, 3.0], [-2.0, 1.0, -3.0]], [[1.0, -3.0, -1.0], [-1.0, -2.0, 0.0], [-1.0, -3.0, 2.0]]], [[[-2.0, -1.0, -1.0], [1.0, 2.0, 0.0], [-3.0, 0.0, 1.0]], [[3.0, 3.0, -2.0], [-2.0, 0.0, -2.0], [-2.0, -2.0, 3.0]], [[1.0, 0.0, 0.0], [-1.0, 0.0, -2.0], [-3.0, 1.0, 0.0]]]]> : tensor<2x3x3x3xf32>
  %c54 = onnx.Constant dense<[-1.0, 0.0, -3.0]> : tensor<3xf32>
  %r55 = onnx.ConvTranspose %c52, %c53, %c54 {pads = [1, 1, 1, 1], strides = [2, 2], output_padding = [1, 1]} : (tensor<1x2x3x3xf32>, tensor<2x3x3x3xf32>, tensor<3xf32>) -> tensor<1x3x6x6xf32>
  %u56 = tensor.cast %r55 : tensor<1x3x6x6xf32> to tensor<*xf32>
  call @printMemrefF32(%u56) : (tensor<*xf32>) -> ()
  %c57 = onnx.Constant dense<[[[[2.0, -3.0, 0.0], [-1.0, 2.0, 1.0]]], [[[-2.0, 0.0, 1.0], [3.0, 0.0, 3.0]]]]> : tensor<2x1x2x3xf32>
  %c58 = onnx.Constant dense<[[[[-1.0, 3.0], [3.0, 2.0]], [[2.0, 0.0], [3.0, 0.0]]]]> : tensor<1x2x2x2xf32>
  %d59 = tensor.cast %c57 : tensor<2x1x2x3xf32> to tensor<?x1x2x3xf32>
  %none60 = onnx.NoValue
  %r61 = onnx.ConvTranspose %d59, %c58, %none60 : (tensor<?x1x2x3xf32>, tensor<1x2x2x2xf32>, none) -> tensor<?x2x3x4xf32>
  %u62 = tensor.cast %r61 : tensor<?x2x3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u62) : (tensor<*xf32>) -> ()
  %c63 = onnx.Constant dense<[[[[1.0, -1.0], [1.0, -1.0]], [[0.0, -3.0], [-3.0, 2.0]], [[3.0, -2.0], [-3.0, -3.0]], [[2.0, 0.0], [-2.0, 2.0]]]]> : tensor<1x4x2x2xf32>
  %c64 = onnx.Constant dense<[[[[0.0, 0.0, -3.0], [-1.0, 2.0, 1.0], [0.0, -2.0, 1.0]]], [[[-3.0, 3.0, 1.0], [2.0, 0.0, -1.0], [3.0, -3.0, -1.0]]], [[[2.0, 2.0, -2.0], [-3.0, 3.0, -3.0], [2.0, 1.0, -3.0]]], [[[-2.0, -2.0, -3.0], [1.0, -3.0, -1.0], [-1.0, -3.0, -1.0]]]]> : tensor<4x1x3x3xf32>
  %none65 = onnx.NoValue
  %r66 = onnx.ConvTranspose %c63, %c64, %none65 {strides = [2, 2], group = 2 : i64} : (tensor<1x4x2x2xf32>, tensor<4x1x3x3xf32>, none) -> tensor<1x2x5x5xf32>
  %u67 = tensor.cast %r66 : tensor<1x2x5x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u67) : (tensor<*xf32>) -> ()
  %c68 = onnx.Constant dense<[[[[1.0, 0.0], [0.0, 3.0]], [[-2.0, -1.0], [1.0, -2.0]], [[-1.0, 1.0], [1.0, -3.0]]]]> : tensor<1x3x2x2xf32>
  %c69 = onnx.Constant dense<[[[[-1.0, -1.0], [-1.0, -1.0]]], [[[2.0, -1.0], [1.0, -3.0]]], [[[2.0, 0.0], [-1.0, 1.0]]]]> : tensor<3x1x2x2xf32>
  %none70 = onnx.NoValue
  %r71 = onnx.ConvTranspose %c68, %c69, %none70 {pads = [0, 1, 1, 0], group = 3 : i64} : (tensor<1x3x2x2xf32>, tensor<3x1x2x2xf32>, none) -> tensor<1x3x2x2xf32>
  %u72 = tensor.cast %r71 : tensor<1x3x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u72) : (tensor<*xf32>) -> ()
  %c73 = onnx.Constant dense<[[[2.0, 2.0, 3.0, 3.0]]]> : tensor<1x1x4xf32>
  %c74 = onnx.Constant dense<[[[2.0, -1.0, 2.0], [1.0, -1.0, 0.0]]]> : tensor<1x2x3xf32>
  %none75 = onnx.NoValue
  %r76 = onnx.ConvTranspose %c73, %c74, %none75 {strides = [2], dilations = [2]} : (tensor<1x1x4xf32>, tensor<1x2x3xf32>, none) -> tensor<1x2x11xf32>
  %u77 = tensor.cast %r76 : tensor<1x2x11xf32> to tensor<*xf32>
  call @printMemrefF32(%u77) : (tensor<*xf32>) -> ()
  %c78 = onnx.Constant dense<[[[[-3.0, -2.0, -3.0], [3.0, 3.0, 2.0], [-2.0, 3.0, -2.0]]]]> : tensor<1x1x3x3xf32>
  %c79 = onnx.Constant dense<[[[[2.0, 2.0], [3.0, 2.0]]]]> : tensor<1x1x2x2xf32>
  %none80 = onnx.NoValue
  %r81 = onnx.ConvTranspose %c78, %c79, %none80 {pads = [2, 0, 1, 2], strides = [2, 2]} : (tensor<1x1x3x3xf32>, tensor<1x1x2x2xf32>, none) -> tensor<1x1x3x4xf32>
  %u82 = tensor.cast %r81 : tensor<1x1x3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u82) : (tensor<*xf32>) -> ()
  return
}

// 2-D, explicit pads, strides, bias (conv_2d_nchw_fchw): pads [1, 1, 1, 1], strides [2, 2], dilations [1, 1], group 1
// CHECK: rank = 4 offset = 0 sizes = [1, 3, 3, 3]
// CHECK-NEXT: [-9, -4, 2]
// CHECK-NEXT: [14, -27, 20]
// CHECK-NEXT: [4, -5, 21]
// CHECK-NEXT: [-28, 12, 13]
// CHECK-NEXT: [-15, -38, 1]
// CHECK-NEXT: [0, -15, -9]
// CHECK-NEXT: [-10, -26, -12]
// CHECK-NEXT: [7, -5, -15]
// CHECK-NEXT: [-15, -21, 1]
// 2-D, dynamic batch, asymmetric pads: pads [0, 1, 1, 0], strides [1, 1], dilations [1, 1], group 1
// CHECK: rank = 4 offset = 0 sizes = [2, 2, 4, 4]
// CHECK-NEXT: [-12, 2, 5, -7]
// CHECK-NEXT: [9, -3, -29, 4]
// CHECK-NEXT: [-3, -12, -26, 3]
// CHECK-NEXT: [-9, -10, -27, -21]
// CHECK-NEXT: [-13, -2, 7, -16]
// CHECK-NEXT: [7, -23, 14, 7]
// CHECK-NEXT: [-1, -9, 7, 19]
// CHECK-NEXT: [-10, -2, -9, -5]
// CHECK-NEXT: [-21, -13, -3, 13]
// CHECK-NEXT: [-12, -10, -6, 13]
// CHECK-NEXT: [-12, 4, -15, -2]
// CHECK-NEXT: [9, -5, -10, -9]
// CHECK-NEXT: [-9, -2, 18, -6]
// CHECK-NEXT: [-5, 15, -12, 2]
// CHECK-NEXT: [-18, -7, -6, 13]
// CHECK-NEXT: [4, -7, 2, -8]
// auto_pad SAME_UPPER (extra pad at the end): pads [0, 0, 1, 1], strides [2, 2], dilations [1, 1], group 1
// CHECK: rank = 4 offset = 0 sizes = [1, 1, 2, 2]
// CHECK-NEXT: [9, 2]
// CHECK-NEXT: [5, 0]
// auto_pad SAME_LOWER (extra pad at the start): pads [1, 1, 0, 0], strides [2, 2], dilations [1, 1], group 1
// CHECK: rank = 4 offset = 0 sizes = [1, 1, 2, 2]
// CHECK-NEXT: [5, 0]
// CHECK-NEXT: [13, 5]
// dilations, auto_pad VALID: pads [0, 0, 0, 0], strides [1, 1], dilations [2, 2], group 1
// CHECK: rank = 4 offset = 0 sizes = [1, 1, 3, 3]
// CHECK-NEXT: [12, 6, 21]
// CHECK-NEXT: [-9, -12, 6]
// CHECK-NEXT: [-3, 0, 9]
// depthwise, group = C (depthwise_conv_2d_nchw_chw): pads [1, 1, 1, 1], strides [1, 1], dilations [1, 1], group 3
// CHECK: rank = 4 offset = 0 sizes = [1, 3, 4, 4]
// CHECK-NEXT: [-8, 4, -1, -20]
// CHECK-NEXT: [11, -14, 8, -5]
// CHECK-NEXT: [-5, 0, -5, -3]
// CHECK-NEXT: [3, 2, -11, -3]
// CHECK-NEXT: [-9, -9, -2, 0]
// CHECK-NEXT: [1, -5, 10, 7]
// CHECK-NEXT: [6, 5, 1, 1]
// CHECK-NEXT: [3, 0, -6, -5]
// CHECK-NEXT: [-2, 12, 3, 3]
// CHECK-NEXT: [-4, 2, -5, -9]
// CHECK-NEXT: [-10, 10, 8, -14]
// CHECK-NEXT: [-5, 4, 5, -5]
// grouped, group 2 (conv_2d_ngchw_gfchw): pads [0, 0, 0, 0], strides [1, 1], dilations [1, 1], group 2
// CHECK: rank = 4 offset = 0 sizes = [1, 4, 2, 2]
// CHECK-NEXT: [-10, -13]
// CHECK-NEXT: [1, 2]
// CHECK-NEXT: [-9, -3]
// CHECK-NEXT: [4, 3]
// CHECK-NEXT: [-9, -2]
// CHECK-NEXT: [-14, 28]
// CHECK-NEXT: [-7, 7]
// CHECK-NEXT: [8, -7]
// 1-D (conv_1d_ncw_fcw): pads [1, 1], strides [2], dilations [1], group 1
// CHECK: rank = 3 offset = 0 sizes = [1, 2, 3]
// CHECK-NEXT: [-5, -7, 6]
// CHECK-NEXT: [2, 4, -6]
// 1-D grouped, channel multiplier 2 (linalg.generic): pads [0, 0], strides [1], dilations [1], group 2
// CHECK: rank = 3 offset = 0 sizes = [1, 4, 4]
// CHECK-NEXT: [9, 7, -6, 3]
// CHECK-NEXT: [6, 9, -6, 0]
// CHECK-NEXT: [7, -5, 6, 11]
// CHECK-NEXT: [-1, 0, 7, 7]
// 3-D (conv_3d_ncdhw_fcdhw): pads [0, 0, 0, 1, 1, 1], strides [1, 1, 1], dilations [1, 1, 1], group 1
// CHECK: rank = 5 offset = 0 sizes = [1, 2, 3, 3, 3]
// CHECK-NEXT: [8, 16, -3]
// CHECK-NEXT: [0, 7, 6]
// CHECK-NEXT: [-11, -4, -1]
// CHECK-NEXT: [12, 0, 14]
// CHECK-NEXT: [-7, 5, -14]
// CHECK-NEXT: [-10, 4, 3]
// CHECK-NEXT: [-6, 5, -8]
// CHECK-NEXT: [1, -10, 7]
// CHECK-NEXT: [-2, 6, -2]
// CHECK-NEXT: [36, -36, 27]
// CHECK-NEXT: [6, -28, 6]
// CHECK-NEXT: [-4, 0, -3]
// CHECK-NEXT: [-22, 18, -12]
// CHECK-NEXT: [-32, 14, -12]
// CHECK-NEXT: [4, -7, 9]
// CHECK-NEXT: [0, -7, -6]
// CHECK-NEXT: [5, -3, 9]
// CHECK-NEXT: [4, 8, -6]
// ConvTranspose 2-D, strides, pads, output_padding, bias: pads [1, 1, 1, 1], strides [2, 2], dilations [1, 1], group 1, output_padding [1, 1]
// CHECK: rank = 4 offset = 0 sizes = [1, 3, 6, 6]
// CHECK-NEXT: [-2, -2, -3, -1, 2, -1]
// CHECK-NEXT: [1, 11, -6, 11, 6, -16]
// CHECK-NEXT: [-8, 1, 6, -1, -2, -1]
// CHECK-NEXT: [-4, 7, 2, 3, -4, 10]
// CHECK-NEXT: [2, -1, 2, -2, -1, -1]
// CHECK-NEXT: [-3, 14, 5, -4, 3, -10]
// CHECK-NEXT: [-1, -3, 0, 17, 3, 15]
// CHECK-NEXT: [-12, 6, 8, -5, 9, -17]
// CHECK-NEXT: [-1, 12, 3, 6, -1, -5]
// CHECK-NEXT: [9, -25, 5, -28, -6, 6]
// CHECK-NEXT: [-1, 6, 3, 27, 2, 12]
// CHECK-NEXT: [-7, 12, 9, -16, 8, -15]
// CHECK-NEXT: [-1, -4, -3, -1, -9, 3]
// CHECK-NEXT: [4, 1, -13, 0, -12, 4]
// CHECK-NEXT: [-1, -1, -9, -1, -1, -5]
// CHECK-NEXT: [1, -4, -22, -3, -5, -7]
// CHECK-NEXT: [-1, -9, -9, 4, -7, 3]
// CHECK-NEXT: [3, 1, -15, 10, -12, 1]
// ConvTranspose 2-D, dynamic batch: pads [0, 0, 0, 0], strides [1, 1], dilations [1, 1], group 1, output_padding [0, 0]
// CHECK: rank = 4 offset = 0 sizes = [2, 2, 3, 4]
// CHECK-NEXT: [-2, 9, -9, 0]
// CHECK-NEXT: [7, -10, -1, 3]
// CHECK-NEXT: [-3, 4, 7, 2]
// CHECK-NEXT: [4, -6, 0, 0]
// CHECK-NEXT: [4, -5, 2, 0]
// CHECK-NEXT: [-3, 6, 3, 0]
// CHECK-NEXT: [2, -6, -1, 3]
// CHECK-NEXT: [-9, 5, 0, 11]
// CHECK-NEXT: [9, 6, 9, 6]
// CHECK-NEXT: [-4, 0, 2, 0]
// CHECK-NEXT: [0, 0, 9, 0]
// CHECK-NEXT: [9, 0, 9, 0]
// ConvTranspose grouped: pads [0, 0, 0, 0], strides [2, 2], dilations [1, 1], group 2, output_padding [0, 0]
// CHECK: rank = 4 offset = 0 sizes = [1, 2, 5, 5]
// CHECK-NEXT: [0, 0, 6, -9, 0]
// CHECK-NEXT: [-1, 2, -4, -2, 2]
// CHECK-NEXT: [9, -11, -20, 17, 7]
// CHECK-NEXT: [-7, 2, 9, -2, -3]
// CHECK-NEXT: [-9, 7, 10, -4, -3]
// CHECK-NEXT: [2, 2, -16, -4, 4]
// CHECK-NEXT: [-7, 3, -5, -6, 6]
// CHECK-NEXT: [2, -5, -13, -12, 6]
// CHECK-NEXT: [7, -3, 22, -15, 7]
// CHECK-NEXT: [-4, 3, 3, -9, 7]
// ConvTranspose depthwise: pads [0, 1, 1, 0], strides [1, 1], dilations [1, 1], group 3, output_padding [0, 0]
// CHECK: rank = 4 offset = 0 sizes = [1, 3, 2, 2]
// CHECK-NEXT: [-1, 0]
// CHECK-NEXT: [-4, -3]
// CHECK-NEXT: [0, 1]
// CHECK-NEXT: [0, 5]
// CHECK-NEXT: [2, 0]
// CHECK-NEXT: [-8, 1]
// ConvTranspose 1-D, dilations: pads [0, 0], strides [2], dilations [2], group 1, output_padding [0]
// CHECK: rank = 3 offset = 0 sizes = [1, 2, 11]
// CHECK-NEXT: [4, 0, 2, 0, 8, 0, 7, 0, 3, 0, 6]
// CHECK-NEXT: [2, 0, 0, 0, 1, 0, 0, 0, -3, 0, 0]
// ConvTranspose pads beyond the kernel extent (crop): pads [2, 0, 1, 2], strides [2, 2], dilations [1, 1], group 1, output_padding [0, 0]
// CHECK: rank = 4 offset = 0 sizes = [1, 1, 3, 4]
// CHECK-NEXT: [6, 6, 6, 6]
// CHECK-NEXT: [9, 6, 9, 6]
// CHECK-NEXT: [-4, -4, 6, 6]
