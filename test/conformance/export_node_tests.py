#!/usr/bin/env python3
"""Writes the node tests of the installed `onnx` package out as test folders.

PyPI's onnx wheel ships no node-test data, only the generators
(onnx.backend.test.case.node). This script runs them and writes every case
in the layout of Debian's libonnx-testdata
(/usr/include/onnx/backend/test/data/node), which run_sweep.py reads:

    OUTDIR/<test name>/model.onnx
    OUTDIR/<test name>/test_data_set_0/input_<i>.pb     TensorProto,
    OUTDIR/<test name>/test_data_set_0/output_<i>.pb    SequenceProto or
                                                        OptionalProto

Usage (with the project venv's python, see tools/venv.sh):

    build/venv/bin/python test/conformance/export_node_tests.py OUTDIR [--force]

OUTDIR/STAMP records the onnx version and a hash of this script; when they
match, nothing is done (a quick no-op), otherwise the folder is written anew
(into a sibling folder that then replaces OUTDIR, so a folder is complete or
absent). The generators draw random inputs from numpy's global generator: it
is seeded first, so two exports write the same data.
"""
import argparse
import hashlib
import os
import shutil
import sys
import tempfile
import warnings

import numpy as np
import onnx
from onnx import numpy_helper

STAMP = "STAMP"


def stamp_text():
    with open(__file__, "rb") as f:
        script = hashlib.sha256(f.read()).hexdigest()[:16]
    return f"onnx {onnx.__version__}\nexporter {script}\n"


def tensor_proto(value, name):
    if isinstance(value, onnx.TensorProto):
        t = onnx.TensorProto()
        t.CopyFrom(value)
        if name:
            t.name = name
        return t
    return numpy_helper.from_array(np.asarray(value), name)


def sequence_proto(values, name):
    """A list as a SequenceProto: tensors, or nested lists."""
    s = onnx.SequenceProto()
    if name:
        s.name = name
    if values and all(isinstance(v, list) for v in values):
        s.elem_type = onnx.SequenceProto.SEQUENCE
        s.sequence_values.extend(sequence_proto(v, "") for v in values)
    else:
        s.elem_type = onnx.SequenceProto.TENSOR
        s.tensor_values.extend(tensor_proto(v, "") for v in values)
    return s


def optional_proto(value, name):
    """An optional value; None is an empty one of undefined element type (as
    the backend data writes it)."""
    o = onnx.OptionalProto()
    if name:
        o.name = name
    if value is None:
        o.elem_type = onnx.OptionalProto.UNDEFINED
    elif isinstance(value, list):
        o.elem_type = onnx.OptionalProto.SEQUENCE
        o.sequence_value.CopyFrom(sequence_proto(value, ""))
    else:
        o.elem_type = onnx.OptionalProto.TENSOR
        o.tensor_value.CopyFrom(tensor_proto(value, ""))
    return o


def serialise(value, value_info):
    """`value` as the proto its graph input or output's type asks for."""
    name = value_info.name
    kind = value_info.type.WhichOneof("value")
    if kind == "sequence_type":
        return sequence_proto(list(value), name)
    if kind == "optional_type":
        return optional_proto(value, name)
    if kind == "map_type":
        return numpy_helper.from_dict(value, name)
    return tensor_proto(value, name)


def write_case(case, folder):
    os.makedirs(folder)
    with open(os.path.join(folder, "model.onnx"), "wb") as f:
        f.write(case.model.SerializeToString())
    graph = case.model.graph
    for n, (inputs, outputs) in enumerate(case.data_sets):
        data_set = os.path.join(folder, f"test_data_set_{n}")
        os.makedirs(data_set)
        for kind, values, infos in (("input", inputs, graph.input),
                                    ("output", outputs, graph.output)):
            for i, value in enumerate(values):
                proto = serialise(value, infos[i])
                with open(os.path.join(data_set, f"{kind}_{i}.pb"), "wb") as f:
                    f.write(proto.SerializeToString())


def export(outdir):
    from onnx.backend.test.case import node

    np.random.seed(0)
    # The generators overflow and divide by zero on purpose (inf, nan).
    warnings.simplefilter("ignore")
    np.seterr(all="ignore")
    cases = [c for c in node.collect_testcases() if c.kind == "node"]
    parent = os.path.dirname(os.path.abspath(outdir))
    os.makedirs(parent, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix=os.path.basename(outdir) + ".", dir=parent)
    try:
        for case in cases:
            write_case(case, os.path.join(tmp, case.name))
        with open(os.path.join(tmp, STAMP), "w") as f:
            f.write(stamp_text())
        if os.path.exists(outdir):
            shutil.rmtree(outdir)
        os.rename(tmp, outdir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return len(cases)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir")
    parser.add_argument("--force", action="store_true",
                        help="export even if the stamp matches")
    args = parser.parse_args()
    stamp = os.path.join(args.outdir, STAMP)
    if not args.force and os.path.exists(stamp):
        with open(stamp) as f:
            if f.read() == stamp_text():
                print(f"export_node_tests.py: {args.outdir} is up to date "
                      f"(onnx {onnx.__version__})")
                return 0
    if os.path.exists(args.outdir) and not os.path.exists(stamp) and \
            os.listdir(args.outdir):
        sys.exit(f"export_node_tests.py: {args.outdir} is not empty and has "
                 f"no {STAMP}: not overwriting it")
    count = export(args.outdir)
    print(f"export_node_tests.py: wrote {count} node tests of onnx "
          f"{onnx.__version__} to {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
