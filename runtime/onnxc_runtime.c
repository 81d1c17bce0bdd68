/*===- onnxc_runtime.c - The runtime stub linked into every model ---------===*
 *
 * Compiled to LLVM bitcode when onnxc is built and linked into each model's
 * module, where its functions become internal and the model's prefixed entry
 * points forward to them with the model's description. Depends on libc only.
 *
 *===----------------------------------------------------------------------===*/

#include "onnxc/runtime/onnxc_runtime.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>


struct onnxc_session {
  int32_t num_threads;
  char message[512];
};

/* The thread count of the run in progress on the calling thread (0: one per
 * CPU), kept in a pthread key: C11 thread-locals would make the library
 * depend on the dynamic loader (__tls_get_addr). */
static pthread_key_t threads_key;
static pthread_once_t threads_key_once = PTHREAD_ONCE_INIT;

static void create_threads_key(void) {
  pthread_key_create(&threads_key, NULL);
}

static void set_current_threads(int32_t threads) {
  pthread_once(&threads_key_once, create_threads_key);
  /* Stored as threads + 1 so that "unset" (NULL) reads as one thread. */
  pthread_setspecific(threads_key, (void *)(intptr_t)(threads + 1));
}

static int64_t get_current_threads(void) {
  pthread_once(&threads_key_once, create_threads_key);
  intptr_t stored = (intptr_t)pthread_getspecific(threads_key);
  return stored ? (int64_t)stored - 1 : 1;
}

typedef void (*onnxc_task)(void *ctx, int64_t begin, int64_t end);

typedef struct {
  onnxc_task fn;
  void *ctx;
  int64_t begin, end;
} onnxc_chunk;

static void *run_chunk(void *arg) {
  onnxc_chunk *c = (onnxc_chunk *)arg;
  c->fn(c->ctx, c->begin, c->end);
  return NULL;
}

/* Runs fn(ctx, b, e) over [begin, end) split into one contiguous chunk per
 * thread; the calling thread takes the first chunk. The outlined parallel
 * loops of a model call this. */
void onnxc_rt_parallel_for(onnxc_task fn, void *ctx, int64_t begin,
                           int64_t end) {
  int64_t n = end - begin;
  int64_t threads = get_current_threads();
  if (threads == 0) threads = sysconf(_SC_NPROCESSORS_ONLN);
  if (threads > n) threads = n;
  if (threads > 64) threads = 64;
  if (threads <= 1) {
    if (n > 0) fn(ctx, begin, end);
    return;
  }
  onnxc_chunk chunks[64];
  pthread_t ids[64];
  int started[64] = {0};
  for (int64_t t = 0; t < threads; ++t) {
    chunks[t].fn = fn;
    chunks[t].ctx = ctx;
    chunks[t].begin = begin + n * t / threads;
    chunks[t].end = begin + n * (t + 1) / threads;
  }
  for (int64_t t = 1; t < threads; ++t)
    started[t] = pthread_create(&ids[t], NULL, run_chunk, &chunks[t]) == 0;
  run_chunk(&chunks[0]);
  for (int64_t t = 1; t < threads; ++t) {
    if (started[t]) pthread_join(ids[t], NULL);
    else run_chunk(&chunks[t]); /* no thread available: run it here */
  }
}

/* The address MLIR stores as the `allocated` pointer of constant buffers. */
#define ONNXC_GLOBAL_BUFFER ((void *)0xdeadbeef)

static onnxc_status fail(onnxc_session *s, onnxc_status code, const char *fmt,
                         ...) {
  if (s) {
    va_list args;
    va_start(args, fmt);
    vsnprintf(s->message, sizeof s->message, fmt, args);
    va_end(args);
  }
  return code;
}

static size_t dtype_size(int32_t dtype) {
  switch (dtype) {
  case 1: case 6: case 12: return 4;   /* float, int32, uint32 */
  case 7: case 11: case 13: return 8;  /* int64, double, uint64 */
  case 2: case 3: case 9: return 1;    /* uint8, int8, bool */
  case 4: case 5: case 10: case 16: return 2;
  default: return 0;
  }
}

onnxc_status onnxc_rt_session_create(const onnxc_session_options *options,
                                     onnxc_session **session) {
  if (!session) return ONNXC_INVALID_ARGUMENT;
  onnxc_session *s = (onnxc_session *)calloc(1, sizeof *s);
  if (!s) return ONNXC_OUT_OF_MEMORY;
  s->num_threads = options ? options->num_threads : 0;
  if (s->num_threads < 0) {
    free(s);
    return ONNXC_INVALID_ARGUMENT;
  }
  *session = s;
  return ONNXC_OK;
}

