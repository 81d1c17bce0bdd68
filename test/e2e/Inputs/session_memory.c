/* One session runs a model with a symbolic dim at sizes that grow and
 * shrink, so that buffers freed by one run are reused by the next (and a
 * block too small is never handed out); every output is checked against
 * values computed here. A model with static shapes runs twice from its
 * session's arena and from 3 threads with a session each. */
#include "chain.h"
#include "conv.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static float w[8 * 16], v[16 * 4];

static int check_chain(onnxc_session *s, int64_t m) {
  float *x = malloc(sizeof(float) * m * 8);
  for (int64_t i = 0; i < m * 8; ++i) x[i] = (float)((i * 7) % 11) / 11.0f - 0.5f;
  onnxc_tensor in[3] = {{x, 1, 2, {m, 8}, 0},
                        {w, 1, 2, {8, 16}, 0},
                        {v, 1, 2, {16, 4}, 0}};
  onnxc_tensor out;
  if (chain_run(s, in, 3, &out, 1) != ONNXC_OK) {
    printf("run failed: %s\n", chain_last_error(s));
    return 1;
  }
  int bad = out.shape[0] != m || out.shape[1] != 4;
  const float *y = (const float *)out.data;
  for (int64_t r = 0; r < m && !bad; ++r) {
    float b[16];
    for (int j = 0; j < 16; ++j) {
      double a = 0;
      for (int k = 0; k < 8; ++k) a += (double)x[r * 8 + k] * w[k * 16 + j];
      b[j] = (float)tanh(a);
    }
    for (int j = 0; j < 4; ++j) {
      double c = 0;
      for (int k = 0; k < 16; ++k) c += (double)b[k] * v[k * 4 + j];
      double ref = 1.0 / (1.0 + exp(-c));
      bad |= fabs(y[r * 4 + j] - ref) > 1e-5;
    }
  }
  chain_release_outputs(&out, 1);
  free(x);
  return bad;
}

/* conv: 1x2x5x5 input, 3x2x3x3 all-ones weights, pads 1 -> sums of the
 * 3x3 neighbourhoods over both channels. */
static float image[2 * 5 * 5];

static int check_conv(onnxc_session *s) {
  onnxc_tensor in = {image, 1, 4, {1, 2, 5, 5}, 0}, out;
  if (conv_run(s, &in, 1, &out, 1) != ONNXC_OK) return 1;
  const float *y = (const float *)out.data;
  int bad = 0;
  for (int f = 0; f < 3; ++f)
    for (int i = 0; i < 5; ++i)
      for (int j = 0; j < 5; ++j) {
        float ref = 0;
        for (int c = 0; c < 2; ++c)
          for (int di = -1; di <= 1; ++di)
            for (int dj = -1; dj <= 1; ++dj)
              if (i + di >= 0 && i + di < 5 && j + dj >= 0 && j + dj < 5)
                ref += image[c * 25 + (i + di) * 5 + j + dj];
        bad |= fabsf(y[f * 25 + i * 5 + j] - (ref > 0 ? ref : 0)) > 1e-4f;
      }
  conv_release_outputs(&out, 1);
  return bad;
}

static void *conv_worker(void *arg) {
  (void)arg;
  onnxc_session *s;
  if (conv_session_create(NULL, &s) != ONNXC_OK) return (void *)1;
  long bad = 0;
  for (int r = 0; r < 50; ++r) bad |= check_conv(s);
  conv_session_destroy(s);
  return (void *)bad;
}

int main(void) {
  for (int i = 0; i < 8 * 16; ++i) w[i] = (float)(i % 5) * 0.1f - 0.2f;
  for (int i = 0; i < 16 * 4; ++i) v[i] = (float)(i % 3) * 0.3f - 0.3f;
  for (int i = 0; i < 50; ++i) image[i] = (float)(i % 9) - 4.0f;

  onnxc_session *s;
  if (chain_session_create(NULL, &s) != ONNXC_OK) return 1;
  const int64_t sizes[] = {3, 40, 7, 40, 1, 64, 64, 2, 100};
  int bad = 0;
  for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0]; ++i)
    bad |= check_chain(s, sizes[i]);
  chain_session_destroy(s);
  printf("dynamic sizes in one session: %s\n", bad ? "WRONG" : "ok");

  pthread_t threads[3];
  for (int t = 0; t < 3; ++t)
    pthread_create(&threads[t], NULL, conv_worker, NULL);
  long wrong = 0;
  for (int t = 0; t < 3; ++t) {
    void *result;
    pthread_join(threads[t], &result);
    wrong |= (long)result;
  }
  printf("static arena from 3 threads: %s\n", wrong ? "WRONG" : "ok");
  return bad || wrong;
}
