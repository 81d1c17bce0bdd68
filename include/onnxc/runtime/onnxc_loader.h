/*===- onnxc_loader.h - Load a compiled model at run time -----------------===*
 *
 * For applications that choose models at run time: dlopen a library written
 * by onnxc and look up its prefixed entry points. Link with -lonnxc_loader
 * -ldl (build/lib/libonnxc_loader.a).
 *
 *===----------------------------------------------------------------------===*/

#ifndef ONNXC_RUNTIME_ONNXC_LOADER_H
#define ONNXC_RUNTIME_ONNXC_LOADER_H

#include "onnxc/runtime/onnxc_runtime.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
  void *handle;
  onnxc_status (*session_create)(const onnxc_session_options *,
                                 onnxc_session **);
  void (*session_destroy)(onnxc_session *);
  const char *(*last_error)(const onnxc_session *);
  onnxc_status (*run)(onnxc_session *, const onnxc_tensor *, int32_t,
                      onnxc_tensor *, int32_t);
  void (*release_outputs)(onnxc_tensor *, int32_t);
  const onnxc_model_info *(*model_info)(void);
} onnxc_model;

/* Opens `path` and resolves PREFIX_* (prefix NULL: derived from the file
 * name as onnxc does, "libresnet-50.so" -> "resnet_50"). Returns 0, or -1
 * with a message in `error`. */
int onnxc_load(const char *path, const char *prefix, onnxc_model *model,
               char *error, size_t error_size);

void onnxc_unload(onnxc_model *model);

#ifdef __cplusplus
}
#endif

#endif /* ONNXC_RUNTIME_ONNXC_LOADER_H */
