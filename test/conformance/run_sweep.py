#!/usr/bin/python3
"""Compiles ONNX backend node tests to shared libraries and runs them.

For each model: `onnxc model.onnx -o libm.so`, then every test_data_set_*
runs through the C ABI (ctypes): the number of outputs, their dtypes, shapes
and values (within rtol/atol) must match the reference outputs.

Every test ends in one of these outcomes:
  passed            compiled and matched
  expected reject   onnxc rejected it with the diagnostic the expectations
                    file lists for it (the reason stands beside the name)
  known failure     compiled, and failed to run or mismatched as a
                    `known-run-fail` / `known-mismatch` line of the
                    expectations file says, with its reason (HEADER_KNOWN)
  unexpected reject rejected, but not listed, or with another diagnostic (a
                    pass or translation failure, a link error, ...)
  unexpected pass   listed as rejected, but it compiled: take it off the list
  run fail          the library failed to run it
  mismatch          wrong number, dtype, shape or value of an output
  crash             onnxc died on a signal, timed out, or exited with a code
                    other than 0 and 1
Only the first three are accepted, and the pass count must reach the floor
the expectations file records. The list can only shrink: a test that starts
to compile (or, listed as a known failure, to pass) fails the sweep until it
is taken off.

DATA_DIR is Debian's libonnx-testdata (/usr/include/onnx/backend/test/data/
node, read with /usr/bin/python3 and Debian's onnx 1.12) or a folder that
export_node_tests.py wrote from PyPI's onnx (it holds a STAMP file; read it
with the project venv's python, whose onnx knows the newer dtypes). The
fixes for Debian's data below (INVALID_DATA) apply to Debian's data only;
the TOLERANCES of tests whose references were written as rounded literals
apply to both (the generators are the same).

Usage: run_sweep.py ONNXC DATA_DIR/node [--expected FILE] [--mcpu CPU]
           [--symbolic] [--filter REGEX] [--list] [--write-expected FILE]
           [--jobs N]

--mcpu compiles for that CPU (default: onnxc's, the host unless
ONNXC_DEFAULT_MCPU says otherwise); the libraries must run on this machine.
--symbolic makes every dim of the graph's inputs and outputs a named
symbolic dim first, so the compiler sees no static shape at the boundary
(use it with its own expectations file).
--write-expected writes the rejections of this run as a new expectations
file (with the pass count as its floor): for review, not to hide failures.
It keeps the known failures of --expected that still fail the way they are
listed, and adds no new ones: a new mismatch or run failure stays a failure
until someone lists it with its reason.
"""
import argparse
import concurrent.futures
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

DEFAULT_EXPECTED = os.path.join(os.path.dirname(__file__),
                                "node_expected_rejections.txt")

# Tests whose reference was computed in float64 while the graph computes in
# float32: cos at large arguments differs by up to ~7e-5 absolute.
TOLERANCES = {
    r"^test_(blackman|hamming|hann)window(_symmetric)?(_expanded)?$": (1e-4, 2e-4),
    # Expected outputs written in the test generator as literals of 4
    # decimals (0.9727 for 0.972784).
    r"^test_(roialign_aligned_(false|true)|gridsample_bicubic)$": (1e-4, 1e-4),
}

# Test data that contradicts its own model (the library rightly rejects it,
# or rightly computes other outputs).
INVALID_DATA = {
    name: "input 'like' has dims [1], the model declares [3, 4]"
    for name in ["test_castlike_FLOAT_to_BFLOAT16",
                 "test_castlike_FLOAT_to_BFLOAT16_expanded",
                 "test_castlike_BFLOAT16_to_FLOAT",
                 "test_castlike_BFLOAT16_to_FLOAT_expanded"]
}
# ONNX's generator computed the outputs with epsilon 1e-2 but did not set it
# on the node, whose default is 1e-6.
INVALID_DATA["test_adam_multiple"] = (
    "the reference outputs use epsilon 1e-2, the node the default 1e-6")

