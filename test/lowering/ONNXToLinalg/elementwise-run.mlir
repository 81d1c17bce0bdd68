// Numeric check of the elementwise lowerings: onnx -> linalg -> LLVM -> run.
// Expected values were computed with numpy 1.24 (ONNX reference formulas, in
// float64, rounded to the result type) and printed as printMemref does (6
// significant digits); `{{(a|b)}}` lists the prints within a few float32 ulps
// where those differ. Each op sits in its own @test_ function so that no
// folder sees constant operands. Unsigned inputs travel as i64 and are cast
// inside (the pass does not convert func.call operand types); i1, i8, ui8
// results are cast to i64 and f16/f64 ones to f32 for printing.
// RUN: onnxc-opt %s --convert-onnx-to-linalg | mlir-opt %lower-to-llvm | %mlir-runner | FileCheck %s

func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
func.func private @printMemrefI64(tensor<*xi64>)
// Run-time checks (Gather indices, dynamic broadcast dims) call the
// runtime's onnxc_rt_fail; here a failed check aborts the run.
func.func private @abort()
func.func @onnxc_rt_fail(%f: !llvm.ptr, %a: i64, %b: i64, %c: i64) {
  func.call @abort() : () -> ()
  return
}

func.func @test_abs(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Abs %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_neg(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Neg %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_exp(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Exp %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_relu(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Relu %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_sigmoid(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Sigmoid %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_tanh(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Tanh %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_erf(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Erf %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_floor(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Floor %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_ceil(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Ceil %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_round(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Round %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_sign(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Sign %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_sin(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Sin %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_cos(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Cos %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_tan(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Tan %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_atan(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Atan %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_sinh(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Sinh %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_cosh(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Cosh %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_asinh(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Asinh %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_softplus(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Softplus %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_softsign(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Softsign %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_hardswish(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.HardSwish %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_mish(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Mish %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_reciprocal(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Reciprocal %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_log(%a0: tensor<4xf32>) -> tensor<4xf32> {
  %r = onnx.Log %a0 : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @test_sqrt(%a0: tensor<4xf32>) -> tensor<4xf32> {
  %r = onnx.Sqrt %a0 : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @test_asin(%a0: tensor<5xf32>) -> tensor<5xf32> {
  %r = onnx.Asin %a0 : (tensor<5xf32>) -> tensor<5xf32>
  return %r : tensor<5xf32>
}
func.func @test_acos(%a0: tensor<5xf32>) -> tensor<5xf32> {
  %r = onnx.Acos %a0 : (tensor<5xf32>) -> tensor<5xf32>
  return %r : tensor<5xf32>
}
func.func @test_atanh(%a0: tensor<5xf32>) -> tensor<5xf32> {
  %r = onnx.Atanh %a0 : (tensor<5xf32>) -> tensor<5xf32>
  return %r : tensor<5xf32>
}
func.func @test_acosh(%a0: tensor<4xf32>) -> tensor<4xf32> {
  %r = onnx.Acosh %a0 : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @test_isnan(%a0: tensor<6xf32>) -> tensor<6xi64> {
  %r = onnx.IsNaN %a0 : (tensor<6xf32>) -> tensor<6xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<6xi1>) -> tensor<6xi64>
  return %p : tensor<6xi64>
}
func.func @test_isinf(%a0: tensor<6xf32>) -> tensor<6xi64> {
  %r = onnx.IsInf %a0 : (tensor<6xf32>) -> tensor<6xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<6xi1>) -> tensor<6xi64>
  return %p : tensor<6xi64>
}
func.func @test_isinf_pos(%a0: tensor<6xf32>) -> tensor<6xi64> {
  %r = onnx.IsInf %a0 {detect_negative = 0 : i64} : (tensor<6xf32>) -> tensor<6xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<6xi1>) -> tensor<6xi64>
  return %p : tensor<6xi64>
}
func.func @test_isinf_neg(%a0: tensor<6xf32>) -> tensor<6xi64> {
  %r = onnx.IsInf %a0 {detect_positive = 0 : i64} : (tensor<6xf32>) -> tensor<6xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<6xi1>) -> tensor<6xi64>
  return %p : tensor<6xi64>
}
func.func @test_sign_special(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Sign %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_softplus_big(%a0: tensor<4xf32>) -> tensor<4xf32> {
  %r = onnx.Softplus %a0 : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @test_sigmoid_big(%a0: tensor<4xf32>) -> tensor<4xf32> {
  %r = onnx.Sigmoid %a0 : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @test_abs_i32(%a0: tensor<4xi32>) -> tensor<4xi32> {
  %r = onnx.Abs %a0 : (tensor<4xi32>) -> tensor<4xi32>
  return %r : tensor<4xi32>
}
func.func @test_neg_i32(%a0: tensor<4xi32>) -> tensor<4xi32> {
  %r = onnx.Neg %a0 : (tensor<4xi32>) -> tensor<4xi32>
  return %r : tensor<4xi32>
}
func.func @test_relu_i32(%a0: tensor<4xi32>) -> tensor<4xi32> {
  %r = onnx.Relu %a0 : (tensor<4xi32>) -> tensor<4xi32>
  return %r : tensor<4xi32>
}
func.func @test_sign_i32(%a0: tensor<5xi32>) -> tensor<5xi32> {
  %r = onnx.Sign %a0 : (tensor<5xi32>) -> tensor<5xi32>
  return %r : tensor<5xi32>
}
func.func @test_bitwisenot_i32(%a0: tensor<5xi32>) -> tensor<5xi32> {
  %r = onnx.BitwiseNot %a0 : (tensor<5xi32>) -> tensor<5xi32>
  return %r : tensor<5xi32>
}
func.func @test_sign_u8(%a0: tensor<4xi64>) -> tensor<4xi64> {
  %c0 = onnx.Cast %a0 {to = 2 : i64} : (tensor<4xi64>) -> tensor<4xui8>
  %r = onnx.Sign %c0 : (tensor<4xui8>) -> tensor<4xui8>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<4xui8>) -> tensor<4xi64>
  return %p : tensor<4xi64>
}
func.func @test_relu_u8(%a0: tensor<4xi64>) -> tensor<4xi64> {
  %c0 = onnx.Cast %a0 {to = 2 : i64} : (tensor<4xi64>) -> tensor<4xui8>
  %r = onnx.Relu %c0 : (tensor<4xui8>) -> tensor<4xui8>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<4xui8>) -> tensor<4xi64>
  return %p : tensor<4xi64>
}
func.func @test_bitwisenot_u8(%a0: tensor<4xi64>) -> tensor<4xi64> {
  %c0 = onnx.Cast %a0 {to = 2 : i64} : (tensor<4xi64>) -> tensor<4xui8>
  %r = onnx.BitwiseNot %c0 : (tensor<4xui8>) -> tensor<4xui8>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<4xui8>) -> tensor<4xi64>
  return %p : tensor<4xi64>
}
func.func @test_not(%a0: tensor<2xi1>) -> tensor<2xi64> {
  %r = onnx.Not %a0 : (tensor<2xi1>) -> tensor<2xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<2xi1>) -> tensor<2xi64>
  return %p : tensor<2xi64>
}
func.func @test_leakyrelu(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.LeakyRelu %a0 {alpha = 0.1 : f32} : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_leakyrelu_default(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.LeakyRelu %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_elu(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Elu %a0 {alpha = 2.0 : f32} : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_celu(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Celu %a0 {alpha = 1.5 : f32} : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_selu(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Selu %a0 {alpha = 1.67326319217681884765625 : f32, gamma = 1.05070102214813232421875 : f32} : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_hardsigmoid(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.HardSigmoid %a0 {alpha = 0.25 : f32, beta = 0.5 : f32} : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_thresholdedrelu(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.ThresholdedRelu %a0 {alpha = 0.5 : f32} : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_shrink(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Shrink %a0 {bias = 0.25 : f32, lambd = 1.0 : f32} : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_shrink_i32(%a0: tensor<5xi32>) -> tensor<5xi32> {
  %r = onnx.Shrink %a0 {bias = 1.0 : f32, lambd = 1.5 : f32} : (tensor<5xi32>) -> tensor<5xi32>
  return %r : tensor<5xi32>
}
func.func @test_gelu(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Gelu %a0 : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_gelu_tanh(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %r = onnx.Gelu %a0 {approximate = "tanh"} : (tensor<6xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_add(%a0: tensor<2x3xf32>, %a1: tensor<3xf32>) -> tensor<2x3xf32> {
  %r = onnx.Add %a0, %a1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}
func.func @test_sub_bidirectional(%a0: tensor<2x1xf32>, %a1: tensor<3xf32>) -> tensor<2x3xf32> {
  %r = onnx.Sub %a0, %a1 : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}
func.func @test_mul_scalar(%a0: tensor<2x3xf32>, %a1: tensor<f32>) -> tensor<2x3xf32> {
  %r = onnx.Mul %a0, %a1 : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}
func.func @test_div(%a0: tensor<3xf32>, %a1: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %r = onnx.Div %a0, %a1 : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}
func.func @test_div_i32(%a0: tensor<5xi32>, %a1: tensor<5xi32>) -> tensor<5xi32> {
  %r = onnx.Div %a0, %a1 : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
  return %r : tensor<5xi32>
}
func.func @test_div_u8(%a0: tensor<3xi64>, %a1: tensor<3xi64>) -> tensor<3xi64> {
  %c0 = onnx.Cast %a0 {to = 2 : i64} : (tensor<3xi64>) -> tensor<3xui8>
  %c1 = onnx.Cast %a1 {to = 2 : i64} : (tensor<3xi64>) -> tensor<3xui8>
  %r = onnx.Div %c0, %c1 : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<3xui8>) -> tensor<3xi64>
  return %p : tensor<3xi64>
}
func.func @test_add_i64(%a0: tensor<2x1xi64>, %a1: tensor<3xi64>) -> tensor<2x3xi64> {
  %r = onnx.Add %a0, %a1 : (tensor<2x1xi64>, tensor<3xi64>) -> tensor<2x3xi64>
  return %r : tensor<2x3xi64>
}
func.func @test_pow(%a0: tensor<5xf32>, %a1: tensor<5xf32>) -> tensor<5xf32> {
  %r = onnx.Pow %a0, %a1 : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
  return %r : tensor<5xf32>
}
func.func @test_pow_int_exponent(%a0: tensor<5xf32>, %a1: tensor<5xi64>) -> tensor<5xf32> {
  %r = onnx.Pow %a0, %a1 : (tensor<5xf32>, tensor<5xi64>) -> tensor<5xf32>
  return %r : tensor<5xf32>
}
func.func @test_pow_broadcast(%a0: tensor<2x3xf32>, %a1: tensor<f32>) -> tensor<2x3xf32> {
  %r = onnx.Pow %a0, %a1 : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}
func.func @test_pow_i32(%a0: tensor<9xi32>, %a1: tensor<9xi32>) -> tensor<9xi32> {
  %r = onnx.Pow %a0, %a1 : (tensor<9xi32>, tensor<9xi32>) -> tensor<9xi32>
  return %r : tensor<9xi32>
}
func.func @test_pow_i64_float(%a0: tensor<4xi64>, %a1: tensor<4xf32>) -> tensor<4xi64> {
  %r = onnx.Pow %a0, %a1 : (tensor<4xi64>, tensor<4xf32>) -> tensor<4xi64>
  return %r : tensor<4xi64>
}
func.func @test_mod_i32(%a0: tensor<6xi32>, %a1: tensor<6xi32>) -> tensor<6xi32> {
  %r = onnx.Mod %a0, %a1 : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
  return %r : tensor<6xi32>
}
func.func @test_fmod_i32(%a0: tensor<6xi32>, %a1: tensor<6xi32>) -> tensor<6xi32> {
  %r = onnx.Mod %a0, %a1 {fmod = 1 : i64} : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
  return %r : tensor<6xi32>
}
func.func @test_fmod_f32(%a0: tensor<5xf32>, %a1: tensor<5xf32>) -> tensor<5xf32> {
  %r = onnx.Mod %a0, %a1 {fmod = 1 : i64} : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
  return %r : tensor<5xf32>
}
func.func @test_mod_f32(%a0: tensor<4xf32>, %a1: tensor<4xf32>) -> tensor<4xf32> {
  %r = onnx.Mod %a0, %a1 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @test_mod_u8(%a0: tensor<3xi64>, %a1: tensor<3xi64>) -> tensor<3xi64> {
  %c0 = onnx.Cast %a0 {to = 2 : i64} : (tensor<3xi64>) -> tensor<3xui8>
  %c1 = onnx.Cast %a1 {to = 2 : i64} : (tensor<3xi64>) -> tensor<3xui8>
  %r = onnx.Mod %c0, %c1 : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<3xui8>) -> tensor<3xi64>
  return %p : tensor<3xi64>
}
func.func @test_bitwiseand(%a0: tensor<3xi32>, %a1: tensor<3xi32>) -> tensor<3xi32> {
  %r = onnx.BitwiseAnd %a0, %a1 : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  return %r : tensor<3xi32>
}
func.func @test_bitwiseor(%a0: tensor<3xi32>, %a1: tensor<3xi32>) -> tensor<3xi32> {
  %r = onnx.BitwiseOr %a0, %a1 : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  return %r : tensor<3xi32>
}
func.func @test_bitwisexor(%a0: tensor<3xi32>, %a1: tensor<3xi32>) -> tensor<3xi32> {
  %r = onnx.BitwiseXor %a0, %a1 : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  return %r : tensor<3xi32>
}
func.func @test_prelu(%a0: tensor<2x3xf32>, %a1: tensor<3xf32>) -> tensor<2x3xf32> {
  %r = onnx.PRelu %a0, %a1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}
func.func @test_equal(%a0: tensor<2x3xf32>, %a1: tensor<3xf32>) -> tensor<2x3xi64> {
  %r = onnx.Equal %a0, %a1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<2x3xi1>) -> tensor<2x3xi64>
  return %p : tensor<2x3xi64>
}
func.func @test_less(%a0: tensor<2x3xf32>, %a1: tensor<3xf32>) -> tensor<2x3xi64> {
  %r = onnx.Less %a0, %a1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<2x3xi1>) -> tensor<2x3xi64>
  return %p : tensor<2x3xi64>
}
func.func @test_lessorequal(%a0: tensor<2x3xf32>, %a1: tensor<3xf32>) -> tensor<2x3xi64> {
  %r = onnx.LessOrEqual %a0, %a1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<2x3xi1>) -> tensor<2x3xi64>
  return %p : tensor<2x3xi64>
}
func.func @test_greater(%a0: tensor<2x3xf32>, %a1: tensor<3xf32>) -> tensor<2x3xi64> {
  %r = onnx.Greater %a0, %a1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<2x3xi1>) -> tensor<2x3xi64>
  return %p : tensor<2x3xi64>
}
func.func @test_greaterorequal(%a0: tensor<2x3xf32>, %a1: tensor<3xf32>) -> tensor<2x3xi64> {
  %r = onnx.GreaterOrEqual %a0, %a1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<2x3xi1>) -> tensor<2x3xi64>
  return %p : tensor<2x3xi64>
}
func.func @test_less_u8(%a0: tensor<4xi64>, %a1: tensor<4xi64>) -> tensor<4xi64> {
  %c0 = onnx.Cast %a0 {to = 2 : i64} : (tensor<4xi64>) -> tensor<4xui8>
  %c1 = onnx.Cast %a1 {to = 2 : i64} : (tensor<4xi64>) -> tensor<4xui8>
  %r = onnx.Less %c0, %c1 : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<4xi1>) -> tensor<4xi64>
  return %p : tensor<4xi64>
}
func.func @test_greaterorequal_u8(%a0: tensor<4xi64>, %a1: tensor<4xi64>) -> tensor<4xi64> {
  %c0 = onnx.Cast %a0 {to = 2 : i64} : (tensor<4xi64>) -> tensor<4xui8>
  %c1 = onnx.Cast %a1 {to = 2 : i64} : (tensor<4xi64>) -> tensor<4xui8>
  %r = onnx.GreaterOrEqual %c0, %c1 : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<4xi1>) -> tensor<4xi64>
  return %p : tensor<4xi64>
}
func.func @test_less_i32(%a0: tensor<3xi32>, %a1: tensor<3xi32>) -> tensor<3xi64> {
  %r = onnx.Less %a0, %a1 : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<3xi1>) -> tensor<3xi64>
  return %p : tensor<3xi64>
}
func.func @test_equal_i32(%a0: tensor<3xi32>, %a1: tensor<1xi32>) -> tensor<3xi64> {
  %r = onnx.Equal %a0, %a1 : (tensor<3xi32>, tensor<1xi32>) -> tensor<3xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<3xi1>) -> tensor<3xi64>
  return %p : tensor<3xi64>
}
func.func @test_and(%a0: tensor<2x2xi1>, %a1: tensor<2xi1>) -> tensor<2x2xi64> {
  %r = onnx.And %a0, %a1 : (tensor<2x2xi1>, tensor<2xi1>) -> tensor<2x2xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<2x2xi1>) -> tensor<2x2xi64>
  return %p : tensor<2x2xi64>
}
func.func @test_or(%a0: tensor<2x2xi1>, %a1: tensor<2xi1>) -> tensor<2x2xi64> {
  %r = onnx.Or %a0, %a1 : (tensor<2x2xi1>, tensor<2xi1>) -> tensor<2x2xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<2x2xi1>) -> tensor<2x2xi64>
  return %p : tensor<2x2xi64>
}
func.func @test_xor(%a0: tensor<2x2xi1>, %a1: tensor<2xi1>) -> tensor<2x2xi64> {
  %r = onnx.Xor %a0, %a1 : (tensor<2x2xi1>, tensor<2xi1>) -> tensor<2x2xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<2x2xi1>) -> tensor<2x2xi64>
  return %p : tensor<2x2xi64>
}
func.func @test_equal_bool(%a0: tensor<2x2xi1>, %a1: tensor<2xi1>) -> tensor<2x2xi64> {
  %r = onnx.Equal %a0, %a1 : (tensor<2x2xi1>, tensor<2xi1>) -> tensor<2x2xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<2x2xi1>) -> tensor<2x2xi64>
  return %p : tensor<2x2xi64>
}
func.func @test_sum(%a0: tensor<2x3xf32>, %a1: tensor<3xf32>, %a2: tensor<2x1xf32>) -> tensor<2x3xf32> {
  %r = onnx.Sum %a0, %a1, %a2 : (tensor<2x3xf32>, tensor<3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}
func.func @test_mean(%a0: tensor<2x3xf32>, %a1: tensor<3xf32>, %a2: tensor<2x1xf32>) -> tensor<2x3xf32> {
  %r = onnx.Mean %a0, %a1, %a2 : (tensor<2x3xf32>, tensor<3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}
func.func @test_max(%a0: tensor<2x3xf32>, %a1: tensor<3xf32>, %a2: tensor<2x1xf32>) -> tensor<2x3xf32> {
  %r = onnx.Max %a0, %a1, %a2 : (tensor<2x3xf32>, tensor<3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}
func.func @test_min(%a0: tensor<2x3xf32>, %a1: tensor<3xf32>, %a2: tensor<2x1xf32>) -> tensor<2x3xf32> {
  %r = onnx.Min %a0, %a1, %a2 : (tensor<2x3xf32>, tensor<3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}
func.func @test_max_one(%a0: tensor<3xf32>) -> tensor<3xf32> {
  %r = onnx.Max %a0 : (tensor<3xf32>) -> tensor<3xf32>
  return %r : tensor<3xf32>
}
func.func @test_max_u8(%a0: tensor<4xi64>, %a1: tensor<4xi64>) -> tensor<4xi64> {
  %c0 = onnx.Cast %a0 {to = 2 : i64} : (tensor<4xi64>) -> tensor<4xui8>
  %c1 = onnx.Cast %a1 {to = 2 : i64} : (tensor<4xi64>) -> tensor<4xui8>
  %r = onnx.Max %c0, %c1 : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<4xui8>) -> tensor<4xi64>
  return %p : tensor<4xi64>
}
func.func @test_min_u8(%a0: tensor<4xi64>, %a1: tensor<4xi64>) -> tensor<4xi64> {
  %c0 = onnx.Cast %a0 {to = 2 : i64} : (tensor<4xi64>) -> tensor<4xui8>
  %c1 = onnx.Cast %a1 {to = 2 : i64} : (tensor<4xi64>) -> tensor<4xui8>
  %r = onnx.Min %c0, %c1 : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<4xui8>) -> tensor<4xi64>
  return %p : tensor<4xi64>
}
func.func @test_max_i32(%a0: tensor<3xi32>, %a1: tensor<3xi32>) -> tensor<3xi32> {
  %r = onnx.Max %a0, %a1 : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  return %r : tensor<3xi32>
}
func.func @test_min_i32(%a0: tensor<3xi32>, %a1: tensor<3xi32>) -> tensor<3xi32> {
  %r = onnx.Min %a0, %a1 : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  return %r : tensor<3xi32>
}
func.func @test_sum_i32(%a0: tensor<3xi32>, %a1: tensor<3xi32>, %a2: tensor<i32>) -> tensor<3xi32> {
  %r = onnx.Sum %a0, %a1, %a2 : (tensor<3xi32>, tensor<3xi32>, tensor<i32>) -> tensor<3xi32>
  return %r : tensor<3xi32>
}
func.func @test_where(%a0: tensor<2x1xi1>, %a1: tensor<3xf32>, %a2: tensor<f32>) -> tensor<2x3xf32> {
  %r = onnx.Where %a0, %a1, %a2 : (tensor<2x1xi1>, tensor<3xf32>, tensor<f32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}
func.func @test_clip(%a0: tensor<6xf32>, %a1: tensor<f32>, %a2: tensor<1xf32>) -> tensor<6xf32> {
  %r = onnx.Clip %a0, %a1, %a2 : (tensor<6xf32>, tensor<f32>, tensor<1xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_clip_min(%a0: tensor<6xf32>, %a1: tensor<f32>) -> tensor<6xf32> {
  %none = onnx.NoValue
  %r = onnx.Clip %a0, %a1, %none : (tensor<6xf32>, tensor<f32>, none) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_clip_max(%a0: tensor<6xf32>, %a2: tensor<1xf32>) -> tensor<6xf32> {
  %none = onnx.NoValue
  %r = onnx.Clip %a0, %none, %a2 : (tensor<6xf32>, none, tensor<1xf32>) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_clip_none(%a0: tensor<6xf32>) -> tensor<6xf32> {
  %none = onnx.NoValue
  %r = onnx.Clip %a0, %none, %none : (tensor<6xf32>, none, none) -> tensor<6xf32>
  return %r : tensor<6xf32>
}
func.func @test_clip_u8(%a0: tensor<4xi64>, %a1: tensor<i64>, %a2: tensor<1xi64>) -> tensor<4xi64> {
  %c0 = onnx.Cast %a0 {to = 2 : i64} : (tensor<4xi64>) -> tensor<4xui8>
  %c1 = onnx.Cast %a1 {to = 2 : i64} : (tensor<i64>) -> tensor<ui8>
  %c2 = onnx.Cast %a2 {to = 2 : i64} : (tensor<1xi64>) -> tensor<1xui8>
  %r = onnx.Clip %c0, %c1, %c2 : (tensor<4xui8>, tensor<ui8>, tensor<1xui8>) -> tensor<4xui8>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<4xui8>) -> tensor<4xi64>
  return %p : tensor<4xi64>
}
func.func @test_clip_i32(%a0: tensor<4xi32>, %a1: tensor<1xi32>, %a2: tensor<i32>) -> tensor<4xi32> {
  %r = onnx.Clip %a0, %a1, %a2 : (tensor<4xi32>, tensor<1xi32>, tensor<i32>) -> tensor<4xi32>
  return %r : tensor<4xi32>
}
func.func @test_cast_f32_i32(%a0: tensor<5xf32>) -> tensor<5xi32> {
  %r = onnx.Cast %a0 {to = 6 : i64} : (tensor<5xf32>) -> tensor<5xi32>
  return %r : tensor<5xi32>
}
func.func @test_cast_f32_i8(%a0: tensor<5xf32>) -> tensor<5xi64> {
  %r = onnx.Cast %a0 {to = 3 : i64} : (tensor<5xf32>) -> tensor<5xi8>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<5xi8>) -> tensor<5xi64>
  return %p : tensor<5xi64>
}
func.func @test_cast_f32_u8(%a0: tensor<3xf32>) -> tensor<3xi64> {
  %r = onnx.Cast %a0 {to = 2 : i64} : (tensor<3xf32>) -> tensor<3xui8>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<3xui8>) -> tensor<3xi64>
  return %p : tensor<3xi64>
}
func.func @test_cast_f32_bool(%a0: tensor<5xf32>) -> tensor<5xi64> {
  %r = onnx.Cast %a0 {to = 9 : i64} : (tensor<5xf32>) -> tensor<5xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<5xi1>) -> tensor<5xi64>
  return %p : tensor<5xi64>
}
func.func @test_cast_u8_f32(%a0: tensor<4xi64>) -> tensor<4xf32> {
  %c0 = onnx.Cast %a0 {to = 2 : i64} : (tensor<4xi64>) -> tensor<4xui8>
  %r = onnx.Cast %c0 {to = 1 : i64} : (tensor<4xui8>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @test_cast_i8_f32(%a0: tensor<4xi8>) -> tensor<4xf32> {
  %r = onnx.Cast %a0 {to = 1 : i64} : (tensor<4xi8>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @test_cast_i8_i64(%a0: tensor<4xi8>) -> tensor<4xi64> {
  %r = onnx.Cast %a0 {to = 7 : i64} : (tensor<4xi8>) -> tensor<4xi64>
  return %r : tensor<4xi64>
}
func.func @test_cast_u8_i64(%a0: tensor<4xi64>) -> tensor<4xi64> {
  %c0 = onnx.Cast %a0 {to = 2 : i64} : (tensor<4xi64>) -> tensor<4xui8>
  %r = onnx.Cast %c0 {to = 7 : i64} : (tensor<4xui8>) -> tensor<4xi64>
  return %r : tensor<4xi64>
}
func.func @test_cast_u8_i8(%a0: tensor<4xi64>) -> tensor<4xi64> {
  %c0 = onnx.Cast %a0 {to = 2 : i64} : (tensor<4xi64>) -> tensor<4xui8>
  %r = onnx.Cast %c0 {to = 3 : i64} : (tensor<4xui8>) -> tensor<4xi8>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<4xi8>) -> tensor<4xi64>
  return %p : tensor<4xi64>
}
func.func @test_cast_u32_i64(%a0: tensor<2xi64>) -> tensor<2xi64> {
  %c0 = onnx.Cast %a0 {to = 12 : i64} : (tensor<2xi64>) -> tensor<2xui32>
  %r = onnx.Cast %c0 {to = 7 : i64} : (tensor<2xui32>) -> tensor<2xi64>
  return %r : tensor<2xi64>
}
func.func @test_cast_u32_f32(%a0: tensor<2xi64>) -> tensor<2xf32> {
  %c0 = onnx.Cast %a0 {to = 12 : i64} : (tensor<2xi64>) -> tensor<2xui32>
  %r = onnx.Cast %c0 {to = 1 : i64} : (tensor<2xui32>) -> tensor<2xf32>
  return %r : tensor<2xf32>
}
func.func @test_cast_i64_i32(%a0: tensor<4xi64>) -> tensor<4xi32> {
  %r = onnx.Cast %a0 {to = 6 : i64} : (tensor<4xi64>) -> tensor<4xi32>
  return %r : tensor<4xi32>
}
func.func @test_cast_i64_bool(%a0: tensor<4xi64>) -> tensor<4xi64> {
  %r = onnx.Cast %a0 {to = 9 : i64} : (tensor<4xi64>) -> tensor<4xi1>
  %p = onnx.Cast %r {to = 7 : i64} : (tensor<4xi1>) -> tensor<4xi64>
  return %p : tensor<4xi64>
}
func.func @test_cast_bool_f32(%a0: tensor<2xi1>) -> tensor<2xf32> {
  %r = onnx.Cast %a0 {to = 1 : i64} : (tensor<2xi1>) -> tensor<2xf32>
  return %r : tensor<2xf32>
}
func.func @test_cast_bool_i32(%a0: tensor<2xi1>) -> tensor<2xi32> {
  %r = onnx.Cast %a0 {to = 6 : i64} : (tensor<2xi1>) -> tensor<2xi32>
  return %r : tensor<2xi32>
}
func.func @test_cast_f32_f16(%a0: tensor<4xf32>) -> tensor<4xf32> {
  %r = onnx.Cast %a0 {to = 10 : i64} : (tensor<4xf32>) -> tensor<4xf16>
  %p = onnx.Cast %r {to = 1 : i64} : (tensor<4xf16>) -> tensor<4xf32>
  return %p : tensor<4xf32>
}
func.func @test_cast_f32_f64(%a0: tensor<4xf32>) -> tensor<4xf32> {
  %r = onnx.Cast %a0 {to = 11 : i64} : (tensor<4xf32>) -> tensor<4xf64>
  %p = onnx.Cast %r {to = 1 : i64} : (tensor<4xf64>) -> tensor<4xf32>
  return %p : tensor<4xf32>
}
func.func @test_castlike(%a0: tensor<5xf32>, %a1: tensor<1xi64>) -> tensor<5xi64> {
  %r = onnx.CastLike %a0, %a1 : (tensor<5xf32>, tensor<1xi64>) -> tensor<5xi64>
  return %r : tensor<5xi64>
}
func.func @test_identity(%a0: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %r = onnx.Identity %a0 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}
func.func @test_add_dynamic(%a0: tensor<?x?xf32>, %a1: tensor<?x1xf32>) -> tensor<?x?xf32> {
  %r = onnx.Add %a0, %a1 : (tensor<?x?xf32>, tensor<?x1xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}
func.func @test_where_dynamic(%a0: tensor<?x1xi1>, %a1: tensor<?xf32>, %a2: tensor<f32>) -> tensor<?x?xf32> {
  %r = onnx.Where %a0, %a1, %a2 : (tensor<?x1xi1>, tensor<?xf32>, tensor<f32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}
func.func @test_clip_dynamic(%a0: tensor<?x?xf32>, %a1: tensor<f32>, %a2: tensor<1xf32>) -> tensor<?x?xf32> {
  %r = onnx.Clip %a0, %a1, %a2 : (tensor<?x?xf32>, tensor<f32>, tensor<1xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}
func.func @test_cast_dynamic(%a0: tensor<?x?xf32>) -> tensor<?x?xi32> {
  %r = onnx.Cast %a0 {to = 6 : i64} : (tensor<?x?xf32>) -> tensor<?x?xi32>
  return %r : tensor<?x?xi32>
}

func.func @main() {
  // abs: onnx.Abs
  %abs_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %abs = call @test_abs(%abs_0) : (tensor<6xf32>) -> tensor<6xf32>
  %abs_u = tensor.cast %abs : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%abs_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [2.5, 0.5, 0, 0.5, 1.5, 2.5]
  // neg: onnx.Neg
  %neg_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %neg = call @test_neg(%neg_0) : (tensor<6xf32>) -> tensor<6xf32>
  %neg_u = tensor.cast %neg : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%neg_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [2.5, 0.5, -0, -0.5, -1.5, -2.5]
  // exp: onnx.Exp
  %exp_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %exp = call @test_exp(%exp_0) : (tensor<6xf32>) -> tensor<6xf32>
  %exp_u = tensor.cast %exp : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%exp_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0.082085, {{(0\.60653|0\.606531)}}, 1, 1.64872, 4.48169, 12.1825]
  // relu: onnx.Relu
  %relu_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %relu = call @test_relu(%relu_0) : (tensor<6xf32>) -> tensor<6xf32>
  %relu_u = tensor.cast %relu : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%relu_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 0, 0, 0.5, 1.5, 2.5]
  // sigmoid: onnx.Sigmoid
  %sigmoid_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %sigmoid = call @test_sigmoid(%sigmoid_0) : (tensor<6xf32>) -> tensor<6xf32>
  %sigmoid_u = tensor.cast %sigmoid : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%sigmoid_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [{{(0\.0758581|0\.0758582)}}, {{(0\.37754|0\.377541)}}, 0.5, {{(0\.622459|0\.62246)}}, {{(0\.817574|0\.817575)}}, {{(0\.924141|0\.924142)}}]
  // tanh: onnx.Tanh
  %tanh_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %tanh = call @test_tanh(%tanh_0) : (tensor<6xf32>) -> tensor<6xf32>
  %tanh_u = tensor.cast %tanh : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%tanh_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [{{(-0\.986614|-0\.986615)}}, -0.462117, 0, 0.462117, {{(0\.905148|0\.905149)}}, {{(0\.986614|0\.986615)}}]
  // erf: onnx.Erf
  %erf_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %erf = call @test_erf(%erf_0) : (tensor<6xf32>) -> tensor<6xf32>
  %erf_u = tensor.cast %erf : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%erf_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-0.999593, -0.5205, 0, 0.5205, {{(0\.966105|0\.966106)}}, 0.999593]
  // floor: onnx.Floor
  %floor_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %floor = call @test_floor(%floor_0) : (tensor<6xf32>) -> tensor<6xf32>
  %floor_u = tensor.cast %floor : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%floor_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-3, -1, 0, 0, 1, 2]
  // ceil: onnx.Ceil
  %ceil_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %ceil = call @test_ceil(%ceil_0) : (tensor<6xf32>) -> tensor<6xf32>
  %ceil_u = tensor.cast %ceil : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%ceil_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-2, -0, 0, 1, 2, 3]
  // round: onnx.Round
  %round_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %round = call @test_round(%round_0) : (tensor<6xf32>) -> tensor<6xf32>
  %round_u = tensor.cast %round : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%round_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-2, -0, 0, 0, 2, 2]
  // sign: onnx.Sign
  %sign_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %sign = call @test_sign(%sign_0) : (tensor<6xf32>) -> tensor<6xf32>
  %sign_u = tensor.cast %sign : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%sign_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-1, -1, 0, 1, 1, 1]
  // sin: onnx.Sin
  %sin_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %sin = call @test_sin(%sin_0) : (tensor<6xf32>) -> tensor<6xf32>
  %sin_u = tensor.cast %sin : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%sin_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-0.598472, {{(-0\.479425|-0\.479426)}}, 0, {{(0\.479425|0\.479426)}}, 0.997495, 0.598472]
  // cos: onnx.Cos
  %cos_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %cos = call @test_cos(%cos_0) : (tensor<6xf32>) -> tensor<6xf32>
  %cos_u = tensor.cast %cos : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%cos_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [{{(-0\.801143|-0\.801144)}}, {{(0\.877582|0\.877583)}}, 1, {{(0\.877582|0\.877583)}}, 0.0707372, {{(-0\.801143|-0\.801144)}}]
  // tan: onnx.Tan
  %tan_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %tan = call @test_tan(%tan_0) : (tensor<6xf32>) -> tensor<6xf32>
  %tan_u = tensor.cast %tan : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%tan_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [{{(0\.747022|0\.747023)}}, {{(-0\.546302|-0\.546303)}}, 0, {{(0\.546302|0\.546303)}}, 14.1014, {{(-0\.747022|-0\.747023)}}]
  // atan: onnx.Atan
  %atan_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %atan = call @test_atan(%atan_0) : (tensor<6xf32>) -> tensor<6xf32>
  %atan_u = tensor.cast %atan : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%atan_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-1.19029, {{(-0\.463647|-0\.463648)}}, 0, {{(0\.463647|0\.463648)}}, {{(0\.982793|0\.982794)}}, 1.19029]
  // sinh: onnx.Sinh
  %sinh_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %sinh = call @test_sinh(%sinh_0) : (tensor<6xf32>) -> tensor<6xf32>
  %sinh_u = tensor.cast %sinh : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%sinh_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [{{(-6\.0502|-6\.05021)}}, {{(-0\.521095|-0\.521096)}}, 0, {{(0\.521095|0\.521096)}}, 2.12928, {{(6\.0502|6\.05021)}}]
  // cosh: onnx.Cosh
  %cosh_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %cosh = call @test_cosh(%cosh_0) : (tensor<6xf32>) -> tensor<6xf32>
  %cosh_u = tensor.cast %cosh : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%cosh_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [6.13229, 1.12763, 1, 1.12763, 2.35241, 6.13229]
  // asinh: onnx.Asinh
  %asinh_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %asinh = call @test_asinh(%asinh_0) : (tensor<6xf32>) -> tensor<6xf32>
  %asinh_u = tensor.cast %asinh : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%asinh_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-1.64723, -0.481212, 0, 0.481212, 1.19476, 1.64723]
  // softplus: onnx.Softplus
  %softplus_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %softplus = call @test_softplus(%softplus_0) : (tensor<6xf32>) -> tensor<6xf32>
  %softplus_u = tensor.cast %softplus : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%softplus_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [{{(0\.0788897|0\.0788898)}}, 0.474077, {{(0\.693147|0\.693148)}}, 0.974077, 1.70141, 2.57889]
  // softsign: onnx.Softsign
  %softsign_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %softsign = call @test_softsign(%softsign_0) : (tensor<6xf32>) -> tensor<6xf32>
  %softsign_u = tensor.cast %softsign : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%softsign_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [{{(-0\.714285|-0\.714286)}}, {{(-0\.333333|-0\.333334)}}, 0, {{(0\.333333|0\.333334)}}, 0.6, {{(0\.714285|0\.714286)}}]
  // hardswish: onnx.HardSwish
  %hardswish_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %hardswish = call @test_hardswish(%hardswish_0) : (tensor<6xf32>) -> tensor<6xf32>
  %hardswish_u = tensor.cast %hardswish : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%hardswish_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-0.208333, -0.208333, 0, 0.291667, 1.125, 2.29167]
  // mish: onnx.Mish
  %mish_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %mish = call @test_mish(%mish_0) : (tensor<6xf32>) -> tensor<6xf32>
  %mish_u = tensor.cast %mish : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%mish_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-0.196816, -0.220744, 0, 0.375245, 1.40338, 2.47139]
  // reciprocal: onnx.Reciprocal
  %reciprocal_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %reciprocal = call @test_reciprocal(%reciprocal_0) : (tensor<6xf32>) -> tensor<6xf32>
  %reciprocal_u = tensor.cast %reciprocal : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%reciprocal_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-0.4, -2, inf, 2, {{(0\.666666|0\.666667)}}, 0.4]
  // log: onnx.Log
  %log_0 = onnx.Constant dense<[0.25, 1.0, 2.0, 10.0]> : tensor<4xf32>
  %log = call @test_log(%log_0) : (tensor<4xf32>) -> tensor<4xf32>
  %log_u = tensor.cast %log : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%log_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [{{(-1\.38629|-1\.3863)}}, 0, {{(0\.693147|0\.693148)}}, {{(2\.30258|2\.30259)}}]
  // sqrt: onnx.Sqrt
  %sqrt_0 = onnx.Constant dense<[0.25, 1.0, 2.0, 10.0]> : tensor<4xf32>
  %sqrt = call @test_sqrt(%sqrt_0) : (tensor<4xf32>) -> tensor<4xf32>
  %sqrt_u = tensor.cast %sqrt : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%sqrt_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0.5, 1, 1.41421, 3.16228]
  // asin: onnx.Asin
  %asin_0 = onnx.Constant dense<[-0.8999999761581421, -0.5, 0.0, 0.5, 0.8999999761581421]> : tensor<5xf32>
  %asin = call @test_asin(%asin_0) : (tensor<5xf32>) -> tensor<5xf32>
  %asin_u = tensor.cast %asin : tensor<5xf32> to tensor<*xf32>
  call @printMemrefF32(%asin_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-1.11977, -0.523599, 0, 0.523599, 1.11977]
  // acos: onnx.Acos
  %acos_0 = onnx.Constant dense<[-0.8999999761581421, -0.5, 0.0, 0.5, 0.8999999761581421]> : tensor<5xf32>
  %acos = call @test_acos(%acos_0) : (tensor<5xf32>) -> tensor<5xf32>
  %acos_u = tensor.cast %acos : tensor<5xf32> to tensor<*xf32>
  call @printMemrefF32(%acos_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [{{(2\.69056|2\.69057)}}, {{(2\.09439|2\.0944)}}, 1.5708, 1.0472, 0.451027]
  // atanh: onnx.Atanh
  %atanh_0 = onnx.Constant dense<[-0.8999999761581421, -0.5, 0.0, 0.5, 0.8999999761581421]> : tensor<5xf32>
  %atanh = call @test_atanh(%atanh_0) : (tensor<5xf32>) -> tensor<5xf32>
  %atanh_u = tensor.cast %atanh : tensor<5xf32> to tensor<*xf32>
  call @printMemrefF32(%atanh_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-1.47222, -0.549306, 0, 0.549306, 1.47222]
  // acosh: onnx.Acosh
  %acosh_0 = onnx.Constant dense<[1.0, 1.5, 2.0, 10.0]> : tensor<4xf32>
  %acosh = call @test_acosh(%acosh_0) : (tensor<4xf32>) -> tensor<4xf32>
  %acosh_u = tensor.cast %acosh : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%acosh_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, {{(0\.962423|0\.962424)}}, 1.31696, 2.99322]
  // isnan: onnx.IsNaN
  %isnan_0 = onnx.Constant dense<[1.0, 0x7F800000, 0xFF800000, 0x7FC00000, -0.0, -3.0]> : tensor<6xf32>
  %isnan = call @test_isnan(%isnan_0) : (tensor<6xf32>) -> tensor<6xi64>
  %isnan_u = tensor.cast %isnan : tensor<6xi64> to tensor<*xi64>
  call @printMemrefI64(%isnan_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 0, 0, 1, 0, 0]
  // isinf: onnx.IsInf
  %isinf_0 = onnx.Constant dense<[1.0, 0x7F800000, 0xFF800000, 0x7FC00000, -0.0, -3.0]> : tensor<6xf32>
  %isinf = call @test_isinf(%isinf_0) : (tensor<6xf32>) -> tensor<6xi64>
  %isinf_u = tensor.cast %isinf : tensor<6xi64> to tensor<*xi64>
  call @printMemrefI64(%isinf_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 1, 1, 0, 0, 0]
  // isinf_pos: onnx.IsInf
  %isinf_pos_0 = onnx.Constant dense<[1.0, 0x7F800000, 0xFF800000, 0x7FC00000, -0.0, -3.0]> : tensor<6xf32>
  %isinf_pos = call @test_isinf_pos(%isinf_pos_0) : (tensor<6xf32>) -> tensor<6xi64>
  %isinf_pos_u = tensor.cast %isinf_pos : tensor<6xi64> to tensor<*xi64>
  call @printMemrefI64(%isinf_pos_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 1, 0, 0, 0, 0]
  // isinf_neg: onnx.IsInf
  %isinf_neg_0 = onnx.Constant dense<[1.0, 0x7F800000, 0xFF800000, 0x7FC00000, -0.0, -3.0]> : tensor<6xf32>
  %isinf_neg = call @test_isinf_neg(%isinf_neg_0) : (tensor<6xf32>) -> tensor<6xi64>
  %isinf_neg_u = tensor.cast %isinf_neg : tensor<6xi64> to tensor<*xi64>
  call @printMemrefI64(%isinf_neg_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 0, 1, 0, 0, 0]
  // sign_special: onnx.Sign
  %sign_special_0 = onnx.Constant dense<[1.0, 0x7F800000, 0xFF800000, 0x7FC00000, -0.0, -3.0]> : tensor<6xf32>
  %sign_special = call @test_sign_special(%sign_special_0) : (tensor<6xf32>) -> tensor<6xf32>
  %sign_special_u = tensor.cast %sign_special : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%sign_special_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1, 1, -1, {{-?nan}}, 0, -1]
  // softplus_big: onnx.Softplus
  %softplus_big_0 = onnx.Constant dense<[-5.0, 10.0, 20.0, 100.0]> : tensor<4xf32>
  %softplus_big = call @test_softplus_big(%softplus_big_0) : (tensor<4xf32>) -> tensor<4xf32>
  %softplus_big_u = tensor.cast %softplus_big : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%softplus_big_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0.00671535, {{(10|10\.0001)}}, 20, 100]
  // sigmoid_big: onnx.Sigmoid
  %sigmoid_big_0 = onnx.Constant dense<[-80.0, -20.0, 20.0, 100.0]> : tensor<4xf32>
  %sigmoid_big = call @test_sigmoid_big(%sigmoid_big_0) : (tensor<4xf32>) -> tensor<4xf32>
  %sigmoid_big_u = tensor.cast %sigmoid_big : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%sigmoid_big_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1.80485e-35, 2.06115e-09, 1, 1]
  // abs_i32: onnx.Abs
  %abs_i32_0 = onnx.Constant dense<[-7, -1, 0, 3]> : tensor<4xi32>
  %abs_i32 = call @test_abs_i32(%abs_i32_0) : (tensor<4xi32>) -> tensor<4xi32>
  %abs_i32_u = tensor.cast %abs_i32 : tensor<4xi32> to tensor<*xi32>
  call @printMemrefI32(%abs_i32_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [7, 1, 0, 3]
  // neg_i32: onnx.Neg
  %neg_i32_0 = onnx.Constant dense<[-7, -1, 0, 3]> : tensor<4xi32>
  %neg_i32 = call @test_neg_i32(%neg_i32_0) : (tensor<4xi32>) -> tensor<4xi32>
  %neg_i32_u = tensor.cast %neg_i32 : tensor<4xi32> to tensor<*xi32>
  call @printMemrefI32(%neg_i32_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [7, 1, 0, -3]
  // relu_i32: onnx.Relu
  %relu_i32_0 = onnx.Constant dense<[-7, -1, 0, 3]> : tensor<4xi32>
  %relu_i32 = call @test_relu_i32(%relu_i32_0) : (tensor<4xi32>) -> tensor<4xi32>
  %relu_i32_u = tensor.cast %relu_i32 : tensor<4xi32> to tensor<*xi32>
  call @printMemrefI32(%relu_i32_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 0, 0, 3]
  // sign_i32: onnx.Sign
  %sign_i32_0 = onnx.Constant dense<[-7, -1, 0, 3, 2147483647]> : tensor<5xi32>
  %sign_i32 = call @test_sign_i32(%sign_i32_0) : (tensor<5xi32>) -> tensor<5xi32>
  %sign_i32_u = tensor.cast %sign_i32 : tensor<5xi32> to tensor<*xi32>
  call @printMemrefI32(%sign_i32_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-1, -1, 0, 1, 1]
  // bitwisenot_i32: onnx.BitwiseNot
  %bitwisenot_i32_0 = onnx.Constant dense<[-7, -1, 0, 3, 2147483647]> : tensor<5xi32>
  %bitwisenot_i32 = call @test_bitwisenot_i32(%bitwisenot_i32_0) : (tensor<5xi32>) -> tensor<5xi32>
  %bitwisenot_i32_u = tensor.cast %bitwisenot_i32 : tensor<5xi32> to tensor<*xi32>
  call @printMemrefI32(%bitwisenot_i32_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [6, 0, -1, -4, -2147483648]
  // sign_u8: onnx.Sign
  %sign_u8_0 = onnx.Constant dense<[0, 1, 200, 255]> : tensor<4xi64>
  %sign_u8 = call @test_sign_u8(%sign_u8_0) : (tensor<4xi64>) -> tensor<4xi64>
  %sign_u8_u = tensor.cast %sign_u8 : tensor<4xi64> to tensor<*xi64>
  call @printMemrefI64(%sign_u8_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 1, 1, 1]
  // relu_u8: onnx.Relu
  %relu_u8_0 = onnx.Constant dense<[0, 1, 200, 255]> : tensor<4xi64>
  %relu_u8 = call @test_relu_u8(%relu_u8_0) : (tensor<4xi64>) -> tensor<4xi64>
  %relu_u8_u = tensor.cast %relu_u8 : tensor<4xi64> to tensor<*xi64>
  call @printMemrefI64(%relu_u8_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 1, 200, 255]
  // bitwisenot_u8: onnx.BitwiseNot
  %bitwisenot_u8_0 = onnx.Constant dense<[0, 1, 200, 255]> : tensor<4xi64>
  %bitwisenot_u8 = call @test_bitwisenot_u8(%bitwisenot_u8_0) : (tensor<4xi64>) -> tensor<4xi64>
  %bitwisenot_u8_u = tensor.cast %bitwisenot_u8 : tensor<4xi64> to tensor<*xi64>
  call @printMemrefI64(%bitwisenot_u8_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [255, 254, 55, 0]
  // not: onnx.Not
  %not_0 = onnx.Constant dense<[true, false]> : tensor<2xi1>
  %not = call @test_not(%not_0) : (tensor<2xi1>) -> tensor<2xi64>
  %not_u = tensor.cast %not : tensor<2xi64> to tensor<*xi64>
  call @printMemrefI64(%not_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 1]
  // leakyrelu: onnx.LeakyRelu
  %leakyrelu_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %leakyrelu = call @test_leakyrelu(%leakyrelu_0) : (tensor<6xf32>) -> tensor<6xf32>
  %leakyrelu_u = tensor.cast %leakyrelu : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%leakyrelu_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-0.25, -0.05, 0, 0.5, 1.5, 2.5]
  // leakyrelu_default: onnx.LeakyRelu
  %leakyrelu_default_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %leakyrelu_default = call @test_leakyrelu_default(%leakyrelu_default_0) : (tensor<6xf32>) -> tensor<6xf32>
  %leakyrelu_default_u = tensor.cast %leakyrelu_default : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%leakyrelu_default_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-0.025, -0.005, 0, 0.5, 1.5, 2.5]
  // elu: onnx.Elu
  %elu_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %elu = call @test_elu(%elu_0) : (tensor<6xf32>) -> tensor<6xf32>
  %elu_u = tensor.cast %elu : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%elu_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-1.83583, {{(-0\.786938|-0\.786939)}}, 0, 0.5, 1.5, 2.5]
  // celu: onnx.Celu
  %celu_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %celu = call @test_celu(%celu_0) : (tensor<6xf32>) -> tensor<6xf32>
  %celu_u = tensor.cast %celu : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%celu_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-1.21669, -0.425203, 0, 0.5, 1.5, 2.5]
  // selu: onnx.Selu
  %selu_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %selu = call @test_selu(%selu_0) : (tensor<6xf32>) -> tensor<6xf32>
  %selu_u = tensor.cast %selu : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%selu_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [{{(-1\.61378|-1\.61379)}}, {{(-0\.691758|-0\.691759)}}, 0, {{(0\.52535|0\.525351)}}, 1.57605, 2.62675]
  // hardsigmoid: onnx.HardSigmoid
  %hardsigmoid_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %hardsigmoid = call @test_hardsigmoid(%hardsigmoid_0) : (tensor<6xf32>) -> tensor<6xf32>
  %hardsigmoid_u = tensor.cast %hardsigmoid : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%hardsigmoid_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 0.375, 0.5, 0.625, 0.875, 1]
  // thresholdedrelu: onnx.ThresholdedRelu
  %thresholdedrelu_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %thresholdedrelu = call @test_thresholdedrelu(%thresholdedrelu_0) : (tensor<6xf32>) -> tensor<6xf32>
  %thresholdedrelu_u = tensor.cast %thresholdedrelu : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%thresholdedrelu_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 0, 0, 0, 1.5, 2.5]
  // shrink: onnx.Shrink
  %shrink_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %shrink = call @test_shrink(%shrink_0) : (tensor<6xf32>) -> tensor<6xf32>
  %shrink_u = tensor.cast %shrink : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%shrink_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-2.25, 0, 0, 0, 1.25, 2.25]
  // shrink_i32: onnx.Shrink
  %shrink_i32_0 = onnx.Constant dense<[-5, -1, 0, 1, 5]> : tensor<5xi32>
  %shrink_i32 = call @test_shrink_i32(%shrink_i32_0) : (tensor<5xi32>) -> tensor<5xi32>
  %shrink_i32_u = tensor.cast %shrink_i32 : tensor<5xi32> to tensor<*xi32>
  call @printMemrefI32(%shrink_i32_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-4, 0, 0, 0, 4]
  // gelu: onnx.Gelu
  %gelu_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %gelu = call @test_gelu(%gelu_0) : (tensor<6xf32>) -> tensor<6xf32>
  %gelu_u = tensor.cast %gelu : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%gelu_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-0.0155242, -0.154269, 0, 0.345731, 1.39979, {{(2\.48447|2\.48448)}}]
  // gelu_tanh: onnx.Gelu
  %gelu_tanh_0 = onnx.Constant dense<[-2.5, -0.5, 0.0, 0.5, 1.5, 2.5]> : tensor<6xf32>
  %gelu_tanh = call @test_gelu_tanh(%gelu_tanh_0) : (tensor<6xf32>) -> tensor<6xf32>
  %gelu_tanh_u = tensor.cast %gelu_tanh : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%gelu_tanh_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-0.0150843, -0.154286, 0, 0.345714, 1.39957, {{(2\.48491|2\.48492)}}]
  // add: onnx.Add
  %add_0 = onnx.Constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %add_1 = onnx.Constant dense<[10.0, 20.0, 30.0]> : tensor<3xf32>
  %add = call @test_add(%add_0, %add_1) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %add_u = tensor.cast %add : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%add_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [11, 22, 33]
  // CHECK-NEXT: [14, 25, 36]
  // sub_bidirectional: onnx.Sub
  %sub_bidirectional_0 = onnx.Constant dense<[[0.5], [-2.0]]> : tensor<2x1xf32>
  %sub_bidirectional_1 = onnx.Constant dense<[10.0, 20.0, 30.0]> : tensor<3xf32>
  %sub_bidirectional = call @test_sub_bidirectional(%sub_bidirectional_0, %sub_bidirectional_1) : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %sub_bidirectional_u = tensor.cast %sub_bidirectional : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%sub_bidirectional_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-9.5, -19.5, -29.5]
  // CHECK-NEXT: [-12, -22, -32]
  // mul_scalar: onnx.Mul
  %mul_scalar_0 = onnx.Constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %mul_scalar_1 = onnx.Constant dense<4.0> : tensor<f32>
  %mul_scalar = call @test_mul_scalar(%mul_scalar_0, %mul_scalar_1) : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %mul_scalar_u = tensor.cast %mul_scalar : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%mul_scalar_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [4, 8, 12]
  // CHECK-NEXT: [16, 20, 24]
  // div: onnx.Div
  %div_0 = onnx.Constant dense<[10.0, 20.0, 30.0]> : tensor<3xf32>
  %div_1 = onnx.Constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %div = call @test_div(%div_0, %div_1) : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %div_u = tensor.cast %div : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%div_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [10, 10, 10]
  // CHECK-NEXT: [2.5, 4, 5]
  // div_i32: onnx.Div
  %div_i32_0 = onnx.Constant dense<[7, -7, 7, -7, 0]> : tensor<5xi32>
  %div_i32_1 = onnx.Constant dense<[2, 2, -2, -2, 3]> : tensor<5xi32>
  %div_i32 = call @test_div_i32(%div_i32_0, %div_i32_1) : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
  %div_i32_u = tensor.cast %div_i32 : tensor<5xi32> to tensor<*xi32>
  call @printMemrefI32(%div_i32_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [3, -3, -3, 3, 0]
  // div_u8: onnx.Div
  %div_u8_0 = onnx.Constant dense<[200, 255, 7]> : tensor<3xi64>
  %div_u8_1 = onnx.Constant dense<[3, 16, 2]> : tensor<3xi64>
  %div_u8 = call @test_div_u8(%div_u8_0, %div_u8_1) : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
  %div_u8_u = tensor.cast %div_u8 : tensor<3xi64> to tensor<*xi64>
  call @printMemrefI64(%div_u8_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [66, 15, 3]
  // add_i64: onnx.Add
  %add_i64_0 = onnx.Constant dense<[[1], [2]]> : tensor<2x1xi64>
  %add_i64_1 = onnx.Constant dense<[10, 20, 30]> : tensor<3xi64>
  %add_i64 = call @test_add_i64(%add_i64_0, %add_i64_1) : (tensor<2x1xi64>, tensor<3xi64>) -> tensor<2x3xi64>
  %add_i64_u = tensor.cast %add_i64 : tensor<2x3xi64> to tensor<*xi64>
  call @printMemrefI64(%add_i64_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [11, 21, 31]
  // CHECK-NEXT: [12, 22, 32]
  // pow: onnx.Pow
  %pow_0 = onnx.Constant dense<[2.0, 4.0, 9.0, -2.0, 0.0]> : tensor<5xf32>
  %pow_1 = onnx.Constant dense<[3.0, 0.5, -0.5, 2.0, 0.0]> : tensor<5xf32>
  %pow = call @test_pow(%pow_0, %pow_1) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
  %pow_u = tensor.cast %pow : tensor<5xf32> to tensor<*xf32>
  call @printMemrefF32(%pow_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [8, 2, {{(0\.333333|0\.333334)}}, 4, 1]
  // pow_int_exponent: onnx.Pow
  %pow_int_exponent_0 = onnx.Constant dense<[-2.0, 3.0, 0.5, 2.0, -1.5]> : tensor<5xf32>
  %pow_int_exponent_1 = onnx.Constant dense<[3, 2, -1, 10, 2]> : tensor<5xi64>
  %pow_int_exponent = call @test_pow_int_exponent(%pow_int_exponent_0, %pow_int_exponent_1) : (tensor<5xf32>, tensor<5xi64>) -> tensor<5xf32>
  %pow_int_exponent_u = tensor.cast %pow_int_exponent : tensor<5xf32> to tensor<*xf32>
  call @printMemrefF32(%pow_int_exponent_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-8, 9, 2, 1024, 2.25]
  // pow_broadcast: onnx.Pow
  %pow_broadcast_0 = onnx.Constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %pow_broadcast_1 = onnx.Constant dense<2.0> : tensor<f32>
  %pow_broadcast = call @test_pow_broadcast(%pow_broadcast_0, %pow_broadcast_1) : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %pow_broadcast_u = tensor.cast %pow_broadcast : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%pow_broadcast_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1, 4, 9]
  // CHECK-NEXT: [16, 25, 36]
  // pow_i32: onnx.Pow
  %pow_i32_0 = onnx.Constant dense<[2, -3, 5, 1, -1, -1, 2, 0, 3]> : tensor<9xi32>
  %pow_i32_1 = onnx.Constant dense<[10, 3, 0, -2, -3, -4, -1, 0, 19]> : tensor<9xi32>
  %pow_i32 = call @test_pow_i32(%pow_i32_0, %pow_i32_1) : (tensor<9xi32>, tensor<9xi32>) -> tensor<9xi32>
  %pow_i32_u = tensor.cast %pow_i32 : tensor<9xi32> to tensor<*xi32>
  call @printMemrefI32(%pow_i32_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1024, -27, 1, 1, -1, 1, 0, 1, 1162261467]
  // pow_i64_float: onnx.Pow
  %pow_i64_float_0 = onnx.Constant dense<[4, 9, -8, 2]> : tensor<4xi64>
  %pow_i64_float_1 = onnx.Constant dense<[0.5, 0.5, 1.0, -1.0]> : tensor<4xf32>
  %pow_i64_float = call @test_pow_i64_float(%pow_i64_float_0, %pow_i64_float_1) : (tensor<4xi64>, tensor<4xf32>) -> tensor<4xi64>
  %pow_i64_float_u = tensor.cast %pow_i64_float : tensor<4xi64> to tensor<*xi64>
  call @printMemrefI64(%pow_i64_float_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [2, 3, -8, 0]
  // mod_i32: onnx.Mod
  %mod_i32_0 = onnx.Constant dense<[5, -5, 5, -5, 7, -6]> : tensor<6xi32>
  %mod_i32_1 = onnx.Constant dense<[3, 3, -3, -3, 7, 3]> : tensor<6xi32>
  %mod_i32 = call @test_mod_i32(%mod_i32_0, %mod_i32_1) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
  %mod_i32_u = tensor.cast %mod_i32 : tensor<6xi32> to tensor<*xi32>
  call @printMemrefI32(%mod_i32_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [2, 1, -1, -2, 0, 0]
  // fmod_i32: onnx.Mod
  %fmod_i32_0 = onnx.Constant dense<[5, -5, 5, -5, 7, -6]> : tensor<6xi32>
  %fmod_i32_1 = onnx.Constant dense<[3, 3, -3, -3, 7, 3]> : tensor<6xi32>
  %fmod_i32 = call @test_fmod_i32(%fmod_i32_0, %fmod_i32_1) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
  %fmod_i32_u = tensor.cast %fmod_i32 : tensor<6xi32> to tensor<*xi32>
  call @printMemrefI32(%fmod_i32_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [2, -2, 2, -2, 0, 0]
  // fmod_f32: onnx.Mod
  %fmod_f32_0 = onnx.Constant dense<[5.5, -5.5, 5.5, -5.5, 4.0]> : tensor<5xf32>
  %fmod_f32_1 = onnx.Constant dense<[2.0, 2.0, -2.0, -2.0, 2.0]> : tensor<5xf32>
  %fmod_f32 = call @test_fmod_f32(%fmod_f32_0, %fmod_f32_1) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
  %fmod_f32_u = tensor.cast %fmod_f32 : tensor<5xf32> to tensor<*xf32>
  call @printMemrefF32(%fmod_f32_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1.5, -1.5, 1.5, -1.5, 0]
  // mod_f32: onnx.Mod
  %mod_f32_0 = onnx.Constant dense<[5.5, -5.5, 5.5, -5.5]> : tensor<4xf32>
  %mod_f32_1 = onnx.Constant dense<[2.0, 2.0, -2.0, -2.0]> : tensor<4xf32>
  %mod_f32 = call @test_mod_f32(%mod_f32_0, %mod_f32_1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %mod_f32_u = tensor.cast %mod_f32 : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%mod_f32_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1.5, 0.5, -0.5, -1.5]
  // mod_u8: onnx.Mod
  %mod_u8_0 = onnx.Constant dense<[200, 13, 255]> : tensor<3xi64>
  %mod_u8_1 = onnx.Constant dense<[7, 5, 16]> : tensor<3xi64>
  %mod_u8 = call @test_mod_u8(%mod_u8_0, %mod_u8_1) : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
  %mod_u8_u = tensor.cast %mod_u8 : tensor<3xi64> to tensor<*xi64>
  call @printMemrefI64(%mod_u8_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [4, 3, 15]
  // bitwiseand: onnx.BitwiseAnd
  %bitwiseand_0 = onnx.Constant dense<[12, -1, 5]> : tensor<3xi32>
  %bitwiseand_1 = onnx.Constant dense<[10, 255, -3]> : tensor<3xi32>
  %bitwiseand = call @test_bitwiseand(%bitwiseand_0, %bitwiseand_1) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  %bitwiseand_u = tensor.cast %bitwiseand : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%bitwiseand_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [8, 255, 5]
  // bitwiseor: onnx.BitwiseOr
  %bitwiseor_0 = onnx.Constant dense<[12, -1, 5]> : tensor<3xi32>
  %bitwiseor_1 = onnx.Constant dense<[10, 255, -3]> : tensor<3xi32>
  %bitwiseor = call @test_bitwiseor(%bitwiseor_0, %bitwiseor_1) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  %bitwiseor_u = tensor.cast %bitwiseor : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%bitwiseor_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [14, -1, -3]
  // bitwisexor: onnx.BitwiseXor
  %bitwisexor_0 = onnx.Constant dense<[12, -1, 5]> : tensor<3xi32>
  %bitwisexor_1 = onnx.Constant dense<[10, 255, -3]> : tensor<3xi32>
  %bitwisexor = call @test_bitwisexor(%bitwisexor_0, %bitwisexor_1) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  %bitwisexor_u = tensor.cast %bitwisexor : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%bitwisexor_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [6, -256, -8]
  // prelu: onnx.PRelu
  %prelu_0 = onnx.Constant dense<[[-1.0, 2.0, -3.0], [4.0, -5.0, 0.0]]> : tensor<2x3xf32>
  %prelu_1 = onnx.Constant dense<[0.10000000149011612, 0.20000000298023224, 0.30000001192092896]> : tensor<3xf32>
  %prelu = call @test_prelu(%prelu_0, %prelu_1) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %prelu_u = tensor.cast %prelu : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%prelu_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-0.1, 2, -0.9]
  // CHECK-NEXT: [4, -1, 0]
  // equal: onnx.Equal
  %equal_0 = onnx.Constant dense<[[1.0, 2.0, 3.0], [0x7FC00000, 5.0, 2.0]]> : tensor<2x3xf32>
  %equal_1 = onnx.Constant dense<[2.0, 2.0, 2.0]> : tensor<3xf32>
  %equal = call @test_equal(%equal_0, %equal_1) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi64>
  %equal_u = tensor.cast %equal : tensor<2x3xi64> to tensor<*xi64>
  call @printMemrefI64(%equal_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 1, 0]
  // CHECK-NEXT: [0, 0, 1]
  // less: onnx.Less
  %less_0 = onnx.Constant dense<[[1.0, 2.0, 3.0], [0x7FC00000, 5.0, 2.0]]> : tensor<2x3xf32>
  %less_1 = onnx.Constant dense<[2.0, 2.0, 2.0]> : tensor<3xf32>
  %less = call @test_less(%less_0, %less_1) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi64>
  %less_u = tensor.cast %less : tensor<2x3xi64> to tensor<*xi64>
  call @printMemrefI64(%less_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1, 0, 0]
  // CHECK-NEXT: [0, 0, 0]
  // lessorequal: onnx.LessOrEqual
  %lessorequal_0 = onnx.Constant dense<[[1.0, 2.0, 3.0], [0x7FC00000, 5.0, 2.0]]> : tensor<2x3xf32>
  %lessorequal_1 = onnx.Constant dense<[2.0, 2.0, 2.0]> : tensor<3xf32>
  %lessorequal = call @test_lessorequal(%lessorequal_0, %lessorequal_1) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi64>
  %lessorequal_u = tensor.cast %lessorequal : tensor<2x3xi64> to tensor<*xi64>
  call @printMemrefI64(%lessorequal_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1, 1, 0]
  // CHECK-NEXT: [0, 0, 1]
  // greater: onnx.Greater
  %greater_0 = onnx.Constant dense<[[1.0, 2.0, 3.0], [0x7FC00000, 5.0, 2.0]]> : tensor<2x3xf32>
  %greater_1 = onnx.Constant dense<[2.0, 2.0, 2.0]> : tensor<3xf32>
  %greater = call @test_greater(%greater_0, %greater_1) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi64>
  %greater_u = tensor.cast %greater : tensor<2x3xi64> to tensor<*xi64>
  call @printMemrefI64(%greater_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 0, 1]
  // CHECK-NEXT: [0, 1, 0]
  // greaterorequal: onnx.GreaterOrEqual
  %greaterorequal_0 = onnx.Constant dense<[[1.0, 2.0, 3.0], [0x7FC00000, 5.0, 2.0]]> : tensor<2x3xf32>
  %greaterorequal_1 = onnx.Constant dense<[2.0, 2.0, 2.0]> : tensor<3xf32>
  %greaterorequal = call @test_greaterorequal(%greaterorequal_0, %greaterorequal_1) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi64>
  %greaterorequal_u = tensor.cast %greaterorequal : tensor<2x3xi64> to tensor<*xi64>
  call @printMemrefI64(%greaterorequal_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 1, 1]
  // CHECK-NEXT: [0, 1, 1]
  // less_u8: onnx.Less
  %less_u8_0 = onnx.Constant dense<[200, 1, 128, 127]> : tensor<4xi64>
  %less_u8_1 = onnx.Constant dense<[100, 2, 127, 128]> : tensor<4xi64>
  %less_u8 = call @test_less_u8(%less_u8_0, %less_u8_1) : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  %less_u8_u = tensor.cast %less_u8 : tensor<4xi64> to tensor<*xi64>
  call @printMemrefI64(%less_u8_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 1, 0, 1]
  // greaterorequal_u8: onnx.GreaterOrEqual
  %greaterorequal_u8_0 = onnx.Constant dense<[200, 1, 128, 127]> : tensor<4xi64>
  %greaterorequal_u8_1 = onnx.Constant dense<[100, 2, 127, 128]> : tensor<4xi64>
  %greaterorequal_u8 = call @test_greaterorequal_u8(%greaterorequal_u8_0, %greaterorequal_u8_1) : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  %greaterorequal_u8_u = tensor.cast %greaterorequal_u8 : tensor<4xi64> to tensor<*xi64>
  call @printMemrefI64(%greaterorequal_u8_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1, 0, 1, 0]
  // less_i32: onnx.Less
  %less_i32_0 = onnx.Constant dense<[-200, 1, -1]> : tensor<3xi32>
  %less_i32_1 = onnx.Constant dense<[100, 2, 1]> : tensor<3xi32>
  %less_i32 = call @test_less_i32(%less_i32_0, %less_i32_1) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi64>
  %less_i32_u = tensor.cast %less_i32 : tensor<3xi64> to tensor<*xi64>
  call @printMemrefI64(%less_i32_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1, 1, 1]
  // equal_i32: onnx.Equal
  %equal_i32_0 = onnx.Constant dense<[-200, 1, -1]> : tensor<3xi32>
  %equal_i32_1 = onnx.Constant dense<[-200]> : tensor<1xi32>
  %equal_i32 = call @test_equal_i32(%equal_i32_0, %equal_i32_1) : (tensor<3xi32>, tensor<1xi32>) -> tensor<3xi64>
  %equal_i32_u = tensor.cast %equal_i32 : tensor<3xi64> to tensor<*xi64>
  call @printMemrefI64(%equal_i32_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1, 0, 0]
  // and: onnx.And
  %and_0 = onnx.Constant dense<[[true, false], [true, true]]> : tensor<2x2xi1>
  %and_1 = onnx.Constant dense<[true, false]> : tensor<2xi1>
  %and = call @test_and(%and_0, %and_1) : (tensor<2x2xi1>, tensor<2xi1>) -> tensor<2x2xi64>
  %and_u = tensor.cast %and : tensor<2x2xi64> to tensor<*xi64>
  call @printMemrefI64(%and_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1, 0]
  // CHECK-NEXT: [1, 0]
  // or: onnx.Or
  %or_0 = onnx.Constant dense<[[true, false], [true, true]]> : tensor<2x2xi1>
  %or_1 = onnx.Constant dense<[true, false]> : tensor<2xi1>
  %or = call @test_or(%or_0, %or_1) : (tensor<2x2xi1>, tensor<2xi1>) -> tensor<2x2xi64>
  %or_u = tensor.cast %or : tensor<2x2xi64> to tensor<*xi64>
  call @printMemrefI64(%or_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1, 0]
  // CHECK-NEXT: [1, 1]
  // xor: onnx.Xor
  %xor_0 = onnx.Constant dense<[[true, false], [true, true]]> : tensor<2x2xi1>
  %xor_1 = onnx.Constant dense<[true, false]> : tensor<2xi1>
  %xor = call @test_xor(%xor_0, %xor_1) : (tensor<2x2xi1>, tensor<2xi1>) -> tensor<2x2xi64>
  %xor_u = tensor.cast %xor : tensor<2x2xi64> to tensor<*xi64>
  call @printMemrefI64(%xor_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 0]
  // CHECK-NEXT: [0, 1]
  // equal_bool: onnx.Equal
  %equal_bool_0 = onnx.Constant dense<[[true, false], [true, true]]> : tensor<2x2xi1>
  %equal_bool_1 = onnx.Constant dense<[true, false]> : tensor<2xi1>
  %equal_bool = call @test_equal_bool(%equal_bool_0, %equal_bool_1) : (tensor<2x2xi1>, tensor<2xi1>) -> tensor<2x2xi64>
  %equal_bool_u = tensor.cast %equal_bool : tensor<2x2xi64> to tensor<*xi64>
  call @printMemrefI64(%equal_bool_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1, 1]
  // CHECK-NEXT: [1, 0]
  // sum: onnx.Sum
  %sum_0 = onnx.Constant dense<[[1.0, -2.0, 0x7FC00000], [4.0, 5.0, -6.0]]> : tensor<2x3xf32>
  %sum_1 = onnx.Constant dense<[3.0, -1.0, 0.0]> : tensor<3xf32>
  %sum_2 = onnx.Constant dense<[[0.5], [10.0]]> : tensor<2x1xf32>
  %sum = call @test_sum(%sum_0, %sum_1, %sum_2) : (tensor<2x3xf32>, tensor<3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
  %sum_u = tensor.cast %sum : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%sum_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [4.5, -2.5, {{-?nan}}]
  // CHECK-NEXT: [17, 14, 4]
  // mean: onnx.Mean
  %mean_0 = onnx.Constant dense<[[1.0, -2.0, 0x7FC00000], [4.0, 5.0, -6.0]]> : tensor<2x3xf32>
  %mean_1 = onnx.Constant dense<[3.0, -1.0, 0.0]> : tensor<3xf32>
  %mean_2 = onnx.Constant dense<[[0.5], [10.0]]> : tensor<2x1xf32>
  %mean = call @test_mean(%mean_0, %mean_1, %mean_2) : (tensor<2x3xf32>, tensor<3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
  %mean_u = tensor.cast %mean : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%mean_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1.5, {{(-0\.833333|-0\.833334)}}, {{-?nan}}]
  // CHECK-NEXT: [{{(5\.66666|5\.66667)}}, {{(4\.66666|4\.66667)}}, 1.33333]
  // max: onnx.Max
  %max_0 = onnx.Constant dense<[[1.0, -2.0, 0x7FC00000], [4.0, 5.0, -6.0]]> : tensor<2x3xf32>
  %max_1 = onnx.Constant dense<[3.0, -1.0, 0.0]> : tensor<3xf32>
  %max_2 = onnx.Constant dense<[[0.5], [10.0]]> : tensor<2x1xf32>
  %max = call @test_max(%max_0, %max_1, %max_2) : (tensor<2x3xf32>, tensor<3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
  %max_u = tensor.cast %max : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%max_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [3, 0.5, {{-?nan}}]
  // CHECK-NEXT: [10, 10, 10]
  // min: onnx.Min
  %min_0 = onnx.Constant dense<[[1.0, -2.0, 0x7FC00000], [4.0, 5.0, -6.0]]> : tensor<2x3xf32>
  %min_1 = onnx.Constant dense<[3.0, -1.0, 0.0]> : tensor<3xf32>
  %min_2 = onnx.Constant dense<[[0.5], [10.0]]> : tensor<2x1xf32>
  %min = call @test_min(%min_0, %min_1, %min_2) : (tensor<2x3xf32>, tensor<3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
  %min_u = tensor.cast %min : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%min_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0.5, -2, {{-?nan}}]
  // CHECK-NEXT: [3, -1, -6]
  // max_one: onnx.Max
  %max_one_0 = onnx.Constant dense<[3.0, -1.0, 0.0]> : tensor<3xf32>
  %max_one = call @test_max_one(%max_one_0) : (tensor<3xf32>) -> tensor<3xf32>
  %max_one_u = tensor.cast %max_one : tensor<3xf32> to tensor<*xf32>
  call @printMemrefF32(%max_one_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [3, -1, 0]
  // max_u8: onnx.Max
  %max_u8_0 = onnx.Constant dense<[200, 1, 128, 127]> : tensor<4xi64>
  %max_u8_1 = onnx.Constant dense<[100, 2, 127, 128]> : tensor<4xi64>
  %max_u8 = call @test_max_u8(%max_u8_0, %max_u8_1) : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  %max_u8_u = tensor.cast %max_u8 : tensor<4xi64> to tensor<*xi64>
  call @printMemrefI64(%max_u8_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [200, 2, 128, 128]
  // min_u8: onnx.Min
  %min_u8_0 = onnx.Constant dense<[200, 1, 128, 127]> : tensor<4xi64>
  %min_u8_1 = onnx.Constant dense<[100, 2, 127, 128]> : tensor<4xi64>
  %min_u8 = call @test_min_u8(%min_u8_0, %min_u8_1) : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  %min_u8_u = tensor.cast %min_u8 : tensor<4xi64> to tensor<*xi64>
  call @printMemrefI64(%min_u8_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [100, 1, 127, 127]
  // max_i32: onnx.Max
  %max_i32_0 = onnx.Constant dense<[-200, 1, -1]> : tensor<3xi32>
  %max_i32_1 = onnx.Constant dense<[100, 2, 1]> : tensor<3xi32>
  %max_i32 = call @test_max_i32(%max_i32_0, %max_i32_1) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  %max_i32_u = tensor.cast %max_i32 : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%max_i32_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [100, 2, 1]
  // min_i32: onnx.Min
  %min_i32_0 = onnx.Constant dense<[-200, 1, -1]> : tensor<3xi32>
  %min_i32_1 = onnx.Constant dense<[100, 2, 1]> : tensor<3xi32>
  %min_i32 = call @test_min_i32(%min_i32_0, %min_i32_1) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  %min_i32_u = tensor.cast %min_i32 : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%min_i32_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-200, 1, -1]
  // sum_i32: onnx.Sum
  %sum_i32_0 = onnx.Constant dense<[-200, 1, -1]> : tensor<3xi32>
  %sum_i32_1 = onnx.Constant dense<[100, 2, 1]> : tensor<3xi32>
  %sum_i32_2 = onnx.Constant dense<5> : tensor<i32>
  %sum_i32 = call @test_sum_i32(%sum_i32_0, %sum_i32_1, %sum_i32_2) : (tensor<3xi32>, tensor<3xi32>, tensor<i32>) -> tensor<3xi32>
  %sum_i32_u = tensor.cast %sum_i32 : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%sum_i32_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-95, 8, 5]
  // where: onnx.Where
  %where_0 = onnx.Constant dense<[[true], [false]]> : tensor<2x1xi1>
  %where_1 = onnx.Constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %where_2 = onnx.Constant dense<-1.0> : tensor<f32>
  %where = call @test_where(%where_0, %where_1, %where_2) : (tensor<2x1xi1>, tensor<3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %where_u = tensor.cast %where : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%where_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1, 2, 3]
  // CHECK-NEXT: [-1, -1, -1]
  // clip: onnx.Clip
  %clip_0 = onnx.Constant dense<[-3.0, -1.0, 0.0, 1.0, 3.0, 0x7FC00000]> : tensor<6xf32>
  %clip_1 = onnx.Constant dense<-1.5> : tensor<f32>
  %clip_2 = onnx.Constant dense<[2.0]> : tensor<1xf32>
  %clip = call @test_clip(%clip_0, %clip_1, %clip_2) : (tensor<6xf32>, tensor<f32>, tensor<1xf32>) -> tensor<6xf32>
  %clip_u = tensor.cast %clip : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%clip_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-1.5, -1, 0, 1, 2, {{-?nan}}]
  // clip_min: onnx.Clip
  %clip_min_0 = onnx.Constant dense<[-3.0, -1.0, 0.0, 1.0, 3.0, 0x7FC00000]> : tensor<6xf32>
  %clip_min_1 = onnx.Constant dense<-1.5> : tensor<f32>
  %clip_min = call @test_clip_min(%clip_min_0, %clip_min_1) : (tensor<6xf32>, tensor<f32>) -> tensor<6xf32>
  %clip_min_u = tensor.cast %clip_min : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%clip_min_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-1.5, -1, 0, 1, 3, {{-?nan}}]
  // clip_max: onnx.Clip
  %clip_max_0 = onnx.Constant dense<[-3.0, -1.0, 0.0, 1.0, 3.0, 0x7FC00000]> : tensor<6xf32>
  %clip_max_2 = onnx.Constant dense<[2.0]> : tensor<1xf32>
  %clip_max = call @test_clip_max(%clip_max_0, %clip_max_2) : (tensor<6xf32>, tensor<1xf32>) -> tensor<6xf32>
  %clip_max_u = tensor.cast %clip_max : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%clip_max_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-3, -1, 0, 1, 2, {{-?nan}}]
  // clip_none: onnx.Clip
  %clip_none_0 = onnx.Constant dense<[-3.0, -1.0, 0.0, 1.0, 3.0, 0x7FC00000]> : tensor<6xf32>
  %clip_none = call @test_clip_none(%clip_none_0) : (tensor<6xf32>) -> tensor<6xf32>
  %clip_none_u = tensor.cast %clip_none : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%clip_none_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-3, -1, 0, 1, 3, {{-?nan}}]
  // clip_u8: onnx.Clip
  %clip_u8_0 = onnx.Constant dense<[0, 100, 200, 255]> : tensor<4xi64>
  %clip_u8_1 = onnx.Constant dense<50> : tensor<i64>
  %clip_u8_2 = onnx.Constant dense<[210]> : tensor<1xi64>
  %clip_u8 = call @test_clip_u8(%clip_u8_0, %clip_u8_1, %clip_u8_2) : (tensor<4xi64>, tensor<i64>, tensor<1xi64>) -> tensor<4xi64>
  %clip_u8_u = tensor.cast %clip_u8 : tensor<4xi64> to tensor<*xi64>
  call @printMemrefI64(%clip_u8_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [50, 100, 200, 210]
  // clip_i32: onnx.Clip
  %clip_i32_0 = onnx.Constant dense<[-100, -5, 5, 100]> : tensor<4xi32>
  %clip_i32_1 = onnx.Constant dense<[-10]> : tensor<1xi32>
  %clip_i32_2 = onnx.Constant dense<10> : tensor<i32>
  %clip_i32 = call @test_clip_i32(%clip_i32_0, %clip_i32_1, %clip_i32_2) : (tensor<4xi32>, tensor<1xi32>, tensor<i32>) -> tensor<4xi32>
  %clip_i32_u = tensor.cast %clip_i32 : tensor<4xi32> to tensor<*xi32>
  call @printMemrefI32(%clip_i32_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-10, -5, 5, 10]
  // cast_f32_i32: onnx.Cast
  %cast_f32_i32_0 = onnx.Constant dense<[-2.700000047683716, -0.5, 0.5, 2.700000047683716, 100.9000015258789]> : tensor<5xf32>
  %cast_f32_i32 = call @test_cast_f32_i32(%cast_f32_i32_0) : (tensor<5xf32>) -> tensor<5xi32>
  %cast_f32_i32_u = tensor.cast %cast_f32_i32 : tensor<5xi32> to tensor<*xi32>
  call @printMemrefI32(%cast_f32_i32_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-2, 0, 0, 2, 100]
  // cast_f32_i8: onnx.Cast
  %cast_f32_i8_0 = onnx.Constant dense<[-2.700000047683716, -0.5, 0.5, 2.700000047683716, 100.9000015258789]> : tensor<5xf32>
  %cast_f32_i8 = call @test_cast_f32_i8(%cast_f32_i8_0) : (tensor<5xf32>) -> tensor<5xi64>
  %cast_f32_i8_u = tensor.cast %cast_f32_i8 : tensor<5xi64> to tensor<*xi64>
  call @printMemrefI64(%cast_f32_i8_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-2, 0, 0, 2, 100]
  // cast_f32_u8: onnx.Cast
  %cast_f32_u8_0 = onnx.Constant dense<[0.5, 200.6999969482422, 255.0]> : tensor<3xf32>
  %cast_f32_u8 = call @test_cast_f32_u8(%cast_f32_u8_0) : (tensor<3xf32>) -> tensor<3xi64>
  %cast_f32_u8_u = tensor.cast %cast_f32_u8 : tensor<3xi64> to tensor<*xi64>
  call @printMemrefI64(%cast_f32_u8_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 200, 255]
  // cast_f32_bool: onnx.Cast
  %cast_f32_bool_0 = onnx.Constant dense<[0.0, -0.0, 0.10000000149011612, 0x7FC00000, -3.0]> : tensor<5xf32>
  %cast_f32_bool = call @test_cast_f32_bool(%cast_f32_bool_0) : (tensor<5xf32>) -> tensor<5xi64>
  %cast_f32_bool_u = tensor.cast %cast_f32_bool : tensor<5xi64> to tensor<*xi64>
  call @printMemrefI64(%cast_f32_bool_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 0, 1, 1, 1]
  // cast_u8_f32: onnx.Cast
  %cast_u8_f32_0 = onnx.Constant dense<[0, 1, 200, 255]> : tensor<4xi64>
  %cast_u8_f32 = call @test_cast_u8_f32(%cast_u8_f32_0) : (tensor<4xi64>) -> tensor<4xf32>
  %cast_u8_f32_u = tensor.cast %cast_u8_f32 : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%cast_u8_f32_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 1, 200, 255]
  // cast_i8_f32: onnx.Cast
  %cast_i8_f32_0 = onnx.Constant dense<[-128, -1, 0, 127]> : tensor<4xi8>
  %cast_i8_f32 = call @test_cast_i8_f32(%cast_i8_f32_0) : (tensor<4xi8>) -> tensor<4xf32>
  %cast_i8_f32_u = tensor.cast %cast_i8_f32 : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%cast_i8_f32_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-128, -1, 0, 127]
  // cast_i8_i64: onnx.Cast
  %cast_i8_i64_0 = onnx.Constant dense<[-128, -1, 0, 127]> : tensor<4xi8>
  %cast_i8_i64 = call @test_cast_i8_i64(%cast_i8_i64_0) : (tensor<4xi8>) -> tensor<4xi64>
  %cast_i8_i64_u = tensor.cast %cast_i8_i64 : tensor<4xi64> to tensor<*xi64>
  call @printMemrefI64(%cast_i8_i64_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-128, -1, 0, 127]
  // cast_u8_i64: onnx.Cast
  %cast_u8_i64_0 = onnx.Constant dense<[0, 1, 200, 255]> : tensor<4xi64>
  %cast_u8_i64 = call @test_cast_u8_i64(%cast_u8_i64_0) : (tensor<4xi64>) -> tensor<4xi64>
  %cast_u8_i64_u = tensor.cast %cast_u8_i64 : tensor<4xi64> to tensor<*xi64>
  call @printMemrefI64(%cast_u8_i64_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 1, 200, 255]
  // cast_u8_i8: onnx.Cast
  %cast_u8_i8_0 = onnx.Constant dense<[0, 1, 200, 255]> : tensor<4xi64>
  %cast_u8_i8 = call @test_cast_u8_i8(%cast_u8_i8_0) : (tensor<4xi64>) -> tensor<4xi64>
  %cast_u8_i8_u = tensor.cast %cast_u8_i8 : tensor<4xi64> to tensor<*xi64>
  call @printMemrefI64(%cast_u8_i8_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0, 1, -56, -1]
  // cast_u32_i64: onnx.Cast
  %cast_u32_i64_0 = onnx.Constant dense<[4000000000, 1]> : tensor<2xi64>
  %cast_u32_i64 = call @test_cast_u32_i64(%cast_u32_i64_0) : (tensor<2xi64>) -> tensor<2xi64>
  %cast_u32_i64_u = tensor.cast %cast_u32_i64 : tensor<2xi64> to tensor<*xi64>
  call @printMemrefI64(%cast_u32_i64_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [4000000000, 1]
  // cast_u32_f32: onnx.Cast
  %cast_u32_f32_0 = onnx.Constant dense<[4000000000, 1]> : tensor<2xi64>
  %cast_u32_f32 = call @test_cast_u32_f32(%cast_u32_f32_0) : (tensor<2xi64>) -> tensor<2xf32>
  %cast_u32_f32_u = tensor.cast %cast_u32_f32 : tensor<2xf32> to tensor<*xf32>
  call @printMemrefF32(%cast_u32_f32_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [4e+09, 1]
  // cast_i64_i32: onnx.Cast
  %cast_i64_i32_0 = onnx.Constant dense<[-5, 0, 7, 4294967298]> : tensor<4xi64>
  %cast_i64_i32 = call @test_cast_i64_i32(%cast_i64_i32_0) : (tensor<4xi64>) -> tensor<4xi32>
  %cast_i64_i32_u = tensor.cast %cast_i64_i32 : tensor<4xi32> to tensor<*xi32>
  call @printMemrefI32(%cast_i64_i32_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-5, 0, 7, 2]
  // cast_i64_bool: onnx.Cast
  %cast_i64_bool_0 = onnx.Constant dense<[-5, 0, 7, 4294967298]> : tensor<4xi64>
  %cast_i64_bool = call @test_cast_i64_bool(%cast_i64_bool_0) : (tensor<4xi64>) -> tensor<4xi64>
  %cast_i64_bool_u = tensor.cast %cast_i64_bool : tensor<4xi64> to tensor<*xi64>
  call @printMemrefI64(%cast_i64_bool_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1, 0, 1, 1]
  // cast_bool_f32: onnx.Cast
  %cast_bool_f32_0 = onnx.Constant dense<[true, false]> : tensor<2xi1>
  %cast_bool_f32 = call @test_cast_bool_f32(%cast_bool_f32_0) : (tensor<2xi1>) -> tensor<2xf32>
  %cast_bool_f32_u = tensor.cast %cast_bool_f32 : tensor<2xf32> to tensor<*xf32>
  call @printMemrefF32(%cast_bool_f32_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1, 0]
  // cast_bool_i32: onnx.Cast
  %cast_bool_i32_0 = onnx.Constant dense<[true, false]> : tensor<2xi1>
  %cast_bool_i32 = call @test_cast_bool_i32(%cast_bool_i32_0) : (tensor<2xi1>) -> tensor<2xi32>
  %cast_bool_i32_u = tensor.cast %cast_bool_i32 : tensor<2xi32> to tensor<*xi32>
  call @printMemrefI32(%cast_bool_i32_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1, 0]
  // cast_f32_f16: onnx.Cast
  %cast_f32_f16_0 = onnx.Constant dense<[0.10000000149011612, 0.3333333432674408, 65504.0, 70000.0]> : tensor<4xf32>
  %cast_f32_f16 = call @test_cast_f32_f16(%cast_f32_f16_0) : (tensor<4xf32>) -> tensor<4xf32>
  %cast_f32_f16_u = tensor.cast %cast_f32_f16 : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%cast_f32_f16_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [{{(0\.0999755|0\.0999756)}}, 0.333252, 65504, inf]
  // cast_f32_f64: onnx.Cast
  %cast_f32_f64_0 = onnx.Constant dense<[0.10000000149011612, 0.3333333432674408, 65504.0, 70000.0]> : tensor<4xf32>
  %cast_f32_f64 = call @test_cast_f32_f64(%cast_f32_f64_0) : (tensor<4xf32>) -> tensor<4xf32>
  %cast_f32_f64_u = tensor.cast %cast_f32_f64 : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%cast_f32_f64_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [0.1, {{(0\.333333|0\.333334)}}, 65504, 70000]
  // castlike: onnx.CastLike
  %castlike_0 = onnx.Constant dense<[-2.700000047683716, -0.5, 0.5, 2.700000047683716, 100.9000015258789]> : tensor<5xf32>
  %castlike_1 = onnx.Constant dense<[0]> : tensor<1xi64>
  %castlike = call @test_castlike(%castlike_0, %castlike_1) : (tensor<5xf32>, tensor<1xi64>) -> tensor<5xi64>
  %castlike_u = tensor.cast %castlike : tensor<5xi64> to tensor<*xi64>
  call @printMemrefI64(%castlike_u) : (tensor<*xi64>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [-2, 0, 0, 2, 100]
  // identity: onnx.Identity
  %identity_0 = onnx.Constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %identity = call @test_identity(%identity_0) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %identity_u = tensor.cast %identity : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%identity_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1, 2, 3]
  // CHECK-NEXT: [4, 5, 6]
  // add_dynamic: onnx.Add
  %add_dynamic_0 = onnx.Constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %add_dynamic_0d = tensor.cast %add_dynamic_0 : tensor<2x3xf32> to tensor<?x?xf32>
  %add_dynamic_1 = onnx.Constant dense<[[0.5], [-2.0]]> : tensor<2x1xf32>
  %add_dynamic_1d = tensor.cast %add_dynamic_1 : tensor<2x1xf32> to tensor<?x1xf32>
  %add_dynamic = call @test_add_dynamic(%add_dynamic_0d, %add_dynamic_1d) : (tensor<?x?xf32>, tensor<?x1xf32>) -> tensor<?x?xf32>
  %add_dynamic_u = tensor.cast %add_dynamic : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%add_dynamic_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1.5, 2.5, 3.5]
  // CHECK-NEXT: [2, 3, 4]
  // where_dynamic: onnx.Where
  %where_dynamic_0 = onnx.Constant dense<[[true], [false]]> : tensor<2x1xi1>
  %where_dynamic_0d = tensor.cast %where_dynamic_0 : tensor<2x1xi1> to tensor<?x1xi1>
  %where_dynamic_1 = onnx.Constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %where_dynamic_1d = tensor.cast %where_dynamic_1 : tensor<3xf32> to tensor<?xf32>
  %where_dynamic_2 = onnx.Constant dense<-1.0> : tensor<f32>
  %where_dynamic = call @test_where_dynamic(%where_dynamic_0d, %where_dynamic_1d, %where_dynamic_2) : (tensor<?x1xi1>, tensor<?xf32>, tensor<f32>) -> tensor<?x?xf32>
  %where_dynamic_u = tensor.cast %where_dynamic : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%where_dynamic_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1, 2, 3]
  // CHECK-NEXT: [-1, -1, -1]
  // clip_dynamic: onnx.Clip
  %clip_dynamic_0 = onnx.Constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %clip_dynamic_0d = tensor.cast %clip_dynamic_0 : tensor<2x3xf32> to tensor<?x?xf32>
  %clip_dynamic_1 = onnx.Constant dense<2.0> : tensor<f32>
  %clip_dynamic_2 = onnx.Constant dense<[4.5]> : tensor<1xf32>
  %clip_dynamic = call @test_clip_dynamic(%clip_dynamic_0d, %clip_dynamic_1, %clip_dynamic_2) : (tensor<?x?xf32>, tensor<f32>, tensor<1xf32>) -> tensor<?x?xf32>
  %clip_dynamic_u = tensor.cast %clip_dynamic : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%clip_dynamic_u) : (tensor<*xf32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [2, 2, 3]
  // CHECK-NEXT: [4, 4.5, 4.5]
  // cast_dynamic: onnx.Cast
  %cast_dynamic_0 = onnx.Constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %cast_dynamic_0d = tensor.cast %cast_dynamic_0 : tensor<2x3xf32> to tensor<?x?xf32>
  %cast_dynamic = call @test_cast_dynamic(%cast_dynamic_0d) : (tensor<?x?xf32>) -> tensor<?x?xi32>
  %cast_dynamic_u = tensor.cast %cast_dynamic : tensor<?x?xi32> to tensor<*xi32>
  call @printMemrefI32(%cast_dynamic_u) : (tensor<*xi32>) -> ()
  // CHECK: data =
  // CHECK-NEXT: [1, 2, 3]
  // CHECK-NEXT: [4, 5, 6]
  return
}
