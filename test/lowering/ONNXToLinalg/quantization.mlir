// RUN: onnxc-opt %s -split-input-file --convert-onnx-to-linalg | FileCheck %s
// Numerics: the node tests test_quantizelinear*, test_dequantizelinear*,
// test_dynamicquantizelinear*, test_matmulinteger, test_*convinteger*,
// test_qlinearmatmul_*, test_qlinearconv (test/conformance/run_sweep.py) and
// test/e2e/quantization.test.

// Per axis: the scale and zero point [3] read along dim 1 as [3, 1]; x / s
// rounded half to even, plus the zero point, saturated to int8.
// CHECK-LABEL: func.func @quantize_axis
// CHECK-SAME: (%[[X:.+]]: tensor<2x3x4xf32>, %[[S:.+]]: tensor<3xf32>, %[[Z:.+]]: tensor<3xi8>)
// CHECK-DAG: %[[SE:.+]] = tensor.expand_shape %[[S]] {{\[\[}}0, 1]] output_shape [3, 1]
// CHECK-DAG: %[[ZE:.+]] = tensor.expand_shape %[[Z]] {{\[\[}}0, 1]] output_shape [3, 1]
// CHECK: linalg.generic {indexing_maps = [#{{.+}}, #[[PER_AXIS:.+]], #[[PER_AXIS]], #{{.+}}]
// CHECK-SAME: ins(%[[X]], %[[SE]], %[[ZE]] : tensor<2x3x4xf32>, tensor<3x1xf32>, tensor<3x1xi8>)
// CHECK: %[[Q:.+]] = arith.divf
// CHECK: %[[R:.+]] = math.roundeven %[[Q]] : f32
// CHECK: %[[ZF:.+]] = arith.sitofp %{{.+}} : i8 to f32
// CHECK: %[[A:.+]] = arith.addf %[[R]], %[[ZF]]
// CHECK-DAG: %[[LO:.+]] = arith.constant -1.280000e+02 : f32
// CHECK-DAG: %[[HI:.+]] = arith.constant 1.270000e+02 : f32
// CHECK: %[[M:.+]] = arith.maxnumf %[[A]], %[[LO]]
// CHECK: %[[N:.+]] = arith.minnumf %[[M]], %[[HI]]
// CHECK: arith.fptosi %[[N]] : f32 to i8
func.func @quantize_axis(%x: tensor<2x3x4xf32>, %s: tensor<3xf32>, %z: tensor<3xi8>) -> tensor<2x3x4xi8> {
  %0 = onnx.QuantizeLinear %x, %s, %z : (tensor<2x3x4xf32>, tensor<3xf32>, tensor<3xi8>) -> tensor<2x3x4xi8>
  return %0 : tensor<2x3x4xi8>
}

// -----

