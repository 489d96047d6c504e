#!/usr/bin/python3
"""The PyTorch side of the export round trip (nnwb.core.bridge.tests, RoundTripTest), recorded so that CI needs no torch.

PyTorchExportTest leaves the Python that `nnwb export --to pytorch` writes for every template in
engine/nnwb.core.bridge.tests/target/pytorch-export/. This script runs each file with PyTorch: it builds the network,
counts its parameters and runs a forward pass on a batch of 2, and writes
- export-oracle.csv: template, parameters, per-example output shape (RoundTripTest compares them with the engine);
- roundtrip/<template>.onnx: the module exported again by torch.onnx.export (export_params=False, batch norm kept),
  which RoundTripTest imports to check that export then import gives the same analysis. The largest templates
  (resnet101, resnet152: resnet50's blocks, more of them) are run but not exported, to keep the fixtures small.

Run with Debian's python3-torch (apt-get install -y python3-torch):
    /usr/bin/python3 releng/oracle/export_roundtrip.py [PY_DIR [OUT_DIR]]
"""
import csv
import importlib.util
import io
import os
import sys
import warnings

import torch
import torch.nn as nn

warnings.filterwarnings("ignore")
torch.manual_seed(0)

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, "..", "..", "engine", "nnwb.core.bridge.tests")
PY_DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(TESTS, "target", "pytorch-export")
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(TESTS, "src", "nnwb", "core", "bridge", "fixtures")
NOT_EXPORTED = {"resnet101", "resnet152"}


def top_class(module, path):
    """The class that the file's __main__ builds."""
    with open(path) as f:
        for line in f:
            if line.strip().startswith("model = "):
                return getattr(module, line.split("=")[1].strip().split("(")[0])
    raise ValueError("no model in " + path)


def main():
    os.makedirs(os.path.join(OUT, "roundtrip"), exist_ok=True)
    rows = []
    for file in sorted(os.listdir(PY_DIR)):
        if not file.endswith(".py"):
            continue
        name = file[:-3]
        path = os.path.join(PY_DIR, file)
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        model = top_class(module, path)().eval()
        first = next(m for m in model.modules() if isinstance(m, (nn.Conv1d, nn.Conv2d, nn.Linear, nn.ConvTranspose2d)))
        with open(path) as f:
            dims = [int(d) for d in next(l for l in f if "x = torch.randn(" in l).split("(")[1].split(")")[0].split(",")]
        x = torch.randn(*dims)
        with torch.no_grad():
            y = model(x)
        params = sum(p.numel() for p in model.parameters())
        shape = "x".join(str(d) for d in y.shape[1:])
        rows.append([name, params, shape])
        print(f"{name}: {params} parameters, output {shape}", flush=True)
        if name not in NOT_EXPORTED:
            f = io.BytesIO()
            torch.onnx.export(model, x, f, export_params=False, opset_version=14, input_names=["x"], output_names=["y"],
                              dynamic_axes={"x": {0: "batch"}, "y": {0: "batch"}},
                              training=torch.onnx.TrainingMode.PRESERVE, do_constant_folding=False)
            with open(os.path.join(OUT, "roundtrip", name + ".onnx"), "wb") as out:
                out.write(f.getvalue())
        del first
    with open(os.path.join(OUT, "export-oracle.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["template", "params", "output"])
        w.writerows(rows)
    print("torch", torch.__version__, "written to", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