OUTCOMES = ["passed", "expected reject", "known failure",
            "unexpected reject", "unexpected pass", "run fail", "mismatch",
            "crash"]
# The outcomes that fail the sweep.
FAILURES = OUTCOMES[3:]
# Known-failure lines of the expectations file, and the outcome each names.
KNOWN = {"known-mismatch": "mismatch", "known-run-fail": "run fail"}
STAMP = "STAMP"  # what export_node_tests.py leaves in the folders it writes


def exported_by(data):
    """The first line of export_node_tests.py's stamp ('onnx 1.23.2') when
    `data` is a folder it wrote, else None (Debian's data)."""
    try:
        with open(os.path.join(data, STAMP)) as f:
            return f.readline().strip()
    except OSError:
        return None


def as_float(a, dtype):
    """Comparable float64 values; bfloat16 arrives as its uint16 bits."""
    if dtype == BFLOAT16:
        return (a.astype(np.uint32) << 16).view(np.float32).astype(np.float64)
    return a.astype(np.float64)


def load_pb(path):
    t = onnx.TensorProto()
    with open(path, "rb") as f:
        t.ParseFromString(f.read())
    a = numpy_helper.to_array(t)
    if t.data_type == BFLOAT16:
        # As its uint16 bits, whatever onnx's numpy_helper makes of it (1.12:
        # float32 values, exact in their upper halves; newer: ml_dtypes).
        if a.dtype.itemsize == 4:
            a = (a.astype(np.float32).view(np.uint32) >> 16).astype(np.uint16)
        else:
            a = a.view(np.uint16)
    return a, t.data_type


def numbered(folder, kind):
    return sorted(glob.glob(os.path.join(folder, f"{kind}_*.pb")),
                  key=lambda p: int(re.findall(r"\d+",
                                               os.path.basename(p))[0]))


def read_expected(path):
    """{test: diagnostic substring}, the floor of the pass count, and the
    known failures {test: (outcome, reason)}."""
    expected, floor, known = {}, 0, {}
    with open(path) as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("floor:"):
                floor = int(line.split(":", 1)[1])
                continue
            name, _, reason = line.partition(" ")
            if name in KNOWN:
                name, _, reason = reason.strip().partition(" ")
                if not reason.strip():
                    sys.exit(f"{path}:{number}: known failure '{name}' has "
                             "no reason")
                known[name] = (KNOWN[line.split(" ", 1)[0]], reason.strip())
                continue
            if not reason.strip():
                sys.exit(f"{path}:{number}: '{name}' has no reason")
            expected[name] = reason.strip()
    return expected, floor, known


def diagnostic(stderr):
    """The part of onnxc's first error that names the problem: after
    'MODEL: error: ', without the model's path."""
    for line in stderr.splitlines():
        if ": error: " in line:
            return line.split(": error: ", 1)[1].strip()
    return stderr.strip().splitlines()[-1] if stderr.strip() else ""


def make_symbolic(model, out):
    """Writes `model` with every dim of its graph inputs and outputs made a
    named symbolic dim (onnx-mlir's "dynamic" variant): the compiler sees no
    static shape at the boundary."""
    m = onnx.load(model)
    initializers = {t.name for t in m.graph.initializer}
    for kind, values in (("in", m.graph.input), ("out", m.graph.output)):
        for i, value in enumerate(values):
            if value.name in initializers or \
                    not value.type.HasField("tensor_type") or \
                    not value.type.tensor_type.HasField("shape"):
                continue
            for j, dim in enumerate(value.type.tensor_type.shape.dim):
                dim.Clear()
                dim.dim_param = f"{kind}{i}_d{j}"
    onnx.save(m, out)
    return out


def compile_model(onnxc, model, lib, mcpu, symbolic=False):
    if symbolic:
        model = make_symbolic(model, lib[:-3] + ".onnx")
    command = [onnxc, model, "-o", lib]
    if mcpu:
        command.append(f"--mcpu={mcpu}")
    try:
        proc = subprocess.run(command, capture_output=True, text=True,
                              timeout=300)
    except subprocess.TimeoutExpired:
        return None, "timed out after 300 s"
    return proc.returncode, proc.stderr


