/*===- onnxc_runtime.h - The C ABI of libraries compiled by onnxc ---------===*
 *
 * Every library that onnxc writes exports these functions under its own
 * prefix (PREFIX_run, PREFIX_session_create, ...); the per-model header that
 * onnxc writes beside the library declares them. Plain C, no dependencies.
 *
 *===----------------------------------------------------------------------===*/

#ifndef ONNXC_RUNTIME_ONNXC_RUNTIME_H
#define ONNXC_RUNTIME_ONNXC_RUNTIME_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ONNXC_MAX_RANK 8

/* Status codes; a non-OK call leaves a message in the session
 * (PREFIX_last_error). A failed PREFIX_session_create leaves its message
 * where PREFIX_last_error(NULL) finds it, e.g. "library compiled for CPU
 * 'x86-64-v4' (...); this CPU lacks avx512f,... (recompile with ...)". */
typedef enum {
  ONNXC_OK = 0,
  ONNXC_INVALID_ARGUMENT = 1,
  ONNXC_OUT_OF_MEMORY = 2,
  ONNXC_UNSUPPORTED = 3,
  /* The model found its inputs inconsistent while running (an index out of
   * range, dims that do not match); no outputs are returned. */
  ONNXC_RUNTIME_ERROR = 4,
} onnxc_status;

/* A dense row-major tensor. `dtype` uses the ONNX TensorProto data type
 * values (1 = float, 7 = int64, ...). For outputs the library fills every
 * field; `owner` is the library's handle for PREFIX_release_outputs. */
typedef struct {
  void *data;
  int32_t dtype;
  int32_t rank;
  int64_t shape[ONNXC_MAX_RANK];
  void *owner;
} onnxc_tensor;

typedef struct {
  /* Threads a run may use; 0 chooses the number of online CPUs. The session
   * starts them once and keeps them until it is destroyed. */
  int32_t num_threads;
} onnxc_session_options;

/* A session holds the threads and the last error message. It runs one call
 * at a time; threads that run a model concurrently use a session each. */
typedef struct onnxc_session onnxc_session;

/* What a compiled model describes of itself (PREFIX_model_info()). */
typedef struct {
  int32_t num_inputs;
  int32_t num_outputs;
  const char *const *input_names;
  const char *const *output_names;
  const int32_t *input_dtypes;
  const int32_t *output_dtypes;
  const int32_t *input_ranks;
  const int32_t *output_ranks;
  /* Row i holds the dims of value i, ONNXC_MAX_RANK wide; -1 is dynamic. */
  const int64_t *input_shapes;
  const int64_t *output_shapes;
  /* The CPU the library was compiled for (an LLVM CPU name, e.g. "znver3"
   * or "x86-64-v3") and the instruction-set extensions its code may use,
   * comma-separated LLVM feature names ("avx,avx2,fma,..."). Creating a
   * session on a CPU that lacks one of them fails with ONNXC_UNSUPPORTED. */
  const char *target_cpu;
  const char *target_features;
  /* Internal: calls the compiled graph. */
  void (*invoke)(void **args);
} onnxc_model_info;

#ifdef __cplusplus
}
#endif

#endif /* ONNXC_RUNTIME_ONNXC_RUNTIME_H */
