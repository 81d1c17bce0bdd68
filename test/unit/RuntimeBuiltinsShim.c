/* The runtime stub's compiler builtins under test names (onnxc_test__NAME),
 * compiled by clang like the stub itself (GCC 12 has no __bf16), with
 * wrappers that pass half and bfloat16 values as their bits. */
#define ONNXC_BUILTIN(name) onnxc_test##name
#include "../../runtime/onnxc_builtins.c"

uint16_t onnxc_test_truncsfbf2_bits(float x) {
  __bf16 b = onnxc_test__truncsfbf2(x);
  uint16_t bits;
  memcpy(&bits, &b, sizeof bits);
  return bits;
}

uint16_t onnxc_test_truncdfbf2_bits(double x) {
  __bf16 b = onnxc_test__truncdfbf2(x);
  uint16_t bits;
  memcpy(&bits, &b, sizeof bits);
  return bits;
}

float onnxc_test_extendbfsf2_bits(uint16_t bits) {
  __bf16 b;
  memcpy(&b, &bits, sizeof b);
  return onnxc_test__extendbfsf2(b);
}
