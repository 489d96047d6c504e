#!/usr/bin/python3
"""Writes ceil-mode-pool.csv: PyTorch's output size of max_pool2d(ceil_mode=True) over a grid.

The table is the test data of CeilModePoolingOracleTest (committed, so the test needs no PyTorch).
Regenerate with:  /usr/bin/python3 ceil_mode_pool.py > ceil-mode-pool.csv
Columns: in, kernel, stride, padding, dilation, out (0 where PyTorch refuses: "Output size is too small").
Only padding <= kernel // 2 is listed (PyTorch refuses larger padding before it looks at sizes).
"""
import torch
import torch.nn.functional as F


def size(pool, x, *args, **kwargs):
    """The output width, or 0 where PyTorch refuses ("Output size is too small")."""
    try:
        return pool(x, *args, ceil_mode=True, **kwargs).shape[-1]
    except RuntimeError as e:
        if "too small" not in str(e):
            raise
        return 0


print(f"# torch {torch.__version__}: max_pool2d(ceil_mode=True) on a square input, square kernel;"
      " avg_pool2d(ceil_mode=True) gives the same size on every dilation-1 row (asserted by this script)")
print("in,kernel,stride,padding,dilation,out")
for n in range(1, 11):
    for k in range(1, 8):
        for s in range(1, 5):
            for p in range(0, k // 2 + 1):
                for d in (1, 2):
                    x = torch.zeros(1, 1, n, n)
                    out = size(F.max_pool2d, x, k, stride=s, padding=p, dilation=d)
                    if d == 1:
                        assert size(F.avg_pool2d, x, k, stride=s, padding=p) == out, (n, k, s, p)
                    print(f"{n},{k},{s},{p},{d},{out}")
