#!/usr/bin/python3
"""PyTorch's side of releng/bench/coursework-regime: the ready experiment "CNN vs MLP, 10 images per class"
(its CNN: conv 8 3x3 pad 1, ReLU, max pool 2, conv 8 3x3 pad 1, ReLU, max pool 2, global average pooling,
fc 3; Adam 0.01, batch 10) written as a user writes the loop: shuffled minibatches, loss.item() every step,
and after every epoch the training accuracy over the training images and the validation loss and accuracy over
the validation images, in batches of the training batch, under torch.no_grad().

  /usr/bin/python3 releng/bench/torch_coursework.py [--per-class 10] [--val-per-class 100] [--batch 10]
                                                     [--epochs 30] [--threads 2]

Prints one JSON line: firstStepAt and lastEpochAt (wall clock, ms since 1970: when the first training step started
and when the last epoch's validation metrics were known), steps (seconds in training steps), evaluate (seconds in
evaluation), epochs, finalValAccuracy. The images are random (the timing does not depend on their values).
"""
import argparse
import json
import time

import torch
import torch.nn as nn


def edge_cnn(classes):
    return nn.Sequential(
        nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(8, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, classes))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--per-class", type=int, default=10)
    p.add_argument("--val-per-class", type=int, default=100)
    p.add_argument("--classes", type=int, default=3)
    p.add_argument("--batch", type=int, default=10)
    p.add_argument("--epochs", type=int, default=30)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    gen = torch.Generator().manual_seed(a.seed)
    n, nv = a.per_class * a.classes, a.val_per_class * a.classes
    x_train = torch.rand((n, 1, 28, 28), generator=gen)
    y_train = torch.arange(n) % a.classes
    x_val = torch.rand((nv, 1, 28, 28), generator=gen)
    y_val = torch.arange(nv) % a.classes
    net = edge_cnn(a.classes)
    opt = torch.optim.Adam(net.parameters(), lr=0.01)
    loss_fn = nn.CrossEntropyLoss()

    def evaluate(x, y):
        net.eval()
        loss, hits = 0.0, 0
        with torch.no_grad():
            for i in range(0, len(x), a.batch):
                out = net(x[i:i + a.batch])
                loss += loss_fn(out, y[i:i + a.batch]).item() * len(out)
                hits += (out.argmax(1) == y[i:i + a.batch]).sum().item()
        net.train()
        return loss / len(x), hits / len(x)

    first_step_at = None
    steps = evaluate_s = 0.0
    val_acc = None
    for epoch in range(a.epochs):
        order = torch.randperm(n, generator=gen)
        t = time.perf_counter()
        if first_step_at is None:
            first_step_at = time.time() * 1000
        for i in range(0, n, a.batch):
            idx = order[i:i + a.batch]
            opt.zero_grad()
            loss = loss_fn(net(x_train[idx]), y_train[idx])
            loss.backward()
            opt.step()
            loss.item()
        e = time.perf_counter()
        steps += e - t
        evaluate(x_train, y_train)
        _, val_acc = evaluate(x_val, y_val)
        evaluate_s += time.perf_counter() - e
        last_epoch_at = time.time() * 1000
    print(json.dumps({"firstStepAt": first_step_at, "lastEpochAt": last_epoch_at, "steps": steps,
                      "evaluate": evaluate_s, "epochs": a.epochs, "finalValAccuracy": val_acc,
                      "torch": torch.__version__, "threads": a.threads}))


if __name__ == "__main__":
    main()
