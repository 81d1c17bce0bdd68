# -*- Python -*-
# Lit configuration of the onnxc tests. Run through the build directory
# (`ninja -C build check-onnxc`), which provides lit.site.cfg.py.

import os

import lit.formats

config.name = "onnxc"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".mlir", ".onnxtxt", ".test"]

config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.onnxc_obj_root, "test")

# GoogleTest units run under ctest; Inputs/ hold data that tests read.
config.excludes = ["unit", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py",
                   "Inputs"]

# onnxc, onnxc-opt from the build; FileCheck, not, split-file from LLVM 22.
llvm_bin = "/usr/lib/llvm-22/bin"
path = [config.onnxc_tools_dir, llvm_bin]
if config.llvm_tools_dir and config.llvm_tools_dir != llvm_bin:
    path.append(config.llvm_tools_dir)
path.append(config.environment.get("PATH", os.environ.get("PATH", "")))
config.environment["PATH"] = os.pathsep.join(path)

config.environment["FILECHECK_OPTS"] = "--enable-var-scope"

# What this machine's CPU can run, from /proc/cpuinfo: tests that execute
# code built for an ISA level above the baseline say `REQUIRES: cpu-avx512f`
# (or `UNSUPPORTED:` for the machines without it), so both kinds of machine
# run every test they can and say which they cannot.
try:
    with open("/proc/cpuinfo") as cpuinfo:
        flags = next((line.split(":", 1)[1].split() for line in cpuinfo
                      if line.startswith("flags")), [])
except OSError:
    flags = []
for flag in ["avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512bf16",
             "avx512_bf16", "avx512fp16"]:
    if flag in flags:
        config.available_features.add("cpu-" + flag.replace("_", ""))

# The compiler's default target (tools/test.sh --mcpu=CPU runs the whole
# suite for another CPU than the host); the test hook of the CPU check
# (ONNXC_HIDE_CPU_FEATURES) stays out unless a test sets it.
if "ONNXC_DEFAULT_MCPU" in os.environ:
    config.environment["ONNXC_DEFAULT_MCPU"] = os.environ["ONNXC_DEFAULT_MCPU"]

if config.onnxc_has_cuda_toolkit:
    config.available_features.add("cuda-toolkit")

# Tests that build binary models use Debian's Python with python3-onnx.
config.substitutions.append(("%python", "/usr/bin/python3"))

# Numeric tests of lowerings: upstream passes lower linalg on tensors to the
# LLVM dialect and mlir-runner executes `func.func @main`, which prints with
# printMemrefF32/I64 (MLIR's runner-utils; only tests use them).
config.substitutions.append((
    "%lower-to-llvm",
    "--one-shot-bufferize=bufferize-function-boundaries "
    "--convert-linalg-to-loops --expand-strided-metadata --lower-affine "
    "--convert-scf-to-cf --convert-math-to-llvm --convert-math-to-libm "
    "--finalize-memref-to-llvm --convert-arith-to-llvm --convert-cf-to-llvm "
    "--convert-func-to-llvm --reconcile-unrealized-casts"))
llvm_lib = "/usr/lib/llvm-22/lib"
config.substitutions.append((
    "%mlir-runner",
    "mlir-runner -e main -entry-point-result=void -shared-libs=%s/libmlir_runner_utils.so,%s/libmlir_c_runner_utils.so"
    % (llvm_lib, llvm_lib)))

# End-to-end tests compile small C programs against generated libraries.
config.substitutions.append(("%onnxc_src", config.onnxc_src_root))
config.substitutions.append(("%onnxc_obj", config.onnxc_obj_root))
