#!/usr/bin/env bash
# Creates the project's Python virtual environment, with PyPI's onnx and
# onnxruntime over Debian's Python (its numpy and torch stay visible), for the
# node tests of PyPI's onnx (test/conformance/export_node_tests.py). Safe to
# run again: it installs only what is missing or at another version.
#
#   bash tools/venv.sh           prints the venv's python on its last line
#
# ONNXC_BUILD_DIR overrides the build directory (default: build); the venv is
# $ONNXC_BUILD_DIR/venv.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BUILD_DIR="${ONNXC_BUILD_DIR:-build}"
VENV="$BUILD_DIR/venv"
# numpy < 2: Debian's torch (visible through --system-site-packages) needs it.
REQUIREMENTS=("numpy<2" "onnx==1.23.2" "onnxruntime==1.31.1")

if [[ ! -x "$VENV/bin/python" ]]; then
  echo "venv.sh: creating $VENV"
  mkdir -p "$BUILD_DIR"
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi

# Installed at the pinned versions already? (importlib.metadata sees the
# venv's packages before the system's.)
if "$VENV/bin/python" - <<'EOF'
import sys
from importlib import metadata
try:
    ok = (int(metadata.version("numpy").split(".")[0]) < 2
          and metadata.version("onnx") == "1.23.2"
          and metadata.version("onnxruntime") == "1.31.1")
except metadata.PackageNotFoundError:
    ok = False
sys.exit(0 if ok else 1)
EOF
then
  echo "venv.sh: $VENV has ${REQUIREMENTS[*]}"
else
  echo "venv.sh: installing ${REQUIREMENTS[*]} into $VENV"
  "$VENV/bin/python" -m pip install --quiet "${REQUIREMENTS[@]}"
fi
echo "$VENV/bin/python"
