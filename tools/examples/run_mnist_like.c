/* Runs the example model compiled by onnxc:
 *
 *   build/bin/onnxc tools/examples/mnist-like.onnxtxt -o build/examples/libmnist_like.so
 *   cc tools/examples/run_mnist_like.c -Iinclude -Ibuild/examples \
 *      -Lbuild/examples -lmnist_like -lm -Wl,-rpath,build/examples -o run_mnist_like
 *
 * Feeds a batch of 2 synthetic images, prints the class probabilities,
 * compares them with ONNX Runtime's, and shows the library rejecting a bad
 * input. */
#include "mnist_like.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* ONNX Runtime's probabilities for the same images (6 decimals). The last
 * digits depend on the CPU's instructions (FMA contraction, vector width),
 * so the comparison has a tolerance. */
static const float kReference[2][10] = {
    {0.058833f, 0.077012f, 0.061903f, 0.057789f, 0.348808f, 0.011461f,
     0.035741f, 0.169380f, 0.066111f, 0.112961f},
    {0.094615f, 0.053421f, 0.038219f, 0.063690f, 0.401061f, 0.010761f,
     0.045876f, 0.098548f, 0.136062f, 0.057746f}};
#define TOLERANCE 2e-6f

int main(void) {
  enum { BATCH = 2, PIXELS = 28 * 28 };
  static float images[BATCH * PIXELS];
  for (int i = 0; i < BATCH * PIXELS; ++i)
    images[i] = (float)((i * 7) % 23) / 23.0f - 0.5f;

  onnxc_session *session = NULL;
  onnxc_session_options options = {0};
  if (mnist_like_session_create(&options, &session) != ONNXC_OK) {
    fprintf(stderr, "session_create failed: %s\n", mnist_like_last_error(NULL));
    return 1;
  }
  onnxc_tensor input = {images, 1, 4, {BATCH, 1, 28, 28}, NULL};
  onnxc_tensor output;
  if (mnist_like_run(session, &input, 1, &output, 1) != ONNXC_OK) {
    fprintf(stderr, "run failed: %s\n", mnist_like_last_error(session));
    return 1;
  }
  const float *p = (const float *)output.data;
  printf("output shape [%lld, %lld]\n", (long long)output.shape[0],
         (long long)output.shape[1]);
  float worst = 0;
  for (int b = 0; b < BATCH; ++b) {
    printf("image %d:", b);
    for (int c = 0; c < 10; ++c) {
      printf(" %.6f", p[b * 10 + c]);
      float error = fabsf(p[b * 10 + c] - kReference[b][c]);
      if (!(error <= worst)) worst = error; /* a nan is the worst */
    }
    printf("\n");
  }
  if (!(worst <= TOLERANCE)) {
    printf("differs from ONNX Runtime by %g (tolerance %g)\n", worst,
           TOLERANCE);
    return 1;
  }
  printf("matches ONNX Runtime within %g\n", TOLERANCE);
  mnist_like_release_outputs(&output, 1);

  /* A wrong dim is rejected before any work, with a message. */
  onnxc_tensor bad = {images, 1, 4, {BATCH, 1, 27, 28}, NULL};
  onnxc_status status = mnist_like_run(session, &bad, 1, &output, 1);
  printf("bad input: status %d: %s\n", (int)status,
         mnist_like_last_error(session));
  mnist_like_session_destroy(session);
  return 0;
}