void onnxc_rt_session_destroy(onnxc_session *session) { free(session); }

const char *onnxc_rt_last_error(const onnxc_session *session) {
  return session ? session->message : "no session";
}

static onnxc_status check_input(const onnxc_model_info *m, onnxc_session *s,
                                int32_t i, const onnxc_tensor *t) {
  const char *name = m->input_names[i];
  if (!t->data)
    return fail(s, ONNXC_INVALID_ARGUMENT, "input '%s': data is null", name);
  if (t->dtype != m->input_dtypes[i])
    return fail(s, ONNXC_INVALID_ARGUMENT,
                "input '%s': dtype %d, expected %d", name, (int)t->dtype,
                (int)m->input_dtypes[i]);
  if (t->rank != m->input_ranks[i])
    return fail(s, ONNXC_INVALID_ARGUMENT, "input '%s': rank %d, expected %d",
                name, (int)t->rank, (int)m->input_ranks[i]);
  for (int32_t d = 0; d < t->rank; ++d) {
    int64_t expected = m->input_shapes[i * ONNXC_MAX_RANK + d];
    if (t->shape[d] < 0 || (expected >= 0 && t->shape[d] != expected))
      return fail(s, ONNXC_INVALID_ARGUMENT,
                  "input '%s': dim %d is %lld, expected %lld", name, (int)d,
                  (long long)t->shape[d], (long long)expected);
  }
  return ONNXC_OK;
}

/* A memref descriptor: allocated, aligned, offset, sizes[rank], strides[rank]
 * (all 8-byte fields). */
static size_t descriptor_words(int32_t rank) { return 3 + 2 * (size_t)rank; }

onnxc_status onnxc_rt_run(const onnxc_model_info *m, onnxc_session *s,
                          const onnxc_tensor *inputs, int32_t num_inputs,
                          onnxc_tensor *outputs, int32_t num_outputs) {
  if (!s) return ONNXC_INVALID_ARGUMENT;
  s->message[0] = 0;
  if (num_inputs != m->num_inputs || num_outputs != m->num_outputs)
    return fail(s, ONNXC_INVALID_ARGUMENT,
                "expected %d inputs and %d outputs, got %d and %d",
                (int)m->num_inputs, (int)m->num_outputs, (int)num_inputs,
                (int)num_outputs);
  if ((num_inputs && !inputs) || (num_outputs && !outputs))
    return fail(s, ONNXC_INVALID_ARGUMENT, "inputs or outputs is null");
  for (int32_t i = 0; i < num_inputs; ++i) {
    onnxc_status status = check_input(m, s, i, &inputs[i]);
    if (status != ONNXC_OK) return status;
  }

  size_t in_words = 0, out_words = 0;
  for (int32_t i = 0; i < num_inputs; ++i)
    in_words += descriptor_words(m->input_ranks[i]);
  for (int32_t i = 0; i < num_outputs; ++i)
    out_words += descriptor_words(m->output_ranks[i]);
  int64_t *words = (int64_t *)calloc(in_words + out_words + 1, 8);
  void **args = (void **)calloc((size_t)num_inputs + 1, sizeof(void *));
  if (!words || !args) {
    free(words);
    free(args);
    return fail(s, ONNXC_OUT_OF_MEMORY, "out of memory");
  }
  int64_t *results = words + in_words;
  args[0] = results;
  int64_t *d = words;
  for (int32_t i = 0; i < num_inputs; ++i) {
    const onnxc_tensor *t = &inputs[i];
    memcpy(&d[0], &t->data, sizeof(void *));
    memcpy(&d[1], &t->data, sizeof(void *));
    d[2] = 0;
    int64_t stride = 1;
    for (int32_t k = t->rank - 1; k >= 0; --k) {
      d[3 + k] = t->shape[k];
      d[3 + t->rank + k] = stride;
      stride *= t->shape[k];
    }
    args[1 + i] = d;
    d += descriptor_words(t->rank);
  }

  set_current_threads(s->num_threads);
  m->invoke(args);

  int64_t *r = results;
  onnxc_status status = ONNXC_OK;
  for (int32_t i = 0; i < num_outputs; ++i) {
    onnxc_tensor *t = &outputs[i];
    int32_t rank = m->output_ranks[i];
    void *allocated, *aligned;
    memcpy(&allocated, &r[0], sizeof(void *));
    memcpy(&aligned, &r[1], sizeof(void *));
    size_t count = 1;
    t->dtype = m->output_dtypes[i];
    t->rank = rank;
    for (int32_t k = 0; k < rank; ++k) {
      t->shape[k] = r[3 + k];
      count *= (size_t)r[3 + k];
    }
    char *data = (char *)aligned + r[2] * (int64_t)dtype_size(t->dtype);
    /* Outputs that are constants or inputs are not the caller's to free:
     * hand out a copy. */
    int borrowed = allocated == ONNXC_GLOBAL_BUFFER;
    for (int32_t k = 0; k < num_inputs; ++k)
      borrowed |= allocated == inputs[k].data;
    if (borrowed) {
      size_t bytes = count * dtype_size(t->dtype);
      void *copy = malloc(bytes ? bytes : 1);
      if (!copy) status = fail(s, ONNXC_OUT_OF_MEMORY, "out of memory");
      else memcpy(copy, data, bytes);
      t->data = copy;
      t->owner = copy;
    } else {
      t->data = data;
      t->owner = allocated;
    }
    r += descriptor_words(rank);
  }
  free(words);
  free(args);
  return status;
}

