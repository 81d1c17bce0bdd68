//===- onnxc-run.cpp - Run a library compiled by onnxc --------------------===//
//
//   onnxc-run LIB.so [-i INPUT.npy|.pb ...] [-o OUTDIR] [--compare EXPECTED ...]
//             [--rtol R] [--atol A] [--bench N] [--threads T] [--prefix P]
//
// Without -i, inputs are random with a fixed seed (dynamic dims take 1).
//
//===----------------------------------------------------------------------===//

#include "TensorFiles.h"

#include "onnxc/runtime/onnxc_loader.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace onnxc;

namespace {
struct Options {
  std::string library, prefix, outputDir;
  std::vector<std::string> inputs, expected;
  double rtol = 1e-4, atol = 1e-5;
  int bench = 0, threads = 0;
  unsigned seed = 0;
};

int usage(const char *message) {
  std::fprintf(stderr,
               "onnxc-run: %s\nusage: onnxc-run LIB.so [-i INPUT ...] [-o "
               "OUTDIR] [--compare EXPECTED ...] [--rtol R] [--atol A] "
               "[--bench N] [--threads T] [--prefix P] [--seed S]\n",
               message);
  return 2;
}

bool parse(int argc, char **argv, Options &o) {
  std::vector<std::string> *list = nullptr;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> const char * {
      return i + 1 < argc ? argv[++i] : nullptr;
    };
    const char *v = nullptr;
    if (a == "-i") { list = &o.inputs; continue; }
    if (a == "--compare") { list = &o.expected; continue; }
    if (a == "-o" || a == "--rtol" || a == "--atol" || a == "--bench" ||
        a == "--threads" || a == "--prefix" || a == "--seed") {
      list = nullptr;
      if (!(v = value())) return false;
      if (a == "-o") o.outputDir = v;
      else if (a == "--rtol") o.rtol = std::atof(v);
      else if (a == "--atol") o.atol = std::atof(v);
      else if (a == "--bench") o.bench = std::atoi(v);
      else if (a == "--threads") o.threads = std::atoi(v);
      else if (a == "--prefix") o.prefix = v;
      else o.seed = static_cast<unsigned>(std::atoi(v));
      continue;
    }
    if (a.size() > 1 && a[0] == '-') return false;
    if (list) list->push_back(a);
    else if (o.library.empty()) o.library = a;
    else return false;
  }
  return !o.library.empty();
}

/// Random data of the declared dtype; dynamic dims take 1.
HostTensor randomInput(const onnxc_model_info &info, int i, std::mt19937 &rng) {
  HostTensor t;
  t.dtype = info.input_dtypes[i];
  size_t count = 1;
  for (int d = 0; d < info.input_ranks[i]; ++d) {
    int64_t dim = info.input_shapes[i * ONNXC_MAX_RANK + d];
    t.shape.push_back(dim < 0 ? 1 : dim);
    count *= t.shape.back();
  }
  t.bytes.resize(count * getDtypeSize(t.dtype));
  std::uniform_real_distribution<float> real(-1.0f, 1.0f);
  std::uniform_int_distribution<int> small(0, 9);
  for (size_t k = 0; k < count; ++k) {
    char *p = t.bytes.data() + k * getDtypeSize(t.dtype);
    if (t.dtype == 1) { float v = real(rng); std::memcpy(p, &v, 4); }
    else if (t.dtype == 11) { double v = real(rng); std::memcpy(p, &v, 8); }
    else if (t.dtype == 7) { int64_t v = small(rng); std::memcpy(p, &v, 8); }
    else if (t.dtype == 6) { int32_t v = small(rng); std::memcpy(p, &v, 4); }
    else if (t.dtype == 9) { *p = static_cast<char>(small(rng) & 1); }
    else { std::memset(p, 0, getDtypeSize(t.dtype)); *p = static_cast<char>(small(rng)); }
  }
  return t;
}

onnxc_tensor view(HostTensor &t) {
  onnxc_tensor v{};
  v.data = t.bytes.empty() ? static_cast<void *>(&v) : t.bytes.data();
  v.dtype = t.dtype;
  v.rank = static_cast<int32_t>(t.shape.size());
  for (size_t k = 0; k < t.shape.size() && k < ONNXC_MAX_RANK; ++k)
    v.shape[k] = t.shape[k];
  return v;
}
} // namespace

