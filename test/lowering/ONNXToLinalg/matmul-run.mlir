// RUN: onnxc-opt %s --convert-onnx-to-linalg | mlir-opt %lower-to-llvm | %mlir-runner | FileCheck %s

// MatMul and Gemm: onnx -> linalg -> LLVM -> run, against numpy.matmul and alpha * op(A) @ op(B) + beta * C.
// Expected values: numpy reference implementations (see each CHECK block).

func.func private @printMemrefF32(tensor<*xf32>)

func.func @main() {
  %c1 = onnx.Constant dense<[[3.0, -4.0, -3.0], [-2.0, -3.0, 3.0]]> : tensor<2x3xf32>
  %c2 = onnx.Constant dense<[[3.0, 1.0, -4.0, -4.0], [-2.0, -1.0, 1.0, 0.0], [-2.0, -3.0, 2.0, 2.0]]> : tensor<3x4xf32>
  %r3 = onnx.MatMul %c1, %c2 : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  %u4 = tensor.cast %r3 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u4) : (tensor<*xf32>) -> ()
  %c5 = onnx.Constant dense<[[[-4.0, -3.0, 0.0], [-1.0, 3.0, 0.0]], [[-1.0, -1.0, 1.0], [1.0, -3.0, 2.0]]]> : tensor<2x2x3xf32>
  %c6 = onnx.Constant dense<[[[2.0, 4.0], [3.0, -2.0], [-2.0, 1.0]], [[1.0, 2.0], [3.0, -2.0], [4.0, -4.0]]]> : tensor<2x3x2xf32>
  %r7 = onnx.MatMul %c5, %c6 : (tensor<2x2x3xf32>, tensor<2x3x2xf32>) -> tensor<2x2x2xf32>
  %u8 = tensor.cast %r7 : tensor<2x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u8) : (tensor<*xf32>) -> ()
  %c9 = onnx.Constant dense<[[[[-4.0, 4.0, 4.0], [-2.0, -3.0, -2.0]]], [[[-4.0, 4.0, 1.0], [1.0, -2.0, 0.0]]]]> : tensor<2x1x2x3xf32>
  %c10 = onnx.Constant dense<[[[-3.0, 2.0], [0.0, -4.0], [-2.0, 2.0]], [[0.0, -1.0], [-2.0, -4.0], [1.0, 1.0]], [[0.0, 4.0], [4.0, -3.0], [1.0, 1.0]]]> : tensor<3x3x2xf32>
  %r11 = onnx.MatMul %c9, %c10 : (tensor<2x1x2x3xf32>, tensor<3x3x2xf32>) -> tensor<2x3x2x2xf32>
  %u12 = tensor.cast %r11 : tensor<2x3x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u12) : (tensor<*xf32>) -> ()
  %c13 = onnx.Constant dense<[[[-2.0, -2.0, 0.0], [2.0, -2.0, 2.0]], [[1.0, -3.0, -1.0], [3.0, 3.0, 1.0]]]> : tensor<2x2x3xf32>
  %c14 = onnx.Constant dense<[[-4.0, 2.0], [-2.0, 3.0], [4.0, -1.0]]> : tensor<3x2xf32>
  %r15 = onnx.MatMul %c13, %c14 : (tensor<2x2x3xf32>, tensor<3x2xf32>) -> tensor<2x2x2xf32>
  %u16 = tensor.cast %r15 : tensor<2x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u16) : (tensor<*xf32>) -> ()
  %c17 = onnx.Constant dense<[[[4.0, 2.0, -2.0], [3.0, -1.0, -4.0]], [[1.0, 3.0, 1.0], [-1.0, 4.0, 0.0]]]> : tensor<2x2x3xf32>
  %c18 = onnx.Constant dense<[[-1.0, -3.0], [-3.0, 2.0], [3.0, -2.0]]> : tensor<3x2xf32>
  %d19 = tensor.cast %c17 : tensor<2x2x3xf32> to tensor<?x2x3xf32>
  %r20 = onnx.MatMul %d19, %c18 : (tensor<?x2x3xf32>, tensor<3x2xf32>) -> tensor<?x2x2xf32>
  %u21 = tensor.cast %r20 : tensor<?x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u21) : (tensor<*xf32>) -> ()
  %c22 = onnx.Constant dense<[1.0, 3.0, -3.0]> : tensor<3xf32>
  %c23 = onnx.Constant dense<[[[-2.0, 0.0], [1.0, -1.0], [-1.0, -3.0]], [[1.0, 4.0], [-3.0, 3.0], [-3.0, -4.0]]]> : tensor<2x3x2xf32>
  %r24 = onnx.MatMul %c22, %c23 : (tensor<3xf32>, tensor<2x3x2xf32>) -> tensor<2x2xf32>
  %u25 = tensor.cast %r24 : tensor<2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u25) : (tensor<*xf32>) -> ()
  %c26 = onnx.Constant dense<[[2.0, -3.0, 2.0], [-2.0, 1.0, 4.0]]> : tensor<2x3xf32>
  %c27 = onnx.Constant dense<[4.0, 0.0, -3.0]> : tensor<3xf32>
  %r28 = onnx.MatMul %c26, %c27 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2xf32>
  %u29 = tensor.cast %r28 : tensor<2xf32> to tensor<*xf32>
  call @printMemrefF32(%u29) : (tensor<*xf32>) -> ()
  %c30 = onnx.Constant dense<[-2.0, 3.0, 1.0]> : tensor<3xf32>
  %c31 = onnx.Constant dense<[-3.0, 3.0, 4.0]> : tensor<3xf32>
  %r32 = onnx.MatMul %c30, %c31 : (tensor<3xf32>, tensor<3xf32>) -> tensor<f32>
  %u33 = tensor.cast %r32 : tensor<f32> to tensor<*xf32>
  call @printMemrefF32(%u33) : (tensor<*xf32>) -> ()
  %c34 = onnx.Constant dense<[[4.0, 1.0, 4.0], [1.0, 0.0, 4.0]]> : tensor<2x3xf32>
  %c35 = onnx.Constant dense<[[1.0, 3.0, -1.0, 3.0], [4.0, -4.0, 0.0, -1.0], [-4.0, -4.0, -2.0, -3.0]]> : tensor<3x4xf32>
  %c36 = onnx.Constant dense<[2.0, -3.0, 1.0, 3.0]> : tensor<4xf32>
  %r37 = onnx.Gemm %c34, %c35, %c36 {transA = 0 : i64, transB = 0 : i64, alpha = 1.0 : f32, beta = 1.0 : f32} : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<4xf32>) -> tensor<2x4xf32>
  %u38 = tensor.cast %r37 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u38) : (tensor<*xf32>) -> ()
  %c39 = onnx.Constant dense<[[0.0, -3.0], [-4.0, -2.0], [-1.0, 0.0]]> : tensor<3x2xf32>
  %c40 = onnx.Constant dense<[[-2.0, 3.0, 1.0], [4.0, 4.0, 2.0], [-4.0, -3.0, 2.0], [0.0, 4.0, 2.0]]> : tensor<4x3xf32>
  %c41 = onnx.Constant dense<[[3.0], [-4.0]]> : tensor<2x1xf32>
  %r42 = onnx.Gemm %c39, %c40, %c41 {transA = 1 : i64, transB = 1 : i64, alpha = 0.5 : f32, beta = 2.0 : f32} : (tensor<3x2xf32>, tensor<4x3xf32>, tensor<2x1xf32>) -> tensor<2x4xf32>
  %u43 = tensor.cast %r42 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u43) : (tensor<*xf32>) -> ()
  %c44 = onnx.Constant dense<[[-2.0, 2.0, 1.0], [-1.0, -3.0, 1.0]]> : tensor<2x3xf32>
  %c45 = onnx.Constant dense<[[-4.0, 2.0, 3.0], [2.0, -4.0, 0.0], [-2.0, 0.0, 2.0], [-3.0, -4.0, 0.0]]> : tensor<4x3xf32>
  %d46 = tensor.cast %c44 : tensor<2x3xf32> to tensor<?x3xf32>
  %none47 = onnx.NoValue
  %r48 = onnx.Gemm %d46, %c45, %none47 {transA = 0 : i64, transB = 1 : i64, alpha = -1.0 : f32, beta = 1.0 : f32} : (tensor<?x3xf32>, tensor<4x3xf32>, none) -> tensor<?x4xf32>
  %u49 = tensor.cast %r48 : tensor<?x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u49) : (tensor<*xf32>) -> ()
  %c50 = onnx.Constant dense<[[1.0, -3.0, 4.0], [0.0, 4.0, 0.0]]> : tensor<2x3xf32>
  %c51 = onnx.Constant dense<[[2.0, 2.0], [0.0, -1.0], [2.0, -4.0]]> : tensor<3x2xf32>
  %c52 = onnx.Constant dense<[[1.0, 0.0], [-3.0, -3.0]]> : tensor<2x2xf32>
  %r53 = onnx.Gemm %c50, %c51, %c52 {transA = 0 : i64, transB = 0 : i64, alpha = 1.0 : f32, beta = 0.0 : f32} : (tensor<2x3xf32>, tensor<3x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  %u54 = tensor.cast %r53 : tensor<2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u54) : (tensor<*xf32>) -> ()
  return
}

