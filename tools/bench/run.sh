#!/usr/bin/env bash
# The benchmark against ONNX Runtime (not a test: nothing here is timed in CI).
#   bash tools/bench/run.sh [bench.py options]
# Creates build/venv (Debian's python with torch + PyPI onnxruntime), exports
# the models once into build/bench/models, then runs tools/bench/bench.py.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
BUILD_DIR="${ONNXC_BUILD_DIR:-build}"
if [[ ! -x "$BUILD_DIR/venv/bin/python" ]]; then
  /usr/bin/python3 -m venv --system-site-packages "$BUILD_DIR/venv"
  # Debian's torch needs numpy < 2.
  "$BUILD_DIR/venv/bin/pip" install -q "numpy<2" onnxruntime
fi
MODELS="$BUILD_DIR/bench/models"
if [[ ! -f "$MODELS/bert_base.onnx" ]]; then
  /usr/bin/python3 tools/models/export_models.py "$MODELS"
fi
exec "$BUILD_DIR/venv/bin/python" tools/bench/bench.py \
  --onnxc "$BUILD_DIR/bin/onnxc" --models "$MODELS" --work "$BUILD_DIR/bench" "$@"
