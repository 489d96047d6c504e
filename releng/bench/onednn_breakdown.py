#!/usr/bin/python3
"""Sums oneDNN's own verbose log (DNNL_VERBOSE=1: one line per primitive executed, with its time)
by primitive kind and propagation, and lists the costliest primitives with their shapes.

  onednn_breakdown.py LOG --steps N [--top 20]

Only the last N training steps' primitives are summed (the first lines of a log are warm-up and
primitive creation); the number of primitives per step is read from the log itself (it repeats).
"""
import argparse
import collections


def main():
    p = argparse.ArgumentParser()
    p.add_argument("log")
    p.add_argument("--steps", type=int, required=True, help="the number of measured steps at the end of the log")
    p.add_argument("--per-step", type=int, default=0, help="primitives per step (default: found from the log)")
    p.add_argument("--top", type=int, default=20)
    a = p.parse_args()
    version = "?"
    execs = []
    for line in open(a.log):
        if not line.startswith(("dnnl_verbose,", "onednn_verbose,")):
            continue
        f = line.rstrip("\n").split(",")
        if f[1] == "info" and f[2].startswith("oneDNN"):
            version = f[2]
        elif f[1] == "exec":
            execs.append((f[3], f[5], f[4], f[-2], float(f[-1])))
    per_step = a.per_step or period(execs)
    window = execs[-per_step * a.steps:]
    total = sum(e[4] for e in window)
    print("%s; %d primitives per training step; %d steps: %.2f ms of oneDNN time per step"
          % (version, per_step, a.steps, total / a.steps))
    print()
    print("| oneDNN primitive | ms per step | share |")
    print("|---|---:|---:|")
    kinds = collections.Counter()
    for kind, prop, _, _, ms in window:
        kinds["reorder (layout change)" if kind == "reorder" else kind + " " + prop] += ms
    for k, ms in kinds.most_common():
        print("| %s | %.3f | %.1f%% |" % (k, ms / a.steps, 100 * ms / total))
    print()
    rows = collections.defaultdict(lambda: [0, 0.0])
    for kind, prop, impl, desc, ms in window:
        rows[(kind, prop, impl, desc)][0] += 1
        rows[(kind, prop, impl, desc)][1] += ms
    for (kind, prop, impl, desc), (n, ms) in sorted(rows.items(), key=lambda r: -r[1][1])[:a.top]:
        print("%5.2f calls %7.3f ms/step  %s %s %s %s" % (n / a.steps, ms / a.steps, kind, prop, impl, desc))


def period(execs):
    """The shortest repeat length of the log's tail (kind, propagation and shape of each primitive)."""
    keys = [(e[0], e[1], e[3]) for e in execs]
    for n in range(1, len(keys) // 3):
        tail = keys[-3 * n:]
        if tail[:n] == tail[n:2 * n] == tail[2 * n:]:
            return n
    raise SystemExit("no repeating step found in the log; give --per-step")


if __name__ == "__main__":
    main()
