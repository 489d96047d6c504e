#!/usr/bin/python3
"""PyTorch cross-check of the frozen-edge-detectors experiment (Berkeley inductive bias Q2(ii), issue 23).

Generates edge images by EdgeDataset's rules (random background, a band of width 1-5 of contrasting intensity,
bright on dark or dark on bright, Gaussian noise; classes horizontal, vertical, none, diagonal, anti-diagonal, cross),
builds the course notebook's CNN (conv1 1->3, conv2 3->3, kernel k, padding k//2, each with ReLU and 2x2 max pooling,
then flatten and a linear classifier), freezes every parameter whose name starts with "conv" and trains the
classifier with Adam 0.01, batch 10. Edge start: x-derivative, y-derivative (weights i/(i^2+j^2), j/(i^2+j^2) at
offset i, j) and an all-zero kernel in conv1; conv2's filter o repeats kernel o over its three inputs; biases zero.
Random start: PyTorch's default (random biases), and the same with zero biases as DL4J starts them.

Usage: /usr/bin/python3 frozen_kernels_torch.py [k=3] [per-class=5,100] [epochs=auto] [noise=0.05] [classes=3]
Prints one line per regime and seed: validation accuracy (100 images per class) of edge, random, random with zero bias.
"""
import random
import sys

import numpy as np
import torch
import torch.nn as nn

torch.set_num_threads(1)


def draw(c, s, rnd, nrnd, noise):
    bg = 0.3 * rnd.random()
    ed = 0.7 + 0.3 * rnd.random()
    if rnd.random() < 0.5:
        bg, ed = 1 - bg, 1 - ed
    px = np.full((s, s), bg, np.float32)
    w = 1 + rnd.randrange(5)

    def band(horizontal):
        at = rnd.randrange(s - w + 1)
        if horizontal:
            px[at:at + w, :] = ed
        else:
            px[:, at:at + w] = ed

    if c in (0, 1):
        band(c == 0)
    elif c in (3, 4):
        sh = rnd.randrange(s) - s // 2
        for r in range(s):
            for col in range(s):
                d = (r + col) - (s - 1) - sh if c == 4 else (col - r) - sh
                if 0 <= d < w:
                    px[r, col] = ed
    elif c == 5:
        band(True)
        band(False)
    px += noise * nrnd.standard_normal((s, s)).astype(np.float32)
    return px


def data(per, val, seed, classes, noise, s=28):
    rnd = random.Random(seed)
    nr = np.random.default_rng(seed + 99)

    def images(n):
        x, y = [], []
        for c in range(classes):
            for _ in range(n):
                x.append(draw(c, s, rnd, nr, noise))
                y.append(c)
        return torch.tensor(np.array(x))[:, None], torch.tensor(y)

    return images(per), images(val)


def kernels(k):
    r = k // 2
    kx = np.zeros((k, k), np.float32)
    ky = np.zeros((k, k), np.float32)
    for j in range(-r, r + 1):
        for i in range(-r, r + 1):
            if i or j:
                kx[j + r, i + r] = i / (i * i + j * j)
                ky[j + r, i + r] = j / (i * i + j * j)
    return [kx, ky, np.zeros((k, k), np.float32)]


class Net(nn.Module):
    def __init__(self, k, classes, size=28):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 3, k, padding=k // 2)
        self.conv2 = nn.Conv2d(3, 3, k, padding=k // 2)
        self.fc = nn.Linear(3 * (size // 4) ** 2, classes)

    def forward(self, x):
        x = torch.max_pool2d(torch.relu(self.conv1(x)), 2)
        x = torch.max_pool2d(torch.relu(self.conv2(x)), 2)
        return self.fc(x.flatten(1))


def run(start, per, seed, k, epochs, noise, classes):
    (x, y), (xv, yv) = data(per, 100, seed, classes, noise)
    torch.manual_seed(seed)
    net = Net(k, classes)
    with torch.no_grad():
        if start == "edge":
            ks = kernels(k)
            for o in range(3):
                net.conv1.weight[o, 0] = torch.tensor(ks[o])
                for i in range(3):
                    net.conv2.weight[o, i] = torch.tensor(ks[o])
        if start in ("edge", "random0b"):
            net.conv1.bias.zero_()
            net.conv2.bias.zero_()
    for name, p in net.named_parameters():
        if name.startswith("conv"):
            p.requires_grad = False
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=0.01)
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        perm = torch.randperm(len(x), generator=g)
        for b in range(0, len(x), 10):
            idx = perm[b:b + 10]
            opt.zero_grad()
            nn.functional.cross_entropy(net(x[idx]), y[idx]).backward()
            opt.step()
    with torch.no_grad():
        return (net(xv).argmax(1) == yv).float().mean().item()


if __name__ == "__main__":
    a = sys.argv[1:] + [None] * 5
    k = int(a[0] or 3)
    pers = [int(p) for p in (a[1] or "5,100").split(",")]
    noise = float(a[3] or 0.05)
    classes = int(a[4] or 3)
    for per in pers:
        epochs = int(a[2]) if a[2] and a[2] != "auto" else (50 if per >= 100 else 100)
        for seed in (1, 2, 3):
            acc = [run(s, per, seed, k, epochs, noise, classes) for s in ("edge", "random", "random0b")]
            print(f"k={k} per-class={per} epochs={epochs} noise={noise} classes={classes} seed={seed}: "
                  f"edge {acc[0]:.3f} random {acc[1]:.3f} random-zero-bias {acc[2]:.3f}", flush=True)
