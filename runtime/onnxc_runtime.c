/*===- onnxc_runtime.c - The runtime stub linked into every model ---------===*
 *
 * Compiled to LLVM bitcode when onnxc is built and linked into each model's
 * module, where its functions become internal and the model's prefixed entry
 * points forward to them with the model's description. Depends on libc only.
 *
 *===----------------------------------------------------------------------===*/

#define _POSIX_C_SOURCE 200112L /* posix_memalign */

#include "onnxc/runtime/onnxc_runtime.h"
#include "onnxc/runtime/onnxc_cpu.h"

#include <malloc.h> /* malloc_usable_size */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>


typedef void (*onnxc_task)(void *ctx, int64_t begin, int64_t end);

/* The worker threads of a session, created once and parked between parallel
 * loops. A loop is cut into one chunk per thread; workers and the calling
 * thread take chunks until none is left. */
typedef struct {
  pthread_mutex_t mutex;
  pthread_cond_t work, done;
  pthread_t *workers;
  int32_t num_workers;
  int stop;
  unsigned generation;
  onnxc_task fn;
  void *ctx;
  int64_t begin, end, chunks, next_chunk, remaining;
} onnxc_pool;

/* Freed blocks a session keeps for its next runs. */
#define ONNXC_CACHE_SLOTS 64

struct onnxc_session {
  int32_t num_threads;
  onnxc_pool pool;
  /* The static intermediates of a run, allocated on the first run. */
  void *arena;
  int64_t arena_bytes;
  /* Blocks freed by runs, for the next run's buffers (see
   * _mlir_memref_to_llvm_alloc). */
  struct {
    void *ptr;
    size_t size;
  } cache[ONNXC_CACHE_SLOTS];
  int32_t cached;
  /* Set by the model's run-time checks (onnxc_rt_fail) during a run. */
  int run_failed;
  char message[512];
};

/* The session whose run is in progress on the calling thread, kept in a
 * pthread key: C11 thread-locals would make the library depend on the
 * dynamic loader (__tls_get_addr). */
static pthread_key_t session_key;
static pthread_once_t session_key_once = PTHREAD_ONCE_INIT;

static void create_session_key(void) { pthread_key_create(&session_key, NULL); }

static onnxc_session *current_session(void) {
  pthread_once(&session_key_once, create_session_key);
  return (onnxc_session *)pthread_getspecific(session_key);
}

static void set_current_session(onnxc_session *s) {
  pthread_once(&session_key_once, create_session_key);
  pthread_setspecific(session_key, s);
}

/* Loops come back to back during a run: a thread about to sleep first
 * spins this many rounds (tens of microseconds) watching for the change it
 * waits for, which saves a futex wake-up per loop. Fields read while
 * spinning are written with atomic stores under the mutex. */
#define ONNXC_SPIN_ROUNDS 4000

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  __asm__ __volatile__("yield");
#endif
}

/* Spins until *word != value or the rounds run out; called without the
 * mutex. */
static void spin_while_equal(const unsigned *word, unsigned value) {
  for (int i = 0; i < ONNXC_SPIN_ROUNDS; ++i) {
    if (__atomic_load_n(word, __ATOMIC_ACQUIRE) != value) return;
    cpu_relax();
  }
}

static void spin_while_positive(const int64_t *word) {
  for (int i = 0; i < ONNXC_SPIN_ROUNDS; ++i) {
    if (__atomic_load_n(word, __ATOMIC_ACQUIRE) <= 0) return;
    cpu_relax();
  }
}

/* Runs chunks of the current loop until none is left; called with the
 * mutex held, returns with it held. */
static void run_chunks(onnxc_pool *p) {
  while (p->next_chunk < p->chunks) {
    int64_t c = p->next_chunk++;
    int64_t n = p->end - p->begin;
    int64_t b = p->begin + n * c / p->chunks;
    int64_t e = p->begin + n * (c + 1) / p->chunks;
    onnxc_task fn = p->fn;
    void *ctx = p->ctx;
    pthread_mutex_unlock(&p->mutex);
    fn(ctx, b, e);
    pthread_mutex_lock(&p->mutex);
    __atomic_store_n(&p->remaining, p->remaining - 1, __ATOMIC_RELEASE);
    if (p->remaining == 0) pthread_cond_signal(&p->done);
  }
}

