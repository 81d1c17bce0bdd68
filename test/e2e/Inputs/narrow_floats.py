#!/usr/bin/python3
"""Compiles narrow_floats.onnxtxt for each CPU given, checks that the
library needs nothing but libc/libm/libpthread, and, where this CPU can run
it, compares every output bit for bit with references computed here.

The references round exactly: each value goes to the nearest of all 65,536
half or bfloat16 values (ties to the even one), found in a table, not by
the formulas the runtime uses. The one allowed difference between CPUs:
AVX512-BF16's conversion flushes float subnormals to zero.

Usage: narrow_floats.py ONNXC MODEL OUTDIR CPU [CPU...]
Prints "CPU: matched", "CPU: not run (...)" or "CPU: MISMATCH ..." lines.
"""
import os
import subprocess
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..",
                                "tools", "python"))
from onnxc_lib import BFLOAT16, OnnxcLibrary  # noqa: E402

ALLOWED_NEEDED = {"libc.so.6", "libm.so.6", "libpthread.so.0"}


def from_bits(kind, b):
    b = np.asarray(b, np.uint16)
    with np.errstate(invalid="ignore"):  # nan payloads
        if kind == "half":
            return b.view(np.float16).astype(np.float64)
        return (b.astype(np.uint32) << 16).view(np.float32).astype(np.float64)


def all_values(kind):
    """Every finite non-negative value of the format as float64, ascending
    (the bit patterns without sign order like the values), with its bits."""
    bits = np.arange(0x8000, dtype=np.uint32).astype(np.uint16)
    values = from_bits(kind, bits)
    finite = np.isfinite(values)
    return values[finite], bits[finite]


TABLES = {kind: all_values(kind) for kind in ("half", "bfloat16")}


def round_to(kind, x):
    """Nearest value of `kind` (ties to even bits) as uint16 bits."""
    values, bits = TABLES[kind]
    x = np.asarray(x, np.float64)
    out = np.zeros(x.shape, np.uint16)
    sign = 0x8000
    inf = 0x7C00 if kind == "half" else 0x7F80
    top, below_top = values[-1], values[-2]
    for k, v in np.ndenumerate(x):
        if np.isnan(v):
            out[k] = 0x7E00 if kind == "half" else 0x7FC0
            continue
        negative = np.signbit(v)
        a = abs(v)
        if a >= top + (top - below_top) / 2:
            r = inf
        elif a >= top:
            r = bits[-1]
        else:
            j = np.searchsorted(values, a)  # values[j-1] < a <= values[j]
            if values[j] == a:
                r = bits[j]
            else:
                lo, hi = j - 1, j
                dlo, dhi = a - values[lo], values[hi] - a
                pick = lo if dlo < dhi or (dlo == dhi and bits[lo] % 2 == 0) \
                    else hi
                r = bits[pick]
        out[k] = int(r) | (sign if negative else 0)
    return out


def inputs():
    rng = np.random.default_rng(7)
    specials = [0.0, -0.0, 1.0, -1.0, 1 / 3, 65504.0, 65519.0, 65520.0,
                1e5, -1e5, 6e-8, 3e-8, 2.98e-8, 1e-5, 3.4e38, 3.3961e38,
                1.0e-38, 9.2e-41, 1.0009765625, 1.00048828125,
                1.00390625, 1.005859375, 1.0 + 2 ** -9 + 2 ** -30, np.inf,
                -np.inf, np.nan]
    x = np.array(specials + list(rng.standard_normal(38) *
                                 10.0 ** rng.integers(-6, 6, 38)))
    n = len(x)
    d = x.copy()
    d[:8] = [1.0 + 2 ** -8 + 2 ** -40, 1.0 + 2 ** -8, 1.0 + 2 ** -11 + 2 ** -40,
             1e300, -1e-300, 2.0 ** -140, 2.0 ** -134, 2.0 ** -133 * 0.75]
    with np.errstate(over="ignore"):
        h = x.astype(np.float16)
    b = round_to("bfloat16", x.astype(np.float32))
    i = np.concatenate([np.array([0, 1, -1, 2049, 2051, 65519, 65520, 70000,
                                  -70000, 257, 259, 2 ** 40 + 1, -(2 ** 52)],
                                 np.int64),
                        rng.integers(-100000, 100000, n - 13)])
    return x.astype(np.float32), d, h, b, i


