#!/usr/bin/python3
"""The models of `nnwb bench` in PyTorch, timed the same way: synthetic images, one unmeasured
warm-up epoch, then the median images/s of the measured epochs; training is forward, backward
and an Adam step, inference a forward pass under no_grad. CPU only, --threads like ND4J's.

Models (as nnwb.compute.dl4j.bench.BenchModels defines them):
  edge-cnn      28x28x1: CONV3-10 ReLU, MAXPOOL2, CONV3-10 ReLU, MAXPOOL2, FC-3 (softmax/CE)
  small-resnet  32x32x3: conv3-16 BN ReLU, residual blocks 16, 32/2, 64/2 (conv3 BN ReLU conv3 BN,
                1x1 conv + BN shortcut when the shape changes), global average pool, FC-10
Run with Debian's python3-torch: /usr/bin/python3 releng/bench/pytorch_bench.py --json
"""
import argparse
import json
import statistics
import sys
import time

import torch
import torch.nn as nn


def edge_cnn():
    return nn.Sequential(
        nn.Conv2d(1, 10, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(10, 10, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(10 * 5 * 5, 3))


class Block(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.c1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.b1 = nn.BatchNorm2d(cout)
        self.c2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.b2 = nn.BatchNorm2d(cout)
        self.short = None
        if stride != 1 or cin != cout:
            self.short = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, 0, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x):
        y = torch.relu(self.b1(self.c1(x)))
        y = self.b2(self.c2(y))
        return torch.relu(y + (x if self.short is None else self.short(x)))


def small_resnet():
    return nn.Sequential(
        nn.Conv2d(3, 16, 3, 1, 1, bias=False), nn.BatchNorm2d(16), nn.ReLU(),
        Block(16, 16, 1), Block(16, 32, 2), Block(32, 64, 2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(64, 10))


MODELS = {"edge-cnn": (edge_cnn, (1, 28, 28), 3), "small-resnet": (small_resnet, (3, 32, 32), 10)}


def median_rate(epochs, images, epoch):
    epoch()
    rates = []
    for _ in range(epochs):
        t0 = time.perf_counter()
        epoch()
        rates.append(images / (time.perf_counter() - t0))
    return statistics.median(rates)


def run_case(name, batch, images, epochs, channels_last):
    build, shape, classes = MODELS[name]
    torch.manual_seed(42)
    net = build()
    batches = max(1, images // batch)
    gen = torch.Generator().manual_seed(7)
    data = []
    for i in range(batches):
        x = torch.rand((batch,) + shape, generator=gen)
        if channels_last:
            x = x.contiguous(memory_format=torch.channels_last)
        y = torch.tensor([(r * 7 + i) % classes for r in range(batch)])
        data.append((x, y))
    if channels_last:
        net = net.to(memory_format=torch.channels_last)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()

    def train_epoch():
        net.train()
        for x, y in data:
            opt.zero_grad()
            loss_fn(net(x), y).backward()
            opt.step()

    def infer_epoch():
        net.eval()
        with torch.no_grad():
            for x, _ in data:
                net(x)

    n = batches * batch
    return [("train", median_rate(epochs, n, train_epoch)), ("inference", median_rate(epochs, n, infer_epoch))]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--models", default="edge-cnn,small-resnet")
    p.add_argument("--batches", default="64,256")
    p.add_argument("--images", type=int, default=2048)
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--channels-last", action="store_true")
    p.add_argument("--json", action="store_true")
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    rows = []
    for m in a.models.split(","):
        for b in (int(v) for v in a.batches.split(",")):
            for phase, rate in run_case(m, b, a.images, a.epochs, a.channels_last):
                rows.append({"model": m, "phase": phase, "batch": b, "imagesPerSecond": rate,
                             "threads": a.threads, "backend": "PyTorch " + torch.__version__ + " CPU"})
    if a.json:
        json.dump({"rows": rows}, sys.stdout, indent=1)
        print()
    else:
        for r in rows:
            print("%-13s %-9s batch %4d  %10.1f images/s" % (r["model"], r["phase"], r["batch"], r["imagesPerSecond"]))


if __name__ == "__main__":
    main()
