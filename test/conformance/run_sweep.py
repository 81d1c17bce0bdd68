#!/usr/bin/python3
"""Compiles ONNX backend node tests to shared libraries and runs them.

For each model: `onnxc model.onnx -o libm.so`; models that onnxc rejects
(exit 1 with a diagnostic naming the model) are counted as unsupported. Each
compiled library runs every test_data_set_* through the C ABI (ctypes) and
its outputs must match the reference outputs within rtol/atol. A crash, a
silent failure or a wrong number fails the sweep.

Usage: run_sweep.py ONNXC DATA_DIR/node [--mcpu CPU] [--filter REGEX] [--list]

--mcpu compiles for that CPU (default: onnxc's, the host unless
ONNXC_DEFAULT_MCPU says otherwise); the libraries must run on this machine.
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
import onnx
from onnx import numpy_helper

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..",
                                "tools", "python"))
from onnxc_lib import BFLOAT16, OnnxcLibrary  # noqa: E402

# Tests whose reference was computed in float64 while the graph computes in
# float32: cos at large arguments differs by up to ~7e-5 absolute.
TOLERANCES = {
    r"^test_(blackman|hamming|hann)window(_symmetric)?_expanded$": (1e-4, 2e-4),
}

# Test data that contradicts its own model; the library rightly rejects it.
INVALID_DATA = {
    name: "input 'like' has dims [1], the model declares [3, 4]"
    for name in ["test_castlike_FLOAT_to_BFLOAT16",
                 "test_castlike_FLOAT_to_BFLOAT16_expanded",
                 "test_castlike_BFLOAT16_to_FLOAT",
                 "test_castlike_BFLOAT16_to_FLOAT_expanded"]
}


def as_float(a, dtype):
    """Comparable float64 values; bfloat16 arrives as its uint16 bits."""
    if dtype == BFLOAT16:
        return (a.astype(np.uint32) << 16).view(np.float32).astype(np.float64)
    return a.astype(np.float64)


def run_library(path, prefix, inputs):
    lib = OnnxcLibrary(path, prefix)
    arrays, dtypes = [], []
    for i, (a, dtype) in enumerate(inputs):
        # Old test data stores bfloat16 as uint16 bits: the same bytes.
        if dtype == 4 and lib.input_dtype(i) == BFLOAT16:
            dtype = BFLOAT16
        arrays.append(a)
        dtypes.append(dtype)
    return lib.run(arrays, dtypes)


def load_pb(path):
    t = onnx.TensorProto()
    with open(path, "rb") as f:
        t.ParseFromString(f.read())
    return numpy_helper.to_array(t), t.data_type


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("onnxc")
    parser.add_argument("data")
    parser.add_argument("--mcpu", default="")
    parser.add_argument("--filter", default="")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--rtol", type=float, default=1e-4)
    parser.add_argument("--atol", type=float, default=1e-5)
    args = parser.parse_args()
    counts = {"passed": 0, "unsupported": 0}
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for model_dir in sorted(glob.glob(os.path.join(args.data, "*"))):
            name = os.path.basename(model_dir)
            if args.filter and not re.search(args.filter, name):
                continue
            if name in INVALID_DATA:
                print(f"skipped {name}: {INVALID_DATA[name]}")
                continue
            model = os.path.join(model_dir, "model.onnx")
            if not os.path.exists(model):
                continue
            lib = os.path.join(tmp, f"lib{name}.so")
            command = [args.onnxc, model, "-o", lib]
            if args.mcpu:
                command.append(f"--mcpu={args.mcpu}")
            proc = subprocess.run(command,
                                  capture_output=True, text=True, timeout=300)
            if proc.returncode == 1 and model in proc.stderr:
                counts["unsupported"] += 1
                if args.list:
                    print(f"unsupported {name}: {proc.stderr.strip()[:200]}")
                continue
            if proc.returncode != 0:
                failures.append(f"{name}: onnxc exit {proc.returncode}: "
                                f"{proc.stderr[-300:]}")
                continue
            prefix = re.sub(r"[^A-Za-z0-9]", "_", name)
            ok = True
            for data_set in sorted(glob.glob(os.path.join(model_dir,
                                                          "test_data_set_*"))):
                inputs = [load_pb(p) for p in sorted(
                    glob.glob(os.path.join(data_set, "input_*.pb")),
                    key=lambda p: int(re.findall(r"\d+", os.path.basename(p))[0]))]
                expected = [load_pb(p) for p in sorted(
                    glob.glob(os.path.join(data_set, "output_*.pb")),
                    key=lambda p: int(re.findall(r"\d+", os.path.basename(p))[0]))]
                try:
                    got = run_library(lib, prefix, inputs)
                except Exception as e:  # noqa: BLE001 - reported as failure
                    failures.append(f"{name}: {e}")
                    ok = False
                    break
                rtol, atol = args.rtol, args.atol
                for pattern, tolerance in TOLERANCES.items():
                    if re.search(pattern, name):
                        rtol, atol = tolerance
                for i, ((g, gtype), (e, etype)) in enumerate(zip(got, expected)):
                    if etype == 4 and gtype == BFLOAT16:
                        etype = BFLOAT16
                    g, e = as_float(g, gtype), as_float(e, etype)
                    # bfloat16 keeps 8 bits of mantissa.
                    r = max(rtol, 1e-2) if BFLOAT16 in (gtype, etype) else rtol
                    if g.shape != e.shape:
                        failures.append(f"{name}: output {i} shape {g.shape}, "
                                        f"expected {e.shape}")
                        ok = False
                    elif not np.allclose(g, e, rtol=r, atol=atol,
                                         equal_nan=True):
                        err = np.max(np.abs(g - e))
                        failures.append(f"{name}: output {i} max abs error "
                                        f"{err:.3g}")
                        ok = False
            if ok:
                counts["passed"] += 1
                if args.list:
                    print(f"passed {name}")
    target = args.mcpu or os.environ.get("ONNXC_DEFAULT_MCPU", "host")
    print(f"target {target}: compiled and matched: {counts['passed']}, unsupported (clear "
          f"diagnostic): {counts['unsupported']}, failures: {len(failures)}")
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
