/*===- onnxc_cpu.c - Does this CPU run what the library was compiled for --===*/

#include "onnxc/runtime/onnxc_cpu.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const struct {
  const char *name;
  uint32_t leaf, subleaf;
  uint8_t reg, bit, state;
} features_table[] = {
#define ONNXC_CPU_FEATURE(NAME, LEAF, SUBLEAF, REG, BIT, STATE)               \
  {NAME, LEAF, SUBLEAF, REG, BIT, STATE},
#include "onnxc/runtime/onnxc_cpu_features.def"
#undef ONNXC_CPU_FEATURE
};
enum { NUM_FEATURES = sizeof features_table / sizeof features_table[0] };
_Static_assert(NUM_FEATURES <= 64, "the feature set is one 64-bit mask");

static uint64_t cpu_features; /* bit i: features_table[i] is usable */
static pthread_once_t cpu_features_once = PTHREAD_ONCE_INIT;

#if defined(__x86_64__)
static void cpuid(uint32_t leaf, uint32_t subleaf, uint32_t out[4]) {
  __asm__ volatile("cpuid"
                   : "=a"(out[0]), "=b"(out[1]), "=c"(out[2]), "=d"(out[3])
                   : "a"(leaf), "c"(subleaf));
}

/* Which register state the OS saves: the STATE column of the table. */
static int os_saves(uint32_t leaf1_ecx, int state) {
  if (state == 0) return 1;
  if (!(leaf1_ecx & (1u << 27))) return 0; /* OSXSAVE: xgetbv is there */
  uint32_t lo, hi;
  __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
  uint32_t need = state == 1 ? 0x6u : 0xe6u; /* ymm | zmm, k registers */
  return (lo & need) == need;
}
#endif

/* The table index of the feature `name[0..length)`, or -1. */
static int find_feature(const char *name, size_t length) {
  for (int i = 0; i < NUM_FEATURES; ++i)
    if (strlen(features_table[i].name) == length &&
        memcmp(features_table[i].name, name, length) == 0)
      return i;
  return -1;
}

static void detect_cpu_features(void) {
  uint64_t found = 0;
#if defined(__x86_64__)
  uint32_t max[4], max_ext[4], leaf1[4];
  cpuid(0, 0, max);
  cpuid(0x80000000u, 0, max_ext);
  cpuid(1, 0, leaf1);
  for (int i = 0; i < NUM_FEATURES; ++i) {
    uint32_t leaf = features_table[i].leaf;
    if (leaf >= 0x80000000u ? leaf > max_ext[0] : leaf > max[0]) continue;
    if (leaf == 7 && features_table[i].subleaf > 0) {
      uint32_t leaf7[4];
      cpuid(7, 0, leaf7);
      if (features_table[i].subleaf > leaf7[0]) continue;
    }
    uint32_t regs[4];
    cpuid(leaf, features_table[i].subleaf, regs);
    if ((regs[features_table[i].reg] >> features_table[i].bit) & 1 &&
        os_saves(leaf1[2], features_table[i].state))
      found |= (uint64_t)1 << i;
  }
#endif
  /* The test hook: features named here count as absent. */
  const char *hidden = getenv("ONNXC_HIDE_CPU_FEATURES");
  while (hidden && *hidden) {
    size_t length = strcspn(hidden, ",");
    int i = find_feature(hidden, length);
    if (i >= 0) found &= ~((uint64_t)1 << i);
    hidden += length + (hidden[length] == ',');
  }
  cpu_features = found;
}

static uint64_t get_cpu_features(void) {
  pthread_once(&cpu_features_once, detect_cpu_features);
  return cpu_features;
}

int onnxc_rt_cpu_has(const char *features, char *missing, size_t size) {
  uint64_t have = get_cpu_features();
  size_t used = 0;
  int all = 1;
  if (size) missing[0] = 0;
  while (features && *features) {
    size_t length = strcspn(features, ",");
    int i = find_feature(features, length);
    if (i >= 0 && !((have >> i) & 1)) {
      all = 0;
      /* Append ",NAME" (no comma first), as far as it fits. */
      size_t extra = length + (used ? 1 : 0);
      if (used + extra < size) {
        if (used) missing[used++] = ',';
        memcpy(missing + used, features, length);
        used += length;
        missing[used] = 0;
      }
    }
    features += length + (features[length] == ',');
  }
  return all;
}

const char *onnxc_rt_cpu_level(void) {
  static const char *const levels[][2] = {
      {"x86-64-v4", "avx512f,avx512bw,avx512cd,avx512dq,avx512vl,avx,avx2,bmi,"
                    "bmi2,f16c,fma,lzcnt,movbe,cx16,sahf,popcnt,sse3,sse4.1,"
                    "sse4.2,ssse3"},
      {"x86-64-v3", "avx,avx2,bmi,bmi2,f16c,fma,lzcnt,movbe,cx16,sahf,popcnt,"
                    "sse3,sse4.1,sse4.2,ssse3"},
      {"x86-64-v2", "cx16,sahf,popcnt,sse3,sse4.1,sse4.2,ssse3"},
  };
  char ignored[1];
  for (size_t i = 0; i < sizeof levels / sizeof levels[0]; ++i)
    if (onnxc_rt_cpu_has(levels[i][1], ignored, sizeof ignored))
      return levels[i][0];
  return "x86-64";
}
