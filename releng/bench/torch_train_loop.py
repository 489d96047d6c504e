#!/usr/bin/python3
"""PyTorch's side of TrainLoop.java: the same model trained for a fixed number of steps (forward,
cross-entropy, backward, Adam 1e-3) on 16 synthetic batches, so that whole-process timings of the
two can be compared step for step.

  /usr/bin/python3 releng/bench/torch_train_loop.py MODEL BATCH STEPS [--warmup N] [--threads N]
"""
import argparse
import os
import time

import torch
import torch.nn as nn

from pytorch_bench import MODELS


def main():
    p = argparse.ArgumentParser()
    p.add_argument("model", choices=sorted(MODELS))
    p.add_argument("batch", type=int)
    p.add_argument("steps", type=int)
    p.add_argument("--warmup", type=int, default=0)
    p.add_argument("--threads", type=int, default=os.cpu_count())
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    build, shape, classes = MODELS[a.model]
    torch.manual_seed(42)
    net = build()
    gen = torch.Generator().manual_seed(7)
    data = [(torch.rand((a.batch,) + shape, generator=gen),
             torch.tensor([(r * 7 + i) % classes for r in range(a.batch)])) for i in range(16)]
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    net.train()

    def step(i):
        x, y = data[i % len(data)]
        opt.zero_grad()
        loss_fn(net(x), y).backward()
        opt.step()

    for i in range(a.warmup):
        step(i)
    t0 = time.perf_counter()
    for i in range(a.steps):
        step(i)
    rate = a.steps * a.batch / (time.perf_counter() - t0)
    print("%s batch %d, %d threads, torch %s: %.0f images/s over %d steps" % (a.model, a.batch, a.threads,
                                                                               torch.__version__, rate, a.steps))


if __name__ == "__main__":
    main()
