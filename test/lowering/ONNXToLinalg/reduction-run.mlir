// Numeric check of Reduce*, ArgMax and ArgMin: onnx -> linalg -> LLVM -> run.
// Expected values come from numpy (float32; ArgMax/ArgMin with
// select_last_index as argmax of the flipped array).
// RUN: onnxc-opt %s --convert-onnx-to-linalg | mlir-opt %lower-to-llvm | %mlir-runner | FileCheck %s

func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI64(tensor<*xi64>)

func.func @main() {
  %x = onnx.Constant dense<[[[1.0, 2.0, 3.0, 4.0], [5.0, -6.0, 7.0, 8.0], [9.0, 10.0, -11.0, 12.0]],
                            [[-1.0, 0.5, 2.0, 3.0], [4.0, 4.0, -2.0, 1.0], [0.0, 3.0, 2.0, -5.0]]]> : tensor<2x3x4xf32>
  %none = onnx.NoValue
  %ax0 = onnx.Constant dense<[0]> : tensor<1xi64>
  %ax1 = onnx.Constant dense<[1]> : tensor<1xi64>
  %ax2 = onnx.Constant dense<[2]> : tensor<1xi64>
  %axm2 = onnx.Constant dense<[-2]> : tensor<1xi64>
  %ax_m1_0 = onnx.Constant dense<[-1, 0]> : tensor<2xi64>
  %ax02 = onnx.Constant dense<[0, 2]> : tensor<2xi64>
  %ax01 = onnx.Constant dense<[0, 1]> : tensor<2xi64>
  %empty = onnx.Constant dense<> : tensor<0xi64>

  // CHECK: sizes = [2, 1, 4]
  // CHECK: {{\[\[\[}}15, 6, -1, 24]],
  // CHECK: {{\[\[}}3, 7.5, 2, -1]]]
  %sum = onnx.ReduceSum %x, %axm2 : (tensor<2x3x4xf32>, tensor<1xi64>) -> tensor<2x1x4xf32>
  %sum_u = tensor.cast %sum : tensor<2x1x4xf32> to tensor<*xf32>
  call @printMemrefF32(%sum_u) : (tensor<*xf32>) -> ()

  // CHECK: [1.8125, 2.625, 2.5]
  %mean = onnx.ReduceMean %x, %ax_m1_0 {keepdims = 0 : i64} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<3xf32>
  %mean_u = tensor.cast %mean : tensor<3xf32> to tensor<*xf32>
  call @printMemrefF32(%mean_u) : (tensor<*xf32>) -> ()

  // Dynamic dims: the count comes from tensor.dim.
  // CHECK: sizes = [1, 1, 4]
  // CHECK: {{\[\[\[}}3, 2.25, 0.166667, 3.83333]]]
  %xd = tensor.cast %x : tensor<2x3x4xf32> to tensor<?x?x4xf32>
  %meand = onnx.ReduceMean %xd, %ax01 : (tensor<?x?x4xf32>, tensor<2xi64>) -> tensor<1x1x4xf32>
  %meand_u = tensor.cast %meand : tensor<1x1x4xf32> to tensor<*xf32>
  call @printMemrefF32(%meand_u) : (tensor<*xf32>) -> ()

  // CHECK: sizes = [1, 1, 1]
  // CHECK: {{\[\[\[}}12]]]
  %max = onnx.ReduceMax %x, %none : (tensor<2x3x4xf32>, none) -> tensor<1x1x1xf32>
  %max_u = tensor.cast %max : tensor<1x1x1xf32> to tensor<*xf32>
  call @printMemrefF32(%max_u) : (tensor<*xf32>) -> ()

  // CHECK: {{\[\[}}1, -6, -11],
  // CHECK: [-1, -2, -5]]
  %min = onnx.ReduceMin %x, %ax2 {keepdims = 0 : i64} : (tensor<2x3x4xf32>, tensor<1xi64>) -> tensor<2x3xf32>
  %min_u = tensor.cast %min : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%min_u) : (tensor<*xf32>) -> ()

  // CHECK: {{\[\[}}-1, 1, 6, 12],
  // CHECK: [20, -24, -14, 8],
  // CHECK: [0, 30, -22, -60]]
  %prod = onnx.ReduceProd %x, %ax0 {keepdims = 0 : i64} : (tensor<2x3x4xf32>, tensor<1xi64>) -> tensor<3x4xf32>
  %prod_u = tensor.cast %prod : tensor<3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%prod_u) : (tensor<*xf32>) -> ()

  // CHECK: {{\[\[}}15, 18, 21, 24],
  // CHECK: [5, 7.5, 6, 9]]
  %l1 = onnx.ReduceL1 %x, %ax1 {keepdims = 0 : i64} : (tensor<2x3x4xf32>, tensor<1xi64>) -> tensor<2x4xf32>
  %l1_u = tensor.cast %l1 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%l1_u) : (tensor<*xf32>) -> ()

  // CHECK: {{\[\[}}5.47723, 13.1909, 21.1187],
  // CHECK: [3.77492, 6.08276, 6.16441]]
  %l2 = onnx.ReduceL2 %x, %ax2 {keepdims = 0 : i64} : (tensor<2x3x4xf32>, tensor<1xi64>) -> tensor<2x3xf32>
  %l2_u = tensor.cast %l2 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%l2_u) : (tensor<*xf32>) -> ()

  // CHECK: [1.25276, 2.48491]
  %p = onnx.Constant dense<[[0.5, 1.0, 2.0], [3.0, 4.0, 5.0]]> : tensor<2x3xf32>
  %logsum = onnx.ReduceLogSum %p, %ax1 {keepdims = 0 : i64} : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<2xf32>
  %logsum_u = tensor.cast %logsum : tensor<2xf32> to tensor<*xf32>
  call @printMemrefF32(%logsum_u) : (tensor<*xf32>) -> ()

  // CHECK: {{\[\[}}9.01848, 10.0003, 7.01815, 12.0185],
  // CHECK: [4.02474, 4.3351, 2.70226, 3.12722]]
  %lse = onnx.ReduceLogSumExp %x, %ax1 {keepdims = 0 : i64} : (tensor<2x3x4xf32>, tensor<1xi64>) -> tensor<2x4xf32>
  %lse_u = tensor.cast %lse : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%lse_u) : (tensor<*xf32>) -> ()

  // Large magnitudes: exp would overflow without the max shift.
  // CHECK: [1000.86, -999.592]
  %big = onnx.Constant dense<[[1000.0, 1000.0, 999.0], [-1000.0, -1001.0, -1002.0]]> : tensor<2x3xf32>
  %lseb = onnx.ReduceLogSumExp %big, %ax1 {keepdims = 0 : i64} : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<2xf32>
  %lseb_u = tensor.cast %lseb : tensor<2xf32> to tensor<*xf32>
  call @printMemrefF32(%lseb_u) : (tensor<*xf32>) -> ()

  // CHECK: [44.25, 211, 484]
  %ss = onnx.ReduceSumSquare %x, %ax02 {keepdims = 0 : i64} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<3xf32>
  %ss_u = tensor.cast %ss : tensor<3xf32> to tensor<*xf32>
  call @printMemrefF32(%ss_u) : (tensor<*xf32>) -> ()

  // noop_with_empty_axes: no dim is reduced, the square still applies.
  // CHECK: {{\[\[}}1, 4, 9, 16],
  // CHECK: [25, 36, 49, 64],
  // CHECK: [81, 100, 121, 144]]
  %x0 = onnx.Constant dense<[[1.0, 2.0, 3.0, 4.0], [5.0, -6.0, 7.0, 8.0], [9.0, 10.0, -11.0, 12.0]]> : tensor<3x4xf32>
  %ssn = onnx.ReduceSumSquare %x0, %empty {noop_with_empty_axes = 1 : i64} : (tensor<3x4xf32>, tensor<0xi64>) -> tensor<3x4xf32>
  %ssn_u = tensor.cast %ssn : tensor<3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%ssn_u) : (tensor<*xf32>) -> ()

  // Integers: mean truncates toward zero.
  %i = onnx.Constant dense<[[-7, 2, 0], [-3, -8, -1]]> : tensor<2x3xi64>
  // CHECK: [2, -1]
  %imax = onnx.ReduceMax %i, %ax1 {keepdims = 0 : i64} : (tensor<2x3xi64>, tensor<1xi64>) -> tensor<2xi64>
  %imax_u = tensor.cast %imax : tensor<2xi64> to tensor<*xi64>
  call @printMemrefI64(%imax_u) : (tensor<*xi64>) -> ()
  // CHECK: [-1, -4]
  %imean = onnx.ReduceMean %i, %ax1 {keepdims = 0 : i64} : (tensor<2x3xi64>, tensor<1xi64>) -> tensor<2xi64>
  %imean_u = tensor.cast %imean : tensor<2xi64> to tensor<*xi64>
  call @printMemrefI64(%imean_u) : (tensor<*xi64>) -> ()
  // CHECK: [-7, -8, -1]
  %imin = onnx.ReduceMin %i, %ax0 {keepdims = 0 : i64} : (tensor<2x3xi64>, tensor<1xi64>) -> tensor<3xi64>
  %imin_u = tensor.cast %imin : tensor<3xi64> to tensor<*xi64>
  call @printMemrefI64(%imin_u) : (tensor<*xi64>) -> ()
  // CHECK: [0, -24]
  %iprod = onnx.ReduceProd %i, %ax1 {keepdims = 0 : i64} : (tensor<2x3xi64>, tensor<1xi64>) -> tensor<2xi64>
  %iprod_u = tensor.cast %iprod : tensor<2xi64> to tensor<*xi64>
  call @printMemrefI64(%iprod_u) : (tensor<*xi64>) -> ()

  // ArgMax/ArgMin: ties go to the first index unless select_last_index.
  %a = onnx.Constant dense<[[1.0, 3.0, 3.0, 2.0], [5.0, 5.0, 0.0, 5.0], [-1.0, -2.0, -3.0, -1.0]]> : tensor<3x4xf32>
  // CHECK: sizes = [3, 1]
  // CHECK: {{\[\[}}1],
  // CHECK: [0],
  // CHECK: [0]]
  %am = onnx.ArgMax %a {axis = 1 : i64} : (tensor<3x4xf32>) -> tensor<3x1xi64>
  %am_u = tensor.cast %am : tensor<3x1xi64> to tensor<*xi64>
  call @printMemrefI64(%am_u) : (tensor<*xi64>) -> ()
  // CHECK: [2, 3, 3]
  %aml = onnx.ArgMax %a {axis = -1 : i64, keepdims = 0 : i64, select_last_index = 1 : i64} : (tensor<3x4xf32>) -> tensor<3xi64>
  %aml_u = tensor.cast %aml : tensor<3xi64> to tensor<*xi64>
  call @printMemrefI64(%aml_u) : (tensor<*xi64>) -> ()

  %c = onnx.Constant dense<[[2.0, 0.0, 7.0], [1.0, 0.0, 7.0], [1.0, 4.0, 9.0]]> : tensor<3x3xf32>
  // CHECK: [1, 0, 0]
  %an = onnx.ArgMin %c {axis = 0 : i64, keepdims = 0 : i64} : (tensor<3x3xf32>) -> tensor<3xi64>
  %an_u = tensor.cast %an : tensor<3xi64> to tensor<*xi64>
  call @printMemrefI64(%an_u) : (tensor<*xi64>) -> ()
  // CHECK: sizes = [1, 3]
  // CHECK: {{\[\[}}2, 1, 1]]
  %anl = onnx.ArgMin %c {axis = 0 : i64, select_last_index = 1 : i64} : (tensor<3x3xf32>) -> tensor<1x3xi64>
  %anl_u = tensor.cast %anl : tensor<1x3xi64> to tensor<*xi64>
  call @printMemrefI64(%anl_u) : (tensor<*xi64>) -> ()

  // NaN wins, like numpy: the first NaN, or the last with select_last_index.
  %n = onnx.Constant dense<[1.0, 0x7FC00000, 3.0, 0x7FC00000]> : tensor<4xf32>
  // CHECK: [1]
  %nm = onnx.ArgMax %n {axis = 0 : i64} : (tensor<4xf32>) -> tensor<1xi64>
  %nm_u = tensor.cast %nm : tensor<1xi64> to tensor<*xi64>
  call @printMemrefI64(%nm_u) : (tensor<*xi64>) -> ()
  // CHECK: [3]
  %nml = onnx.ArgMax %n {axis = 0 : i64, select_last_index = 1 : i64} : (tensor<4xf32>) -> tensor<1xi64>
  %nml_u = tensor.cast %nml : tensor<1xi64> to tensor<*xi64>
  call @printMemrefI64(%nml_u) : (tensor<*xi64>) -> ()
  // CHECK: [1]
  %nn = onnx.ArgMin %n {axis = 0 : i64} : (tensor<4xf32>) -> tensor<1xi64>
  %nn_u = tensor.cast %nn : tensor<1xi64> to tensor<*xi64>
  call @printMemrefI64(%nn_u) : (tensor<*xi64>) -> ()

  // Signed integers.
  // CHECK: [1]
  %ia = onnx.Constant dense<[-5, -2, -9]> : tensor<3xi32>
  %iam = onnx.ArgMax %ia {axis = 0 : i64} : (tensor<3xi32>) -> tensor<1xi64>
  %iam_u = tensor.cast %iam : tensor<1xi64> to tensor<*xi64>
  call @printMemrefI64(%iam_u) : (tensor<*xi64>) -> ()
  return
}
