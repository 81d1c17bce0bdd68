"""Writes the models and inputs of runtime-axes.test into OUTDIR: Unsqueeze,
Squeeze and Reduce* whose axes are graph inputs (read at run time), and
Reshapes whose shape is; valid inputs come with numpy references, invalid ones
must fail the run."""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper


def save_model(path, node, inputs, outputs, opset):
    graph = helper.make_graph([node], "g", inputs, outputs)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    if opset <= 17:  # Debian's onnx checker knows opsets up to 17
        onnx.checker.check_model(model)
    onnx.save(model, path)


def main(out):
    f, i64 = TensorProto.FLOAT, TensorProto.INT64
    info = helper.make_tensor_value_info

    def save(name, array):
        np.save(os.path.join(out, name + ".npy"), array)

    def axes(name, values):
        save(name, np.array(values, dtype=np.int64))

    save_model(os.path.join(out, "unsqueeze.onnx"),
               helper.make_node("Unsqueeze", ["x", "axes"], ["y"], name="unsq"),
               [info("x", f, [3, 4]), info("axes", i64, ["K"])],
               [info("y", f, ["A", "B", "C", "D"])], 13)
    save_model(os.path.join(out, "squeeze.onnx"),
               helper.make_node("Squeeze", ["x", "axes"], ["y"], name="sq"),
               [info("x", f, ["N", 1, 4, 1]), info("axes", i64, [2])],
               [info("y", f, ["A", "B"])], 13)
    save_model(os.path.join(out, "reduce_sum.onnx"),
               helper.make_node("ReduceSum", ["x", "axes"], ["y"], name="rsum",
                                keepdims=0),
               [info("x", f, [2, 3, 4]), info("axes", i64, ["K"])],
               [info("y", f, ["A", "B"])], 13)
    save_model(os.path.join(out, "reduce_lse.onnx"),
               helper.make_node("ReduceLogSumExp", ["x", "axes"], ["y"],
                                name="rlse", keepdims=1),
               [info("x", f, [2, 3, 4]), info("axes", i64, ["K"])],
               [info("y", f, ["A", "B", "C"])], 18)
    save_model(os.path.join(out, "reduce_mean.onnx"),
               helper.make_node("ReduceMean", ["x", "axes"], ["y"],
                                name="rmean", keepdims=1),
               [info("x", f, [2, 3, 4]), info("axes", i64, ["K"])],
               [info("y", f, ["A", "B", "C"])], 18)
    save_model(os.path.join(out, "reduce_max_noop.onnx"),
               helper.make_node("ReduceMax", ["x", "axes"], ["y"],
                                name="rmax", keepdims=1, noop_with_empty_axes=1),
               [info("x", f, [2, 3, 4]), info("axes", i64, ["K"])],
               [info("y", f, ["A", "B", "C"])], 18)
    save_model(os.path.join(out, "reshape.onnx"),
               helper.make_node("Reshape", ["x", "shape"], ["y"], name="resh"),
               [info("x", f, [2, 6]), info("shape", i64, [3])],
               [info("y", f, [3, "B", "C"])], 14)

    x = np.arange(24, dtype=np.float32).reshape(2, 3, 4) / 7.0 - 1.5
    save("x234", x)
    m = np.arange(12, dtype=np.float32).reshape(3, 4)
    save("x34", m)
    axes("ax_0_m1", [0, -1])
    save("unsq_0_m1", m.reshape(1, 3, 4, 1))
    axes("ax_1_2", [1, 2])
    save("unsq_1_2", m.reshape(3, 1, 1, 4))
    axes("ax_0_0", [0, 0])
    axes("ax_4_0", [4, 0])
    sq = np.arange(8, dtype=np.float32).reshape(2, 1, 4, 1)
    save("sq_in", sq)
    axes("ax_3_1", [3, 1])
    save("sq_out", sq.reshape(2, 4))
    axes("ax_0_1", [0, 1])

    axes("ax_1", [1])
    save("sum_1", x.sum(axis=1))
    axes("ax_m1", [-1])
    save("sum_m1", x.sum(axis=2))
    axes("ax_0_2", [0, 2])
    lse = np.log(np.exp(x).sum(axis=(0, 2), keepdims=True))
    save("lse_0_2", lse.astype(np.float32))
    save("mean_0_2", x.mean(axis=(0, 2), keepdims=True))
    axes("ax_none", np.zeros(0, np.int64))
    save("mean_all", x.mean(keepdims=True).reshape(1, 1, 1))
    save("max_noop", x)

    save("x26", np.arange(12, dtype=np.float32).reshape(2, 6))
    axes("shape_3_2_2", [3, 2, 2])
    save("reshaped_3_2_2", np.arange(12, dtype=np.float32).reshape(3, 2, 2))
    axes("shape_3_m1_2", [3, -1, 2])
    axes("shape_3_2_3", [3, 2, 3])
    axes("shape_2_3_2", [2, 3, 2])
    print("inputs written")


if __name__ == "__main__":
    main(sys.argv[1])