void onnxc_rt_release_outputs(onnxc_tensor *outputs, int32_t num_outputs) {
  if (!outputs) return;
  for (int32_t i = 0; i < num_outputs; ++i) {
    free(outputs[i].owner);
    outputs[i].owner = NULL;
    outputs[i].data = NULL;
  }
}

/* memref.copy of non-contiguous buffers lowers to a call to this function
 * (MLIR's runner-utils name and signature); the model provides its own so
 * that it depends on libc alone. */
typedef struct {
  int64_t rank;
  void *descriptor;
} onnxc_unranked_memref;

void memrefCopy(int64_t elem_size, onnxc_unranked_memref *src,
                onnxc_unranked_memref *dst) {
  int64_t rank = src->rank;
  const int64_t *s = (const int64_t *)src->descriptor;
  const int64_t *d = (const int64_t *)dst->descriptor;
  char *src_base, *dst_base;
  memcpy(&src_base, &s[1], sizeof(void *));
  memcpy(&dst_base, &d[1], sizeof(void *));
  const int64_t *sizes = &s[3];
  const int64_t *src_strides = &s[3 + rank];
  const int64_t *dst_strides = &d[3 + rank];
  int64_t total = 1;
  for (int64_t k = 0; k < rank; ++k) total *= sizes[k];
  if (total == 0) return;
  int64_t index[ONNXC_MAX_RANK > 16 ? ONNXC_MAX_RANK : 16] = {0};
  if (rank > 16) abort();
  int64_t src_offset = s[2], dst_offset = d[2];
  for (int64_t n = 0; n < total; ++n) {
    memcpy(dst_base + dst_offset * elem_size, src_base + src_offset * elem_size,
           (size_t)elem_size);
    /* Advance the multi-index, innermost dim first. */
    for (int64_t k = rank - 1; k >= 0; --k) {
      src_offset += src_strides[k];
      dst_offset += dst_strides[k];
      if (++index[k] < sizes[k]) break;
      src_offset -= src_strides[k] * sizes[k];
      dst_offset -= dst_strides[k] * sizes[k];
      index[k] = 0;
    }
  }
}

/* double -> IEEE half, rounding to nearest even (LLVM emits a call to this
 * compiler-rt builtin for fptrunc f64 -> f16; libc does not provide it). */
uint16_t onnxc_double_to_half_bits(double value) {
  uint64_t bits;
  memcpy(&bits, &value, sizeof bits);
  uint16_t sign = (uint16_t)((bits >> 48) & 0x8000);
  int64_t exponent = (int64_t)((bits >> 52) & 0x7ff);
  uint64_t mantissa = bits & 0xfffffffffffffULL;
  if (exponent == 0x7ff) /* inf or nan */
    return sign | 0x7c00 | (mantissa ? 0x200 : 0);
  int64_t e = exponent - 1023 + 15;
  if (e >= 31) return sign | 0x7c00; /* overflow to inf */
  uint64_t m = mantissa | (1ULL << 52); /* with the implicit bit */
  int shift;
  if (e <= 0) { /* subnormal half (or zero) */
    if (e < -10) return sign;
    shift = (int)(42 + 1 - e);
    e = 0;
  } else {
    shift = 42;
    m &= ~(1ULL << 52);
  }
  uint64_t half_mantissa = m >> shift;
  uint64_t rest = m & ((1ULL << shift) - 1);
  uint64_t halfway = 1ULL << (shift - 1);
  uint32_t result = (uint32_t)((e << 10) | half_mantissa);
  if (rest > halfway || (rest == halfway && (half_mantissa & 1)))
    ++result; /* may carry into the exponent, which is still correct */
  return (uint16_t)(sign | result);
}

_Float16 __truncdfhf2(double value) {
  uint16_t bits = onnxc_double_to_half_bits(value);
  _Float16 half;
  memcpy(&half, &bits, sizeof half);
  return half;
}
