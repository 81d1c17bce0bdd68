#!/usr/bin/python3
"""Imports every model of ONNX's backend test data and checks the result.

Each model must either import (exit 0), with inferred output shapes that agree
with the reference outputs of its first test_data_set (rank, and every dim
onnxc claims to know), or be rejected (exit 1) with a diagnostic that names
the model file. Anything else (a crash, a signal, a silent failure, a wrong
shape) fails the sweep.

Usage: import_sweep.py ONNXC DATA_DIR [SUITE ...] [--list-rejected]
"""
import os
import re
import subprocess
import sys

import onnx
from onnx import numpy_helper

TENSOR_RE = re.compile(r"tensor<((?:[^<>]|<[^<>]*>)*)>")


def parse_tensor_type(body):
    """'1x?x3xf32' -> [1, None, 3]; '*xf32' -> None (unranked)."""
    if body.startswith("*x"):
        return None
    dims = []
    for part in body.split("x"):
        if part.isdigit():
            dims.append(int(part))
        elif part == "?":
            dims.append(None)
        else:
            break
    return dims


def result_shapes(ir):
    for line in ir.splitlines():
        if "func.func @main_graph" in line:
            results = line.split(") -> ", 1)[1] if ") -> " in line else ""
            return [parse_tensor_type(m) for m in TENSOR_RE.findall(results)]
    return None


def reference_shapes(model_dir):
    data = os.path.join(model_dir, "test_data_set_0")
    if not os.path.isdir(data):
        return None
    shapes = []
    i = 0
    while os.path.exists(os.path.join(data, f"output_{i}.pb")):
        t = onnx.TensorProto()
        with open(os.path.join(data, f"output_{i}.pb"), "rb") as f:
            t.ParseFromString(f.read())
        shapes.append(list(t.dims))
        i += 1
    return shapes


def agrees(ours, ref):
    if ours is None:
        return True
    return len(ours) == len(ref) and all(
        d is None or d == r for d, r in zip(ours, ref))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    list_rejected = "--list-rejected" in sys.argv
    onnxc, root = args[0], args[1]
    suites = args[2:] or ["node", "simple", "pytorch-converted",
                          "pytorch-operator"]
    counts = {"imported": 0, "rejected": 0}
    failures = []
    for suite in suites:
        for name in sorted(os.listdir(os.path.join(root, suite))):
            model_dir = os.path.join(root, suite, name)
            model = os.path.join(model_dir, "model.onnx")
            if not os.path.exists(model):
                continue
            proc = subprocess.run([onnxc, model, "--compile-to=onnx",
                                   "--mlir-elide-elementsattrs-if-larger=16"],
                                  capture_output=True, text=True, timeout=120)
            label = f"{suite}/{name}"
            if proc.returncode == 1:
                if model not in proc.stderr or "error:" not in proc.stderr:
                    failures.append(f"{label}: rejected without a diagnostic "
                                    f"naming the model: {proc.stderr[:200]}")
                    continue
                counts["rejected"] += 1
                if list_rejected:
                    print(f"rejected {label}: {proc.stderr.strip()[:300]}")
                continue
            if proc.returncode != 0:
                failures.append(f"{label}: exit {proc.returncode} "
                                f"{proc.stderr[-300:]}")
                continue
            counts["imported"] += 1
            ours = result_shapes(proc.stdout)
            ref = reference_shapes(model_dir)
            if ours is None or ref is None:
                continue
            if len(ours) != len(ref):
                failures.append(f"{label}: {len(ours)} outputs, reference has "
                                f"{len(ref)}")
                continue
            for i, (o, r) in enumerate(zip(ours, ref)):
                if not agrees(o, r):
                    failures.append(f"{label}: output {i} inferred {o}, "
                                    f"reference {r}")
    total = counts["imported"] + counts["rejected"] + len(failures)
    print(f"models: {total}, imported: {counts['imported']}, rejected with a "
          f"diagnostic: {counts['rejected']}, failures: {len(failures)}")
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
