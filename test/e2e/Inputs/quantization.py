"""Writes the models, inputs and numpy references of quantization.test into
OUTDIR: QuantizeLinear (ties to even, saturation at both ends, per axis with
negative int8 zero points, symbolic dims), DequantizeLinear per axis,
MatMulInteger with per-row and per-column zero points, QLinearMatMul,
ConvInteger with per-channel zero points, padding and strides, QLinearConv
with a bias and per-channel scales. The references follow the ONNX formulas:
saturate(round_half_even(x / scale) + zero_point), (x - zero_point) * scale,
and the requantization acc * (s1 * s2 / sy) with the multiplier in float32
and the product in float64."""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper

F32, U8, I8, I32 = TensorProto.FLOAT, TensorProto.UINT8, TensorProto.INT8, TensorProto.INT32
INFO = helper.make_tensor_value_info


def save_model(out, name, node, inputs, outputs, opset=13):
    graph = helper.make_graph([node], name, inputs, outputs)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(out, name + ".onnx"))


def saturate(values, dtype):
    info = np.iinfo(dtype)
    return np.clip(values, info.min, info.max).astype(dtype)


def quantize(x, scale, zero_point, dtype):
    return saturate(np.rint(x / scale) + zero_point.astype(np.float64), dtype)


def conv(x, w, pads, strides):
    """int64 convolution of NCHW x by FCHW w (group 1)."""
    xp = np.pad(x.astype(np.int64), ((0, 0), (0, 0), (pads[0], pads[2]), (pads[1], pads[3])))
    kh, kw = w.shape[2:]
    oh = (xp.shape[2] - kh) // strides[0] + 1
    ow = (xp.shape[3] - kw) // strides[1] + 1
    y = np.zeros((x.shape[0], w.shape[0], oh, ow), np.int64)
    for i in range(oh):
        for j in range(ow):
            patch = xp[:, :, i * strides[0]:i * strides[0] + kh, j * strides[1]:j * strides[1] + kw]
            y[:, :, i, j] = np.einsum("nckl,fckl->nf", patch, w.astype(np.int64))
    return y


def requantize(acc, multiplier, zero_point, dtype):
    values = acc.astype(np.float64) * multiplier.astype(np.float64)
    return saturate(np.rint(values) + zero_point.astype(np.float64), dtype)


