#!/usr/bin/env python3
"""onnxc against ONNX Runtime on the same inputs, in the same run.

For each model: compile with onnxc (compile time from `onnxc -v`), run both
on one random input, report the max abs/rel error of onnxc vs ORT, then the
median latency of each (warm-up runs excluded) and the ratio onnxc/ORT, for
each thread count. Prints a markdown table.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time

import numpy as np
import onnxruntime as ort

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "python"))
from onnxc_lib import OnnxcLibrary  # noqa: E402

MODELS = {
    "resnet50": lambda rng: [rng.standard_normal((1, 3, 224, 224), np.float32)],
    "mobilenet_v2": lambda rng: [rng.standard_normal((1, 3, 224, 224), np.float32)],
    "bert_base": lambda rng: [rng.integers(0, 30522, (1, 128), dtype=np.int64),
                              np.ones((1, 128), np.int64)],
}


def median_latency(fn, runs, warmup=2):
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--onnxc", required=True)
    parser.add_argument("--models", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    rows = []
    for name, make_inputs in MODELS.items():
        if args.only and name not in args.only.split(","):
            continue
        model = os.path.join(args.models, f"{name}.onnx")
        lib_path = os.path.join(args.work, f"lib{name}.so")
        proc = subprocess.run([args.onnxc, model, "-o", lib_path, "-v"],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            rows.append(f"| {name} | onnxc failed: "
                        f"{proc.stderr.strip().splitlines()[-1][:120]} |")
            continue
        compile_s = sum(float(t) for t in re.findall(r": ([0-9.]+) s,",
                                                     proc.stderr))
        inputs = make_inputs(rng)
        for threads in [int(t) for t in args.threads.split(",")]:
            so = ort.SessionOptions()
            so.intra_op_num_threads = threads
            so.inter_op_num_threads = 1
            sess = ort.InferenceSession(model, so,
                                        providers=["CPUExecutionProvider"])
            feed = {i.name: x for i, x in zip(sess.get_inputs(), inputs)}
            expected = sess.run(None, feed)
            lib = OnnxcLibrary(lib_path, num_threads=threads)
            got = [a for a, _ in lib.run(inputs)]
            abs_err = max(float(np.max(np.abs(g - e)))
                          for g, e in zip(got, expected))
            rel_err = max(float(np.max(np.abs(g - e)) /
                                max(float(np.max(np.abs(e))), 1e-30))
                          for g, e in zip(got, expected))
            ort_med, _ = median_latency(lambda: sess.run(None, feed), args.runs)
            onnxc_med, onnxc_min = median_latency(lambda: lib.run(inputs),
                                                  args.runs)
            rows.append(f"| {name} | {threads} | {abs_err:.2e} | {rel_err:.2e} "
                        f"| {onnxc_med * 1e3:.1f} | {onnxc_min * 1e3:.1f} "
                        f"| {ort_med * 1e3:.1f} | {onnxc_med / ort_med:.2f} "
                        f"| {compile_s:.1f} |")
    print("| model | threads | max abs err | max rel err (to max |ref|) | "
          "onnxc median ms | onnxc min ms | ORT median ms | onnxc/ORT | "
          "onnxc compile s |")
    print("|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
