#!/usr/bin/python3
"""What the analysis engine is measured against: torchvision's ResNet-152, one forward pass at batch 1
(3x224x224) with a forward hook on every leaf module that records its output shape and parameter count,
the way torchinfo-style summaries work. Prints JSON with the median time over RUNS passes.
Run with Debian's python3-torch and python3-torchvision: /usr/bin/python3 releng/bench/resnet152_hooks.py"""
import json
import statistics
import sys
import time

import torch
import torchvision

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
torch.set_num_threads(threads)
model = torchvision.models.resnet152(weights=None, num_classes=1000).eval()
rows = []


def hook(module, inputs, output):
    rows.append((type(module).__name__, tuple(output.shape), sum(p.numel() for p in module.parameters(recurse=False))))


for m in model.modules():
    if len(list(m.children())) == 0:
        m.register_forward_hook(hook)
x = torch.randn(1, 3, 224, 224)
times = []
with torch.no_grad():
    model(x)  # warm-up
    for _ in range(runs):
        rows.clear()
        t0 = time.perf_counter()
        model(x)
        times.append((time.perf_counter() - t0) * 1000)
print(json.dumps({"model": "resnet152", "threads": threads, "runs": runs, "layers": len(rows),
                  "params": sum(r[2] for r in rows), "medianMs": round(statistics.median(times), 1),
                  "minMs": round(min(times), 1)}))
