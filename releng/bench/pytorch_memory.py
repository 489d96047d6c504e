#!/usr/bin/python3
"""The oracle of the `pytorch` memory convention (issue 22): what PyTorch's autograd really keeps for one
training step of each bundled template, measured, in bytes (float32).

For each template and batch it measures
  saved     the distinct storages autograd saves for backward during the forward pass and a cross-entropy
            loss (torch.autograd.graph.saved_tensors_hooks; a storage saved by several ops counts once;
            storages of parameters and buffers are left out here because they are counted below),
  params    parameter storages, buffers the floating-point buffers (batch-norm running mean and variance),
  grads     the .grad storages after backward,
  sgd / momentum / adam   the optimizer state storages after one step of torch.optim.SGD (momentum 0),
            SGD(momentum=0.9) and Adam,
and prints one CSV line per (template, batch): template,batch,saved,params,buffers,grads,sgdState,
momentumState,adamState,sgd,momentum,adam where the last three are the totals
saved + params + buffers + grads + state.

The forward pass for `saved` runs on the meta device (shapes only, no memory), so ResNet-152 at batch 64
costs nothing; the script first checks at batch 1 that the meta count equals the count on the CPU with real
data. Gradients and optimizer state do not depend on the batch: they are measured with a real backward pass
and optimizer step on the CPU at batch 1.

Templates as the workbench bundles them (nnwb.core/src/nnwb/core/templates): the torchvision ones are built
by torchvision (ReLU and residual sums in place, as torchvision writes them), the coursework ones below.
  /usr/bin/python3 releng/bench/pytorch_memory.py [TEMPLATE ...] [--batches 1,16,64]
  /usr/bin/python3 releng/bench/pytorch_memory.py --calibration --batches 16,64,256   (the dl4j calibration nets)
Needs Debian's python3-torch and python3-torchvision (1.13 / 0.14).
"""
import argparse
import sys

import torch
import torch.nn as nn
import torchvision


def edge_cnn():
    # CONV3-10 POOL2 CONV3-10 POOL2 FLATTEN FC-3 (shorthand: padding k//2, no activation)
    return nn.Sequential(nn.Conv2d(1, 10, 3, padding=1), nn.MaxPool2d(2), nn.Conv2d(10, 10, 3, padding=1),
                         nn.MaxPool2d(2), nn.Flatten(), nn.Linear(490, 3))


def mlp(k=100, layers=3):
    mods = []
    for _ in range(layers):
        mods += [nn.Linear(k, k, bias=False), nn.ReLU()]
    return nn.Sequential(*mods)


def lenet5():
    return nn.Sequential(nn.Conv2d(1, 6, 5), nn.Tanh(), nn.AvgPool2d(2), nn.Conv2d(6, 16, 5), nn.Tanh(),
                         nn.AvgPool2d(2), nn.Conv2d(16, 120, 5), nn.Tanh(), nn.Flatten(), nn.Linear(120, 84),
                         nn.Tanh(), nn.Linear(84, 10))


def pool_upsample_net(nic=1, nf=32, nc=24, k=3):
    p = k // 2
    return nn.Sequential(
        nn.Conv2d(nic, nf, k, padding=p), nn.MaxPool2d(2), nn.BatchNorm2d(nf), nn.ReLU(),
        nn.Conv2d(nf, 2 * nf, k, padding=p), nn.MaxPool2d(2), nn.BatchNorm2d(2 * nf), nn.ReLU(),
        nn.Conv2d(2 * nf, nf, k, padding=p), nn.Upsample(scale_factor=2), nn.BatchNorm2d(nf), nn.ReLU(),
        nn.Conv2d(nf, nc, k, padding=p), nn.Upsample(scale_factor=2), nn.BatchNorm2d(nc), nn.ReLU(),
        nn.Conv2d(nc, nc, k, padding=p))


