/* Through the C ABI: a library compiled for CPU features this machine lacks
 * (or that ONNXC_HIDE_CPU_FEATURES hides) fails session_create with
 * ONNXC_UNSUPPORTED, leaves no session, and says why in last_error(NULL);
 * the model info names the target. Exit 0 when it behaves so, or when the
 * session is created because the CPU has everything. */
#include "scale.h"

#include <stdio.h>

int main(void) {
  const onnxc_model_info *info = scale_model_info();
  printf("target: %s\n", info->target_cpu);
  printf("features: %s\n", info->target_features);
  onnxc_session *s = (onnxc_session *)&s; /* not null: must be reset */
  onnxc_status status = scale_session_create(NULL, &s);
  if (status == ONNXC_OK) {
    float x[2] = {1, 2};
    onnxc_tensor in = {x, 1, 1, {2}, 0}, out = {0};
    status = scale_run(s, &in, 1, &out, 1);
    const float *y = (const float *)out.data;
    printf("created; run: %s\n",
           status == ONNXC_OK && y[0] == 2 && y[1] == 4 ? "ok" : "wrong");
    scale_release_outputs(&out, 1);
    scale_session_destroy(s);
    return 0;
  }
  printf("status %d, session %s\n", (int)status, s ? "set" : "null");
  printf("message: %s\n", scale_last_error(NULL));
  return status == ONNXC_UNSUPPORTED && !s ? 0 : 1;
}