def compare(name, got, expected, rtol, atol, tolerances=TOLERANCES):
    """The first difference between outputs and references, or None."""
    if len(got) != len(expected):
        return f"{len(got)} outputs, expected {len(expected)}"
    for pattern, tolerance in tolerances.items():
        if re.search(pattern, name):
            rtol, atol = tolerance
    for i, ((g, gtype), (e, etype)) in enumerate(zip(got, expected)):
        # Old test data stores bfloat16 outputs as uint16 bits.
        if etype == 4 and gtype == BFLOAT16:
            etype = BFLOAT16
        if gtype != etype:
            return f"output {i} has dtype {gtype}, expected {etype}"
        if g.shape != e.shape:
            return f"output {i} shape {g.shape}, expected {e.shape}"
        if gtype != BFLOAT16 and not np.issubdtype(g.dtype, np.floating):
            # Integers and bools: exactly.
            if not np.array_equal(g, e):
                j = np.flatnonzero(g.ravel() != e.ravel())[0]
                return (f"output {i} differs at {j}: {g.ravel()[j]}, "
                        f"expected {e.ravel()[j]}")
            continue
        g, e = as_float(g, gtype), as_float(e, etype)
        # bfloat16 keeps 8 bits of mantissa, float16 11: a rounding of the
        # last bit is 2^-7 and 2^-10 relative.
        r = (max(rtol, 1e-2) if gtype == BFLOAT16 else
             max(rtol, 1e-3) if gtype == onnx.TensorProto.FLOAT16 else rtol)
        if not np.allclose(g, e, rtol=r, atol=atol, equal_nan=True):
            err = np.max(np.abs(g - e))
            return f"output {i} max abs error {err:.3g}"
    return None


def non_tensor_values(model_dir):
    """'input 1 is a sequence_type' for each graph input or output of the
    model that is no tensor (the sweep passes and compares tensors only)."""
    graph = onnx.load(os.path.join(model_dir, "model.onnx"),
                      load_external_data=False).graph
    return [f"{kind} {i} is a {value.type.WhichOneof('value')}"
            for kind, values in (("input", graph.input),
                                 ("output", graph.output))
            for i, value in enumerate(values)
            if value.type.WhichOneof("value") not in (None, "tensor_type")]


def run_tests(lib, name, model_dir, tolerances=TOLERANCES):
    """(outcome, detail) of running every data set of a compiled test."""
    prefix = re.sub(r"[^A-Za-z0-9]", "_", name)
    try:
        library = OnnxcLibrary(lib, prefix)
    except Exception as e:  # noqa: BLE001 - reported as an outcome
        return "run fail", str(e)
    data_sets = sorted(glob.glob(os.path.join(model_dir, "test_data_set_*")))
    if not data_sets:
        return "run fail", "the test has no test_data_set_* folder"
    non_tensors = non_tensor_values(model_dir)
    if non_tensors:
        return "run fail", "; ".join(non_tensors) + ", not a tensor"
    for data_set in data_sets:
        inputs = [load_pb(p) for p in numbered(data_set, "input")]
        expected = [load_pb(p) for p in numbered(data_set, "output")]
        arrays, dtypes = [], []
        for i, (a, dtype) in enumerate(inputs):
            # Old test data stores bfloat16 as uint16 bits: the same bytes.
            if dtype == 4 and library.input_dtype(i) == BFLOAT16:
                dtype = BFLOAT16
            arrays.append(a)
            dtypes.append(dtype)
        try:
            got = library.run(arrays, dtypes)
        except Exception as e:  # noqa: BLE001 - reported as an outcome
            return "run fail", str(e)
        problem = compare(name, got, expected, RTOL, ATOL, tolerances)
        if problem:
            return "mismatch", f"{os.path.basename(data_set)}: {problem}"
    return "passed", ""


