// RUN: onnxc-opt %s --onnxc-approximate-math | FileCheck %s

// f32 exp, erf and tanh (scalar or vector) become arithmetic; f64 and other
// functions stay calls.
// CHECK-LABEL: func.func @approximated
// CHECK-NOT: math.exp
// CHECK-NOT: math.erf
// CHECK-NOT: math.tanh
// CHECK: return
func.func @approximated(%x: f32, %v: vector<16xf32>) -> (f32, vector<16xf32>, f32) {
  %0 = math.exp %x : f32
  %1 = math.erf %v : vector<16xf32>
  %2 = math.tanh %x : f32
  return %0, %1, %2 : f32, vector<16xf32>, f32
}

// CHECK-LABEL: func.func @kept
// CHECK: math.exp %{{.+}} : f64
// CHECK: math.log %{{.+}} : f32
func.func @kept(%x: f64, %y: f32) -> (f64, f32) {
  %0 = math.exp %x : f64
  %1 = math.log %y : f32
  return %0, %1 : f64, f32
}
