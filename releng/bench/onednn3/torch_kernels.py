#!/usr/bin/python3
"""PyTorch's side of the oneDNN 3 spike (issue 29): the same convolution, max pooling and batch-norm calls of
one training step as Layers.java lists them, run as a chain (forward in order, backward reversed), each call
timed on its own; median per call over the steps. The forward calls are torch.nn.functional's; the backward
calls are the aten kernels autograd's nodes call for them (convolution_backward with the output mask that
autograd passes: no input gradient for the first layer; max_pool2d_with_indices_backward;
native_batch_norm_backward), so each of them can be timed alone.

  /usr/bin/python3 torch_kernels.py MODEL BATCH [--steps N] [--warmup N] [--threads N] [--channels-last] [--tsv F]
"""
import argparse
import statistics
import time

import torch
import torch.nn.functional as F

EDGE = [("conv", "conv1", 1, 10, 3, 1, 0, 28, True, True), ("pool", "pool1", 10, 26),
        ("conv", "conv2", 10, 10, 3, 1, 0, 13, True, False), ("pool", "pool2", 10, 11)]
RESNET = [("conv", "stem", 3, 16, 3, 1, 1, 32, False, True), ("bn", "stem_bn", 16, 32)]
for blk, cin, cout, s, h in (("b1", 16, 16, 1, 32), ("b2", 16, 32, 2, 32), ("b3", 32, 64, 2, 16)):
    o = (h + 2 - 3) // s + 1
    RESNET += [("conv", blk + "_c1", cin, cout, 3, s, 1, h, False, False), ("bn", blk + "_bn1", cout, o),
               ("conv", blk + "_c2", cout, cout, 3, 1, 1, o, False, False), ("bn", blk + "_bn2", cout, o)]
    if s != 1 or cin != cout:
        RESNET += [("conv", blk + "_sc", cin, cout, 1, s, 0, h, False, False), ("bn", blk + "_sbn", cout, o)]
MODELS = {"edge-cnn": EDGE, "small-resnet": RESNET}


def rand(shape, cl):
    t = torch.rand(shape) * 2 - 1
    return t.contiguous(memory_format=torch.channels_last) if cl and t.dim() == 4 else t


def build(model, n, cl):
    fwd, bwd = [], []
    for layer in MODELS[model]:
        if layer[0] == "conv":
            _, name, cin, cout, k, s, p, h, bias, first = layer
            o = (h + 2 * p - k) // s + 1
            x, w, g = rand((n, cin, h, h), cl), rand((cout, cin, k, k), cl), rand((n, cout, o, o), cl)
            b = rand((cout,), cl) if bias else None
            fwd.append((name, "conv2d", lambda x=x, w=w, b=b, s=s, p=p: F.conv2d(x, w, b, s, p)))
            mask = [not first, True, bias]
            bwd.append((name, "convolution_backward" + (" (no input gradient)" if first else ""),
                        lambda g=g, x=x, w=w, s=s, p=p, mask=mask, cout=cout: torch.ops.aten.convolution_backward(
                            g, x, w, [cout] if mask[2] else None, [s, s], [p, p], [1, 1], False, [0, 0], 1, mask)))
        elif layer[0] == "pool":
            _, name, c, h = layer
            x, g = rand((n, c, h, h), cl), rand((n, c, h // 2, h // 2), cl)
            _, idx = F.max_pool2d(x, 2, 2, return_indices=True)
            fwd.append((name, "max_pool2d", lambda x=x: F.max_pool2d(x, 2, 2, return_indices=True)))
            bwd.append((name, "max_pool2d_with_indices_backward",
                        lambda g=g, x=x, idx=idx: torch.ops.aten.max_pool2d_with_indices_backward(
                            g, x, [2, 2], [2, 2], [0, 0], [1, 1], False, idx)))
        else:
            _, name, c, h = layer
            x, g = rand((n, c, h, h), cl), rand((n, c, h, h), cl)
            w, b, rm, rv = torch.rand(c), torch.rand(c), torch.zeros(c), torch.ones(c)
            _, sm, si = torch.ops.aten.native_batch_norm(x, w, b, rm, rv, True, 0.1, 1e-5)
            fwd.append((name, "batch_norm (training)",
                        lambda x=x, w=w, b=b, rm=rm, rv=rv: torch.ops.aten.native_batch_norm(
                            x, w, b, rm, rv, True, 0.1, 1e-5)))
            bwd.append((name, "native_batch_norm_backward",
                        lambda g=g, x=x, w=w, rm=rm, rv=rv, sm=sm, si=si: torch.ops.aten.native_batch_norm_backward(
                            g, x, w, rm, rv, sm, si, True, 1e-5, [True, True, True])))
    return fwd + bwd[::-1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("batch", type=int)
    ap.add_argument("--steps", type=int, default=50)
    ap.add_argument("--warmup", type=int, default=10)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--channels-last", action="store_true")
    ap.add_argument("--tsv")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(29)
    impl = "pytorch-nhwc" if a.channels_last else "pytorch"
    with torch.no_grad():
        ops = build(a.model, a.batch, a.channels_last)
        for _ in range(a.warmup):
            for op in ops:
                op[2]()
        ms = [[] for _ in ops]
        steps = []
        for _ in range(a.steps):
            total = 0.0
            for i, op in enumerate(ops):
                t0 = time.perf_counter()
                op[2]()
                t = (time.perf_counter() - t0) * 1e3
                ms[i].append(t)
                total += t
            steps.append(total)
    print(f"\n{impl} {torch.__version__}, {a.model}, batch {a.batch}: {a.steps} steps after {a.warmup}, "
          f"{a.threads} threads, median per call")
    print("| layer | call | ms |\n|---|---|---:|")
    rows = []
    for op, m in zip(ops, ms):
        med = statistics.median(m)
        print(f"| {op[0]} | {op[1]} | {med:.3f} |")
        rows.append((op[0], op[1], med))
    print(f"| all | kernels per step (median of steps) | {statistics.median(steps):.3f} |")
    if a.tsv:
        with open(a.tsv, "a") as f:
            for r in rows:
                f.write(f"{impl}\t{a.model}\t{a.batch}\t{r[0]}\t{r[1]}\t{r[2]:.4f}\tfalse\n")
            f.write(f"{impl}\t{a.model}\t{a.batch}\tALL\tkernels\t{statistics.median(steps):.4f}\tfalse\n")
            f.write(f"{impl}\t{a.model}\t{a.batch}\tALL\tboundary\t0\ttrue\n")


if __name__ == "__main__":
    main()
