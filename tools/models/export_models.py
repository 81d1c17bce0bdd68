#!/usr/bin/python3
"""Exports ResNet-50, MobileNetV2 and a BERT-base encoder from Debian's torch with random
weights, for import measurements and benchmarks.

Usage: /usr/bin/python3 tools/models/export_models.py OUTDIR [--seq 128]
Writes OUTDIR/resnet50.onnx, OUTDIR/mobilenet_v2.onnx and OUTDIR/bert_base.onnx
(opset 14). BERT is
written by hand (torch 1.13 cannot export nn.TransformerEncoderLayer in eval
mode) and has a symbolic batch and sequence dim.
"""
import argparse
import math
import os

import torch
import torch.nn as nn
import torchvision


class SelfAttention(nn.Module):
    def __init__(self, hidden, heads):
        super().__init__()
        self.heads, self.head_dim = heads, hidden // heads
        self.qkv = nn.Linear(hidden, 3 * hidden)
        self.out = nn.Linear(hidden, hidden)

    def forward(self, x, mask):
        b, s, h = x.shape
        q, k, v = self.qkv(x).chunk(3, dim=-1)
        split = lambda t: t.reshape(b, s, self.heads, self.head_dim).transpose(1, 2)
        q, k, v = split(q), split(k), split(v)
        scores = q @ k.transpose(-1, -2) / math.sqrt(self.head_dim) + mask
        ctx = torch.softmax(scores, dim=-1) @ v
        return self.out(ctx.transpose(1, 2).reshape(b, s, h))


class EncoderLayer(nn.Module):
    def __init__(self, hidden, heads, ffn):
        super().__init__()
        self.attn = SelfAttention(hidden, heads)
        self.ln1 = nn.LayerNorm(hidden)
        self.ff1 = nn.Linear(hidden, ffn)
        self.ff2 = nn.Linear(ffn, hidden)
        self.ln2 = nn.LayerNorm(hidden)

    def forward(self, x, mask):
        x = self.ln1(x + self.attn(x, mask))
        return self.ln2(x + self.ff2(torch.nn.functional.gelu(self.ff1(x))))


class Bert(nn.Module):
    def __init__(self, vocab=30522, hidden=768, layers=12, heads=12,
                 ffn=3072, max_pos=512):
        super().__init__()
        self.tok = nn.Embedding(vocab, hidden)
        self.pos = nn.Embedding(max_pos, hidden)
        self.ln = nn.LayerNorm(hidden)
        self.layers = nn.ModuleList(
            [EncoderLayer(hidden, heads, ffn) for _ in range(layers)])

    def forward(self, ids, attention_mask):
        positions = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x = self.ln(self.tok(ids) + self.pos(positions))
        mask = (1.0 - attention_mask[:, None, None, :].float()) * -10000.0
        for layer in self.layers:
            x = layer(x, mask)
        return x


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("--seq", type=int, default=128)
    args = parser.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    torch.manual_seed(0)

    resnet = torchvision.models.resnet50().eval()
    torch.onnx.export(resnet, torch.randn(1, 3, 224, 224),
                      os.path.join(args.outdir, "resnet50.onnx"),
                      input_names=["input"], output_names=["logits"],
                      opset_version=14)

    mobilenet = torchvision.models.mobilenet_v2().eval()
    torch.onnx.export(mobilenet, torch.randn(1, 3, 224, 224),
                      os.path.join(args.outdir, "mobilenet_v2.onnx"),
                      input_names=["input"], output_names=["logits"],
                      opset_version=14)

    bert = Bert().eval()
    ids = torch.randint(0, 30522, (1, args.seq))
    mask = torch.ones(1, args.seq, dtype=torch.int64)
    torch.onnx.export(bert, (ids, mask),
                      os.path.join(args.outdir, "bert_base.onnx"),
                      input_names=["input_ids", "attention_mask"],
                      output_names=["hidden"], opset_version=14,
                      dynamic_axes={"input_ids": {0: "batch", 1: "seq"},
                                    "attention_mask": {0: "batch", 1: "seq"},
                                    "hidden": {0: "batch", 1: "seq"}})


if __name__ == "__main__":
    main()
