// RUN: onnxc-opt %s -split-input-file --convert-onnx-to-linalg | FileCheck %s
// Numerics: the node tests test_lstm_*, test_gru_*, test_rnn_*, test_simple_rnn_*
// (test/conformance/run_sweep.py) and test/e2e/recurrent.test.

// LSTM, one direction: X * W^T for every step before the loop (one matmul,
// the biases added), then per step H * R^T and one generic for the gates that
// writes the carried states in place.
// CHECK-LABEL: func.func @lstm_forward
// CHECK: linalg.transpose
// CHECK: tensor.collapse_shape
// CHECK: linalg.matmul
// CHECK: linalg.generic
// CHECK: %[[LOOP:.+]]:3 = scf.for
// CHECK: linalg.matmul
// CHECK: linalg.generic
// CHECK: math.tanh
// CHECK: tensor.insert_slice
// CHECK: scf.yield
// CHECK: tensor.expand_shape %[[LOOP]]#1
func.func @lstm_forward(%x: tensor<5x2x3xf32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x32xf32>) -> (tensor<5x1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>) {
  %none = onnx.NoValue
  %y:3 = onnx.LSTM %x, %w, %r, %b, %none, %none, %none, %none {hidden_size = 4 : i64} : (tensor<5x2x3xf32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x32xf32>, none, none, none, none) -> (tensor<5x1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>)
  return %y#0, %y#1, %y#2 : tensor<5x1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>
}

// -----

// GRU in reverse with sequence_lens: each step gathers each batch entry's own
// row of X * W^T; Y is assembled after the loop (reversed per entry, zeros
// past each length).
// CHECK-LABEL: func.func @gru_reverse_lens
// CHECK: scf.for
// CHECK: tensor.extract %{{.+}}[%{{.+}}] : tensor<2xi32>
// CHECK: linalg.matmul
// CHECK: scf.yield
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel", "parallel", "parallel"]
func.func @gru_reverse_lens(%x: tensor<5x2x3xf32>, %w: tensor<1x12x3xf32>, %r: tensor<1x12x4xf32>, %lens: tensor<2xi32>) -> (tensor<5x1x2x4xf32>, tensor<1x2x4xf32>) {
  %none = onnx.NoValue
  %y:2 = onnx.GRU %x, %w, %r, %none, %lens, %none {direction = "reverse"} : (tensor<5x2x3xf32>, tensor<1x12x3xf32>, tensor<1x12x4xf32>, none, tensor<2xi32>, none) -> (tensor<5x1x2x4xf32>, tensor<1x2x4xf32>)
  return %y#0, %y#1 : tensor<5x1x2x4xf32>, tensor<1x2x4xf32>
}
