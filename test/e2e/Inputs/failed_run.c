/* A run that fails a run-time check: the status is ONNXC_RUNTIME_ERROR,
 * no output is handed out, the message names the op, and the session runs
 * the next, valid call correctly. */
#include "pick.h"

#include <stdio.h>

static float data[15];

static onnxc_status run(onnxc_session *s, int64_t a, int64_t b,
                        onnxc_tensor *out) {
  int64_t idx[2] = {a, b};
  onnxc_tensor in[2] = {{data, 1, 2, {5, 3}, 0}, {idx, 7, 1, {2}, 0}};
  return pick_run(s, in, 2, out, 1);
}

int main(void) {
  for (int i = 0; i < 15; ++i) data[i] = (float)i;
  onnxc_session *s;
  if (pick_session_create(NULL, &s) != ONNXC_OK) return 1;

  onnxc_tensor out = {0};
  onnxc_status status = run(s, 1, 7, &out);
  printf("bad index: status %d, output %s\n", (int)status,
         out.data ? "set" : "null");
  printf("message: %s\n", pick_last_error(s));

  status = run(s, 4, -5, &out);
  const float *y = (const float *)out.data;
  int bad = status != ONNXC_OK || out.shape[0] != 2 || out.shape[1] != 3;
  for (int j = 0; j < 3 && !bad; ++j)
    bad |= y[j] != data[12 + j] || y[3 + j] != data[j];
  if (status == ONNXC_OK) pick_release_outputs(&out, 1);
  printf("next call: %s\n", bad ? "WRONG" : "ok");
  pick_session_destroy(s);
  return bad;
}
