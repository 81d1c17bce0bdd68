"""Writes the models and inputs of recurrent.test into OUTDIR: LSTM, GRU and
RNN layers in the forms the node tests leave out (both directions with
sequence_lens and initial states, peepholes, layout=1, input_forget, clip,
non-default activations with alpha/beta, GRU with and without
linear_before_reset, symbolic sequence and batch), with references from a
plain numpy implementation of the ONNX definitions that runs each batch entry
over its own sequence length."""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper

rng = np.random.default_rng(7)


def act(name, x, alpha, beta):
    n = name.lower()
    if n == "sigmoid":
        return 1 / (1 + np.exp(-x))
    if n == "tanh":
        return np.tanh(x)
    if n == "relu":
        return np.maximum(x, 0)
    if n == "leakyrelu":
        return np.where(x < 0, alpha * x, x)
    if n == "hardsigmoid":
        return np.clip(alpha * x + beta, 0, 1)
    if n == "softsign":
        return x / (1 + np.abs(x))
    if n == "scaledtanh":
        return alpha * np.tanh(beta * x)
    raise ValueError(name)


def reference(kind, X, W, R, B, lens, h0, c0, P, direction, clip, acts,
              lbr=0, input_forget=0):
    """Y, Y_h (and Y_c) of a layer in layout 0; `acts` are (name, alpha,
    beta) per direction."""
    T, N, _ = X.shape
    D, H = W.shape[0], R.shape[2]
    G = {"RNN": 1, "GRU": 3, "LSTM": 4}[kind]
    Y = np.zeros((T, D, N, H), np.float64)
    Yh = np.zeros((D, N, H))
    Yc = np.zeros((D, N, H))
    for d in range(D):
        rev = direction == "reverse" or d == 1
        Wd, Rd = W[d].astype(np.float64), R[d].astype(np.float64)
        Wb, Rb = B[d][:G * H], B[d][G * H:]
        f = [lambda x, a=a: act(a[0], x, a[1], a[2]) for a in acts[d]]
        cl = (lambda x: np.clip(x, -clip, clip)) if clip else (lambda x: x)
        for n in range(N):
            h, c = h0[d, n].astype(np.float64), c0[d, n].astype(np.float64)
            L = lens[n]
            for t in (range(L - 1, -1, -1) if rev else range(L)):
                xw = X[t, n] @ Wd.T + Wb
                if kind == "RNN":
                    h = f[0](cl(xw + h @ Rd.T + Rb))
                elif kind == "LSTM":
                    g = xw + h @ Rd.T + Rb
                    gi, go, gf, gc = np.split(g, 4)
                    pi, po, pf = np.split(P[d], 3)
                    i = f[0](cl(gi + pi * c))
                    fg = 1 - i if input_forget else f[0](cl(gf + pf * c))
                    c = fg * c + i * f[1](cl(gc))
                    o = f[0](cl(go + po * c))
                    h = o * f[2](c)
                else:
                    xz, xr, xh = np.split(xw, 3)
                    rz, rr, rh = np.split(Rd, 3)
                    bz, br, bh = np.split(Rb, 3)
                    z = f[0](cl(xz + h @ rz.T + bz))
                    r = f[0](cl(xr + h @ rr.T + br))
                    if lbr:
                        hh = f[1](cl(xh + r * (h @ rh.T + bh)))
                    else:
                        hh = f[1](cl(xh + (r * h) @ rh.T + bh))
                    h = (1 - z) * hh + z * h
                Y[t, d, n] = h
            Yh[d, n], Yc[d, n] = h, c
    return Y.astype(np.float32), Yh.astype(np.float32), Yc.astype(np.float32)