// No zero point: uint8 output. An f16 quotient is computed in f32 and
// rounded to f16 before it is rounded to an integer.
// CHECK-LABEL: func.func @quantize_f16_default_uint8
// CHECK: %[[Q:.+]] = arith.divf %{{.+}}, %{{.+}} : f32
// CHECK: %[[H:.+]] = arith.truncf %[[Q]] : f32 to f16
// CHECK: %[[E:.+]] = arith.extf %[[H]] : f16 to f32
// CHECK: math.roundeven %[[E]]
// CHECK: arith.constant 2.550000e+02 : f32
// CHECK: arith.fptoui %{{.+}} : f32 to i8
func.func @quantize_f16_default_uint8(%x: tensor<4xf16>, %s: tensor<f16>) -> tensor<4xui8> {
  %n = onnx.NoValue
  %0 = onnx.QuantizeLinear %x, %s, %n : (tensor<4xf16>, tensor<f16>, none) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// -----

// Per axis with sizes known at run time: the scale and zero point must be 1
// or x's dim 0, checked at run time; (x - z) in i32, then times the scale.
// CHECK-LABEL: func.func @dequantize_dynamic_axis
// CHECK: tensor.expand_shape %{{.+}} {{\[\[}}0, 1]] output_shape [%{{.+}}, 1] : tensor<?xf32> into tensor<?x1xf32>
// CHECK: call @onnxc_rt_fail
// CHECK: call @onnxc_rt_fail
// CHECK: linalg.generic
// CHECK: %[[XI:.+]] = arith.extui %{{.+}} : i8 to i32
// CHECK: %[[ZI:.+]] = arith.extui %{{.+}} : i8 to i32
// CHECK: %[[D:.+]] = arith.subi %[[XI]], %[[ZI]]
// CHECK: %[[DF:.+]] = arith.sitofp %[[D]] : i32 to f32
// CHECK: arith.mulf %[[DF]], %{{.+}} : f32
func.func @dequantize_dynamic_axis(%x: tensor<?x3xui8>, %s: tensor<?xf32>, %z: tensor<?xui8>) -> tensor<?x3xf32> {
  %0 = onnx.DequantizeLinear %x, %s, %z {axis = 0 : i64} : (tensor<?x3xui8>, tensor<?xf32>, tensor<?xui8>) -> tensor<?x3xf32>
  return %0 : tensor<?x3xf32>
}

// -----

// A's zero point per row ([4] as [4, 1]), B's per column: both shifted to
// i32, then the i32 linalg.matmul of the float MatMul.
// CHECK-LABEL: func.func @matmul_integer_per_row
// CHECK-SAME: (%[[A:.+]]: tensor<4x3xi8>, %[[B:.+]]: tensor<3x2xi8>, %[[ZA:.+]]: tensor<4xi8>, %[[ZB:.+]]: tensor<2xi8>)
// CHECK: %[[ZAE:.+]] = tensor.expand_shape %[[ZA]] {{\[\[}}0, 1]] output_shape [4, 1]
// CHECK: %[[AS:.+]] = linalg.generic {{.+}} ins(%[[A]], %[[ZAE]] : tensor<4x3xi8>, tensor<4x1xi8>)
// CHECK: arith.extsi
// CHECK: %[[BS:.+]] = linalg.generic {{.+}} ins(%[[B]], %[[ZB]] : tensor<3x2xi8>, tensor<2xi8>)
// CHECK: arith.extui
// CHECK: linalg.matmul ins(%[[AS]], %[[BS]] : tensor<4x3xi32>, tensor<3x2xi32>) outs(%{{.+}} : tensor<4x2xi32>)
func.func @matmul_integer_per_row(%a: tensor<4x3xi8>, %b: tensor<3x2xui8>, %za: tensor<4xi8>, %zb: tensor<2xui8>) -> tensor<4x2xi32> {
  %0 = onnx.MatMulInteger %a, %b, %za, %zb : (tensor<4x3xi8>, tensor<3x2xui8>, tensor<4xi8>, tensor<2xui8>) -> tensor<4x2xi32>
  return %0 : tensor<4x2xi32>
}

// -----

// The i32 product times a_scale * b_scale / y_scale (in f32), in double.
// CHECK-LABEL: func.func @qlinear_matmul
// CHECK: %[[P:.+]] = linalg.matmul ins(%{{.+}}, %{{.+}} : tensor<2x4xi32>, tensor<4x3xi32>)
// CHECK: linalg.generic {{.+}} ins(%[[P]], {{.+}} : tensor<2x3xi32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<i8>)
// CHECK: %[[SS:.+]] = arith.mulf %{{.+}}, %{{.+}} : f32
// CHECK: %[[MUL:.+]] = arith.divf %[[SS]], %{{.+}} : f32
// CHECK: %[[MD:.+]] = arith.extf %[[MUL]] : f32 to f64
// CHECK: %[[SD:.+]] = arith.sitofp %{{.+}} : i32 to f64
// CHECK: %[[V:.+]] = arith.mulf %[[SD]], %[[MD]] : f64
// CHECK: math.roundeven %[[V]] : f64
// CHECK: arith.uitofp %{{.+}} : i8 to f64
// CHECK: arith.fptoui %{{.+}} : f64 to i8
func.func @qlinear_matmul(%a: tensor<2x4xui8>, %sa: tensor<f32>, %za: tensor<ui8>, %b: tensor<4x3xui8>, %sb: tensor<f32>, %zb: tensor<ui8>, %sy: tensor<f32>, %zy: tensor<ui8>) -> tensor<2x3xui8> {
  %0 = onnx.QLinearMatMul %a, %sa, %za, %b, %sb, %zb, %sy, %zy : (tensor<2x4xui8>, tensor<f32>, tensor<ui8>, tensor<4x3xui8>, tensor<f32>, tensor<ui8>, tensor<f32>, tensor<ui8>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// -----

// x and w shifted to i32 (w per output channel, [3] as [3, 1, 1, 1]), the
// shifted x padded with zeros (x's zero point), the Conv's i32 convolution.
// CHECK-LABEL: func.func @conv_integer
// CHECK: %[[XS:.+]] = linalg.generic
// CHECK: tensor.expand_shape %{{.+}} {{\[\[}}0, 1, 2, 3]] output_shape [3, 1, 1, 1]
// CHECK: %[[WS:.+]] = linalg.generic
// CHECK: %[[PAD:.+]] = tensor.pad %[[XS]] low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK: tensor.yield %{{.+}} : i32
// CHECK: linalg.conv_2d_nchw_fchw {{.+}} ins(%[[PAD]], %[[WS]] : tensor<1x2x7x7xi32>, tensor<3x2x3x3xi32>) outs(%{{.+}} : tensor<1x3x5x5xi32>)
func.func @conv_integer(%x: tensor<1x2x5x5xui8>, %w: tensor<3x2x3x3xi8>, %zx: tensor<ui8>, %zw: tensor<3xi8>) -> tensor<1x3x5x5xi32> {
  %0 = onnx.ConvInteger %x, %w, %zx, %zw {pads = [1, 1, 1, 1]} : (tensor<1x2x5x5xui8>, tensor<3x2x3x3xi8>, tensor<ui8>, tensor<3xi8>) -> tensor<1x3x5x5xi32>
  return %0 : tensor<1x3x5x5xi32>
}

// -----

// W as an input of unknown shape: its channels are checked against x's and
// both cut to the smaller count; each kernel dim must fit the input, and
// the output size is clamped at 0.
// CHECK-LABEL: func.func @conv_integer_dynamic_w
// CHECK: call @onnxc_rt_fail
// CHECK: %[[C:.+]] = arith.minui
// CHECK: tensor.extract_slice %{{.+}}[0, 0, 0, 0] [1, %[[C]], 3, 3]
// CHECK: tensor.extract_slice %{{.+}}[0, 0, 0, 0] [%{{.+}}, %[[C]], %{{.+}}, %{{.+}}]
// CHECK: call @onnxc_rt_fail
// CHECK: %[[O:.+]] = affine.apply
// CHECK: arith.maxsi %[[O]], %{{.+}} : index
// CHECK: linalg.conv_2d_nchw_fchw {{.+}} -> tensor<1x?x?x?xi32>
func.func @conv_integer_dynamic_w(%x: tensor<1x1x3x3xui8>, %w: tensor<?x?x?x?xui8>) -> tensor<1x?x?x?xi32> {
  %n = onnx.NoValue
  %0 = onnx.ConvInteger %x, %w, %n, %n : (tensor<1x1x3x3xui8>, tensor<?x?x?x?xui8>, none, none) -> tensor<1x?x?x?xi32>
  return %0 : tensor<1x?x?x?xi32>
}

// -----

// The i32 bias and w's per-channel scale read along the output channels
// ([3] as [3, 1, 1]) in the requantization.
// CHECK-LABEL: func.func @qlinear_conv
// CHECK: %[[ACC:.+]] = linalg.conv_2d_nchw_fchw
// CHECK-DAG: %[[BE:.+]] = tensor.expand_shape %{{.+}} {{\[\[}}0, 1, 2]] output_shape [3, 1, 1] : tensor<3xi32>
// CHECK-DAG: %[[SWE:.+]] = tensor.expand_shape %{{.+}} {{\[\[}}0, 1, 2]] output_shape [3, 1, 1] : tensor<3xf32>
// CHECK: linalg.generic {{.+}} ins(%[[ACC]], %[[BE]], %{{.+}}, %[[SWE]], %{{.+}}, %{{.+}} :
// CHECK: arith.addi
// CHECK: math.roundeven %{{.+}} : f64
// CHECK: arith.fptosi %{{.+}} : f64 to i8
func.func @qlinear_conv(%x: tensor<1x2x4x4xi8>, %sx: tensor<f32>, %zx: tensor<i8>, %w: tensor<3x2x1x1xi8>, %sw: tensor<3xf32>, %zw: tensor<3xi8>, %sy: tensor<f32>, %zy: tensor<i8>, %bias: tensor<3xi32>) -> tensor<1x3x4x4xi8> {
  %0 = onnx.QLinearConv %x, %sx, %zx, %w, %sw, %zw, %sy, %zy, %bias : (tensor<1x2x4x4xi8>, tensor<f32>, tensor<i8>, tensor<3x2x1x1xi8>, tensor<3xf32>, tensor<3xi8>, tensor<f32>, tensor<i8>, tensor<3xi32>) -> tensor<1x3x4x4xi8>
  return %0 : tensor<1x3x4x4xi8>
}
