"""Writes the models and inputs of control-flow.test into OUTDIR, with numpy
references: If nested in If whose branches capture outer values and yield
different shapes, a Loop that stops on a computed condition while a carried
value grows (Concat) and a scan output gathers rows, a Loop with a trip count
of 0, and a Scan over axis 1 in reverse with its output along axis 1
reversed too."""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper

F, I64, B = TensorProto.FLOAT, TensorProto.INT64, TensorProto.BOOL
info = helper.make_tensor_value_info


def const(name, array):
    return helper.make_node("Constant", [], [name],
                            value=helper.make_tensor(name, {np.dtype("float32"): F, np.dtype("int64"): I64, np.dtype("bool"): B}[array.dtype], array.shape, array.flatten().tolist()))


def save_model(path, nodes, inputs, outputs, opset=13):
    graph = helper.make_graph(nodes, "g", inputs, outputs)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    onnx.checker.check_model(model)
    onnx.save(model, path)


def main(out):
    def save(name, array):
        np.save(os.path.join(out, name + ".npy"), array)

    # if_nested: y = x > 0 ? (sum(x) > 10 ? x * 2 : x[:2]) : -x
    inner_then = helper.make_graph(
        [const("two", np.array(2, np.float32)), helper.make_node("Mul", ["x", "two"], ["t"])],
        "inner_then", [], [info("t", F, None)])
    inner_else = helper.make_graph(
        [const("s0", np.array([0], np.int64)), const("s2", np.array([2], np.int64)),
         helper.make_node("Slice", ["x", "s0", "s2"], ["e"])],
        "inner_else", [], [info("e", F, None)])
    outer_then = helper.make_graph(
        [helper.make_node("ReduceSum", ["x"], ["sum"], keepdims=0),
         const("ten", np.array(10, np.float32)),
         helper.make_node("Greater", ["sum", "ten"], ["big"]),
         helper.make_node("If", ["big"], ["r"], then_branch=inner_then, else_branch=inner_else)],
        "outer_then", [], [info("r", F, None)])
    outer_else = helper.make_graph(
        [helper.make_node("Neg", ["x"], ["n"])], "outer_else", [], [info("n", F, None)])
    save_model(os.path.join(out, "if_nested.onnx"),
               [helper.make_node("If", ["c"], ["y"], name="outer_if",
                                 then_branch=outer_then, else_branch=outer_else)],
               [info("c", B, []), info("x", F, [4])], [info("y", F, ["Y"])])
    x = np.array([1, 2, 3, 4.5], np.float32)
    save("x", x)
    save("x_small", np.array([1, 2, 3, 0.5], np.float32))
    save("yes", np.array(True))
    save("no", np.array(False))
    save("if_big", x * 2)
    save("if_small", np.array([1, 2], np.float32))
    save("if_neg", -x)

    # loop_grow: no trip count; runs while acc_sum < limit; each iteration
    # appends i to `acc` (grows) and emits [i, i*i] as a scan row.
    body = helper.make_graph(
        [helper.make_node("Unsqueeze", ["i", "zero_axis"], ["i1"]),
         const("zero_axis", np.array([0], np.int64)),
         helper.make_node("Cast", ["i1"], ["fi"], to=F),
         helper.make_node("Concat", ["acc_in", "fi"], ["acc_out"], axis=0),
         helper.make_node("ReduceSum", ["acc_out"], ["total"], keepdims=0),
         helper.make_node("Less", ["total", "limit"], ["go"]),
         helper.make_node("Mul", ["fi", "fi"], ["sq"]),
         helper.make_node("Concat", ["fi", "sq"], ["row"], axis=0)],
        "body",
        [info("i", I64, []), info("c_in", B, []), info("acc_in", F, None)],
        [info("go", B, []), info("acc_out", F, None), info("row", F, None)])
    # The Constant must come before its use in ONNX's topological order.
    body.node.insert(0, body.node.pop(1))
    save_model(os.path.join(out, "loop_grow.onnx"),
               [helper.make_node("Loop", ["", "c0", "acc0"], ["acc", "rows"],
                                 name="grow_loop", body=body)],
               [info("c0", B, []), info("acc0", F, [1]), info("limit", F, [])],
               [info("acc", F, ["A"]), info("rows", F, ["R", 2])])
    # The graph input `limit` is read inside the body (an outer value).
    limit = np.array(9.5, np.float32)
    save("limit", limit)
    acc = [0.5]
    rows = []
    i = 0
    while True:
        acc.append(float(i))
        rows.append([i, i * i])
        i += 1
        if not sum(acc) < limit:
            break
    save("acc0", np.array([0.5], np.float32))
    save("acc", np.array(acc, np.float32))
    save("rows", np.array(rows, np.float32))

    # loop_zero: M = 0 runs no iteration: the carried value is the initial
    # one and the scan output has no rows.
    body0 = helper.make_graph(
        [helper.make_node("Identity", ["c_in"], ["c_out"]),
         helper.make_node("Add", ["v_in", "v_in"], ["v_out"]),
         helper.make_node("Identity", ["v_in"], ["scan"])],
        "body0", [info("i", I64, []), info("c_in", B, []), info("v_in", F, [3])],
        [info("c_out", B, []), info("v_out", F, [3]), info("scan", F, [3])])
    save_model(os.path.join(out, "loop_trips.onnx"),
               [helper.make_node("Loop", ["m", "", "v0"], ["v", "s"], name="trips", body=body0)],
               [info("m", I64, []), info("v0", F, [3])],
               [info("v", F, [3]), info("s", F, ["S", 3])])
    v0 = np.array([1, 2, 3], np.float32)
    save("v0", v0)
    save("m0", np.array(0, np.int64))
    save("m3", np.array(3, np.int64))
    save("v_m0", v0)
    save("s_m0", np.zeros((0, 3), np.float32))
    save("v_m3", v0 * 8)
    save("s_m3", np.stack([v0, v0 * 2, v0 * 4]))

    # scan_axis1: state (running sum of columns of x, read right to left),
    # output (the running sums, written along axis 1 in reverse).
    sbody = helper.make_graph(
        [helper.make_node("Add", ["s_in", "col"], ["s_out"]),
         helper.make_node("Identity", ["s_out"], ["o"])],
        "sbody", [info("s_in", F, [2]), info("col", F, [2])],
        [info("s_out", F, [2]), info("o", F, [2])])
    save_model(os.path.join(out, "scan_axis1.onnx"),
               [helper.make_node("Scan", ["s0", "xs"], ["s", "os"], name="scan",
                                 body=sbody, num_scan_inputs=1,
                                 scan_input_axes=[1], scan_input_directions=[1],
                                 scan_output_axes=[1], scan_output_directions=[1])],
               [info("s0", F, [2]), info("xs", F, [2, "T"])],
               [info("s", F, [2]), info("os", F, [2, "T"])], opset=11)
    xs = np.arange(10, dtype=np.float32).reshape(2, 5)
    s0 = np.array([100, 200], np.float32)
    save("s0", s0)
    save("xs", xs)
    state, outs = s0.copy(), []
    for t in reversed(range(5)):
        state = state + xs[:, t]
        outs.append(state.copy())
    save("s_final", state)
    save("os", np.stack(outs[::-1], axis=1))
    print("inputs written")


if __name__ == "__main__":
    main(sys.argv[1])
