#!/usr/bin/python3
"""Writes torch-optim-defaults.csv: the signature defaults of torch.optim's optimizers.

The table is the test data of PyTorchDefaultsTest (committed, so the test needs no PyTorch).
Regenerate with:  /usr/bin/python3 torch_optim_defaults.py > torch-optim-defaults.csv
Columns: class, argument, default ("required" where PyTorch has none, tuples as one row per element: betas.0, betas.1).
"""
import inspect

import torch

print(f"# torch {torch.__version__}: inspect.signature(torch.optim.X.__init__) defaults")
print("class,argument,default")
for cls in (torch.optim.SGD, torch.optim.Adam, torch.optim.AdamW, torch.optim.RMSprop, torch.optim.Adagrad):
    for name, p in inspect.signature(cls.__init__).parameters.items():
        if name in ("self", "params") or p.kind == inspect.Parameter.KEYWORD_ONLY:
            continue
        if name in ("foreach", "maximize", "capturable", "differentiable", "fused"):
            continue  # how PyTorch runs the update, not what it computes
        d = p.default
        if d is inspect.Parameter.empty or type(d).__name__ == "_RequiredParameter":
            print(f"{cls.__name__},{name},required")
        elif isinstance(d, tuple):
            for i, v in enumerate(d):
                print(f"{cls.__name__},{name}.{i},{float(v)!r}")
        else:
            print(f"{cls.__name__},{name},{float(d)!r}")
