#!/usr/bin/env bash
# Runs every test: the lit suites (check-onnxc) and everything ctest knows
# (lit again, and the GoogleTest units). Exits non-zero if anything fails.
#
#   bash tools/test.sh                 for the host CPU
#   bash tools/test.sh --mcpu=CPU      compiling every model for CPU instead
#                                      (e.g. x86-64-v3 on an AVX-512 machine:
#                                      the AVX2 code paths); tests that name
#                                      their own --mcpu keep it
#
# ONNXC_BUILD_DIR overrides the build directory (default: build).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

for arg in "$@"; do
  case "$arg" in
    --mcpu=*) export ONNXC_DEFAULT_MCPU="${arg#--mcpu=}" ;;
    *) echo "test.sh: unknown argument '$arg' (expected --mcpu=CPU)" >&2; exit 2 ;;
  esac
done
if [[ -n "${ONNXC_DEFAULT_MCPU:-}" ]]; then
  echo "test.sh: compiling models for --mcpu=$ONNXC_DEFAULT_MCPU"
fi

BUILD_DIR="${ONNXC_BUILD_DIR:-build}"

if [[ ! -f "$BUILD_DIR/build.ninja" ]]; then
  echo "test.sh: no build in $BUILD_DIR yet; running tools/setup.sh"
  log="$(mktemp)"
  if ! bash tools/setup.sh >"$log" 2>&1; then
    tail -n 50 "$log"
    echo "test.sh: tools/setup.sh failed (full log: $log)" >&2
    exit 1
  fi
  rm -f "$log"
fi

failed=()
# Everything, so that ctest finds current unit-test binaries.
ninja -C "$BUILD_DIR" || failed+=("build")
ninja -C "$BUILD_DIR" check-onnxc || failed+=("check-onnxc")
ctest --test-dir "$BUILD_DIR" --output-on-failure || failed+=("ctest")

if ((${#failed[@]})); then
  echo "test.sh: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "test.sh: all tests passed"
