"""Writes the model and inputs of contrib-ops.test into OUTDIR: one graph of
the com.microsoft ops that ONNX Runtime's tools write (Gelu, FastGelu with a
bias, BiasGelu, FusedMatMul with transB and alpha, SkipLayerNormalization with
a bias and all its outputs, QuantizeLinear and DequantizeLinear), with numpy
references of ONNX Runtime's definitions; and models that use a com.microsoft
op onnxc does not support, or a domain the model does not import."""
import math
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper

MS = "com.microsoft"


def main(out):
    f, u8 = TensorProto.FLOAT, TensorProto.UINT8
    info = helper.make_tensor_value_info
    rng = np.random.default_rng(5)
    x = rng.standard_normal((2, 3, 8)).astype(np.float32)
    bias = rng.standard_normal(8).astype(np.float32)
    skip = rng.standard_normal((2, 3, 8)).astype(np.float32)
    gamma = rng.standard_normal(8).astype(np.float32)
    beta = rng.standard_normal(8).astype(np.float32)
    w = rng.standard_normal((5, 8)).astype(np.float32)

    nodes = [
        helper.make_node("Gelu", ["x"], ["gelu"], domain=MS),
        helper.make_node("FastGelu", ["x", "bias"], ["fast"], domain=MS),
        helper.make_node("BiasGelu", ["x", "bias"], ["biasgelu"], domain=MS),
        helper.make_node("FusedMatMul", ["x", "w"], ["fused"], domain=MS,
                         transB=1, alpha=0.5),
        helper.make_node("SkipLayerNormalization",
                         ["x", "skip", "gamma", "beta", "bias"],
                         ["sln", "mean", "inv_std", "sum"], domain=MS,
                         epsilon=1e-5),
        helper.make_node("QuantizeLinear", ["x", "scale", "zp"], ["q"], domain=MS),
        helper.make_node("DequantizeLinear", ["q", "scale", "zp"], ["dq"], domain=MS),
    ]
    inits = [helper.make_tensor("scale", f, [], [0.05]),
             helper.make_tensor("zp", u8, [], [128])]
    graph = helper.make_graph(
        nodes, "contrib",
        [info("x", f, [2, 3, 8]), info("bias", f, [8]), info("skip", f, [2, 3, 8]),
         info("gamma", f, [8]), info("beta", f, [8]), info("w", f, [5, 8])],
        [info("gelu", f, [2, 3, 8]), info("fast", f, [2, 3, 8]),
         info("biasgelu", f, [2, 3, 8]), info("fused", f, [2, 3, 5]),
         info("sln", f, [2, 3, 8]), info("mean", f, [2, 3, 1]),
         info("inv_std", f, [2, 3, 1]), info("sum", f, [2, 3, 8]),
         info("dq", f, [2, 3, 8])],
        inits)
    model = helper.make_model(graph, opset_imports=[
        helper.make_opsetid("", 17), helper.make_opsetid(MS, 1)])
    onnx.save(model, os.path.join(out, "contrib.onnx"))

    def save(name, array):
        np.save(os.path.join(out, name + ".npy"), array)

    erf = np.vectorize(math.erf)
    gelu = lambda v: 0.5 * v * (1 + erf(v / math.sqrt(2)))
    xb = x + bias
    s = x + skip + bias
    mean = s.mean(axis=-1, keepdims=True)
    var = ((s - mean) ** 2).mean(axis=-1, keepdims=True)
    inv = 1 / np.sqrt(var + 1e-5)
    q = np.clip(np.rint(x / np.float32(0.05)) + 128, 0, 255)
    for name, value in [("x", x), ("bias", bias), ("skip", skip),
                        ("gamma", gamma), ("beta", beta), ("w", w),
                        ("gelu", gelu(x)),
                        ("fast", 0.5 * xb * (1 + np.tanh(math.sqrt(2 / math.pi) *
                                                         (xb + 0.044715 * xb ** 3)))),
                        ("biasgelu", gelu(xb)), ("fused", 0.5 * (x @ w.T)),
                        ("sln", (s - mean) * inv * gamma + beta), ("mean", mean),
                        ("inv_std", inv), ("sum", s),
                        ("dq", (q - 128) * np.float32(0.05))]:
        save(name, np.asarray(value, np.float32))

    for name, node, imports in [
            ("unsupported", helper.make_node("Attention", ["x"], ["y"], domain=MS),
             [helper.make_opsetid("", 17), helper.make_opsetid(MS, 1)]),
            ("unimported", helper.make_node("Gelu", ["x"], ["y"], domain=MS),
             [helper.make_opsetid("", 17)])]:
        g = helper.make_graph([node], name, [info("x", f, [2])], [info("y", f, [2])])
        onnx.save(helper.make_model(g, opset_imports=imports),
                  os.path.join(out, name + ".onnx"))
    print("inputs written")


if __name__ == "__main__":
    main(sys.argv[1])
