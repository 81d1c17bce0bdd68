"""Writes the models and inputs of matmul-checks.test into OUTDIR: MatMuls
whose batch and contraction dims are only known at run time, with numpy
references for sizes that broadcast and inputs that must fail the run."""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper


def main(out):
    f = TensorProto.FLOAT
    info = helper.make_tensor_value_info
    for name, a_shape, b_shape in [("mm3", ["A", "B", "C"], ["D", "E", "F"]),
                                   ("mm4", ["A", "B", 3, 4], ["C", "D", 4, 5])]:
        graph = helper.make_graph(
            [helper.make_node("MatMul", ["a", "b"], ["y"], name=name)], "g",
            [info("a", f, a_shape), info("b", f, b_shape)],
            [info("y", f, ["Y%d" % i for i in range(len(a_shape))])])
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
        onnx.checker.check_model(model)
        onnx.save(model, os.path.join(out, name + ".onnx"))

    rng = np.random.default_rng(3)

    def save(name, array):
        np.save(os.path.join(out, name + ".npy"), array)

    def pair(name, a_shape, b_shape):
        a = rng.standard_normal(a_shape).astype(np.float32)
        b = rng.standard_normal(b_shape).astype(np.float32)
        save(name + "_a", a)
        save(name + "_b", b)
        try:
            save(name + "_y", np.matmul(a, b))
        except ValueError:
            pass

    pair("same", (2, 3, 4), (2, 4, 5))
    pair("a1", (1, 3, 4), (2, 4, 5))
    pair("b1", (2, 3, 4), (1, 4, 5))
    pair("bad_batch", (2, 3, 4), (3, 4, 5))
    pair("bad_k", (2, 3, 4), (2, 5, 5))
    pair("four", (2, 1, 3, 4), (1, 3, 4, 5))
    print("inputs written")


if __name__ == "__main__":
    main(sys.argv[1])
