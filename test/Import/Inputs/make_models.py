#!/usr/bin/python3
"""Writes binary ONNX models that the text syntax cannot express.

Usage: make_models.py KIND OUTDIR; writes OUTDIR/model.onnx (and data files).
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def external_tensor(name, location, dims=(4,), offset=None, length=None):
    t = TensorProto()
    t.name = name
    t.data_type = TensorProto.FLOAT
    t.dims.extend(dims)
    t.data_location = TensorProto.EXTERNAL
    entries = [("location", location)]
    if offset is not None:
        entries.append(("offset", str(offset)))
    if length is not None:
        entries.append(("length", str(length)))
    for key, value in entries:
        e = t.external_data.add()
        e.key, e.value = key, value
    return t


def add_model(initializer, opset=14):
    graph = helper.make_graph(
        [helper.make_node("Add", ["x", initializer.name], ["y"], name="add")],
        "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [4])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [4])],
        initializer=[initializer])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])


def main():
    kind, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    path = os.path.join(out, "model.onnx")
    if kind.startswith("external"):
        values = np.arange(6, dtype=np.float32)  # 24 bytes; the tensor reads 4..20
        with open(os.path.join(out, "weights.bin"), "wb") as f:
            f.write(values.tobytes())
        location = {"external": "weights.bin",
                    "external-escape": "../weights.bin",
                    "external-absolute": os.path.abspath(
                        os.path.join(out, "weights.bin")),
                    "external-missing": "absent.bin",
                    "external-range": "weights.bin"}[kind]
        offset, length = (4, 16) if kind != "external-range" else (16, 16)
        model = add_model(external_tensor("w", location, offset=offset,
                                          length=length))
    elif kind == "named-node":
        graph = helper.make_graph(
            [helper.make_node("Conv", ["x", "w"], ["y"], name="conv1")], "g",
            [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 8, 8]),
             helper.make_tensor_value_info("w", TensorProto.FLOAT, [4, 2, 3, 3])],
            [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)])
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)])
    elif kind == "initializer-input":
        # IR version 3: initializers are also listed as graph inputs.
        w = numpy_helper.from_array(np.full(4, 2.0, np.float32), "w")
        model = add_model(w, opset=8)
        model.graph.input.append(
            helper.make_tensor_value_info("w", TensorProto.FLOAT, [4]))
        model.ir_version = 3
    elif kind == "typed-fields":
        # Initializers stored in typed fields rather than raw_data.
        w = helper.make_tensor("w", TensorProto.FLOAT, [4], [0.5, 1.5, 2.5, 3.5])
        model = add_model(w)
    else:
        sys.exit(f"unknown kind {kind}")
    onnx.save(model, path)


if __name__ == "__main__":
    main()
