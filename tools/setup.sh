#!/usr/bin/env bash
# Installs the Debian packages onnxc needs (only those missing), configures and
# builds onnxc, compiles the bundled example model, and makes the project's
# Python venv (build/venv: PyPI's onnx and onnxruntime, tools/venv.sh) with
# the node tests of PyPI's onnx written out (build/onnx-node-tests-pypi).
# Safe to run again: nothing is installed or configured twice.
#
#   bash tools/setup.sh
#
# ONNXC_BUILD_DIR overrides the build directory (default: build).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BUILD_DIR="${ONNXC_BUILD_DIR:-build}"

PACKAGES=(
  llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools clang-22 lld-22
  liblld-22-dev libonnx-dev libonnx-testdata libprotobuf-dev protobuf-compiler
  libgtest-dev ninja-build ccache cmake g++ python3-onnx python3-numpy
  zlib1g-dev libzstd-dev valgrind python3-venv
)

missing=()
for package in "${PACKAGES[@]}"; do
  # `dpkg -s` also knows removed packages whose config files remain, so look
  # at the status line rather than the exit code alone.
  if ! dpkg -s "$package" 2>/dev/null | grep -q '^Status: install ok installed'; then
    missing+=("$package")
  fi
done

if ((${#missing[@]})); then
  echo "setup.sh: installing ${missing[*]}"
  SUDO=()
  if [[ "$(id -u)" -ne 0 ]]; then SUDO=(sudo); fi
  "${SUDO[@]}" apt-get update
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "setup.sh: all ${#PACKAGES[@]} packages are installed"
fi

if [[ ! -f "$BUILD_DIR/build.ninja" ]]; then
  cmake -G Ninja -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release
fi
ninja -C "$BUILD_DIR"

# The bundled example: compile the model to a shared library + header, build
# the C program that uses them, and run it.
EXAMPLES="$BUILD_DIR/examples"
mkdir -p "$EXAMPLES"
"$BUILD_DIR/bin/onnxc" tools/examples/mnist-like.onnxtxt -o "$EXAMPLES/libmnist_like.so"
cc tools/examples/run_mnist_like.c -Iinclude -I"$EXAMPLES" -L"$EXAMPLES" \
  -lmnist_like -lm -Wl,-rpath,"$(cd "$EXAMPLES" && pwd)" -o "$EXAMPLES/run_mnist_like"
echo "setup.sh: compiled tools/examples/mnist-like.onnxtxt -> $EXAMPLES/libmnist_like.so; running it:"
"$EXAMPLES/run_mnist_like"

# The project venv and the node tests of PyPI's onnx, which ctest's
# onnx-pypi-node-run-sweep* read (its fixture repeats this, as a no-op).
ONNXC_BUILD_DIR="$BUILD_DIR" bash tools/venv.sh
"$BUILD_DIR/venv/bin/python" test/conformance/export_node_tests.py \
  "$BUILD_DIR/onnx-node-tests-pypi"