int main(int argc, char **argv) {
  Options o;
  if (!parse(argc, argv, o)) return usage("bad arguments");
  onnxc_model model;
  char error[1024];
  if (onnxc_load(o.library.c_str(), o.prefix.empty() ? nullptr : o.prefix.c_str(),
                 &model, error, sizeof error) != 0) {
    std::fprintf(stderr, "onnxc-run: %s\n", error);
    return 1;
  }
  const onnxc_model_info &info = *model.model_info();
  if (!o.inputs.empty() && static_cast<int>(o.inputs.size()) != info.num_inputs) {
    std::fprintf(stderr, "onnxc-run: the model takes %d inputs, %zu given\n",
                 info.num_inputs, o.inputs.size());
    return 1;
  }
  std::vector<HostTensor> inputs(info.num_inputs);
  std::mt19937 rng(o.seed);
  for (int i = 0; i < info.num_inputs; ++i) {
    std::string message;
    if (o.inputs.empty()) inputs[i] = randomInput(info, i, rng);
    else if (!readTensorFile(o.inputs[i], inputs[i], message)) {
      std::fprintf(stderr, "onnxc-run: %s\n", message.c_str());
      return 1;
    }
  }
  std::vector<onnxc_tensor> views;
  for (HostTensor &t : inputs) views.push_back(view(t));

  onnxc_session_options sessionOptions{o.threads};
  onnxc_session *session = nullptr;
  if (model.session_create(&sessionOptions, &session) != ONNXC_OK) {
    std::fprintf(stderr, "onnxc-run: cannot create a session: %s\n",
                 model.last_error(nullptr));
    return 1;
  }
  std::vector<onnxc_tensor> outputs(std::max(1, info.num_outputs));
  auto run = [&]() {
    onnxc_status status = model.run(session, views.data(), info.num_inputs,
                                    outputs.data(), info.num_outputs);
    if (status != ONNXC_OK) {
      std::fprintf(stderr, "onnxc-run: run failed: %s\n",
                   model.last_error(session));
      std::exit(1);
    }
  };
  run();

  int status = 0;
  for (int i = 0; i < info.num_outputs; ++i) {
    HostTensor out;
    out.dtype = outputs[i].dtype;
    size_t count = 1;
    for (int k = 0; k < outputs[i].rank; ++k) {
      out.shape.push_back(outputs[i].shape[k]);
      count *= outputs[i].shape[k];
    }
    const char *data = static_cast<const char *>(outputs[i].data);
    out.bytes.assign(data, data + count * getDtypeSize(out.dtype));
    std::printf("output %d '%s': [", i, info.output_names[i]);
    for (size_t k = 0; k < out.shape.size(); ++k)
      std::printf("%s%lld", k ? ", " : "", static_cast<long long>(out.shape[k]));
    std::printf("]\n");
    std::string message;
    if (!o.outputDir.empty() &&
        !writeNpy(o.outputDir + "/" + info.output_names[i] + ".npy", out,
                  message)) {
      std::fprintf(stderr, "onnxc-run: %s\n", message.c_str());
      status = 1;
    }
    if (i < static_cast<int>(o.expected.size())) {
      HostTensor ref;
      if (!readTensorFile(o.expected[i], ref, message)) {
        std::fprintf(stderr, "onnxc-run: %s\n", message.c_str());
        status = 1;
        continue;
      }
      if (ref.shape != out.shape) {
        std::printf("  MISMATCH: expected shape differs\n");
        status = 1;
        continue;
      }
      std::vector<double> a = toDoubles(out), b = toDoubles(ref);
      double maxAbs = 0, maxRel = 0;
      size_t bad = 0;
      for (size_t k = 0; k < a.size(); ++k) {
        double diff = std::fabs(a[k] - b[k]);
        if (std::isnan(a[k]) && std::isnan(b[k])) diff = 0;
        maxAbs = std::max(maxAbs, diff);
        if (b[k] != 0) maxRel = std::max(maxRel, diff / std::fabs(b[k]));
        if (!(diff <= o.atol + o.rtol * std::fabs(b[k]))) ++bad;
      }
      std::printf("  vs %s: max abs error %.3g, max rel error %.3g, %zu of %zu "
                  "outside rtol %.g atol %.g\n",
                  o.expected[i].c_str(), maxAbs, maxRel, bad, a.size(), o.rtol,
                  o.atol);
      if (bad) status = 1;
    }
  }
  model.release_outputs(outputs.data(), info.num_outputs);

  if (o.bench > 0) {
    for (int w = 0; w < 2; ++w) {
      run();
      model.release_outputs(outputs.data(), info.num_outputs);
    }
    std::vector<double> ms;
    for (int r = 0; r < o.bench; ++r) {
      auto start = std::chrono::steady_clock::now();
      run();
      auto end = std::chrono::steady_clock::now();
      model.release_outputs(outputs.data(), info.num_outputs);
      ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("bench: %d runs (2 warm-up runs excluded): median %.3f ms, "
                "min %.3f ms\n",
                o.bench, ms[ms.size() / 2], ms.front());
  }
  model.session_destroy(session);
  onnxc_unload(&model);
  return status;
}
