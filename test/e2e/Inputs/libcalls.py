#!/usr/bin/python3
"""Every call that LLVM's code generator may leave in a model library
resolves to the runtime stub or to libc/libm.

Generates LLVM IR with every conversion between the ONNX scalar types
(i1..i64 as IR integers, i128, half, bfloat, float, double), every
arithmetic instruction and the math intrinsics that lowerings use, scalar and
as vectors of 4, 8 and 16; compiles it with llc for each CPU given; and
prints each undefined symbol that neither the stub's bitcode defines nor
libc, libm or libpthread exports. Exit 1 if there is one.

Usage: libcalls.py LLC LLVM_NM STUB.bc CPU [CPU...]
"""
import itertools
import os
import subprocess
import sys
import tempfile

INTS = ["i8", "i16", "i32", "i64", "i128"]
FLOATS = ["half", "bfloat", "float", "double"]
WIDTH = {"half": 16, "bfloat": 16, "float": 32, "double": 64}
FLOAT_BINARY = ["fadd", "fsub", "fmul", "fdiv", "frem"]
INT_BINARY = ["add", "sub", "mul", "sdiv", "udiv", "srem", "urem", "shl",
              "lshr", "ashr", "and", "or", "xor"]
FLOAT_UNARY = ["sqrt", "exp", "exp2", "log", "log2", "log10", "sin", "cos",
               "fabs", "floor", "ceil", "trunc", "rint", "nearbyint", "round",
               "roundeven", "tan", "atan", "asin", "acos", "sinh", "cosh",
               "tanh", "exp10"]
FLOAT_BINARY_INTRINSICS = ["pow", "minnum", "maxnum", "minimum", "maximum",
                           "copysign", "atan2"]
INT_INTRINSICS = ["ctpop", "ctlz", "cttz", "abs", "smax", "umin", "bitreverse"]
LANES = [1, 4, 8, 16]


def ty(scalar, lanes):
    return scalar if lanes == 1 else f"<{lanes} x {scalar}>"


def mangle(scalar, lanes):
    base = {"half": "f16", "bfloat": "bf16", "float": "f32",
            "double": "f64"}.get(scalar, scalar)
    return base if lanes == 1 else f"v{lanes}{base}"


