#!/usr/bin/python3
"""Compiles ONNX backend node tests to shared libraries and runs them.

For each model: `onnxc model.onnx -o libm.so`; models that onnxc rejects
(exit 1 with a diagnostic naming the model) are counted as unsupported. Each
compiled library runs every test_data_set_* through the C ABI (ctypes) and
its outputs must match the reference outputs within rtol/atol. A crash, a
silent failure or a wrong number fails the sweep.

Usage: run_sweep.py ONNXC DATA_DIR/node [--filter REGEX] [--list]
"""
import argparse
import ctypes
import glob
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
import onnx
from onnx import numpy_helper

MAX_RANK = 8
DTYPES = {1: np.float32, 2: np.uint8, 3: np.int8, 4: np.uint16, 5: np.int16,
          6: np.int32, 7: np.int64, 9: np.bool_, 10: np.float16,
          11: np.float64, 12: np.uint32, 13: np.uint64, 16: np.uint16}
BFLOAT16 = 16

# Tests whose reference was computed in float64 while the graph computes in
# float32: cos at large arguments differs by up to ~7e-5 absolute.
TOLERANCES = {
    r"^test_(blackman|hamming|hann)window(_symmetric)?_expanded$": (1e-4, 2e-4),
}


# Test data that contradicts its own model; the library rightly rejects it.
INVALID_DATA = {
    "test_castlike_FLOAT_to_BFLOAT16": "input 'like' has dims [1], the model "
                                       "declares [3, 4]",
    "test_castlike_FLOAT_to_BFLOAT16_expanded": "input 'like' has dims [1], "
                                                "the model declares [3, 4]",
    "test_castlike_BFLOAT16_to_FLOAT": "input 'like' has dims [1], the model "
                                       "declares [3, 4]",
    "test_castlike_BFLOAT16_to_FLOAT_expanded": "input 'like' has dims [1], "
                                                "the model declares [3, 4]",
}


class ModelInfo(ctypes.Structure):
    _fields_ = [("num_inputs", ctypes.c_int32), ("num_outputs", ctypes.c_int32),
                ("input_names", ctypes.c_void_p), ("output_names", ctypes.c_void_p),
                ("input_dtypes", ctypes.POINTER(ctypes.c_int32)),
                ("output_dtypes", ctypes.POINTER(ctypes.c_int32))]


def as_float(a, dtype):
    """Comparable float64 values; bfloat16 arrives as its uint16 bits."""
    if dtype == BFLOAT16:
        return (a.astype(np.uint32) << 16).view(np.float32).astype(np.float64)
    return a.astype(np.float64)


class Tensor(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("dtype", ctypes.c_int32),
                ("rank", ctypes.c_int32), ("shape", ctypes.c_int64 * MAX_RANK),
                ("owner", ctypes.c_void_p)]


def run_library(path, prefix, inputs):
    lib = ctypes.CDLL(path)
    session = ctypes.c_void_p()
    create = getattr(lib, prefix + "_session_create")
    if create(None, ctypes.byref(session)) != 0:
        raise RuntimeError("session_create failed")
    info_fn = getattr(lib, prefix + "_model_info")
    info_fn.restype = ctypes.POINTER(ModelInfo)
    info = info_fn().contents
    num_outputs = info.num_outputs
    keep = []
    array = (Tensor * max(1, len(inputs)))()
    for i, (a, dtype) in enumerate(inputs):
        a = np.array(a, order="C", copy=True)  # keeps rank 0 (unlike ascontiguousarray)
        keep.append(a)
        array[i].data = a.ctypes.data if a.size else ctypes.cast(
            ctypes.create_string_buffer(1), ctypes.c_void_p).value
        # Old test data stores bfloat16 as uint16 bits: same bytes.
        if dtype == 4 and info.input_dtypes[i] == BFLOAT16:
            dtype = BFLOAT16
        array[i].dtype = dtype
        array[i].rank = a.ndim
        for k, d in enumerate(a.shape):
            array[i].shape[k] = d
    outputs = (Tensor * max(1, num_outputs))()
    run = getattr(lib, prefix + "_run")
    status = run(session, array, len(inputs), outputs, num_outputs)
    if status != 0:
        last_error = getattr(lib, prefix + "_last_error")
        last_error.restype = ctypes.c_char_p
        raise RuntimeError(f"run failed: {last_error(session).decode()}")
    results = []
    for o in outputs[:num_outputs]:
        shape = tuple(o.shape[k] for k in range(o.rank))
        dtype = DTYPES[o.dtype]
        count = int(np.prod(shape)) if shape else 1
        buf = (ctypes.c_char * (count * np.dtype(dtype).itemsize)).from_address(
            o.data) if count else b""
        results.append((np.frombuffer(bytes(buf), dtype=dtype).reshape(shape),
                        o.dtype))
    getattr(lib, prefix + "_release_outputs")(outputs, num_outputs)
    getattr(lib, prefix + "_session_destroy")(session)
    return results


def load_pb(path):
    t = onnx.TensorProto()
    with open(path, "rb") as f:
        t.ParseFromString(f.read())
    return numpy_helper.to_array(t), t.data_type


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("onnxc")
    parser.add_argument("data")
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
            proc = subprocess.run([args.onnxc, model, "-o", lib],
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
    print(f"compiled and matched: {counts['passed']}, unsupported (clear "
          f"diagnostic): {counts['unsupported']}, failures: {len(failures)}")
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
