// Lowering of the elementwise family to linalg.generic, with broadcasting in
// the indexing maps. The last cases must be rejected, so onnxc-opt exits with
// an error: stdout holds the lowered cases, stderr the diagnostics.
// RUN: not onnxc-opt %s -split-input-file --convert-onnx-to-linalg 2>%t.err | FileCheck %s
// RUN: FileCheck --check-prefix=ERR %s < %t.err

// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$ROW:.+]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @add_broadcast(
// CHECK-SAME: %[[A:.+]]: tensor<2x3xf32>, %[[B:.+]]: tensor<3xf32>)
// CHECK: %[[INIT:.+]] = tensor.empty() : tensor<2x3xf32>
// CHECK: %[[R:.+]] = linalg.generic {indexing_maps = [#[[$ID]], #[[$ROW]], #[[$ID]]], iterator_types = ["parallel", "parallel"]}
// CHECK-SAME: ins(%[[A]], %[[B]] : tensor<2x3xf32>, tensor<3xf32>) outs(%[[INIT]] : tensor<2x3xf32>)
// CHECK-NEXT: ^bb0(%[[X:.+]]: f32, %[[Y:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[S:.+]] = arith.addf %[[X]], %[[Y]] : f32
// CHECK-NEXT: linalg.yield %[[S]] : f32
// CHECK: return %[[R]]
func.func @add_broadcast(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  %r = onnx.Add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}

// -----

