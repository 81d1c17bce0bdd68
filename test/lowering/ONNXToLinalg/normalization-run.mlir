// Numeric check of Softmax, LogSoftmax, Hardmax and the normalisation layers:
// onnx -> linalg -> LLVM -> run. Expected values come from numpy (float32,
// the formulas of the ONNX reference implementation).
// RUN: onnxc-opt %s --convert-onnx-to-linalg | mlir-opt %lower-to-llvm | %mlir-runner | FileCheck %s

func.func private @printMemrefF32(tensor<*xf32>)

func.func @main() {
  %x = onnx.Constant dense<[[[1.0, 2.0, 3.0, 4.0], [5.0, -6.0, 7.0, 8.0], [9.0, 10.0, -11.0, 12.0]],
                            [[-1.0, 0.5, 2.0, 3.0], [4.0, 4.0, -2.0, 1.0], [0.0, 3.0, 2.0, -5.0]]]> : tensor<2x3x4xf32>
  %x0 = onnx.Constant dense<[[1.0, 2.0, 3.0, 4.0], [5.0, -6.0, 7.0, 8.0], [9.0, 10.0, -11.0, 12.0]]> : tensor<3x4xf32>

  // Softmax over the last axis, on dynamic dims.
  // CHECK: {{\[\[}}0.0320586, 0.0871443, 0.236883, 0.643914],
  // CHECK: [0.035119, 5.86547e-07, 0.259496, 0.705384],
  // CHECK: [0.0420101, 0.114195, 8.65{{[0-9]+}}e-11, 0.843795]]
  %xd = tensor.cast %x0 : tensor<3x4xf32> to tensor<?x?xf32>
  %sm = onnx.Softmax %xd {axis = -1 : i64} : (tensor<?x?xf32>) -> tensor<?x?xf32>
  %sm_u = tensor.cast %sm : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%sm_u) : (tensor<*xf32>) -> ()

  // Softmax over a middle axis.
  // CHECK: {{\[\[\[}}0.00032932, 0.00033535, 0.0179862, 0.00032932],
  // CHECK: [0.0179803, 1.12497e-07, 0.982014, 0.0179803],
  // CHECK: [0.98169, 0.999665, 1.4956{{[0-9]*}}e-08, 0.98169]],
  // CHECK: {{\[\[}}0.00657326, 0.0215992, 0.495463, 0.880537],
  // CHECK: [0.975559, 0.715268, 0.00907471, 0.119168],
  // CHECK: [0.017868, 0.26313{{[23]}}, 0.495463, 0.000295387]]]
  %sm1 = onnx.Softmax %x {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %sm1_u = tensor.cast %sm1 : tensor<2x3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%sm1_u) : (tensor<*xf32>) -> ()

  // Large logits: no overflow thanks to the max shift.
  // CHECK: {{\[\[}}0.0900306, 0.244728, 0.665241]]
  %big = onnx.Constant dense<[[1000.0, 1001.0, 1002.0]]> : tensor<1x3xf32>
  %smb = onnx.Softmax %big : (tensor<1x3xf32>) -> tensor<1x3xf32>
  %smb_u = tensor.cast %smb : tensor<1x3xf32> to tensor<*xf32>
  call @printMemrefF32(%smb_u) : (tensor<*xf32>) -> ()

  // LogSoftmax over axis 0.
  // CHECK: {{\[\[\[}}-0.126928, -0.201413],
  // CHECK: [-0.313262, -10]],
  // CHECK: {{\[\[}}-2.12693, -1.70141],
  // CHECK: [-1.31326, -4.54{{[0-9]+}}e-05]]]
  %xs = onnx.Constant dense<[[[1.0, 2.0], [5.0, -6.0]], [[-1.0, 0.5], [4.0, 4.0]]]> : tensor<2x2x2xf32>
  %lsm = onnx.LogSoftmax %xs {axis = 0 : i64} : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
  %lsm_u = tensor.cast %lsm : tensor<2x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%lsm_u) : (tensor<*xf32>) -> ()

  // Hardmax: the first maximum along the axis.
  %h = onnx.Constant dense<[[1.0, 3.0, 3.0, 2.0], [5.0, 5.0, 0.0, 5.0], [-1.0, -2.0, -3.0, -1.0]]> : tensor<3x4xf32>
  // CHECK: {{\[\[}}0, 1, 0, 0],
  // CHECK: [1, 0, 0, 0],
  // CHECK: [1, 0, 0, 0]]
  %hm = onnx.Hardmax %h {axis = 1 : i64} : (tensor<3x4xf32>) -> tensor<3x4xf32>
  %hm_u = tensor.cast %hm : tensor<3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%hm_u) : (tensor<*xf32>) -> ()
  // CHECK: {{\[\[}}0, 0, 1, 0],
  // CHECK: [1, 1, 0, 1],
  // CHECK: [0, 0, 0, 0]]
  %hm0 = onnx.Hardmax %h {axis = 0 : i64} : (tensor<3x4xf32>) -> tensor<3x4xf32>
  %hm0_u = tensor.cast %hm0 : tensor<3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%hm0_u) : (tensor<*xf32>) -> ()

  // LayerNormalization over the last axis on [?, ?, 4], with Scale and B;
  // Mean and InvStdDev returned too.
  %w = onnx.Constant dense<[1.0, 0.5, -1.0, 2.0]> : tensor<4xf32>
  %b = onnx.Constant dense<[0.1, 0.2, 0.3, 0.4]> : tensor<4xf32>
  %xdd = tensor.cast %x : tensor<2x3x4xf32> to tensor<?x?x4xf32>
  %ln:3 = onnx.LayerNormalization %xdd, %w, %b {axis = -1 : i64} : (tensor<?x?x4xf32>, tensor<4xf32>, tensor<4xf32>) -> (tensor<?x?x4xf32>, tensor<?x?x1xf32>, tensor<?x?x1xf32>)
  // CHECK: {{\[\[\[}}-1.24164, -0.0236{{[0-9]+}}, -0.147212, 3.08327],
  // CHECK: [0.368328, -0.649706, -0.326099, 2.00997],
  // CHECK: [0.530083, 0.468802, 2.02033, 1.90529]],
  // CHECK: {{\[\[}}-1.30213, -0.0061{{[0-9]+}}, -0.277349, 2.87435],
  // CHECK: [1.00453, 0.652267, 1.80756, -0.203022],
  // CHECK: [0.1, 0.686664, -0.348885, -2.84443]]]
  %ln0_u = tensor.cast %ln#0 : tensor<?x?x4xf32> to tensor<*xf32>
  call @printMemrefF32(%ln0_u) : (tensor<*xf32>) -> ()
  // CHECK: sizes = [2, 3, 1]
  // CHECK: {{\[\[\[}}2.5],
  // CHECK: [3.5],
  // CHECK: [5]],
  // CHECK: {{\[\[}}1.125],
  // CHECK: [1.75],
  // CHECK: [0]]]
  %ln1_u = tensor.cast %ln#1 : tensor<?x?x1xf32> to tensor<*xf32>
  call @printMemrefF32(%ln1_u) : (tensor<*xf32>) -> ()
  // CHECK: {{\[\[\[}}0.894424],
  // CHECK: [0.178885],
  // CHECK: [0.107521]],
  // CHECK: {{\[\[}}0.659827],
  // CHECK: [0.402015],
  // CHECK: [0.324443]]]
  %ln2_u = tensor.cast %ln#2 : tensor<?x?x1xf32> to tensor<*xf32>
  call @printMemrefF32(%ln2_u) : (tensor<*xf32>) -> ()

  // LayerNormalization over dims [1, 3), 2-D Scale, no B, epsilon 1e-3.
  %w2 = onnx.Constant dense<[[1.0, 2.0, 3.0, 4.0], [1.0, 1.0, 1.0, 1.0], [0.5, 0.5, 0.5, 0.5]]> : tensor<3x4xf32>
  %none = onnx.NoValue
  %lm:3 = onnx.LayerNormalization %x, %w2, %none {axis = 1 : i64, epsilon = 1.0E-3 : f32} : (tensor<2x3x4xf32>, tensor<3x4xf32>, none) -> (tensor<2x3x4xf32>, tensor<2x1x1xf32>, tensor<2x1x1xf32>)
  // CHECK: {{\[\[\[}}-0.417876, -0.522345, -0.313407, 0.208938],
  // CHECK: [0.208938, -1.5148, 0.522345, 0.679049],
  // CHECK: [0.417876, 0.496228, -1.14916, 0.652932]],
  // CHECK: {{\[\[}}-0.766937, -0.358992, 1.22384, 3.19829],
  // CHECK: [1.1912, 1.1912, -1.15856, 0.0163{{[0-9]+}}],
  // CHECK: [-0.187655, 0.399786, 0.203973, -1.16672]]]
  %lm0_u = tensor.cast %lm#0 : tensor<2x3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%lm0_u) : (tensor<*xf32>) -> ()
  // CHECK: {{\[\[\[}}3.66667]],
  // CHECK: {{\[\[}}0.958333]]]
  %lm1_u = tensor.cast %lm#1 : tensor<2x1x1xf32> to tensor<*xf32>
  call @printMemrefF32(%lm1_u) : (tensor<*xf32>) -> ()
  // CHECK: {{\[\[\[}}0.156704]],
  // CHECK: {{\[\[}}0.391627]]]
  %lm2_u = tensor.cast %lm#2 : tensor<2x1x1xf32> to tensor<*xf32>
  call @printMemrefF32(%lm2_u) : (tensor<*xf32>) -> ()

  // BatchNormalization (inference), N=2, C=3, L=2.
  %xb = onnx.Constant dense<[[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], [[-1.0, 0.0], [2.0, -3.0], [7.0, 8.0]]]> : tensor<2x3x2xf32>
  %bs = onnx.Constant dense<[1.0, 2.0, 0.5]> : tensor<3xf32>
  %bb = onnx.Constant dense<[0.0, 1.0, -1.0]> : tensor<3xf32>
  %bm = onnx.Constant dense<[1.0, 2.0, 6.0]> : tensor<3xf32>
  %bv = onnx.Constant dense<[4.0, 1.0, 0.25]> : tensor<3xf32>
  // CHECK: {{\[\[\[}}0, 0.499999],
  // CHECK: [2.99999, 4.99998],
  // CHECK: [-1.99998, -1]],
  // CHECK: {{\[\[}}-0.999999, -0.499999],
  // CHECK: [1, -8.99995],
  // CHECK: [-2.0027{{[0-9]*}}e-05, 0.99996]]]
  %bn = onnx.BatchNormalization %xb, %bs, %bb, %bm, %bv : (tensor<2x3x2xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x2xf32>
  %bn_u = tensor.cast %bn : tensor<2x3x2xf32> to tensor<*xf32>
  call @printMemrefF32(%bn_u) : (tensor<*xf32>) -> ()

  // InstanceNormalization, N=2, C=2, L=3 (one constant instance: y = B).
  %xi = onnx.Constant dense<[[[1.0, 2.0, 4.0], [0.0, 0.0, 3.0]], [[-1.0, 5.0, 2.0], [2.0, 2.0, 2.0]]]> : tensor<2x2x3xf32>
  %is = onnx.Constant dense<[1.0, 2.0]> : tensor<2xf32>
  %ib = onnx.Constant dense<[0.5, -1.0]> : tensor<2xf32>
  // CHECK: {{\[\[\[}}-0.569041, 0.23274, 1.8363],
  // CHECK: [-2.41421, -2.41421, 1.82842]],
  // CHECK: {{\[\[}}-0.724744, 1.72474, 0.5],
  // CHECK: [-1, -1, -1]]]
  %xid = tensor.cast %xi : tensor<2x2x3xf32> to tensor<?x2x?xf32>
  %in = onnx.InstanceNormalization %xid, %is, %ib : (tensor<?x2x?xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<?x2x?xf32>
  %in_u = tensor.cast %in : tensor<?x2x?xf32> to tensor<*xf32>
  call @printMemrefF32(%in_u) : (tensor<*xf32>) -> ()
  return
}
