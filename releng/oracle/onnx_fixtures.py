#!/usr/bin/python3
"""Records the PyTorch side of the ONNX import tests (nnwb.core.bridge.tests), so that CI needs no torch.

For each torchvision classifier (and a few small networks that use the operators the classifiers do not):
- <name>.onnx: torch.onnx.export in eval mode with export_params=False (weights become graph inputs that
  carry only their shapes: a few kB per model), batch as the dynamic axis "batch", batch norm kept
  (TrainingMode.PRESERVE, no constant folding, so it is not folded into the convolutions);
- a row in torchvision-params.csv: model, opset, parameters (sum of p.numel()), input shape, output shape;
- rows in torchvision-shapes.csv: model, module path, per-example output shape (C x H x W or F), for every
  leaf module that the forward pass calls exactly once (forward hooks, as torchinfo does).

Run with Debian's python3-torch and python3-torchvision (apt-get install -y python3-torch python3-torchvision):
    /usr/bin/python3 releng/oracle/onnx_fixtures.py [OUT_DIR]
OUT_DIR defaults to the test bundle's resource folder engine/nnwb.core.bridge.tests/src/nnwb/core/bridge/fixtures.
"""
import csv
import io
import os
import sys
import warnings

import torch
import torch.nn as nn
import torchvision.models as tv

warnings.filterwarnings("ignore")
torch.manual_seed(0)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    HERE, "..", "..", "engine", "nnwb.core.bridge.tests", "src", "nnwb", "core", "bridge", "fixtures")


class OpsNet(nn.Module):
    """The operators no torchvision classifier exports: transposed convolution, nearest upsampling,
    average pooling with ceil_mode and padding, GELU, tanh, leaky ReLU, a view as flatten, dropout,
    a linear layer without bias, softmax."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)
        self.gelu = nn.GELU()
        self.pool = nn.AvgPool2d(3, stride=2, padding=1, ceil_mode=True)
        self.up = nn.Upsample(scale_factor=2, mode="nearest")
        self.deconv = nn.ConvTranspose2d(8, 4, 3, stride=2, padding=1, output_padding=1)
        self.tanh = nn.Tanh()
        self.mp = nn.MaxPool2d(2, ceil_mode=True)
        self.leaky = nn.LeakyReLU(0.1)
        self.drop = nn.Dropout(0.25)
        self.fc = nn.Linear(4 * 34 * 34, 10, bias=False)
        self.soft = nn.Softmax(dim=1)

    def forward(self, x):
        x = self.gelu(self.conv(x))
        x = self.up(self.pool(x))
        x = self.leaky(self.mp(self.tanh(self.deconv(x))))
        x = x.view(x.size(0), -1)
        return self.soft(self.fc(self.drop(x)))


class SmallMlp(nn.Module):
    """A vector network with sigmoid and ReLU6 (Clip), exported at old and new opsets."""

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(20, 16)
        self.act1 = nn.Sigmoid()
        self.fc2 = nn.Linear(16, 8)
        self.act2 = nn.ReLU6()
        self.fc3 = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc3(self.act2(self.fc2(self.act1(self.fc1(x)))))


class ChannelShuffle(nn.Module):
    """ShuffleNet's channel shuffle after a grouped convolution: a Transpose, which .nnet cannot express."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)

    def forward(self, x):
        x = self.conv(x)
        n, c, h, w = x.shape
        x = x.view(n, 2, c // 2, h, w).transpose(1, 2).contiguous()
        return x.view(n, c, h, w)


# name -> (constructor, input shape without the batch, opset)
MODELS = {
    "alexnet": (lambda: tv.alexnet(weights=None), (3, 224, 224), 14),
    "vgg11": (lambda: tv.vgg11(weights=None), (3, 224, 224), 14),
    "vgg16_bn": (lambda: tv.vgg16_bn(weights=None), (3, 224, 224), 14),
    "resnet18": (lambda: tv.resnet18(weights=None), (3, 224, 224), 14),
    "resnet50": (lambda: tv.resnet50(weights=None), (3, 224, 224), 14),
    "resnext50_32x4d": (lambda: tv.resnext50_32x4d(weights=None), (3, 224, 224), 14),
    "squeezenet1_0": (lambda: tv.squeezenet1_0(weights=None), (3, 224, 224), 14),
    "squeezenet1_1": (lambda: tv.squeezenet1_1(weights=None), (3, 224, 224), 14),
    "googlenet": (lambda: tv.googlenet(weights=None, aux_logits=False, init_weights=False), (3, 224, 224), 14),
    "densenet121": (lambda: tv.densenet121(weights=None), (3, 224, 224), 14),
    "mobilenet_v2": (lambda: tv.mobilenet_v2(weights=None), (3, 224, 224), 14),
    "mobilenet_v3_small": (lambda: tv.mobilenet_v3_small(weights=None), (3, 224, 224), 14),
    "mobilenet_v3_large": (lambda: tv.mobilenet_v3_large(weights=None), (3, 224, 224), 14),
    "efficientnet_b0": (lambda: tv.efficientnet_b0(weights=None), (3, 224, 224), 14),
    "mnasnet0_5": (lambda: tv.mnasnet0_5(weights=None), (3, 224, 224), 14),
    "regnet_y_400mf": (lambda: tv.regnet_y_400mf(weights=None), (3, 224, 224), 14),
    # channel shuffle (Reshape + Transpose, as ShuffleNet does): not expressible in .nnet, the import names the node
    "channel_shuffle": (ChannelShuffle, (3, 16, 16), 14),
    "ops_net": (OpsNet, (3, 32, 32), 14),
    "small_mlp_opset9": (SmallMlp, (20,), 9),
    "small_mlp_opset17": (SmallMlp, (20,), 17),
}


def shape_text(t):
    return "x".join(str(d) for d in t.shape[1:])


def record(name, make, in_shape, opset, params_rows, shape_rows):
    model = make().eval()
    calls, shapes = {}, {}
    handles = []
    for path, m in model.named_modules():
        if path and len(list(m.children())) == 0:
            def hook(mod, inp, out, path=path):
                calls[path] = calls.get(path, 0) + 1
                shapes[path] = shape_text(out)
            handles.append(m.register_forward_hook(hook))
    x = torch.randn(2, *in_shape)
    with torch.no_grad():
        y = model(x)
    for h in handles:
        h.remove()
    f = io.BytesIO()
    torch.onnx.export(model, x, f, export_params=False, opset_version=opset, input_names=["x"], output_names=["y"],
                      dynamic_axes={"x": {0: "batch"}, "y": {0: "batch"}},
                      training=torch.onnx.TrainingMode.PRESERVE, do_constant_folding=False)
    with open(os.path.join(OUT, name + ".onnx"), "wb") as out:
        out.write(f.getvalue())
    params = sum(p.numel() for p in model.parameters())
    params_rows.append([name, opset, params, "x".join(map(str, in_shape)), shape_text(y)])
    for path in sorted(shapes):
        if calls[path] == 1:
            shape_rows.append([name, path, shapes[path]])
    print(f"{name}: {params} parameters, {len(f.getvalue())} bytes", flush=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    params_rows, shape_rows = [], []
    only = set(sys.argv[2:])
    for name, (make, in_shape, opset) in MODELS.items():
        if not only or name in only:
            record(name, make, in_shape, opset, params_rows, shape_rows)
    with open(os.path.join(OUT, "torchvision-params.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["model", "opset", "params", "input", "output"])
        w.writerows(params_rows)
    with open(os.path.join(OUT, "torchvision-shapes.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["model", "module", "shape"])
        w.writerows(shape_rows)
    print("torch", torch.__version__, "written to", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