def references(x, d, h, b, i):
    hf = h.astype(np.float64)
    bf = from_bits("bfloat16", b)
    with np.errstate(over="ignore", invalid="ignore"):
        h_sum = h + h
        h_mod = np.fmod(h, h_sum)
        d_mod = np.fmod(d, bf)
    finite_h = np.isfinite(hf)
    h_i = np.where(finite_h, np.trunc(np.where(finite_h, hf, 0)), 0)
    return [("bfloat16", round_to("bfloat16", x.astype(np.float64))),
            ("bfloat16", round_to("bfloat16", d)),
            ("half", round_to("half", x.astype(np.float64))),
            ("half", round_to("half", d)),
            ("float", hf.astype(np.float32)),
            ("double", hf),
            ("float", bf.astype(np.float32)),
            ("double", bf),
            ("half", h_sum.view(np.uint16)),
            ("bfloat16", round_to("bfloat16", bf * bf)),
            ("half", round_to("half", i.astype(np.float64))),
            ("int64", h_i.astype(np.int64), finite_h),
            ("bfloat16", round_to("bfloat16", i.astype(np.float64))),
            ("half", h_mod.view(np.uint16)),
            ("double", d_mod)]


def same(kind, got, want, flush_ok):
    """Bit equality (any NaN matches a NaN); `flush_ok` marks elements that
    may be +-0 instead (a flushed subnormal)."""
    if kind in ("half", "bfloat16"):
        if got.dtype == np.float16:  # the binding returns half as float16
            got = got.view(np.uint16)
        g, w = from_bits(kind, got), from_bits(kind, want)
    else:
        g, w = np.asarray(got, np.float64), np.asarray(want, np.float64)
    ok = (g == w) & (np.signbit(g) == np.signbit(w)) | (np.isnan(g) &
                                                         np.isnan(w))
    if flush_ok is not None:
        ok |= flush_ok & (g == 0)
    return ok


def check_library(path):
    out = subprocess.run(["readelf", "-d", "-W", path], capture_output=True,
                         text=True, check=True).stdout
    needed = {line.split("[")[1].split("]")[0] for line in out.splitlines()
              if "(NEEDED)" in line}
    problems = [f"needs {n}" for n in sorted(needed - ALLOWED_NEEDED)]
    out = subprocess.run(["readelf", "--dyn-syms", "-W", path],
                         capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        fields = line.split()
        if len(fields) >= 8 and fields[6] == "UND" and fields[7] != "0":
            if "@GLIBC_" not in fields[7]:
                problems.append(f"undefined {fields[7]}")
    return problems


def main():
    onnxc, model, outdir = sys.argv[1:4]
    os.makedirs(outdir, exist_ok=True)
    x, d, h, b, i = inputs()
    refs = references(x, d, h, b, i)
    subnormal_f32 = (np.abs(x) < np.finfo(np.float32).tiny) & (x != 0)
    failed = False
    for cpu in sys.argv[4:]:
        lib = os.path.join(outdir, f"lib{cpu.replace('-', '_')}.so")
        proc = subprocess.run([onnxc, model, "-o", lib, f"--mcpu={cpu}",
                               "--prefix=narrow_floats"],
                              capture_output=True, text=True)
        if proc.returncode:
            print(f"{cpu}: COMPILE FAILED {proc.stderr.strip()}")
            failed = True
            continue
        problems = check_library(lib)
        if problems:
            print(f"{cpu}: LINK PROBLEM {', '.join(problems)}")
            failed = True
            continue
        try:
            library = OnnxcLibrary(lib, "narrow_floats")
        except RuntimeError as e:
            if "this CPU lacks" not in str(e):
                raise
            print(f"{cpu}: libc-only, not run ({str(e).split('; ')[1]})")
            continue
        got = library.run([x, d, h, b, i],
                          [1, 11, 10, BFLOAT16, 7])
        bad = []
        for k, ((value, _), ref) in enumerate(zip(got, refs)):
            kind, want = ref[0], ref[1]
            mask = ref[2] if len(ref) > 2 else np.ones(want.shape, bool)
            flush = subnormal_f32 if k == 0 else None
            ok = same(kind, value, want, flush) | ~mask
            if not ok.all():
                j = int(np.flatnonzero(~ok)[0])
                bad.append(f"output {k} [{j}]: got {value[j]}, want {want[j]}")
        if bad:
            print(f"{cpu}: MISMATCH {'; '.join(bad)}")
            failed = True
        else:
            print(f"{cpu}: libc-only, matched")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
