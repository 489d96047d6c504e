#!/usr/bin/python3
"""The spike's table (issue 29, step 1): reads run-all's kernels.tsv (rows: impl model batch layer call ms
boundary, the median per call) and steps.tsv (model batch ms-per-training-step of today's DL4J, from
releng/bench/train-steps), and estimates a training step with oneDNN 3 kernels of our own:

  estimate = today's step - libnd4j's conv/pool/bn calls (as DL4J makes them: with their reorders, primitive
             creation, the first layer's input gradient, batch-norm statistics by ND4J reductions)
             + our oneDNN 3 kernels + the reorders that remain at the NHWC chain's boundaries

Each chain's time per step is the sum of its calls' medians (robust to a call preempted now and then on a
shared machine). Go on (issue 29) only if today's step / estimate >= 1.5.

  /usr/bin/python3 estimate.py OUTDIR
"""
import collections
import statistics
import sys


def main():
    out = sys.argv[1]
    calls = collections.defaultdict(lambda: collections.defaultdict(list))  # (impl,model,batch) -> (layer,call) -> [ms]
    with open(f"{out}/kernels.tsv") as f:
        for line in f:
            impl, model, batch, layer, call, ms, boundary = line.rstrip("\n").split("\t")
            if layer != "ALL":
                calls[(impl, model, int(batch))][(layer, call, boundary == "true")].append(float(ms))
    steps = collections.defaultdict(list)
    with open(f"{out}/steps.tsv") as f:
        for line in f:
            model, batch, ms = line.split()
            steps[(model, int(batch))].append(float(ms))

    def total(impl, model, batch, boundary):
        c = calls.get((impl, model, batch))
        if not c:
            return None
        return sum(statistics.median(v) for (layer, call, b), v in c.items() if b == boundary)

    print("| model, batch | today's DL4J step | libnd4j conv/pool/bn calls | oneDNN 3 kernels (ours) | boundary "
          "reorders (ours) | ours / libnd4j | PyTorch's kernels (NCHW) | PyTorch's kernels (channels-last) | "
          "estimated step | today / estimate | >= 1.5? |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for model, batch in sorted(steps):
        today = statistics.median(steps[(model, batch)])
        nd4j = total("nd4j", model, batch, False)
        ours = total("onednn3", model, batch, False)
        edge = total("onednn3", model, batch, True)
        torch = total("pytorch", model, batch, False)
        torch_cl = total("pytorch-nhwc", model, batch, False)
        if None in (nd4j, ours, edge):
            print(f"| {model} b{batch} | {today:.2f} | (missing kernel rows) |")
            continue
        rest = today - nd4j
        est = rest + ours + edge
        note = "" if rest > 0 else " (libnd4j's calls alone exceed the step: measurement too noisy)"
        fmt = lambda v: "-" if v is None else f"{v:.2f}"
        print(f"| {model} b{batch} | {today:.2f} | {nd4j:.2f} | {ours:.2f} | {edge:.2f} | {(ours + edge) / nd4j:.2f} | "
              f"{fmt(torch)} | "
              f"{fmt(torch_cl)} | {today:.2f} - {nd4j:.2f} + {ours:.2f} + {edge:.2f} = {est:.2f} | "
              f"{today / est:.2f} | {'yes' if today / est >= 1.5 else 'no'}{note} |")
    print("\n(ms per training step; medians; kernel chains: sum of the median of each call)")


if __name__ == "__main__":
    main()