// 2-D x 2-D (linalg.matmul): np.matmul of (2, 3) and (3, 4)
// CHECK: rank = 2 offset = 0 sizes = [2, 4]
// CHECK-NEXT: [23, 16, -22, -18]
// CHECK-NEXT: [-6, -8, 11, 14]
// equal batch (linalg.batch_matmul): np.matmul of (2, 2, 3) and (2, 3, 2)
// CHECK: rank = 3 offset = 0 sizes = [2, 2, 2]
// CHECK-NEXT: [-17, -10]
// CHECK-NEXT: [7, -10]
// CHECK-NEXT: [0, -4]
// CHECK-NEXT: [0, 0]
// broadcast batch dims (linalg.generic): np.matmul of (2, 1, 2, 3) and (3, 3, 2)
// CHECK: rank = 4 offset = 0 sizes = [2, 3, 2, 2]
// CHECK-NEXT: [4, -16]
// CHECK-NEXT: [10, 4]
// CHECK-NEXT: [-4, -8]
// CHECK-NEXT: [4, 12]
// CHECK-NEXT: [20, -24]
// CHECK-NEXT: [-14, -1]
// CHECK-NEXT: [10, -22]
// CHECK-NEXT: [-3, 10]
// CHECK-NEXT: [-7, -11]
// CHECK-NEXT: [4, 7]
// CHECK-NEXT: [17, -27]
// CHECK-NEXT: [-8, 10]
// N-D x 2-D (collapse + linalg.matmul + expand): np.matmul of (2, 2, 3) and (3, 2)
// CHECK: rank = 3 offset = 0 sizes = [2, 2, 2]
// CHECK-NEXT: [12, -10]
// CHECK-NEXT: [4, -4]
// CHECK-NEXT: [-2, -6]
// CHECK-NEXT: [-14, 14]
// N-D x 2-D with a dynamic batch dim: np.matmul of (2, 2, 3) and (3, 2)
// CHECK: rank = 3 offset = 0 sizes = [2, 2, 2]
// CHECK-NEXT: [-16, -4]
// CHECK-NEXT: [-12, -3]
// CHECK-NEXT: [-7, 1]
// CHECK-NEXT: [-11, 11]
// 1-D x 3-D (promoted vector, dim dropped): np.matmul of (3,) and (2, 3, 2)
// CHECK: rank = 2 offset = 0 sizes = [2, 2]
// CHECK-NEXT: [4, 6]
// CHECK-NEXT: [1, 25]
// 2-D x 1-D: np.matmul of (2, 3) and (3,)
// CHECK: rank = 1 offset = 0 sizes = [2]
// CHECK-NEXT: [2, -20]
// 1-D x 1-D (scalar): np.matmul of (3,) and (3,)
// CHECK: rank = 0 offset = 0 sizes = []
// CHECK-NEXT: [19]
// Gemm, C of shape (N) broadcast: 1.0 * op(A) @ op(B) + 1.0 * C
// CHECK: rank = 2 offset = 0 sizes = [2, 4]
// CHECK-NEXT: [-6, -11, -11, 2]
// CHECK-NEXT: [-13, -16, -8, -6]
// Gemm transA, transB, alpha, beta, C of shape (M, 1): 0.5 * op(A) @ op(B) + 2.0 * C
// CHECK: rank = 2 offset = 0 sizes = [2, 4]
// CHECK-NEXT: [-0.5, -3, 11, -3]
// CHECK-NEXT: [-8, -18, 1, -12]
// Gemm transB, no C, dynamic M: -1.0 * op(A) @ op(B)
// CHECK: rank = 2 offset = 0 sizes = [2, 4]
// CHECK-NEXT: [-15, 12, -6, 2]
// CHECK-NEXT: [-1, -10, -4, -15]
// Gemm beta = 0 ignores C: 1.0 * op(A) @ op(B) + 0.0 * C
// CHECK: rank = 2 offset = 0 sizes = [2, 2]
// CHECK-NEXT: [10, -11]
// CHECK-NEXT: [0, -4]