def conv_transpose_net(nic=1, nf=32, nc=24, k=3):
    return nn.Sequential(
        nn.Conv2d(nic, nf, k, stride=2, padding=1), nn.BatchNorm2d(nf), nn.ReLU(),
        nn.Conv2d(nf, 2 * nf, k, stride=2, padding=1), nn.BatchNorm2d(2 * nf), nn.ReLU(),
        nn.ConvTranspose2d(2 * nf, nf, k, stride=2, padding=1, output_padding=1), nn.BatchNorm2d(nf), nn.ReLU(),
        nn.ConvTranspose2d(nf, nc, k, stride=2, padding=1, output_padding=1), nn.BatchNorm2d(nc), nn.ReLU(),
        nn.Conv2d(nc, nc, k, padding=k // 2))


class Basic(nn.Module):
    """The small ResNet's block (nnwb.train.experiments.Experiments.SMALL_RESNET): a 1x1 convolution with batch norm
    on every shortcut, written as torchvision writes its blocks (ReLU and the sum in place)."""

    def __init__(self, cin, planes, stride):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, planes, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.conv2 = nn.Conv2d(planes, planes, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.short = nn.Sequential(nn.Conv2d(cin, planes, 1, stride=stride, bias=False), nn.BatchNorm2d(planes))
        self.relu = nn.ReLU(inplace=True)

    def forward(self, x):
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        out += self.short(x)
        return self.relu(out)


def small_resnet():
    return nn.Sequential(nn.Conv2d(1, 16, 3, padding=1, bias=False), nn.BatchNorm2d(16), nn.ReLU(inplace=True),
                         Basic(16, 16, 1), Basic(16, 32, 2), Basic(32, 64, 2), nn.AdaptiveAvgPool2d(1), nn.Flatten(),
                         nn.Linear(64, 3))


def vgg_small():
    # nnwb.train.tests.CalibrationNets.VGG_SMALL, ReLUs in place as torchvision's VGG writes them
    def conv(i, o):
        return [nn.Conv2d(i, o, 3, padding=1), nn.ReLU(inplace=True)]
    return nn.Sequential(*conv(3, 32), *conv(32, 32), nn.MaxPool2d(2), *conv(32, 64), *conv(64, 64), nn.MaxPool2d(2),
                         *conv(64, 128), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(2048, 128), nn.ReLU(inplace=True),
                         nn.Linear(128, 10))


def tv(name, **kw):
    return lambda: getattr(torchvision.models, name)(weights=None, **kw)


# template -> (model factory, input shape of one example, classes of the cross-entropy target)
TEMPLATES = {
    "edge-cnn": (edge_cnn, (1, 28, 28), 3),
    "mlp": (mlp, (100,), 100),
    "lenet5": (lenet5, (1, 32, 32), 10),
    "pool-upsample-net": (pool_upsample_net, (1, 32, 32), 24),
    "conv-transpose-net": (conv_transpose_net, (1, 32, 32), 24),
    "alexnet": (tv("alexnet"), (3, 224, 224), 1000),
    "vgg11": (tv("vgg11"), (3, 224, 224), 1000),
    "vgg11_bn": (tv("vgg11_bn"), (3, 224, 224), 1000),
    "vgg13": (tv("vgg13"), (3, 224, 224), 1000),
    "vgg13_bn": (tv("vgg13_bn"), (3, 224, 224), 1000),
    "vgg16": (tv("vgg16"), (3, 224, 224), 1000),
    "vgg16_bn": (tv("vgg16_bn"), (3, 224, 224), 1000),
    "vgg19": (tv("vgg19"), (3, 224, 224), 1000),
    "vgg19_bn": (tv("vgg19_bn"), (3, 224, 224), 1000),
    "resnet18": (tv("resnet18"), (3, 224, 224), 1000),
    "resnet34": (tv("resnet34"), (3, 224, 224), 1000),
    "resnet50": (tv("resnet50"), (3, 224, 224), 1000),
    "resnet101": (tv("resnet101"), (3, 224, 224), 1000),
    "resnet152": (tv("resnet152"), (3, 224, 224), 1000),
    "resnext50_32x4d": (tv("resnext50_32x4d"), (3, 224, 224), 1000),
    "wide_resnet50_2": (tv("wide_resnet50_2"), (3, 224, 224), 1000),
    "googlenet": (tv("googlenet", aux_logits=False, init_weights=False), (3, 224, 224), 1000),
    "squeezenet1_1": (tv("squeezenet1_1"), (3, 224, 224), 1000),
    "mobilenet_v2": (tv("mobilenet_v2"), (3, 224, 224), 1000),
    "mobilenet_v3_large": (tv("mobilenet_v3_large"), (3, 224, 224), 1000),
    "mobilenet_v3_small": (tv("mobilenet_v3_small"), (3, 224, 224), 1000),
    "efficientnet_b0": (tv("efficientnet_b0"), (3, 224, 224), 1000),
    "densenet121": (tv("densenet121"), (3, 224, 224), 1000),
    "mnasnet0_5": (tv("mnasnet0_5"), (3, 224, 224), 1000),
    "regnet_y_400mf": (tv("regnet_y_400mf"), (3, 224, 224), 1000),
}

# the dl4j convention's calibration networks (--calibration; BENCHMARKS.md, issue 22)
CALIBRATION = {
    "edge-cnn": (edge_cnn, (1, 28, 28), 3),
    "small-resnet": (small_resnet, (1, 28, 28), 3),
    "resnet18-32": (tv("resnet18", num_classes=10), (3, 32, 32), 10),
    "vgg-small": (vgg_small, (3, 32, 32), 10),
}


def storage_key(t):
    return t.storage()._cdata


def storage_bytes(tensors):
    seen = {}
    for t in tensors:
        seen[storage_key(t)] = t.storage().nbytes()
    return seen


def saved_bytes(model, shape, classes, batch, device):
    """Distinct storages saved for backward in the forward pass and the loss, parameters and buffers left out."""
    model = model.to(device).train()
    own = set(storage_bytes(list(model.parameters()) + list(model.buffers())))
    seen = {}
    kept = []

    def pack(t):
        if storage_key(t) not in own:
            seen[storage_key(t)] = t.storage().nbytes()
            kept.append(t)  # keeps the storage alive so that its key is not reused
        return t

    x = torch.randn(batch, *shape, device=device)
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        out = model(x)
        target_shape = (batch,) + tuple(out.shape[2:])
        target = torch.randint(0, classes, target_shape, device=device) if device == "cpu" \
            else torch.zeros(target_shape, dtype=torch.long, device=device)
        loss = nn.functional.cross_entropy(out, target)
    return sum(seen.values()), loss


def fixed_bytes(factory, shape, classes):
    """Parameters, buffers, gradients and the state of each optimizer after one real step at batch 1."""
    torch.manual_seed(0)
    model = factory()
    params = sum(storage_bytes(model.parameters()).values())
    buffers = sum(storage_bytes(b for b in model.buffers() if b.is_floating_point()).values())
    states = {}
    grads = 0
    for name, make in (("sgd", lambda p: torch.optim.SGD(p, lr=0.01)),
                       ("momentum", lambda p: torch.optim.SGD(p, lr=0.01, momentum=0.9)),
                       ("adam", lambda p: torch.optim.Adam(p, lr=1e-3))):
        model.zero_grad(set_to_none=True)
        opt = make(model.parameters())
        _, loss = saved_bytes(model, shape, classes, 2, "cpu")  # batch 2: batch norm needs two values
        loss.backward()
        opt.step()
        grads = sum(storage_bytes(p.grad for p in model.parameters() if p.grad is not None).values())
        states[name] = sum(storage_bytes(t for s in opt.state.values() for t in s.values()
                                         if torch.is_tensor(t)).values())
    return params, buffers, grads, states


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("templates", nargs="*")
    ap.add_argument("--batches", default="1,16,64")
    ap.add_argument("--calibration", action="store_true", help="the dl4j calibration networks instead of the templates")
    a = ap.parse_args()
    nets = CALIBRATION if a.calibration else TEMPLATES
    a.templates = a.templates or list(nets)
    print("template,batch,saved,params,buffers,grads,sgdState,momentumState,adamState,sgd,momentum,adam")
    for name in a.templates:
        factory, shape, classes = nets[name]
        params, buffers, grads, states = fixed_bytes(factory, shape, classes)
        torch.manual_seed(0)
        check = 2 if a.calibration else 1  # ResNet-18 at 32x32 ends in 1x1 maps: batch norm needs two examples
        cpu1, _ = saved_bytes(factory(), shape, classes, check, "cpu")
        device = "meta"
        try:
            meta1, _ = saved_bytes(factory(), shape, classes, check, "meta")
            if cpu1 != meta1:
                sys.exit(f"{name}: the meta device saves {meta1} B at batch {check}, the CPU {cpu1} B")
        except NotImplementedError:  # 1.13 has no meta kernel for nll_loss2d: small image-to-image nets run on the CPU
            device = "cpu"
        for batch in (int(b) for b in a.batches.split(",")):
            saved, _ = saved_bytes(factory(), shape, classes, batch, device)
            base = saved + params + buffers + grads
            print(f"{name},{batch},{saved},{params},{buffers},{grads},{states['sgd']},{states['momentum']},"
                  f"{states['adam']},{base + states['sgd']},{base + states['momentum']},{base + states['adam']}",
                  flush=True)


if __name__ == "__main__":
    main()