// Dynamic dims: the result sizes come from the operands whose dim is not a
// static 1; two dynamic dims broadcast at run time (runtime-checks.mlir), and
// a dim that only %a has is its size.
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$COL:.+]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-LABEL: func.func @sub_dynamic(
// CHECK-SAME: %[[A:.+]]: tensor<?x?xf32>, %[[B:.+]]: tensor<?x1xf32>)
// CHECK: arith.select %{{.+}}, %{{.+}}, %c1 : index
// CHECK: linalg.generic {indexing_maps = [#[[$ID]], #[[$COL]], #[[$ID]]]
// CHECK-SAME: outs(%{{.+}} : tensor<?x?xf32>)
// CHECK: arith.subf
func.func @sub_dynamic(%a: tensor<?x?xf32>, %b: tensor<?x1xf32>) -> tensor<?x?xf32> {
  %r = onnx.Sub %a, %b : (tensor<?x?xf32>, tensor<?x1xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

// -----

// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$SCALAR:.+]] = affine_map<(d0, d1) -> ()>
// CHECK-LABEL: func.func @mul_rank0(
// CHECK: tensor.empty(%{{.+}}) : tensor<?x4xf32>
// CHECK: linalg.generic {indexing_maps = [#[[$ID]], #[[$SCALAR]], #[[$ID]]]
// CHECK: arith.mulf
func.func @mul_rank0(%a: tensor<?x4xf32>, %b: tensor<f32>) -> tensor<?x4xf32> {
  %r = onnx.Mul %a, %b : (tensor<?x4xf32>, tensor<f32>) -> tensor<?x4xf32>
  return %r : tensor<?x4xf32>
}

// -----

// Unsigned tensors become signless; the op keeps the signedness.
// CHECK-LABEL: func.func @div_unsigned(
// CHECK-SAME: tensor<4xi16>
// CHECK: ^bb0(%[[X:.+]]: i16, %[[Y:.+]]: i16, %{{.+}}: i16):
// CHECK-NEXT: arith.divui %[[X]], %[[Y]] : i16
func.func @div_unsigned(%a: tensor<4xui16>, %b: tensor<4xui16>) -> tensor<4xui16> {
  %r = onnx.Div %a, %b : (tensor<4xui16>, tensor<4xui16>) -> tensor<4xui16>
  return %r : tensor<4xui16>
}

// -----

// CHECK-LABEL: func.func @div_signed(
// CHECK: arith.divsi %{{.+}}, %{{.+}} : i32
func.func @div_signed(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi32> {
  %r = onnx.Div %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %r : tensor<4xi32>
}

// -----

// CHECK-LABEL: func.func @compare(
// CHECK: ^bb0(%[[X:.+]]: i8, %[[Y:.+]]: i8, %{{.+}}: i1):
// CHECK-NEXT: %[[C:.+]] = arith.cmpi ult, %[[X]], %[[Y]] : i8
// CHECK-NEXT: linalg.yield %[[C]] : i1
// CHECK: } -> tensor<4xi1>
// CHECK: arith.cmpi sge, %{{.+}}, %{{.+}} : i32
// CHECK: arith.cmpf ogt, %{{.+}}, %{{.+}} : f32
// CHECK: arith.cmpf oeq, %{{.+}}, %{{.+}} : f32
func.func @compare(%a: tensor<4xui8>, %b: tensor<4xui8>, %c: tensor<4xi32>, %d: tensor<4xi32>, %e: tensor<4xf32>, %f: tensor<4xf32>) -> (tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>) {
  %r = onnx.Less %a, %b : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xi1>
  %s = onnx.GreaterOrEqual %c, %d : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  %t = onnx.Greater %e, %f : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  %u = onnx.Equal %e, %f : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  return %r, %s, %t, %u : tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>
}

// -----

// fmod = 0: the remainder takes the divisor's sign.
// CHECK-LABEL: func.func @mod_signed(
// CHECK: ^bb0(%[[X:.+]]: i64, %[[Y:.+]]: i64, %{{.+}}: i64):
// CHECK-NEXT: %[[REM:.+]] = arith.remsi %[[X]], %[[Y]] : i64
// CHECK-DAG: %[[YNEG:.+]] = arith.cmpi slt, %[[Y]], %{{.+}} : i64
// CHECK-DAG: %[[RNEG:.+]] = arith.cmpi slt, %[[REM]], %{{.+}} : i64
// CHECK-DAG: %[[DIFF:.+]] = arith.xori %[[RNEG]], %[[YNEG]] : i1
// CHECK-DAG: %[[NZ:.+]] = arith.cmpi ne, %[[REM]], %{{.+}} : i64
// CHECK-DAG: %[[FIX:.+]] = arith.andi %[[NZ]], %[[DIFF]] : i1
// CHECK-DAG: %[[SUM:.+]] = arith.addi %[[REM]], %[[Y]] : i64
// CHECK: arith.select %[[FIX]], %[[SUM]], %[[REM]] : i64
func.func @mod_signed(%a: tensor<4xi64>, %b: tensor<4xi64>) -> tensor<4xi64> {
  %r = onnx.Mod %a, %b : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  return %r : tensor<4xi64>
}

// -----

// CHECK-LABEL: func.func @fmod(
// CHECK: arith.remf %{{.+}}, %{{.+}} : f32
// CHECK-NEXT: linalg.yield
// CHECK: arith.remui %{{.+}}, %{{.+}} : i8
// CHECK-NEXT: linalg.yield
func.func @fmod(%a: tensor<4xf32>, %b: tensor<4xf32>, %c: tensor<4xui8>, %d: tensor<4xui8>) -> (tensor<4xf32>, tensor<4xui8>) {
  %r = onnx.Mod %a, %b {fmod = 1 : i64} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %s = onnx.Mod %c, %d : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  return %r, %s : tensor<4xf32>, tensor<4xui8>
}

// -----

// CHECK-LABEL: func.func @pow_int_exponent(
// CHECK: ^bb0(%[[X:.+]]: f32, %[[E:.+]]: i64, %{{.+}}: f32):
// CHECK-NEXT: %[[F:.+]] = arith.sitofp %[[E]] : i64 to f32
// CHECK-NEXT: math.powf %[[X]], %[[F]] : f32
func.func @pow_int_exponent(%a: tensor<4xf32>, %b: tensor<4xi64>) -> tensor<4xf32> {
  %r = onnx.Pow %a, %b : (tensor<4xf32>, tensor<4xi64>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

// Narrow floats compute libm functions in f32.
// CHECK-LABEL: func.func @pow_f16(
// CHECK: ^bb0(%[[X:.+]]: f16, %[[E:.+]]: f16, %{{.+}}: f16):
// CHECK-DAG: %[[XW:.+]] = arith.extf %[[X]] : f16 to f32
// CHECK-DAG: %[[EW:.+]] = arith.extf %[[E]] : f16 to f32
// CHECK: %[[P:.+]] = math.powf %[[XW]], %[[EW]] : f32
// CHECK: arith.truncf %[[P]] : f32 to f16
func.func @pow_f16(%a: tensor<4xf16>, %b: tensor<f16>) -> tensor<4xf16> {
  %r = onnx.Pow %a, %b : (tensor<4xf16>, tensor<f16>) -> tensor<4xf16>
  return %r : tensor<4xf16>
}

// -----

// Integer powers are exact: square-and-multiply over the exponent's bits.
// CHECK-LABEL: func.func @pow_integers(
// CHECK: linalg.generic
// CHECK: scf.for
// CHECK: arith.muli
// CHECK: arith.shrui
// CHECK: scf.yield
// CHECK: arith.cmpi slt
// CHECK: linalg.yield
func.func @pow_integers(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi32> {
  %r = onnx.Pow %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %r : tensor<4xi32>
}

// -----

// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$ROW:.+]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG: #[[$COL:.+]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-LABEL: func.func @max_variadic(
// CHECK: linalg.generic {indexing_maps = [#[[$ID]], #[[$ROW]], #[[$COL]], #[[$ID]]]
// CHECK: ^bb0(%[[X:.+]]: f32, %[[Y:.+]]: f32, %[[Z:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[M:.+]] = arith.maximumf %[[X]], %[[Y]] : f32
// CHECK-NEXT: %[[N:.+]] = arith.maximumf %[[M]], %[[Z]] : f32
// CHECK-NEXT: linalg.yield %[[N]] : f32
func.func @max_variadic(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %c: tensor<2x1xf32>) -> tensor<2x3xf32> {
  %r = onnx.Max %a, %b, %c : (tensor<2x3xf32>, tensor<3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @min_sum_mean(
// CHECK: arith.minui %{{.+}}, %{{.+}} : i32
// CHECK: arith.addi %{{.+}}, %{{.+}} : i32
// CHECK: ^bb0(%[[X:.+]]: f32, %[[Y:.+]]: f32, %{{.+}}: f32):
// CHECK-DAG: %[[S:.+]] = arith.addf %[[X]], %[[Y]] : f32
// CHECK-DAG: %[[TWO:.+]] = arith.constant 2.000000e+00 : f32
// CHECK: arith.divf %[[S]], %[[TWO]] : f32
func.func @min_sum_mean(%a: tensor<4xui32>, %b: tensor<4xui32>, %c: tensor<4xf32>, %d: tensor<4xf32>) -> (tensor<4xui32>, tensor<4xui32>, tensor<4xf32>) {
  %r = onnx.Min %a, %b : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
  %s = onnx.Sum %a, %b : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
  %t = onnx.Mean %c, %d : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %r, %s, %t : tensor<4xui32>, tensor<4xui32>, tensor<4xf32>
}

// -----

// CHECK-DAG: #[[$COL:.+]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-DAG: #[[$ROW:.+]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG: #[[$SCALAR:.+]] = affine_map<(d0, d1) -> ()>
// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @where(
// CHECK: linalg.generic {indexing_maps = [#[[$COL]], #[[$ROW]], #[[$SCALAR]], #[[$ID]]]
// CHECK: ^bb0(%[[C:.+]]: i1, %[[X:.+]]: f32, %[[Y:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: arith.select %[[C]], %[[X]], %[[Y]] : f32
func.func @where(%c: tensor<2x1xi1>, %x: tensor<3xf32>, %y: tensor<f32>) -> tensor<2x3xf32> {
  %r = onnx.Where %c, %x, %y : (tensor<2x1xi1>, tensor<3xf32>, tensor<f32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}

// -----

// Clip reads its bounds once, outside the generic.
// CHECK-LABEL: func.func @clip(
// CHECK-SAME: %[[X:.+]]: tensor<?x3xf32>, %[[LO:.+]]: tensor<f32>, %[[HI:.+]]: tensor<?xf32>)
// CHECK-DAG: %[[L:.+]] = tensor.extract %[[LO]][] : tensor<f32>
// CHECK-DAG: %[[H:.+]] = tensor.extract %[[HI]][%{{.+}}] : tensor<?xf32>
// CHECK: linalg.generic
// CHECK-SAME: ins(%[[X]] : tensor<?x3xf32>)
// CHECK: ^bb0(%[[V:.+]]: f32, %{{.+}}: f32):
// CHECK-NEXT: %[[M:.+]] = arith.maximumf %[[V]], %[[L]] : f32
// CHECK-NEXT: arith.minimumf %[[M]], %[[H]] : f32
func.func @clip(%x: tensor<?x3xf32>, %lo: tensor<f32>, %hi: tensor<?xf32>) -> tensor<?x3xf32> {
  %r = onnx.Clip %x, %lo, %hi : (tensor<?x3xf32>, tensor<f32>, tensor<?xf32>) -> tensor<?x3xf32>
  return %r : tensor<?x3xf32>
}

// -----

// CHECK-LABEL: func.func @clip_unsigned_max_only(
// CHECK: %[[H:.+]] = tensor.extract %{{.+}}[%{{.+}}] : tensor<1xi8>
// CHECK: ^bb0(%[[V:.+]]: i8, %{{.+}}: i8):
// CHECK-NEXT: %[[M:.+]] = arith.minui %[[V]], %[[H]] : i8
// CHECK-NEXT: linalg.yield %[[M]] : i8
func.func @clip_unsigned_max_only(%x: tensor<4xui8>, %hi: tensor<1xui8>) -> tensor<4xui8> {
  %none = onnx.NoValue
  %r = onnx.Clip %x, %none, %hi : (tensor<4xui8>, none, tensor<1xui8>) -> tensor<4xui8>
  return %r : tensor<4xui8>
}

// -----

// CHECK-LABEL: func.func @cast_float_int(
// CHECK: arith.fptosi %{{.+}} : f32 to i32
// CHECK: arith.uitofp %{{.+}} : i8 to f32
// CHECK: arith.fptoui %{{.+}} : f32 to i16
func.func @cast_float_int(%x: tensor<4xf32>, %y: tensor<4xui8>) -> (tensor<4xi32>, tensor<4xf32>, tensor<4xui16>) {
  %r = onnx.Cast %x {to = 6 : i64} : (tensor<4xf32>) -> tensor<4xi32>
  %s = onnx.Cast %y {to = 1 : i64} : (tensor<4xui8>) -> tensor<4xf32>
  %t = onnx.Cast %x {to = 4 : i64} : (tensor<4xf32>) -> tensor<4xui16>
  return %r, %s, %t : tensor<4xi32>, tensor<4xf32>, tensor<4xui16>
}

// -----

// A cast to bool tests for non-zero (NaN is true).
// CHECK-LABEL: func.func @cast_to_bool(
// CHECK: ^bb0(%[[X:.+]]: f32, %{{.+}}: i1):
// CHECK: arith.cmpf une, %[[X]], %{{.+}} : f32
// CHECK: ^bb0(%[[Y:.+]]: i64, %{{.+}}: i1):
// CHECK: arith.cmpi ne, %[[Y]], %{{.+}} : i64
func.func @cast_to_bool(%x: tensor<4xf32>, %y: tensor<4xi64>) -> (tensor<4xi1>, tensor<4xi1>) {
  %r = onnx.Cast %x {to = 9 : i64} : (tensor<4xf32>) -> tensor<4xi1>
  %s = onnx.Cast %y {to = 9 : i64} : (tensor<4xi64>) -> tensor<4xi1>
  return %r, %s : tensor<4xi1>, tensor<4xi1>
}

// -----

// CHECK-LABEL: func.func @cast_ints(
// CHECK: arith.extui %{{.+}} : i1 to i32
// CHECK: arith.extsi %{{.+}} : i8 to i64
// CHECK: arith.extui %{{.+}} : i32 to i64
// CHECK: arith.trunci %{{.+}} : i64 to i16
func.func @cast_ints(%x: tensor<4xi1>, %y: tensor<4xi8>, %z: tensor<4xui32>, %w: tensor<4xi64>) -> (tensor<4xi32>, tensor<4xi64>, tensor<4xi64>, tensor<4xui16>) {
  %r = onnx.Cast %x {to = 6 : i64} : (tensor<4xi1>) -> tensor<4xi32>
  %s = onnx.Cast %y {to = 7 : i64} : (tensor<4xi8>) -> tensor<4xi64>
  %t = onnx.Cast %z {to = 7 : i64} : (tensor<4xui32>) -> tensor<4xi64>
  %u = onnx.Cast %w {to = 4 : i64} : (tensor<4xi64>) -> tensor<4xui16>
  return %r, %s, %t, %u : tensor<4xi32>, tensor<4xi64>, tensor<4xi64>, tensor<4xui16>
}

// -----

// CHECK-LABEL: func.func @cast_floats(
// CHECK: arith.truncf %{{.+}} : f32 to f16
// CHECK: %[[W:.+]] = arith.extf %{{.+}} : f16 to f32
// CHECK-NEXT: arith.truncf %[[W]] : f32 to bf16
func.func @cast_floats(%x: tensor<4xf32>, %y: tensor<4xf16>) -> (tensor<4xf16>, tensor<4xbf16>) {
  %r = onnx.Cast %x {to = 10 : i64} : (tensor<4xf32>) -> tensor<4xf16>
  %s = onnx.Cast %y {to = 16 : i64} : (tensor<4xf16>) -> tensor<4xbf16>
  return %r, %s : tensor<4xf16>, tensor<4xbf16>
}

// -----

// CHECK-LABEL: func.func @castlike_identity(
// CHECK-SAME: %[[X:.+]]: tensor<?xf32>, %{{.+}}: tensor<1xi16>, %[[Y:.+]]: tensor<?x3xf32>)
// CHECK: %[[D:.+]] = tensor.dim %[[X]], %{{.+}} : tensor<?xf32>
// CHECK: tensor.empty(%[[D]]) : tensor<?xi16>
// CHECK: arith.fptoui %{{.+}} : f32 to i16
// CHECK: return %{{.+}}, %[[Y]] : tensor<?xi16>, tensor<?x3xf32>
func.func @castlike_identity(%x: tensor<?xf32>, %t: tensor<1xui16>, %y: tensor<?x3xf32>) -> (tensor<?xui16>, tensor<?x3xf32>) {
  %r = onnx.CastLike %x, %t : (tensor<?xf32>, tensor<1xui16>) -> tensor<?xui16>
  %s = onnx.Identity %y : (tensor<?x3xf32>) -> tensor<?x3xf32>
  return %r, %s : tensor<?xui16>, tensor<?x3xf32>
}

// -----

// CHECK-LABEL: func.func @unary(
// CHECK: arith.maximumf %{{.+}}, %{{.+}} : f32
// CHECK: math.roundeven %{{.+}} : f32
// CHECK: math.erf %{{.+}} : f32
// CHECK: math.acosh %{{.+}} : f32
// CHECK: math.absi %{{.+}} : i32
// CHECK: ^bb0(%[[U:.+]]: i32, %{{.+}}: i32):
// CHECK-NEXT: linalg.yield %[[U]] : i32
func.func @unary(%x: tensor<4xf32>, %i: tensor<4xi32>, %u: tensor<4xui32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xi32>, tensor<4xui32>) {
  %r = onnx.Relu %x : (tensor<4xf32>) -> tensor<4xf32>
  %s = onnx.Round %x : (tensor<4xf32>) -> tensor<4xf32>
  %t = onnx.Erf %x : (tensor<4xf32>) -> tensor<4xf32>
  %v = onnx.Acosh %x : (tensor<4xf32>) -> tensor<4xf32>
  %w = onnx.Abs %i : (tensor<4xi32>) -> tensor<4xi32>
  %y = onnx.Abs %u : (tensor<4xui32>) -> tensor<4xui32>
  return %r, %s, %t, %v, %w, %y : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xi32>, tensor<4xui32>
}

// -----

// CHECK-LABEL: func.func @sigmoid(
// CHECK: ^bb0(%[[X:.+]]: f32, %{{.+}}: f32):
// CHECK-DAG: %[[ONE:.+]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[NEG:.+]] = arith.negf %[[X]] : f32
// CHECK: %[[E:.+]] = math.exp %[[NEG]] : f32
// CHECK: %[[D:.+]] = arith.addf %[[ONE]], %[[E]] : f32
// CHECK: arith.divf %[[ONE]], %[[D]] : f32
func.func @sigmoid(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = onnx.Sigmoid %x : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @predicates(
// CHECK: ^bb0(%[[X:.+]]: f32, %{{.+}}: i1):
// CHECK-NEXT: arith.cmpf uno, %[[X]], %[[X]] : f32
// CHECK: ^bb0(%[[Y:.+]]: f32, %{{.+}}: i1):
// CHECK-NEXT: %[[INF:.+]] = arith.constant 0x7F800000 : f32
// CHECK-NEXT: %[[C:.+]] = arith.cmpf oeq, %[[Y]], %[[INF]] : f32
// CHECK-NEXT: linalg.yield %[[C]] : i1
func.func @predicates(%x: tensor<4xf32>) -> (tensor<4xi1>, tensor<4xi1>) {
  %r = onnx.IsNaN %x : (tensor<4xf32>) -> tensor<4xi1>
  %s = onnx.IsInf %x {detect_negative = 0 : i64} : (tensor<4xf32>) -> tensor<4xi1>
  return %r, %s : tensor<4xi1>, tensor<4xi1>
}

// -----

// CHECK-LABEL: func.func @logic(
// CHECK: %[[TRUE:.+]] = arith.constant true
// CHECK-NEXT: arith.xori %{{.+}}, %[[TRUE]] : i1
// CHECK: arith.andi %{{.+}}, %{{.+}} : i1
// CHECK: %[[ONES:.+]] = arith.constant -1 : i32
// CHECK-NEXT: arith.xori %{{.+}}, %[[ONES]] : i32
func.func @logic(%a: tensor<4xi1>, %b: tensor<4xi1>, %c: tensor<4xi32>) -> (tensor<4xi1>, tensor<4xi1>, tensor<4xi32>) {
  %r = onnx.Not %a : (tensor<4xi1>) -> tensor<4xi1>
  %s = onnx.And %a, %b : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %t = onnx.BitwiseNot %c : (tensor<4xi32>) -> tensor<4xi32>
  return %r, %s, %t : tensor<4xi1>, tensor<4xi1>, tensor<4xi32>
}

// -----

// CHECK-LABEL: func.func @leakyrelu(
// CHECK: ^bb0(%[[X:.+]]: f32, %{{.+}}: f32):
// CHECK-DAG: %[[ALPHA:.+]] = arith.constant 5.000000e-01 : f32
// CHECK-DAG: %[[SCALED:.+]] = arith.mulf %[[X]], %[[ALPHA]] : f32
// CHECK-DAG: %[[NEG:.+]] = arith.cmpf olt, %[[X]], %{{.+}} : f32
// CHECK: arith.select %[[NEG]], %[[SCALED]], %[[X]] : f32
func.func @leakyrelu(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = onnx.LeakyRelu %x {alpha = 0.5 : f32} : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @gelu(
// CHECK: math.erf
// CHECK: math.tanh
func.func @gelu(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %r = onnx.Gelu %x : (tensor<4xf32>) -> tensor<4xf32>
  %s = onnx.Gelu %x {approximate = "tanh"} : (tensor<4xf32>) -> tensor<4xf32>
  return %r, %s : tensor<4xf32>, tensor<4xf32>
}

// -----

// CHECK-DAG: #[[$ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$ROW:.+]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @prelu(
// CHECK: linalg.generic {indexing_maps = [#[[$ID]], #[[$ROW]], #[[$ID]]]
// CHECK: ^bb0(%[[X:.+]]: f32, %[[S:.+]]: f32, %{{.+}}: f32):
// CHECK-DAG: %[[SCALED:.+]] = arith.mulf %[[X]], %[[S]] : f32
// CHECK-DAG: %[[NEG:.+]] = arith.cmpf olt, %[[X]], %{{.+}} : f32
// CHECK: arith.select %[[NEG]], %[[SCALED]], %[[X]] : f32
func.func @prelu(%x: tensor<2x3xf32>, %slope: tensor<3xf32>) -> tensor<2x3xf32> {
  %r = onnx.PRelu %x, %slope : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}

// -----

// An unranked result is computed in the inferred type, then cast.
// CHECK-LABEL: func.func @unranked_result(
// CHECK: %[[R:.+]] = linalg.generic
// CHECK: } -> tensor<4xf32>
// CHECK: %[[C:.+]] = tensor.cast %[[R]] : tensor<4xf32> to tensor<*xf32>
// CHECK: return %[[C]] : tensor<*xf32>
func.func @unranked_result(%x: tensor<4xf32>) -> tensor<*xf32> {
  %r = onnx.Exp %x : (tensor<4xf32>) -> tensor<*xf32>
  return %r : tensor<*xf32>
}

// -----

// ERR: error: 'onnx.Add' cannot be lowered to linalg (its operand or result ranks are unknown)
func.func @reject_unranked_operand(%a: tensor<*xf32>, %b: tensor<3xf32>) -> tensor<*xf32> {
  %r = onnx.Add %a, %b : (tensor<*xf32>, tensor<3xf32>) -> tensor<*xf32>
  return %r : tensor<*xf32>
}

// -----

// ERR: error: 'onnx.Gelu' cannot be lowered to linalg with these operand types and attributes
func.func @reject_gelu_mode(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = onnx.Gelu %x {approximate = "erf"} : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

// ERR: error: 'onnx.Mean' cannot be lowered to linalg with these operand types and attributes
func.func @reject_integer_mean(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi32> {
  %r = onnx.Mean %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %r : tensor<4xi32>
}

// -----

// ERR: error: 'onnx.Clip' cannot be lowered to linalg with these operand types and attributes
func.func @reject_clip_bound_shape(%x: tensor<4xf32>, %lo: tensor<2xf32>) -> tensor<4xf32> {
  %none = onnx.NoValue
  %r = onnx.Clip %x, %lo, %none : (tensor<4xf32>, tensor<2xf32>, none) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

// ERR: error: 'onnx.Exp' cannot be lowered to linalg with these operand types and attributes
func.func @reject_integer_exp(%x: tensor<4xi32>) -> tensor<4xi32> {
  %r = onnx.Exp %x : (tensor<4xi32>) -> tensor<4xi32>
  return %r : tensor<4xi32>
}

// -----

// ERR: error: 'onnx.Mod' cannot be lowered to linalg with these operand types and attributes
func.func @reject_mod_mode(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi32> {
  %r = onnx.Mod %a, %b {fmod = 2 : i64} : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %r : tensor<4xi32>
}

// -----

// BitShift on unsigned integers: shifts by the width or more give 0.
// CHECK-LABEL: func.func @bitshift_left
// CHECK: linalg.generic
// CHECK: %[[S:.+]] = arith.shli %[[X:.+]], %[[N:.+]] : i8
// CHECK: %[[FAR:.+]] = arith.cmpi uge, %[[N]], %c8_i8 : i8
// CHECK: arith.select %[[FAR]], %{{.+}}, %[[S]] : i8
func.func @bitshift_left(%x: tensor<4xui8>, %n: tensor<4xui8>) -> tensor<4xui8> {
  %0 = onnx.BitShift %x, %n {direction = "LEFT"} : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}
