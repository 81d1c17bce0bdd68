/*===- onnxc_cpu.h - CPU feature checks of the runtime stub ---------------===*
 *
 * Internal to the runtime stub (runtime/onnxc_cpu.c): not part of the ABI.
 *
 *===----------------------------------------------------------------------===*/

#ifndef ONNXC_RUNTIME_ONNXC_CPU_H
#define ONNXC_RUNTIME_ONNXC_CPU_H

#include <stddef.h>

/* Checks `features` (comma-separated LLVM feature names, as recorded in the
 * model info) against this CPU and what its OS enables. Returns 1 when every
 * one is there; otherwise 0 with the missing names, comma-separated, in
 * `missing`. Names outside onnxc_cpu_features.def are not checked. The
 * environment variable ONNXC_HIDE_CPU_FEATURES (a list like `features`)
 * makes the check treat those features as absent: a hook for tests of
 * machines that lack them. */
int onnxc_rt_cpu_has(const char *features, char *missing, size_t size);

/* The highest x86-64 micro-architecture level this CPU supports:
 * "x86-64-v4", "x86-64-v3", "x86-64-v2" or "x86-64". */
const char *onnxc_rt_cpu_level(void);

#endif /* ONNXC_RUNTIME_ONNXC_CPU_H */
