/* Two libraries compiled by onnxc in one program (prefixes add and relu),
 * and one model run from 4 threads at once, each with its own session. */
#include "add.h"
#include "relu.h"

#include <pthread.h>
#include <stdio.h>

enum { N = 3 * 4 * 5 };

static float x[N], y[5];

static int check_add(onnxc_session *s) {
  onnxc_tensor in[2] = {{x, 1, 3, {3, 4, 5}, 0}, {y, 1, 1, {5}, 0}};
  onnxc_tensor out;
  if (add_run(s, in, 2, &out, 1) != ONNXC_OK) return 1;
  const float *z = (const float *)out.data;
  int bad = 0;
  for (int i = 0; i < N; ++i) bad |= z[i] != x[i] + y[i % 5];
  add_release_outputs(&out, 1);
  return bad;
}

static void *worker(void *arg) {
  (void)arg;
  onnxc_session *s;
  if (add_session_create(NULL, &s) != ONNXC_OK) return (void *)1;
  long bad = 0;
  for (int r = 0; r < 200; ++r) bad |= check_add(s);
  add_session_destroy(s);
  return (void *)bad;
}

int main(void) {
  for (int i = 0; i < N; ++i) x[i] = (float)(i % 7) - 3.0f;
  for (int i = 0; i < 5; ++i) y[i] = 0.5f * (float)i;

  onnxc_session *r;
  relu_session_create(NULL, &r);
  onnxc_tensor in = {x, 1, 3, {3, 4, 5}, 0}, out;
  relu_run(r, &in, 1, &out, 1);
  int bad = 0;
  for (int i = 0; i < N; ++i)
    bad |= ((const float *)out.data)[i] != (x[i] > 0 ? x[i] : 0.0f);
  relu_release_outputs(&out, 1);
  relu_session_destroy(r);
  printf("relu: %s\n", bad ? "WRONG" : "ok");

  pthread_t threads[4];
  for (int t = 0; t < 4; ++t) pthread_create(&threads[t], NULL, worker, NULL);
  long wrong = 0;
  for (int t = 0; t < 4; ++t) {
    void *result;
    pthread_join(threads[t], &result);
    wrong |= (long)result;
  }
  printf("add from 4 threads: %s\n", wrong ? "WRONG" : "ok");
  return bad || wrong;
}
