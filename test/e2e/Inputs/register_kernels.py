"""Matrix products and convolutions whose sizes leave partial register
blocks (rows, columns, or both), with a symbolic batch run at two sizes.
Each model is compiled by onnxc, run by onnxc-run and compared with numpy
(float64) at rtol 1e-4, atol 1e-5.

usage: register_kernels.py WORKDIR [ONNXC_FLAG...]
(flags such as --mcpu=x86-64 go to every onnxc run)
"""
import math
import os
import re
import subprocess
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

WORK = sys.argv[1]
FLAGS = sys.argv[2:]
RNG = np.random.default_rng(7)


def conv_ref(x, w, b, stride, pad):
    n, c, h, wd = x.shape
    f, _, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    oh = (h + 2 * pad - kh) // stride + 1
    ow = (wd + 2 * pad - kw) // stride + 1
    y = np.zeros((n, f, oh, ow))
    for i in range(kh):
        for j in range(kw):
            patch = xp[:, :, i:i + stride * oh:stride, j:j + stride * ow:stride]
            y += np.einsum("nchw,fc->nfhw", patch, w[:, :, i, j])
    return y + b.reshape(1, f, 1, 1)


def model(name, nodes, inputs, outputs, inits):
    graph = helper.make_graph(nodes, name, inputs, outputs, inits)
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    onnx.checker.check_model(m)
    path = os.path.join(WORK, name + ".onnx")
    onnx.save(m, path)
    return path


def rand(*shape):
    return RNG.standard_normal(shape).astype(np.float32)


def run_case(name, path, feeds, expected):
    lib = os.path.join(WORK, "lib" + name + ".so")
    subprocess.run(["onnxc", path, "-o", lib] + FLAGS, check=True)
    args = ["onnxc-run", lib, "-i"]
    for i, x in enumerate(feeds):
        p = os.path.join(WORK, f"{name}_in{i}.npy")
        np.save(p, x)
        args.append(p)
    ref = os.path.join(WORK, f"{name}_ref.npy")
    np.save(ref, expected.astype(np.float32))
    args += ["--compare", ref]
    out = subprocess.run(args, capture_output=True, text=True)
    ok = out.returncode == 0 and re.search(r"\b0 of \d+ outside", out.stdout)
    print(f"{name} {expected.shape}: {'ok' if ok else 'FAILED'}")
    if not ok:
        print(out.stdout, out.stderr)


def fvi(name, shape):
    return helper.make_tensor_value_info(name, TensorProto.FLOAT, shape)


# MatMul, batch dim symbolic: 37 rows x 45 cols over 53 (no block divides).
w = rand(53, 45)
path = model("matmul", [helper.make_node("MatMul", ["x", "w"], ["y"])],
             [fvi("x", ["N", 37, 53])], [fvi("y", ["N", 37, 45])],
             [numpy_helper.from_array(w, "w")])
for n in (1, 3):
    x = rand(n, 37, 53)
    run_case(f"matmul_n{n}", path, [x], x.astype(np.float64) @ w)

# Rows only known at run time: [M, 70] x [70, 100].
w = rand(70, 100)
path = model("matmul_dyn", [helper.make_node("MatMul", ["x", "w"], ["y"])],
             [fvi("x", ["M", 70])], [fvi("y", ["M", 100])],
             [numpy_helper.from_array(w, "w")])
for m in (5, 21):
    x = rand(m, 70)
    run_case(f"matmul_m{m}", path, [x], x.astype(np.float64) @ w)

# An epilogue with a libm function (GELU's erf) computed on the kernel's
# accumulators: y = 0.5 * h * (1 + erf(h / sqrt(2))), h = x @ w + b.
w, b = rand(24, 40), rand(40)
half = numpy_helper.from_array(np.array(0.5, np.float32), "half")
one = numpy_helper.from_array(np.array(1.0, np.float32), "one")
root2 = numpy_helper.from_array(np.array(np.sqrt(2.0), np.float32), "root2")
nodes = [helper.make_node("MatMul", ["x", "w"], ["m"]),
         helper.make_node("Add", ["m", "b"], ["h"]),
         helper.make_node("Div", ["h", "root2"], ["s"]),
         helper.make_node("Erf", ["s"], ["e"]),
         helper.make_node("Add", ["e", "one"], ["e1"]),
         helper.make_node("Mul", ["h", "e1"], ["g"]),
         helper.make_node("Mul", ["g", "half"], ["y"])]