static void *worker_main(void *arg) {
  onnxc_pool *p = (onnxc_pool *)arg;
  pthread_mutex_lock(&p->mutex);
  unsigned seen = p->generation;
  for (;;) {
    if (!p->stop && p->generation == seen) {
      pthread_mutex_unlock(&p->mutex);
      spin_while_equal(&p->generation, seen);
      pthread_mutex_lock(&p->mutex);
    }
    while (!p->stop && p->generation == seen)
      pthread_cond_wait(&p->work, &p->mutex);
    if (p->stop) break;
    seen = p->generation;
    run_chunks(p);
  }
  pthread_mutex_unlock(&p->mutex);
  return NULL;
}

static int pool_start(onnxc_pool *p, int32_t threads) {
  memset(p, 0, sizeof *p);
  pthread_mutex_init(&p->mutex, NULL);
  pthread_cond_init(&p->work, NULL);
  pthread_cond_init(&p->done, NULL);
  if (threads <= 1) return 0;
  p->workers = (pthread_t *)calloc((size_t)threads - 1, sizeof(pthread_t));
  if (!p->workers) return -1;
  for (int32_t t = 0; t < threads - 1; ++t) {
    if (pthread_create(&p->workers[t], NULL, worker_main, p) != 0) break;
    ++p->num_workers; /* fewer workers than asked still works */
  }
  return 0;
}

static void pool_stop(onnxc_pool *p) {
  pthread_mutex_lock(&p->mutex);
  __atomic_store_n(&p->stop, 1, __ATOMIC_RELEASE);
  pthread_cond_broadcast(&p->work);
  pthread_mutex_unlock(&p->mutex);
  for (int32_t t = 0; t < p->num_workers; ++t)
    pthread_join(p->workers[t], NULL);
  free(p->workers);
  pthread_cond_destroy(&p->work);
  pthread_cond_destroy(&p->done);
  pthread_mutex_destroy(&p->mutex);
}

/* Runs fn(ctx, b, e) over [begin, end) on the current session's threads.
 * The outlined parallel loops of a model call this. */
void onnxc_rt_parallel_for(onnxc_task fn, void *ctx, int64_t begin,
                           int64_t end) {
  onnxc_session *s = current_session();
  int64_t n = end - begin;
  if (n <= 0) return;
  if (!s || s->pool.num_workers == 0 || n == 1) {
    fn(ctx, begin, end);
    return;
  }
  onnxc_pool *p = &s->pool;
  pthread_mutex_lock(&p->mutex);
  p->fn = fn;
  p->ctx = ctx;
  p->begin = begin;
  p->end = end;
  p->chunks = p->num_workers + 1 < n ? p->num_workers + 1 : n;
  p->next_chunk = 0;
  __atomic_store_n(&p->remaining, p->chunks, __ATOMIC_RELEASE);
  __atomic_store_n(&p->generation, p->generation + 1, __ATOMIC_RELEASE);
  pthread_cond_broadcast(&p->work);
  run_chunks(p);
  if (p->remaining > 0) {
    pthread_mutex_unlock(&p->mutex);
    spin_while_positive(&p->remaining);
    pthread_mutex_lock(&p->mutex);
  }
  while (p->remaining > 0) pthread_cond_wait(&p->done, &p->mutex);
  pthread_mutex_unlock(&p->mutex);
}

/* The arena of the current session, at least `bytes` long and 64-byte
 * aligned: allocated by the first run and reused by the next. A model calls
 * this once per run. There is no way to fail a run from inside the model,
 * so running out of memory here ends the process with a message. */
