// External data is read relative to the model's folder; escaping it, an
// absolute path, a missing file or a range past the end is an error naming
// the tensor.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/make_models.py external %t/ok
// RUN: onnxc %t/ok/model.onnx --compile-to=import | FileCheck %s
// RUN: %python %S/Inputs/make_models.py external-escape %t/escape
// RUN: not onnxc %t/escape/model.onnx 2>&1 | FileCheck %s --check-prefix=ESCAPE
// RUN: %python %S/Inputs/make_models.py external-absolute %t/absolute
// RUN: not onnxc %t/absolute/model.onnx 2>&1 | FileCheck %s --check-prefix=ABSOLUTE
// RUN: %python %S/Inputs/make_models.py external-missing %t/missing
// RUN: not onnxc %t/missing/model.onnx 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: %python %S/Inputs/make_models.py external-range %t/range
// RUN: not onnxc %t/range/model.onnx 2>&1 | FileCheck %s --check-prefix=RANGE

// Bytes 4..20 of weights.bin hold the floats 1, 2, 3, 4.
// CHECK: onnx.Constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf32>
// ESCAPE: escape/model.onnx: error: initializer external data of tensor 'w': location '../weights.bin' leaves the model's folder
// ABSOLUTE: error: initializer external data of tensor 'w': location '{{.*}}weights.bin' is absolute; it must be relative to the model's folder
// MISSING: error: initializer external data of tensor 'w': file '{{.*}}absent.bin' does not exist
// RANGE: error: initializer external data of tensor 'w': range [16, 32) is past the end of '{{.*}}weights.bin' (24 bytes)
