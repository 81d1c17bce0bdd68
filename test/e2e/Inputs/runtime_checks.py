"""Writes the models and inputs of runtime-checks.test into OUTDIR: a Gather
with dynamic indices, an Add of two independent dynamic dims, and an Add whose
dynamic dim meets a static one, a GatherElements with dynamic shapes; inputs that are valid (with numpy references)
and inputs that must fail the run."""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper


def save_model(path, node, inputs, outputs, opset):
    graph = helper.make_graph([node], "g", inputs, outputs)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    onnx.checker.check_model(model)
    onnx.save(model, path)


def main(out):
    f, i64 = TensorProto.FLOAT, TensorProto.INT64
    info = helper.make_tensor_value_info
    save_model(os.path.join(out, "gather.onnx"),
               helper.make_node("Gather", ["data", "idx"], ["out"], name="gather_1", axis=0),
               [info("data", f, [5, 3]), info("idx", i64, ["N"])], [info("out", f, ["N", 3])], 13)
    save_model(os.path.join(out, "gather_elements.onnx"),
               helper.make_node("GatherElements", ["data", "idx"], ["out"],
                                name="gather_el", axis=1),
               [info("data", f, ["N", "M"]), info("idx", i64, ["P", "Q"])],
               [info("out", f, ["P", "Q"])], 13)
    save_model(os.path.join(out, "scatter_elements.onnx"),
               helper.make_node("ScatterElements", ["data", "idx", "upd"], ["out"],
                                name="scatter_el", axis=0),
               [info("data", f, ["N", 3]), info("idx", i64, ["P", "Q"]),
                info("upd", f, ["P", "Q"])],
               [info("out", f, ["N", 3])], 13)
    save_model(os.path.join(out, "gather_nd.onnx"),
               helper.make_node("GatherND", ["data", "idx"], ["out"],
                                name="gather_nd"),
               [info("data", f, [5, 3]), info("idx", i64, ["P", 2])],
               [info("out", f, ["P"])], 13)
    save_model(os.path.join(out, "add.onnx"),
               helper.make_node("Add", ["a", "b"], ["out"], name="add_3"),
               [info("a", f, ["N", 2]), info("b", f, ["M", 2])], [info("out", f, [None, 2])], 14)
    save_model(os.path.join(out, "add_bias.onnx"),
               helper.make_node("Add", ["x", "bias"], ["out"], name="add_bias"),
               [info("x", f, ["N", "M"]), info("bias", f, [4])], [info("out", f, ["N", 4])], 14)

    def save(name, array):
        np.save(os.path.join(out, name + ".npy"), array)

    data = np.arange(15, dtype=np.float32).reshape(5, 3)
    good = np.array([4, 0, -5, -1, 2], dtype=np.int64)
    save("data", data)
    save("good_idx", good)
    save("gathered", data[good])
    save("too_large_idx", np.array([1, 7, 0], dtype=np.int64))
    save("too_small_idx", np.array([1, -6, 0, 9], dtype=np.int64))
    el_idx = np.array([[2, -1], [0, 1], [-3, 2]], dtype=np.int64)
    save("el_idx", el_idx)
    save("el_gathered", np.take_along_axis(data[:3], el_idx % 3, axis=1))
    save("el_bad_idx", np.array([[0, 3]], dtype=np.int64))
    save("el_tall_idx", np.zeros((6, 1), dtype=np.int64))
    sc_idx = np.array([[4, -5, 1]], dtype=np.int64)
    sc_upd = np.array([[10, 20, 30]], dtype=np.float32)
    scattered = data.copy()
    scattered[4, 0], scattered[0, 1], scattered[1, 2] = 10, 20, 30
    save("sc_idx", sc_idx)
    save("sc_upd", sc_upd)
    save("scattered", scattered)
    save("sc_bad_idx", np.array([[0, 5, 0]], dtype=np.int64))
    nd_idx = np.array([[4, 2], [-1, 0], [0, -3]], dtype=np.int64)
    save("nd_idx", nd_idx)
    save("nd_gathered", data[nd_idx[:, 0], nd_idx[:, 1]])
    save("nd_bad_idx", np.array([[1, 1], [0, 3]], dtype=np.int64))
    a = np.arange(8, dtype=np.float32).reshape(4, 2)
    save("a4", a)
    save("b4", a * 10)
    save("sum4", a + a * 10)
    save("b1", np.ones((1, 2), dtype=np.float32))
    save("sum4_b1", a + 1)
    save("b3", np.ones((3, 2), dtype=np.float32))
    bias = np.array([10, 20, 30, 40], dtype=np.float32)
    save("x4", a.reshape(2, 4))
    save("bias", bias)
    save("x4_plus_bias", a.reshape(2, 4) + bias)
    save("x1", np.ones((2, 1), dtype=np.float32))
    save("x1_plus_bias", np.ones((2, 1), dtype=np.float32) + bias)
    save("x3", np.ones((2, 3), dtype=np.float32))
    print("inputs written")


if __name__ == "__main__":
    main(sys.argv[1])