def generate():
    decls, funcs = set(), []
    n = itertools.count()

    def fn(ret, params, body):
        args = ", ".join(f"{p} %a{i}" for i, p in enumerate(params))
        funcs.append(f"define {ret} @f{next(n)}({args}) {{\n{body}\n"
                     f"  ret {ret} %r\n}}")

    for lanes in LANES:
        for a, b in itertools.permutations(FLOATS, 2):
            ta, tb = ty(a, lanes), ty(b, lanes)
            if WIDTH[a] > WIDTH[b] or (a, b) == ("half", "bfloat"):
                op = "fptrunc"
            else:
                op = "fpext"
            if {a, b} == {"half", "bfloat"}:  # no direct instruction
                continue
            fn(tb, [ta], f"  %r = {op} {ta} %a0 to {tb}")
        for f, i in itertools.product(FLOATS, INTS):
            # LLVM 22 aborts on vectors of i128 <-> half with AVX512-FP16;
            # no lowering makes 128-bit integers, let alone vectors of them.
            if lanes > 1 and i == "i128" and f == "half":
                continue
            tf, ti = ty(f, lanes), ty(i, lanes)
            for op in ["fptosi", "fptoui"]:
                fn(ti, [tf], f"  %r = {op} {tf} %a0 to {ti}")
            for op in ["sitofp", "uitofp"]:
                fn(tf, [ti], f"  %r = {op} {ti} %a0 to {tf}")
        for f in FLOATS:
            t = ty(f, lanes)
            for op in FLOAT_BINARY:
                fn(t, [t, t], f"  %r = {op} {t} %a0, %a1")
            fn(t, [t], f"  %r = fneg {t} %a0")
            for name in FLOAT_UNARY:
                intr = f"llvm.{name}.{mangle(f, lanes)}"
                decls.add(f"declare {t} @{intr}({t})")
                fn(t, [t], f"  %r = call {t} @{intr}({t} %a0)")
            for name in FLOAT_BINARY_INTRINSICS:
                intr = f"llvm.{name}.{mangle(f, lanes)}"
                decls.add(f"declare {t} @{intr}({t}, {t})")
                fn(t, [t, t], f"  %r = call {t} @{intr}({t} %a0, {t} %a1)")
            intr = f"llvm.fma.{mangle(f, lanes)}"
            decls.add(f"declare {t} @{intr}({t}, {t}, {t})")
            fn(t, [t, t, t], f"  %r = call {t} @{intr}({t} %a0, {t} %a1, "
                             f"{t} %a2)")
            ti32 = "i32"  # the exponent is a scalar for vectors too
            intr = f"llvm.powi.{mangle(f, lanes)}.i32"
            decls.add(f"declare {t} @{intr}({t}, {ti32})")
            fn(t, [t, ti32], f"  %r = call {t} @{intr}({t} %a0, {ti32} %a1)")
        for i in INTS:
            t = ty(i, lanes)
            for op in INT_BINARY:
                fn(t, [t, t], f"  %r = {op} {t} %a0, %a1")
            for name in INT_INTRINSICS:
                intr = f"llvm.{name}.{mangle(i, lanes)}"
                if name in ("ctlz", "cttz", "abs"):
                    decls.add(f"declare {t} @{intr}({t}, i1)")
                    fn(t, [t], f"  %r = call {t} @{intr}({t} %a0, i1 false)")
                elif name in ("smax", "umin"):
                    decls.add(f"declare {t} @{intr}({t}, {t})")
                    fn(t, [t, t], f"  %r = call {t} @{intr}({t} %a0, {t} %a1)")
                else:
                    decls.add(f"declare {t} @{intr}({t})")
                    fn(t, [t], f"  %r = call {t} @{intr}({t} %a0)")
            for name in ["smul", "umul", "sadd", "ssub"]:
                intr = f"llvm.{name}.with.overflow.{mangle(i, lanes)}"
                b1 = ty("i1", lanes)
                decls.add(f"declare {{{t}, {b1}}} @{intr}({t}, {t})")
                fn(t, [t, t], f"  %p = call {{{t}, {b1}}} @{intr}({t} %a0, "
                              f"{t} %a1)\n  %r = extractvalue {{{t}, {b1}}} "
                              f"%p, 0")
    return "\n".join(sorted(decls)) + "\n\n" + "\n\n".join(funcs) + "\n"


def defined_symbols(nm, path, dynamic=False):
    args = [nm, "--defined-only", "-j"] + (["-D"] if dynamic else []) + [path]
    out = subprocess.run(args, capture_output=True, text=True, check=True)
    return {line.split("@")[0] for line in out.stdout.split()}


def main():
    llc, nm, stub = sys.argv[1:4]
    cpus = sys.argv[4:]
    provided = defined_symbols(nm, stub)
    system = set()
    for lib in ["libc.so.6", "libm.so.6", "libpthread.so.0"]:
        for folder in ["/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu"]:
            path = os.path.join(folder, lib)
            if os.path.exists(path):
                system |= defined_symbols(nm, path, dynamic=True)
                break
    missing = 0
    with tempfile.TemporaryDirectory() as tmp:
        ir = os.path.join(tmp, "ops.ll")
        with open(ir, "w") as f:
            f.write(generate())
        for cpu in cpus:
            obj = os.path.join(tmp, f"{cpu}.o")
            subprocess.run([llc, "-O2", f"-mcpu={cpu}", "-filetype=obj",
                            "-relocation-model=pic", ir, "-o", obj],
                           check=True)
            out = subprocess.run([nm, "-u", "-j", obj], capture_output=True,
                                 text=True, check=True).stdout.split()
            calls = sorted(set(out))
            unresolved = [s for s in calls
                          if s not in provided and s not in system]
            stub_calls = [s for s in calls if s in provided]
            print(f"{cpu}: {len(calls)} distinct calls, "
                  f"{len(stub_calls)} to the stub ({' '.join(stub_calls)})")
            for s in unresolved:
                print(f"UNRESOLVED {cpu}: {s}")
            missing += len(unresolved)
    print(f"unresolved: {missing}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