def main(out):
    def save(name, array):
        np.save(os.path.join(out, name + ".npy"), array)

    # QuantizeLinear per tensor to uint8: halves round to even, both ends
    # saturate; scale 0.5 doubles exactly.
    save_model(out, "quantize_u8",
               helper.make_node("QuantizeLinear", ["x", "s", "z"], ["y"], name="q_u8"),
               [INFO("x", F32, [12]), INFO("s", F32, []), INFO("z", U8, [])],
               [INFO("y", U8, [12])])
    x = np.array([0.25, 0.75, 1.25, -0.25, -0.75, -1.25, 1.5, 2.5, 1000, -1000, 63.5, -5.25],
                 np.float32)
    s, z = np.float32(0.5), np.uint8(10)
    save("q_u8_x", x)
    save("q_u8_s", np.array(s))
    save("q_u8_z", np.array(z))
    save("q_u8_y", quantize(x, s, z, np.uint8))

    # QuantizeLinear per axis 1 to int8 with negative zero points; symbolic
    # dims, so one library takes two sizes and checks the scale's size.
    save_model(out, "quantize_axis",
               helper.make_node("QuantizeLinear", ["x", "s", "z"], ["y"], name="q_axis", axis=1),
               [INFO("x", F32, ["N", "C", 4]), INFO("s", F32, ["C"]), INFO("z", I8, ["C"])],
               [INFO("y", I8, ["N", "C", 4])])
    s = np.array([0.5, 1.0, 2.0], np.float32)
    z = np.array([-3, 0, -128], np.int8)
    x = np.array([[[0.25, -0.25, 0.75, -0.75],
                   [0.5, 1.5, -0.5, -2.5],
                   [1.0, 3.0, 5.0, -1.0]],
                  [[100.0, -100.0, 62.0, -63.0],
                   [127.5, 126.5, -128.5, -129.5],
                   [600.0, -600.0, 509.0, 511.0]]], np.float32)
    save("q_axis_x", x)
    save("q_axis_s", s)
    save("q_axis_z", z)
    save("q_axis_y", quantize(x, s[None, :, None], z[None, :, None], np.int8))
    save("q_axis_x1", x[:1, :2])
    save("q_axis_s1", s[:2])
    save("q_axis_z1", z[:2])
    save("q_axis_y1", quantize(x[:1, :2], s[None, :2, None], z[None, :2, None], np.int8))
    save("q_axis_bad_s", np.ones(4, np.float32))
    save("q_axis_bad_z", np.zeros(4, np.int8))

    # DequantizeLinear per axis 0 of int8 with negative zero points.
    save_model(out, "dequantize_axis",
               helper.make_node("DequantizeLinear", ["x", "s", "z"], ["y"], name="dq_axis", axis=0),
               [INFO("x", I8, [2, 3]), INFO("s", F32, [2]), INFO("z", I8, [2])],
               [INFO("y", F32, [2, 3])])
    x = np.array([[-128, 0, 127], [-7, 5, 100]], np.int8)
    s = np.array([0.5, 0.125], np.float32)
    z = np.array([-3, 120], np.int8)
    save("dq_x", x)
    save("dq_s", s)
    save("dq_z", z)
    save("dq_y", ((x.astype(np.float32) - z[:, None].astype(np.float32)) * s[:, None]).astype(np.float32))

    # MatMulInteger: int8 A with a zero point per row, uint8 B with one per
    # column.
    save_model(out, "matmul_integer",
               helper.make_node("MatMulInteger", ["a", "b", "za", "zb"], ["y"], name="mmi"),
               [INFO("a", I8, [4, 3]), INFO("b", U8, [3, 2]), INFO("za", I8, [4]),
                INFO("zb", U8, [2])],
               [INFO("y", I32, [4, 2])], opset=10)
    a = np.array([[-128, 127, 3], [11, -7, 0], [5, 5, 5], [-1, 2, -3]], np.int8)
    b = np.array([[255, 0], [17, 200], [1, 128]], np.uint8)
    za = np.array([-128, 1, -5, 7], np.int8)
    zb = np.array([128, 3], np.uint8)
    save("mmi_a", a)
    save("mmi_b", b)
    save("mmi_za", za)
    save("mmi_zb", zb)
    save("mmi_y", ((a.astype(np.int32) - za[:, None]) @ (b.astype(np.int32) - zb[None, :]))
         .astype(np.int32))

    # QLinearMatMul to int8: multipliers that are powers of two give exact
    # halves; large sums saturate at both ends.
    save_model(out, "qlinear_matmul",
               helper.make_node("QLinearMatMul", ["a", "sa", "za", "b", "sb", "zb", "sy", "zy"],
                                ["y"], name="qlmm"),
               [INFO("a", I8, [3, 3]), INFO("sa", F32, []), INFO("za", I8, []),
                INFO("b", I8, [3, 4]), INFO("sb", F32, []), INFO("zb", I8, []),
                INFO("sy", F32, []), INFO("zy", I8, [])],
               [INFO("y", I8, [3, 4])], opset=10)
    a = np.array([[1, 2, 3], [127, -128, 100], [-128, 127, -128]], np.int8)
    b = np.array([[2, 0, 127, -3], [0, 4, -128, 2], [0, 0, 127, 1]], np.int8)
    sa, sb, sy = np.float32(0.5), np.float32(0.25), np.float32(1.0)
    za, zb, zy = np.int8(-1), np.int8(0), np.int8(-2)
    acc = (a.astype(np.int32) - za) @ (b.astype(np.int32) - zb)
    multiplier = np.float32(sa * sb) / sy
    for name, value in (("a", a), ("sa", sa), ("za", za), ("b", b), ("sb", sb), ("zb", zb),
                        ("sy", sy), ("zy", zy)):
        save("qlmm_" + name, np.array(value))
    save("qlmm_y", requantize(acc, np.float32(multiplier), zy, np.int8))

    # ConvInteger: int8 x with a negative zero point, uint8 w with one per
    # output channel, padding and strides.
    pads, strides = [1, 0, 1, 2], [2, 1]
    save_model(out, "conv_integer",
               helper.make_node("ConvInteger", ["x", "w", "zx", "zw"], ["y"], name="convi",
                                pads=pads, strides=strides),
               [INFO("x", I8, [1, 2, 5, 4]), INFO("w", U8, [3, 2, 2, 3]), INFO("zx", I8, []),
                INFO("zw", U8, [3])],
               [INFO("y", I32, [1, 3, 3, 4])], opset=10)
    rng = np.random.default_rng(7)
    x = rng.integers(-128, 128, (1, 2, 5, 4)).astype(np.int8)
    w = rng.integers(0, 256, (3, 2, 2, 3)).astype(np.uint8)
    zx, zw = np.int8(-20), np.array([0, 128, 255], np.uint8)
    save("convi_x", x)
    save("convi_w", w)
    save("convi_zx", np.array(zx))
    save("convi_zw", zw)
    acc = conv(x.astype(np.int64) - zx, w.astype(np.int64) - zw[:, None, None, None], pads, strides)
    save("convi_y", acc.astype(np.int32))

    # QLinearConv to uint8 with an int32 bias and per-channel w scales and
    # zero points (power-of-two multipliers: exact halves).
    save_model(out, "qlinear_conv",
               helper.make_node("QLinearConv", ["x", "sx", "zx", "w", "sw", "zw", "sy", "zy", "bias"],
                                ["y"], name="qlconv", pads=[1, 1, 1, 1]),
               [INFO("x", U8, [1, 2, 3, 3]), INFO("sx", F32, []), INFO("zx", U8, []),
                INFO("w", I8, [2, 2, 2, 2]), INFO("sw", F32, [2]), INFO("zw", I8, [2]),
                INFO("sy", F32, []), INFO("zy", U8, []), INFO("bias", I32, [2])],
               [INFO("y", U8, [1, 2, 4, 4])], opset=10)
    x = rng.integers(0, 256, (1, 2, 3, 3)).astype(np.uint8)
    w = rng.integers(-128, 128, (2, 2, 2, 2)).astype(np.int8)
    sx, zx = np.float32(0.5), np.uint8(100)
    sw, zw = np.array([0.25, 0.015625], np.float32), np.array([0, -3], np.int8)
    sy, zy = np.float32(2.0), np.uint8(128)
    bias = np.array([-1001, 777], np.int32)
    acc = conv(x.astype(np.int64) - zx, w.astype(np.int64) - zw[:, None, None, None],
               [1, 1, 1, 1], [1, 1]) + bias[None, :, None, None]
    multiplier = (sx * sw) / sy
    for name, value in (("x", x), ("sx", sx), ("zx", zx), ("w", w), ("sw", sw), ("zw", zw),
                        ("sy", sy), ("zy", zy), ("bias", bias)):
        save("qlconv_" + name, np.array(value))
    save("qlconv_y", requantize(acc, multiplier[None, :, None, None].astype(np.float32), zy,
                                np.uint8))
    print("written")


if __name__ == "__main__":
    main(sys.argv[1])