void *onnxc_rt_arena(int64_t bytes) {
  onnxc_session *s = current_session();
  if (!s) {
    fprintf(stderr, "onnxc: a model ran outside a session\n");
    abort();
  }
  if (s->arena && s->arena_bytes >= bytes) return s->arena;
  void *arena = NULL;
  size_t size = (size_t)((bytes + 63) / 64 * 64);
  if (posix_memalign(&arena, 64, size ? size : 64) != 0) {
    fprintf(stderr, "onnxc: cannot allocate %lld bytes for a run\n",
            (long long)bytes);
    abort();
  }
  free(s->arena);
  s->arena = arena;
  s->arena_bytes = bytes;
  return arena;
}

/* Buffers whose shapes are only known at run time are allocated by the
 * model through these two functions (MLIR's generic allocation functions).
 * On the thread that runs a session they come from, and go back to, the
 * session's cache of freed blocks, so that the next run of the same shapes
 * reuses them instead of taking fresh pages from the kernel. Elsewhere (the
 * pool's workers) they are plain malloc and free. Every block is a malloc
 * block, so outputs handed to the caller are released with free(). */
void *_mlir_memref_to_llvm_alloc(size_t size) {
  onnxc_session *s = current_session();
  if (s) {
    int32_t best = -1;
    for (int32_t i = 0; i < s->cached; ++i) {
      size_t have = s->cache[i].size;
      /* Large enough, and not wasting more than half of the block. */
      if (have >= size && have / 2 <= size &&
          (best < 0 || have < s->cache[best].size))
        best = i;
    }
    if (best >= 0) {
      void *ptr = s->cache[best].ptr;
      s->cache[best] = s->cache[--s->cached];
      return ptr;
    }
  }
  return malloc(size ? size : 1);
}

void _mlir_memref_to_llvm_free(void *ptr) {
  if (!ptr) return;
  onnxc_session *s = current_session();
  if (!s || s->cached == ONNXC_CACHE_SLOTS) {
    free(ptr);
    return;
  }
  s->cache[s->cached].ptr = ptr;
  s->cache[s->cached].size = malloc_usable_size(ptr);
  ++s->cached;
}

/* Records that the current run failed a check of the model's own (an index
 * out of range, dims that do not match), with a message: `format` is
 * written by onnxc, its conversions are %lld (at most three, taking a, b, c
 * in order) and a literal percent sign is %%. The first failure of a run is
 * kept. The model goes on to its end, its accesses kept in bounds, and
 * onnxc_rt_run then returns ONNXC_RUNTIME_ERROR without outputs. */
