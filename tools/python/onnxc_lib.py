"""Loads a library compiled by onnxc and runs it through its C ABI (ctypes).

    lib = OnnxcLibrary("build/libmodel.so")      # prefix from the file name
    outputs = lib.run([np.ones((1, 3), np.float32)])
"""
import ctypes
import os
import re

import numpy as np

MAX_RANK = 8
BFLOAT16 = 16
DTYPES = {1: np.float32, 2: np.uint8, 3: np.int8, 4: np.uint16, 5: np.int16,
          6: np.int32, 7: np.int64, 9: np.bool_, 10: np.float16,
          11: np.float64, 12: np.uint32, 13: np.uint64, BFLOAT16: np.uint16}
# The status codes of include/onnxc/runtime/onnxc_runtime.h.
STATUS_NAMES = {1: "ONNXC_INVALID_ARGUMENT", 2: "ONNXC_OUT_OF_MEMORY",
                3: "ONNXC_UNSUPPORTED", 4: "ONNXC_RUNTIME_ERROR"}

ONNX_DTYPES = {np.dtype(v): k for k, v in DTYPES.items() if k != BFLOAT16}


class Tensor(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("dtype", ctypes.c_int32),
                ("rank", ctypes.c_int32), ("shape", ctypes.c_int64 * MAX_RANK),
                ("owner", ctypes.c_void_p)]


class ModelInfo(ctypes.Structure):
    _fields_ = [("num_inputs", ctypes.c_int32), ("num_outputs", ctypes.c_int32),
                ("input_names", ctypes.POINTER(ctypes.c_char_p)),
                ("output_names", ctypes.POINTER(ctypes.c_char_p)),
                ("input_dtypes", ctypes.POINTER(ctypes.c_int32)),
                ("output_dtypes", ctypes.POINTER(ctypes.c_int32)),
                ("input_ranks", ctypes.POINTER(ctypes.c_int32)),
                ("output_ranks", ctypes.POINTER(ctypes.c_int32)),
                ("input_shapes", ctypes.POINTER(ctypes.c_int64)),
                ("output_shapes", ctypes.POINTER(ctypes.c_int64)),
                ("target_cpu", ctypes.c_char_p),
                ("target_features", ctypes.c_char_p)]


class SessionOptions(ctypes.Structure):
    _fields_ = [("num_threads", ctypes.c_int32)]


def default_prefix(path):
    stem = os.path.splitext(os.path.basename(path))[0]
    if stem.startswith("lib") and len(stem) > 3:
        stem = stem[3:]
    prefix = re.sub(r"[^A-Za-z0-9]", "_", stem)
    return prefix if prefix and not prefix[0].isdigit() else "model_" + prefix


class OnnxcLibrary:
    def __init__(self, path, prefix=None, num_threads=0):
        self.lib = ctypes.CDLL(os.path.abspath(path))
        self.prefix = prefix or default_prefix(path)
        info_fn = self._fn("model_info")
        info_fn.restype = ctypes.POINTER(ModelInfo)
        self.info = info_fn().contents
        self._fn("last_error").restype = ctypes.c_char_p
        self._fn("last_error").argtypes = [ctypes.c_void_p]
        self.session = ctypes.c_void_p()
        options = SessionOptions(num_threads)
        status = self._fn("session_create")(ctypes.byref(options),
                                            ctypes.byref(self.session))
        if status != 0:
            # A failed session_create leaves its message for last_error(NULL).
            raise RuntimeError(
                f"session_create failed with "
                f"{STATUS_NAMES.get(status, status)}: "
                f"{self._fn('last_error')(None).decode()}")

    def _fn(self, name):
        return getattr(self.lib, f"{self.prefix}_{name}")

    def input_dtype(self, i):
        return self.info.input_dtypes[i]

    def run(self, inputs, dtypes=None):
        """Runs on numpy arrays; returns (array, onnx_dtype) per output."""
        keep = []
        array = (Tensor * max(1, len(inputs)))()
        for i, a in enumerate(inputs):
            a = np.array(a, order="C", copy=True)  # keeps rank 0
            keep.append(a)
            array[i].data = a.ctypes.data if a.size else ctypes.cast(
                ctypes.create_string_buffer(1), ctypes.c_void_p).value
            array[i].dtype = (dtypes[i] if dtypes else
                              ONNX_DTYPES.get(a.dtype, 0))
            array[i].rank = a.ndim
            for k, d in enumerate(a.shape):
                array[i].shape[k] = d
        n = self.info.num_outputs
        outputs = (Tensor * max(1, n))()
        status = self._fn("run")(self.session, array, len(inputs), outputs, n)
        if status != 0:
            name = STATUS_NAMES.get(status, f"status {status}")
            raise RuntimeError(
                f"run failed ({name}): "
                f"{self._fn('last_error')(self.session).decode()}")
        results = []
        for o in outputs[:n]:
            shape = tuple(o.shape[k] for k in range(o.rank))
            dtype = np.dtype(DTYPES[o.dtype])
            count = int(np.prod(shape)) if shape else 1
            data = bytes((ctypes.c_char * (count * dtype.itemsize)).from_address(
                o.data)) if count else b""
            results.append((np.frombuffer(data, dtype=dtype).reshape(shape),
                            o.dtype))
        self._fn("release_outputs")(outputs, n)
        return results

    def __del__(self):
        if getattr(self, "session", None):
            self._fn("session_destroy")(self.session)
            self.session = None
