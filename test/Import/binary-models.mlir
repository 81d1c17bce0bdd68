// Binary models: node names in diagnostics, initializers listed as inputs,
// typed-field initializers.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/make_models.py named-node %t/named
// RUN: not onnxc %t/named/model.onnx 2>&1 | FileCheck %s --check-prefix=NAMED
// RUN: %python %S/Inputs/make_models.py initializer-input %t/init
// RUN: onnxc %t/init/model.onnx --compile-to=import | FileCheck %s --check-prefix=INIT
// RUN: %python %S/Inputs/make_models.py typed-fields %t/typed
// RUN: onnxc %t/typed/model.onnx --compile-to=import | FileCheck %s --check-prefix=TYPED

// NAMED: named/model.onnx: error: node 'conv1' (Conv): input channels (3) must equal W's dim 1 (2) times group (1)

// An initializer that is also a graph input is a constant, not an argument.
// INIT: func.func @main_graph(%{{.+}}: tensor<4xf32> {onnx.name = "x"}) -> (tensor<4xf32> {onnx.name = "y"})
// INIT: onnx.Constant dense<2.000000e+00> : tensor<4xf32>

// TYPED: onnx.Constant dense<[5.000000e-01, 1.500000e+00, 2.500000e+00, 3.500000e+00]> : tensor<4xf32>
