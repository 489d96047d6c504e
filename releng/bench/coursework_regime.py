#!/usr/bin/python3
"""The coursework regime of issue 29 (item 3): the ready experiment "CNN vs MLP, 10 images per class" (its CNN run,
batch 10, 300 validation images) trained headless through the product, `nnwb train --experiment cnn-vs-mlp-10
--run 1 --epochs E --json`, against the same loop in PyTorch (torch_coursework.py, torch.set_num_threads(2)),
interleaved N times (the order alternates each round). Both report wall-clock instants (ms since 1970): when the
first training step started (firstStepAt) and when the last epoch's validation metrics were known (lastEpochAt);
this driver takes the instant just before it starts each process, so both sides are measured the same way:

  from process start = lastEpochAt - the instant the process was started
  from the first step = lastEpochAt - firstStepAt

It prints each round, the medians, the ratios PyTorch / ours (the issue's target: >= 0.7 from process start), and
the medians of our run's `timings` (where the time went) as shares of the time from process start.

  releng/bench/coursework-regime [N] [--epochs E] [--product DIR] [--threads T] [--keep DIR]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PRODUCT = os.path.join(ROOT, "releng/nnwb.product/target/products/nnwb/linux/gtk/x86_64/nnwb")


def run(cmd, env=None):
    """Starts cmd, returns (start instant in ms, the JSON document it printed)."""
    start = time.time() * 1000
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    if p.returncode != 0:
        sys.exit("coursework-regime: failed (exit %d): %s\n%s" % (p.returncode, " ".join(cmd), p.stderr.strip()[-2000:]))
    lines = p.stdout.splitlines()
    for i, line in enumerate(lines):  # nnwb prints its document over several lines, PyTorch's side on one
        if line.startswith("{"):
            try:
                return start, json.loads("\n".join(lines[i:]))
            except ValueError:
                continue
    sys.exit("coursework-regime: no JSON from " + " ".join(cmd))


def main():
    a = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    a.add_argument("n", nargs="?", type=int, default=10, help="rounds (default 10)")
    a.add_argument("--epochs", type=int, default=30, help="epochs (default 30, as the issue measured)")
    a.add_argument("--product", default=PRODUCT, help="the built product's folder")
    a.add_argument("--threads", type=int, default=2, help="PyTorch's threads (default 2)")
    a.add_argument("--keep", help="keep our run folders here (default: a temporary folder, removed)")
    o = a.parse_args()
    nnwb = os.path.join(o.product, "nnwb")
    if o.n < 1:
        sys.exit("coursework-regime: N must be at least 1, not %d" % o.n)
    if not os.access(nnwb, os.X_OK):
        sys.exit("coursework-regime: no product at %s (build releng/nnwb.product first)" % o.product)
    out = o.keep or tempfile.mkdtemp(prefix="nnwb-regime-")
    ours_cmd = [nnwb, "train", "--experiment", "cnn-vs-mlp-10", "--run", "1", "--epochs", str(o.epochs), "--json"]
    torch_cmd = ["/usr/bin/python3", os.path.join(HERE, "torch_coursework.py"), "--epochs", str(o.epochs),
                 "--threads", str(o.threads)]
    rows = {"ours": [], "torch": []}
    timings = []
    try:
        for i in range(o.n):
            for side in (("ours", "torch") if i % 2 == 0 else ("torch", "ours")):
                if side == "ours":
                    folder = os.path.join(out, "run-%d" % (i + 1))
                    start, j = run(ours_cmd + ["--out", folder])
                    t = j["timings"]
                    timings.append(dict(t, fromStart=t["lastEpochAt"] - start, launch=t["jvmStartAt"] - start))
                    last, first = t["lastEpochAt"], t["firstStepAt"]
                else:
                    start, j = run(torch_cmd)
                    last, first = j["lastEpochAt"], j["firstStepAt"]
                rows[side].append(((last - start) / 1000, (last - first) / 1000))
            print("round %2d: ours %.3f s from start, %.3f s from the first step; PyTorch %.3f s, %.3f s"
                  % ((i + 1,) + rows["ours"][-1] + rows["torch"][-1]), flush=True)
    finally:
        if not o.keep:
            shutil.rmtree(out, ignore_errors=True)
    med = {s: (statistics.median(r[0] for r in rows[s]), statistics.median(r[1] for r in rows[s])) for s in rows}
    print("medians of %d rounds, %d epochs:" % (o.n, o.epochs))
    for label, k in (("from process start", 0), ("from the first training step", 1)):
        print("  %-30s ours %.3f s, PyTorch %.3f s, PyTorch / ours %.2f"
              % (label, med["ours"][k], med["torch"][k], med["torch"][k] / med["ours"][k]))
    whole = statistics.median(t["fromStart"] / 1000 for t in timings)
    print("our time to the last epoch from process start, median %.3f s, by phase (medians, share of it):" % whole)
    launch = statistics.median(t["launch"] / 1000 for t in timings)
    print("  %-12s %7.3f s %5.1f%%" % ("jvmStart", launch, 100 * launch / whole))
    for k in ("prepare", "data", "start", "build", "firstStep", "steps", "evaluate", "checkpoint", "histograms",
              "listeners", "runFolder", "total"):
        v = statistics.median(t.get(k, 0.0) for t in timings)
        print("  %-12s %7.3f s %5.1f%%" % (k, v, 100 * v / whole))
    print("  (jvmStart: the launcher until the JVM started; data is part of prepare, firstStep part of steps;"
          " total: the command's run from prepare to the run folder written, after the last epoch too)")


if __name__ == "__main__":
    main()