RTOL, ATOL = 1e-4, 1e-5


def main():
    global RTOL, ATOL
    parser = argparse.ArgumentParser()
    parser.add_argument("onnxc")
    parser.add_argument("data")
    parser.add_argument("--expected", default=DEFAULT_EXPECTED)
    parser.add_argument("--mcpu", default="")
    parser.add_argument("--symbolic", action="store_true",
                        help="make every graph input and output dim symbolic")
    parser.add_argument("--filter", default="")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--write-expected", default="")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rtol", type=float, default=RTOL)
    parser.add_argument("--atol", type=float, default=ATOL)
    args = parser.parse_args()
    RTOL, ATOL = args.rtol, args.atol
    expected, floor, known_failures = read_expected(args.expected)
    suite = exported_by(args.data)
    # Debian's data needs its fixes; data exported from PyPI's onnx has its
    # known failures in the expectations file instead.
    invalid_data = {} if suite else INVALID_DATA
    tolerances = TOLERANCES

    tests = []
    for model_dir in sorted(glob.glob(os.path.join(args.data, "*"))):
        name = os.path.basename(model_dir)
        if args.filter and not re.search(args.filter, name):
            continue
        if name in invalid_data:
            print(f"skipped {name}: {invalid_data[name]}")
            continue
        if os.path.exists(os.path.join(model_dir, "model.onnx")):
            tests.append((name, model_dir))
    tests_found = {name for name, _ in tests}
    stale = sorted(n for n in list(expected) + list(known_failures)
                   if n not in tests_found and not args.filter)
    outcomes = {outcome: [] for outcome in OUTCOMES}
    for name in stale:
        outcomes["unexpected pass"].append(
            (name, "listed, but there is no such test: take it off the list"))

    with tempfile.TemporaryDirectory() as tmp, \
            concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        # Compile in parallel; run in this process, one test at a time, in
        # order (a crash of a library names the test on the line before).
        futures = [pool.submit(compile_model, args.onnxc,
                               os.path.join(d, "model.onnx"),
                               os.path.join(tmp, f"lib{n}.so"), args.mcpu,
                               args.symbolic)
                   for n, d in tests]
        rejections = {}
        # Listed tests that compiled and matched: they count towards the
        # floor of a list --write-expected writes.
        newly_passing = []
        for (name, model_dir), future in zip(tests, futures):
            code, stderr = future.result()
            lib = os.path.join(tmp, f"lib{name}.so")
            if code == 1 and args.symbolic:
                # The symbolic copy's path stands for the model's.
                stderr = stderr.replace(os.path.join(tmp, f"lib{name}.onnx"),
                                        os.path.join(model_dir, "model.onnx"))
            if code == 1:
                message = diagnostic(stderr)
                rejections[name] = reason_of(stderr)
                want = expected.get(name)
                if want is not None and want in stderr:
                    outcome, detail = "expected reject", message
                elif want is not None:
                    outcome, detail = ("unexpected reject",
                                       f"{message} (the list expects: {want})")
                else:
                    outcome, detail = "unexpected reject", message
            elif code != 0:
                outcome = "crash"
                detail = (f"onnxc exit {code}: "
                          f"{stderr.strip()[-300:] if stderr else ''}")
            else:
                if args.list:
                    print(f"running {name}", flush=True)
                outcome, detail = run_tests(lib, name, model_dir, tolerances)
                if outcome == "passed" and (name in expected or
                                            name in known_failures):
                    newly_passing.append(name)
                if outcome == "passed" and name in expected:
                    outcome = "unexpected pass"
                    detail = ("compiles and matches: take it off the list "
                              f"({expected[name]})")
                elif outcome == "passed" and name in known_failures:
                    outcome = "unexpected pass"
                    detail = ("passes: take its known failure off the list "
                              f"({known_failures[name][1]})")
                elif name in known_failures:
                    want, reason = known_failures[name]
                    if outcome == want:
                        outcome, detail = "known failure", (
                            f"{want}: {detail} (listed: {reason})")
                    else:
                        detail += f" (the list expects a {want}: {reason})"
            outcomes[outcome].append((name, detail))
            if args.list:
                print(f"{outcome} {name}: {detail[:200]}", flush=True)

    if args.write_expected:
        with open(args.write_expected, "w") as f:
            f.write(HEADER_PYPI.format(suite=suite) if suite else HEADER)
            if args.symbolic:
                f.write("# This list is the symbolic variant's (--symbolic): "
                        "every dim of the graph's\n# inputs and outputs "
                        "made a named symbolic dim.\n")
            if suite or known_failures:
                f.write(HEADER_KNOWN)
            f.write(f"floor: {len(outcomes['passed']) + len(newly_passing)}"
                    "\n\n")
            for name in sorted(rejections):
                f.write(f"{name} {rejections[name]}\n")
            still = sorted(n for n, _ in outcomes["known failure"])
            if still:
                f.write("\n# Known failures (each with its reason).\n")
                kinds = {v: k for k, v in KNOWN.items()}
                for name in still:
                    want, reason = known_failures[name]
                    f.write(f"{kinds[want]} {name} {reason}\n")

    target = args.mcpu or os.environ.get("ONNXC_DEFAULT_MCPU", "host")
    failures = sum(len(outcomes[o]) for o in FAILURES)
    for name, detail in outcomes["known failure"]:
        print(f"known failure {name}: {detail}")
    for outcome in FAILURES:
        for name, detail in outcomes[outcome]:
            print(f"FAIL {outcome} {name}: {detail}")
    passed = len(outcomes["passed"])
    if not args.filter and passed < floor:
        print(f"FAIL {passed} passed, below the floor of {floor}")
        failures += 1
    shown = [o for o in OUTCOMES
             if o != "known failure" or known_failures]
    print(f"target {target}: " + ", ".join(
        f"{outcome} {len(outcomes[outcome])}" for outcome in shown))
    # The closing line CI reads; expected rejections count as skipped.
    print(f"{passed} passed, {failures} failed, "
          f"{len(outcomes['expected reject'])} skipped")
    return 1 if failures else 0


