#!/usr/bin/env bash
# Runs every test: the lit suites (check-onnxc) and everything ctest knows
# (lit again, and the GoogleTest units). Exits non-zero if anything fails.
#
#   bash tools/test.sh
#
# ONNXC_BUILD_DIR overrides the build directory (default: build).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

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