def main(out):
    f32, i32 = TensorProto.FLOAT, TensorProto.INT32
    info = helper.make_tensor_value_info

    def save(name, array):
        np.save(os.path.join(out, name + ".npy"), array)

    def layer(name, kind, T, N, I, H, direction, *, lens=None, init=True,
              peephole=False, layout=0, clip=None, activations=None,
              alphas=None, betas=None, lbr=None, input_forget=None,
              symbolic=False, acts_ref=None):
        D = 2 if direction == "bidirectional" else 1
        G = {"RNN": 1, "GRU": 3, "LSTM": 4}[kind]
        X = rng.standard_normal((T, N, I)).astype(np.float32)
        W = (rng.standard_normal((D, G * H, I)) * 0.5).astype(np.float32)
        R = (rng.standard_normal((D, G * H, H)) * 0.5).astype(np.float32)
        B = (rng.standard_normal((D, 2 * G * H)) * 0.3).astype(np.float32)
        h0 = rng.standard_normal((D, N, H)).astype(np.float32) if init else np.zeros((D, N, H), np.float32)
        c0 = rng.standard_normal((D, N, H)).astype(np.float32) if init else np.zeros((D, N, H), np.float32)
        P = (rng.standard_normal((D, 3 * H)) * 0.3).astype(np.float32) if peephole else np.zeros((D, 3 * H), np.float32)
        seq = np.full(N, T, np.int32) if lens is None else np.array(lens, np.int32)
        Y, Yh, Yc = reference(kind, X, W, R, B, seq, h0, c0, P, direction,
                              clip, acts_ref, lbr or 0, input_forget or 0)

        t_dim, n_dim = ("T", "N") if symbolic else (T, N)
        inputs = ["X", "W", "R", "B", "lens" if lens is not None else "", "h0" if init else ""]
        feeds = [("X", X), ("W", W), ("R", R), ("B", B)]
        if lens is not None:
            feeds.append(("lens", seq))
        if init:
            feeds.append(("h0", h0))
        if kind == "LSTM":
            inputs += ["c0" if init else "", "P" if peephole else ""]
            if init:
                feeds.append(("c0", c0))
            if peephole:
                feeds.append(("P", P))
        while inputs and inputs[-1] == "":
            inputs.pop()
        outputs = ["Y", "Y_h"] + (["Y_c"] if kind == "LSTM" else [])
        attrs = dict(direction=direction, hidden_size=H)
        for key, value in [("layout", layout), ("clip", clip),
                           ("activations", activations),
                           ("activation_alpha", alphas),
                           ("activation_beta", betas),
                           ("linear_before_reset", lbr),
                           ("input_forget", input_forget)]:
            if value is not None:
                attrs[key] = value
        node = helper.make_node(kind, inputs, outputs, name=name, **attrs)
        refs = [Y, Yh, Yc][:len(outputs)]
        if layout == 1:
            feeds = [(k, v.transpose(1, 0, 2) if k in ("X", "h0", "c0") else v)
                     for k, v in feeds]
            refs = [refs[0].transpose(2, 0, 1, 3)] + [r.transpose(1, 0, 2) for r in refs[1:]]

        def declared(key, array):
            shape = list(array.shape)
            if key == "X":
                shape[:2] = [n_dim, t_dim] if layout == 1 else [t_dim, n_dim]
            if key in ("h0", "c0"):
                shape[1 - layout if layout == 0 else 0] = n_dim
            if key == "lens":
                shape = [n_dim]
            return shape

        graph_inputs = [info(k, i32 if k == "lens" else f32, declared(k, v)) for k, v in feeds]
        graph_outputs = [info(o, f32, [f"{o}{i}" for i in range(r.ndim)])
                         for o, r in zip(outputs, refs)]
        graph = helper.make_graph([node], name, graph_inputs, graph_outputs)
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)])
        onnx.checker.check_model(model)
        onnx.save(model, os.path.join(out, name + ".onnx"))
        for k, v in feeds:
            save(f"{name}.{k}", v)
        for o, r in zip(outputs, refs):
            save(f"{name}.{o}", r)

    default = {"RNN": [("Tanh", 0, 0)], "GRU": [("Sigmoid", 0, 0), ("Tanh", 0, 0)],
               "LSTM": [("Sigmoid", 0, 0), ("Tanh", 0, 0), ("Tanh", 0, 0)]}
    layer("lstm_bidir", "LSTM", 5, 3, 4, 6, "bidirectional", lens=[5, 2, 4],
          peephole=True, acts_ref=[default["LSTM"]] * 2)
    layer("lstm_layout1", "LSTM", 4, 2, 3, 5, "forward", layout=1, clip=0.7,
          input_forget=1, activations=["HardSigmoid", "Tanh", "Softsign"],
          alphas=[0.3], betas=[0.4],
          acts_ref=[[("HardSigmoid", 0.3, 0.4), ("Tanh", 0, 0), ("Softsign", 0, 0)]])
    layer("gru_reverse", "GRU", 6, 3, 4, 5, "reverse", lens=[6, 1, 3],
          acts_ref=[default["GRU"]])
    layer("gru_lbr_bidir", "GRU", 4, 2, 3, 4, "bidirectional", lbr=1,
          acts_ref=[default["GRU"]] * 2)
    layer("rnn_bidir", "RNN", 5, 2, 3, 4, "bidirectional",
          activations=["Relu", "LeakyRelu"], alphas=[0.2],
          acts_ref=[[("Relu", 0, 0)], [("LeakyRelu", 0.2, 0)]])
    layer("lstm_symbolic", "LSTM", 7, 3, 4, 5, "forward", symbolic=True,
          init=False, acts_ref=[default["LSTM"]])
    print("inputs written")


if __name__ == "__main__":
    main(sys.argv[1])