path = model("gelu", nodes, [fvi("x", ["M", 24])], [fvi("y", ["M", 40])],
             [numpy_helper.from_array(w, "w"), numpy_helper.from_array(b, "b"),
              half, one, root2])
x = rand(19, 24)
h = x.astype(np.float64) @ w + b
erf = np.vectorize(math.erf)
run_case("gelu", path, [x], 0.5 * h * (1 + erf(h / np.sqrt(2.0))))

# Gemm with bias and transposed B.
w, b = rand(30, 64), rand(30)
path = model("gemm", [helper.make_node("Gemm", ["x", "w", "b"], ["y"], transB=1)],
             [fvi("x", [9, 64])], [fvi("y", [9, 30])],
             [numpy_helper.from_array(w, "w"), numpy_helper.from_array(b, "b")])
x = rand(9, 64)
run_case("gemm", path, [x], x.astype(np.float64) @ w.T + b)

# Convolutions: 1x1 (a view), 3x3 stride 1 and 2 with padding (im2col).
for kernel, stride, pad in ((1, 1, 0), (3, 1, 1), (3, 2, 1)):
    w, b = rand(20, 11, kernel, kernel), rand(20)
    name = f"conv{kernel}x{kernel}s{stride}"
    node = helper.make_node("Conv", ["x", "w", "b"], ["y"],
                            kernel_shape=[kernel, kernel], strides=[stride] * 2,
                            pads=[pad] * 4)
    oh = (13 + 2 * pad - kernel) // stride + 1
    path = model(name, [node], [fvi("x", [2, 11, 13, 13])],
                 [fvi("y", [2, 20, oh, oh])],
                 [numpy_helper.from_array(w, "w"), numpy_helper.from_array(b, "b")])
    x = rand(2, 11, 13, 13)
    run_case(name, path, [x], conv_ref(x.astype(np.float64), w, b, stride, pad))

# Depthwise convolutions (group = channels) with bias and Clip(0, 6) as the
# epilogue: strides 1 and 2, widths below, at and above the column block.
def depthwise_ref(x, w, b, stride, pad):
    n, c, h, wd = x.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    oh = (h + 2 * pad - 3) // stride + 1
    ow = (wd + 2 * pad - 3) // stride + 1
    y = np.zeros((n, c, oh, ow))
    for i in range(3):
        for j in range(3):
            patch = xp[:, :, i:i + stride * oh:stride, j:j + stride * ow:stride]
            y += patch * w[:, 0, i, j].reshape(1, c, 1, 1)
    return np.clip(y + b.reshape(1, c, 1, 1), 0.0, 6.0)


lo = numpy_helper.from_array(np.array(0.0, np.float32), "lo")
hi = numpy_helper.from_array(np.array(6.0, np.float32), "hi")
for width, stride in ((13, 1), (13, 2), (70, 1), (70, 2)):
    c = 6
    w, b = rand(c, 1, 3, 3), rand(c)
    oh = (width + 2 - 3) // stride + 1
    name = f"depthwise_w{width}s{stride}"
    nodes = [helper.make_node("Conv", ["x", "w", "b"], ["t"], group=c,
                              kernel_shape=[3, 3], strides=[stride] * 2,
                              pads=[1] * 4),
             helper.make_node("Clip", ["t", "lo", "hi"], ["y"])]
    path = model(name, nodes, [fvi("x", [1, c, 9, width])],
                 [fvi("y", [1, c, (9 + 2 - 3) // stride + 1, oh])],
                 [numpy_helper.from_array(w, "w"), numpy_helper.from_array(b, "b"),
                  lo, hi])
    x = 3 * rand(1, c, 9, width)
    run_case(name, path, [x], depthwise_ref(x.astype(np.float64), w, b, stride, 1))