HEADER = """\
# The node tests of ONNX's backend data (Debian's libonnx-testdata) that onnxc
# rejects today, each with the diagnostic it must reject it with (a substring
# of what onnxc printed). test/conformance/run_sweep.py fails on a rejection
# that is not listed here or that says something else, and on a listed test
# that compiles: take it off the list. `floor` is the least number of tests
# that must pass.
"""

HEADER_PYPI = """\
# The node tests of PyPI's {suite} (written out by
# test/conformance/export_node_tests.py) that onnxc rejects today, each with
# the diagnostic it must reject it with (a substring of what onnxc printed).
# test/conformance/run_sweep.py fails on a rejection that is not listed here
# or that says something else, and on a listed test that compiles: take it
# off the list. `floor` is the least number of tests that must pass.
"""

HEADER_KNOWN = """\
# A line `known-mismatch TEST REASON` or `known-run-fail TEST REASON` accepts
# a test that compiles but whose outputs differ from the reference (or whose
# run fails), for the reason given; the sweep prints each one, and fails
# when the test passes (take the line off) or fails another way.
"""


def reason_of(stderr):
    """What of a rejection to expect: the first unsupported op, or the first
    error from the op's name in parentheses on, without the node's name."""
    unsupported = re.search(r"op '[^']+'(?: of domain '[^']*')? is not "
                            r"supported", stderr)
    if unsupported:
        return unsupported.group(0)
    message = re.sub(r" \[at '[^']*'\]$", "", diagnostic(stderr))
    match = re.search(r"\(([A-Za-z0-9_]+)\): (.*)", message)
    return f"({match.group(1)}): {match.group(2)}" if match else message


if __name__ == "__main__":
    sys.exit(main())
