"""Writes the models and inputs of selection.test into OUTDIR: TopK (ties, a
k read at run time, a constant k), NonZero, Compress, Unique and Einsum, with
numpy references; output dims are symbolic, so the sizes that depend on the
data are counted at run time."""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper


def save_model(path, nodes, inputs, outputs, opset):
    graph = helper.make_graph(nodes, "g", inputs, outputs)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    onnx.checker.check_model(model)
    onnx.save(model, path)


def topk_reference(x, k, axis, largest):
    """Indices of the k largest (smallest) along axis; ties: lower index first."""
    order = np.argsort(-x if largest else x, axis=axis, kind="stable")
    indices = np.take(order, np.arange(k), axis=axis)
    return np.take_along_axis(x, indices, axis=axis), indices.astype(np.int64)


def unique_first_order(x, axis=None):
    """np.unique's four outputs in the order of first occurrence (sorted=0)."""
    y, idx, inv, cnt = np.unique(x, axis=axis, return_index=True,
                                 return_inverse=True, return_counts=True)
    order = np.argsort(idx)
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    y = np.take(y, order, axis=0 if axis is None else axis)
    return y, idx[order], rank[inv.reshape(-1)], cnt[order]


def main(out):
    f, i32, i64, b = (TensorProto.FLOAT, TensorProto.INT32, TensorProto.INT64,
                      TensorProto.BOOL)
    info = helper.make_tensor_value_info

    def save(name, array):
        np.save(os.path.join(out, name + ".npy"), array)

    def model(name, nodes, inputs, outputs, opset=13):
        save_model(os.path.join(out, name + ".onnx"), nodes, inputs, outputs,
                   opset)

    # TopK, k a graph input read at run time; largest along the last axis.
    model("topk", [helper.make_node("TopK", ["x", "k"], ["v", "i"],
                                    name="topk", axis=-1)],
          [info("x", f, [3, 5]), info("k", i64, [1])],
          [info("v", f, ["A", "B"]), info("i", i64, ["A", "B"])], 11)
    x = np.array([[1, 3, 3, 2, 3], [0, -1, 0, -1, 0], [5, 4, 3, 2, 1]],
                 dtype=np.float32)
    save("x35", x)
    for k in (3, 0, 5):
        save("k%d" % k, np.array([k], dtype=np.int64))
        v, i = topk_reference(x, k, 1, True)
        save("topk_v%d" % k, v)
        save("topk_i%d" % k, i)
    save("k6", np.array([6], dtype=np.int64))
    save("km1", np.array([-1], dtype=np.int64))
    # TopK smallest of int32 along axis 0, k a constant (static output).
    model("topk_small", [
        helper.make_node("Constant", [], ["k"], name="kc",
                         value=helper.make_tensor("k", i64, [1], [2])),
        helper.make_node("TopK", ["x", "k"], ["v", "i"], name="topk_small",
                         axis=0, largest=0)],
        [info("x", i32, ["N", 3])],
        [info("v", i32, [2, 3]), info("i", i64, [2, 3])], 11)
    xi = np.array([[4, 1, 7], [2, 1, 7], [2, 0, 7], [9, 1, 6]], dtype=np.int32)
    save("xi43", xi)
    v, i = topk_reference(xi, 2, 0, False)
    save("topk_small_v", v)
    save("topk_small_i", i)

    # NonZero, including an all-zero input (an empty output).
    model("nonzero", [helper.make_node("NonZero", ["x"], ["y"], name="nz")],
          [info("x", f, ["N", 3])], [info("y", i64, [2, "M"])])
    nz = np.array([[0, 1.5, 0], [-2, 0, 0], [0, 0, 3]], dtype=np.float32)
    save("nz_in", nz)
    save("nz_out", np.array(np.nonzero(nz), dtype=np.int64))
    save("zeros23", np.zeros((2, 3), dtype=np.float32))
    save("nz_empty", np.zeros((2, 0), dtype=np.int64))

    # Compress along axis 1 with a condition shorter than the axis.
    model("compress", [helper.make_node("Compress", ["x", "c"], ["y"],
                                        name="compress", axis=1)],
          [info("x", f, ["N", 4]), info("c", b, ["C"])],
          [info("y", f, ["N", "M"])], 11)
    cx = np.arange(12, dtype=np.float32).reshape(3, 4)
    save("cx", cx)
    cond = np.array([False, True], dtype=bool)
    save("cond2", cond)
    save("compressed", np.compress(cond, cx, axis=1))
    # Compress without an axis: elements of the flattened input.
    model("compress_flat", [helper.make_node("Compress", ["x", "c"], ["y"],
                                             name="compress_flat")],
          [info("x", f, ["N", 4]), info("c", b, ["C"])],
          [info("y", f, ["M"])], 11)
    cond7 = np.array([1, 0, 0, 1, 1, 0, 1], dtype=bool)
    save("cond7", cond7)
    save("compressed_flat", np.compress(cond7, cx))

    # Unique: sorted floats without axis; int64 rows, not sorted, axis 0.
    outs = [info("y", f, ["U"]), info("idx", i64, ["U"]),
            info("inv", i64, ["N"]), info("cnt", i64, ["U"])]
    model("unique_f", [helper.make_node("Unique", ["x"],
                                        ["y", "idx", "inv", "cnt"],
                                        name="unique_f", sorted=1)],
          [info("x", f, ["N"])], outs, 11)
    uf = np.array([2.5, -1, 2.5, 0, -1, 7, 0, 2.5], dtype=np.float32)
    save("uf", uf)
    y, idx, inv, cnt = np.unique(uf, return_index=True, return_inverse=True,
                                 return_counts=True)
    for name, a in zip(("uf_y", "uf_idx", "uf_inv", "uf_cnt"),
                       (y, idx, inv, cnt)):
        save(name, a)
    model("unique_rows", [helper.make_node("Unique", ["x"],
                                           ["y", "idx", "inv", "cnt"],
                                           name="unique_rows", axis=0,
                                           sorted=0)],
          [info("x", i64, ["N", 2])],
          [info("y", i64, ["U", 2]), info("idx", i64, ["U"]),
           info("inv", i64, ["N"]), info("cnt", i64, ["U"])], 11)
    ur = np.array([[3, 1], [0, 2], [3, 1], [3, 0], [0, 2]], dtype=np.int64)
    save("ur", ur)
    for name, a in zip(("ur_y", "ur_idx", "ur_inv", "ur_cnt"),
                       unique_first_order(ur, axis=0)):
        save(name, a)

    # Einsum: broadcast ellipses (a static 1 against 5) in a batched matmul,
    # and a diagonal (a label repeated in one operand) with a summed label.
    model("einsum_ellipsis", [helper.make_node(
        "Einsum", ["a", "b"], ["c"], name="einsum_ellipsis",
        equation="...ij,...jk->...ik")],
        [info("a", f, [2, 1, 3, 4]), info("b", f, [5, 4, 2])],
        [info("c", f, [2, 5, 3, 2])], 12)
    rng = np.random.default_rng(0)
    ea = rng.standard_normal((2, 1, 3, 4)).astype(np.float32)
    eb = rng.standard_normal((5, 4, 2)).astype(np.float32)
    save("ea", ea)
    save("eb", eb)
    save("ec", np.einsum("...ij,...jk->...ik", ea, eb))
    model("einsum_diag", [helper.make_node(
        "Einsum", ["a", "b"], ["c"], name="einsum_diag",
        equation="bii,bi->b")],
        [info("a", f, ["B", 3, 3]), info("b", f, ["B", 3])],
        [info("c", f, ["B"])], 12)
    da = rng.standard_normal((4, 3, 3)).astype(np.float32)
    db = rng.standard_normal((4, 3)).astype(np.float32)
    save("da", da)
    save("db", db)
    save("dc", np.einsum("bii,bi->b", da, db))
    save("db5", rng.standard_normal((5, 3)).astype(np.float32))
    print("inputs written")


if __name__ == "__main__":
    main(sys.argv[1])
