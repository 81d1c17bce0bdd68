/*===- onnxc_loader.c - Load a compiled model at run time -----------------===*/

#include "onnxc/runtime/onnxc_loader.h"

#include <ctype.h>
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

/* Same rule as onnxc's default prefix (compiler/Target/ModelABI.cpp). */
static void default_prefix(const char *path, char *out, size_t size) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t length = strcspn(base, ".");
  if (length > 3 && strncmp(base, "lib", 3) == 0) {
    base += 3;
    length -= 3;
  }
  size_t n = 0;
  if (length == 0 || isdigit((unsigned char)base[0]))
    n = (size_t)snprintf(out, size, "model_");
  for (size_t i = 0; i < length && n + 1 < size; ++i)
    out[n++] = isalnum((unsigned char)base[i]) ? base[i] : '_';
  out[n < size ? n : size - 1] = 0;
}

int onnxc_load(const char *path, const char *prefix, onnxc_model *model,
               char *error, size_t error_size) {
  memset(model, 0, sizeof *model);
  char derived[256];
  if (!prefix) {
    default_prefix(path, derived, sizeof derived);
    prefix = derived;
  }
  /* A path, never a name for the library search path: dlopen would look
   * "libm.so" up in the system's folders, not in the current one. */
  char relative[4096];
  const char *file = path;
  if (!strchr(path, '/')) {
    snprintf(relative, sizeof relative, "./%s", path);
    file = relative;
  }
  model->handle = dlopen(file, RTLD_NOW | RTLD_LOCAL);
  if (!model->handle) {
    snprintf(error, error_size, "cannot load %s: %s", path, dlerror());
    return -1;
  }
  struct {
    const char *name;
    void **slot;
  } symbols[] = {
      {"session_create", (void **)&model->session_create},
      {"session_destroy", (void **)&model->session_destroy},
      {"last_error", (void **)&model->last_error},
      {"run", (void **)&model->run},
      {"release_outputs", (void **)&model->release_outputs},
      {"model_info", (void **)&model->model_info},
  };
  for (size_t i = 0; i < sizeof symbols / sizeof symbols[0]; ++i) {
    char name[320];
    snprintf(name, sizeof name, "%s_%s", prefix, symbols[i].name);
    *symbols[i].slot = dlsym(model->handle, name);
    if (!*symbols[i].slot) {
      snprintf(error, error_size,
               "%s has no symbol %s (not a library written by onnxc, or "
               "another --prefix)",
               path, name);
      onnxc_unload(model);
      return -1;
    }
  }
  return 0;
}

void onnxc_unload(onnxc_model *model) {
  if (model->handle) dlclose(model->handle);
  memset(model, 0, sizeof *model);
}