void onnxc_rt_fail(const char *format, int64_t a, int64_t b, int64_t c) {
  onnxc_session *s = current_session();
  if (!s) {
    fprintf(stderr, "onnxc: a model ran outside a session\n");
    abort();
  }
  if (__atomic_exchange_n(&s->run_failed, 1, __ATOMIC_ACQ_REL)) return;
  snprintf(s->message, sizeof s->message, format, (long long)a, (long long)b,
           (long long)c);
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

/* Why the last PREFIX_session_create failed, for PREFIX_last_error(NULL):
 * a string literal or cpu_message, which is written once before it is
 * published. */
static const char *create_error = "no session";
static char cpu_message[1024];
static pthread_once_t cpu_message_once = PTHREAD_ONCE_INIT;
static const onnxc_model_info *cpu_checked_model;

/* Writes cpu_message when this CPU lacks a feature the library was compiled
 * for (once: neither the library nor the CPU changes). */
static void check_cpu(void) {
  const onnxc_model_info *m =
      __atomic_load_n(&cpu_checked_model, __ATOMIC_RELAXED);
  char missing[512];
  if (onnxc_rt_cpu_has(m->target_features, missing, sizeof missing)) return;
  snprintf(cpu_message, sizeof cpu_message,
           "library compiled for CPU '%s' (%s); this CPU lacks %s (recompile "
           "with --mcpu=%s, the highest x86-64 level this CPU has, or with "
           "--mcpu=host on this machine)",
           m->target_cpu, m->target_features, missing, onnxc_rt_cpu_level());
}

static onnxc_status create_failed(onnxc_status code, const char *why) {
  __atomic_store_n(&create_error, why, __ATOMIC_RELEASE);
  return code;
}

onnxc_status onnxc_rt_session_create(const onnxc_model_info *m,
                                     const onnxc_session_options *options,
                                     onnxc_session **session) {
  if (!session)
    return create_failed(ONNXC_INVALID_ARGUMENT,
                         "session_create: the session pointer is null");
  *session = NULL;
  /* The same for every caller of this library. */
  __atomic_store_n(&cpu_checked_model, m, __ATOMIC_RELAXED);
  pthread_once(&cpu_message_once, check_cpu);
  if (cpu_message[0]) return create_failed(ONNXC_UNSUPPORTED, cpu_message);
  int32_t threads = options ? options->num_threads : 0;
  if (threads < 0)
    return create_failed(ONNXC_INVALID_ARGUMENT,
                         "session_create: num_threads is negative");
  onnxc_session *s = (onnxc_session *)calloc(1, sizeof *s);
  if (!s)
    return create_failed(ONNXC_OUT_OF_MEMORY,
                         "session_create: out of memory");
  s->num_threads = threads;
  if (threads == 0) threads = (int32_t)sysconf(_SC_NPROCESSORS_ONLN);
  if (threads > 256) threads = 256;
  if (pool_start(&s->pool, threads) != 0) {
    free(s);
    return create_failed(ONNXC_OUT_OF_MEMORY,
                         "session_create: cannot start the worker threads");
  }
  *session = s;
  return ONNXC_OK;
}

void onnxc_rt_session_destroy(onnxc_session *session) {
  if (!session) return;
  pool_stop(&session->pool);
  free(session->arena);
  for (int32_t i = 0; i < session->cached; ++i) free(session->cache[i].ptr);
  free(session);
}

const char *onnxc_rt_last_error(const onnxc_session *session) {
  return session ? session->message
                 : __atomic_load_n(&create_error, __ATOMIC_ACQUIRE);
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

/* Frees the result buffers of a failed run: those the model allocated, each
 * once (two results may share one). */
static void release_results(const onnxc_model_info *m,
                            const onnxc_tensor *inputs, int32_t num_inputs,
                            const int64_t *results) {
  const int64_t *r = results;
  for (int32_t i = 0; i < m->num_outputs; ++i) {
    void *allocated;
    memcpy(&allocated, &r[0], sizeof(void *));
    int borrowed = allocated == ONNXC_GLOBAL_BUFFER || allocated == NULL;
    for (int32_t k = 0; k < num_inputs; ++k)
      borrowed |= allocated == inputs[k].data;
    const int64_t *earlier = results;
    for (int32_t j = 0; j < i && !borrowed; ++j) {
      void *other;
      memcpy(&other, &earlier[0], sizeof(void *));
      borrowed = other == allocated;
      earlier += descriptor_words(m->output_ranks[j]);
    }
    if (!borrowed) free(allocated);
    r += descriptor_words(m->output_ranks[i]);
  }
}

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

  s->run_failed = 0;
  set_current_session(s);
  m->invoke(args);
  set_current_session(NULL);
  if (s->run_failed) {
    release_results(m, inputs, num_inputs, results);
    free(words);
    free(args);
    memset(outputs, 0, (size_t)num_outputs * sizeof *outputs);
    return ONNXC_RUNTIME_ERROR;
  }

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
    /* Outputs that are constants, inputs, or views of a buffer an earlier
     * output owns (y and Identity(y), a tensor and its reshape) are not the
     * caller's to free: hand out a copy. */
    int borrowed = allocated == ONNXC_GLOBAL_BUFFER;
    for (int32_t k = 0; k < num_inputs; ++k)
      borrowed |= allocated == inputs[k].data;
    for (int32_t k = 0; k < i; ++k)
      borrowed |= allocated == outputs[k].owner;
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
