"""Writes resize-dynamic.test's models and data into OUTDIR: Resize with
constant scales [1, 1, 2, 3] on an input whose every dim is symbolic
(nearest, and linear with half_pixel), with numpy references at two sizes."""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper


def linear_half_pixel(x, axis, scale):
    """ONNX's linear resize along one axis (half_pixel, edge taps)."""
    n = x.shape[axis]
    out = int(np.floor(n * scale))
    o = np.arange(out, dtype=np.float64)
    c = (o + 0.5) / scale - 0.5
    lo = np.floor(c)
    w = c - lo
    i0 = np.clip(lo, 0, n - 1).astype(int)
    i1 = np.clip(lo + 1, 0, n - 1).astype(int)
    shape = [1] * x.ndim
    shape[axis] = out
    w = w.reshape(shape)
    return np.take(x, i0, axis) * (1 - w) + np.take(x, i1, axis) * w


def nearest_asymmetric(x, axis, scale):
    n = x.shape[axis]
    out = int(np.floor(n * scale))
    c = np.arange(out, dtype=np.float64) / scale
    lo = np.floor(c)
    idx = np.where(c - lo > 0.5, lo + 1, lo)  # round_prefer_floor
    return np.take(x, np.clip(idx, 0, n - 1).astype(int), axis)


def main(out):
    scales = helper.make_tensor("scales", TensorProto.FLOAT, [4], [1, 1, 2, 3])
    for mode, extra in [("nearest", {"coordinate_transformation_mode": "asymmetric"}),
                        ("linear", {})]:
        node = helper.make_node("Resize", ["x", "", "scales"], ["y"],
                                name=f"resize_{mode}", mode=mode, **extra)
        graph = helper.make_graph(
            [node], "g",
            [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", "C", "H", "W"])],
            [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", "C", None, None])],
            [scales])
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
        onnx.checker.check_model(model)
        onnx.save(model, os.path.join(out, f"{mode}.onnx"))
    rng = np.random.default_rng(3)
    for name, shape in [("small", (1, 2, 3, 4)), ("large", (2, 3, 7, 5))]:
        x = rng.standard_normal(shape).astype(np.float32)
        np.save(os.path.join(out, f"x_{name}.npy"), x)
        y = x.astype(np.float64)
        for axis, scale in [(2, 2.0), (3, 3.0)]:
            y = linear_half_pixel(y, axis, scale)
        np.save(os.path.join(out, f"linear_{name}.npy"), y.astype(np.float32))
        y = x
        for axis, scale in [(2, 2.0), (3, 3.0)]:
            y = nearest_asymmetric(y, axis, scale)
        np.save(os.path.join(out, f"nearest_{name}.npy"), y)
    print("written")


if __name__ == "__main__":
    main(sys.argv[1])
