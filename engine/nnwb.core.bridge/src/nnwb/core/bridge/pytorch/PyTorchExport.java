package nnwb.core.bridge.pytorch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.graph.Graph;
import nnwb.core.graph.Node;
import nnwb.core.graph.Shape;
import nnwb.core.model.Finding;

/**
 * Writes an analysed network as a readable PyTorch module: one {@code nn.Module} class per kind of block (blocks
 * with the same layers and shapes share a class), a chain of numbered modules (a repeat, a {@code downsample.0/1}
 * pair) as {@code nn.Sequential}, every layer's output shape as a comment, and a {@code __main__} that builds the
 * model, counts its parameters and runs one forward pass. Layer names become attribute names, so the
 * {@code state_dict} keys follow the {@code .nnet} names ({@code layer1.0.conv1.weight}).
 */
public final class PyTorchExport {

    private static final Set<String> RESERVED = Set.of("x", "self", "torch", "nn", "False", "None", "True", "and", "as", "assert",
            "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    private final Map<String, String> classes = new LinkedHashMap<>();
    private final Map<String, String> blockKinds;
    private final Map<String, String> classByBody = new HashMap<>();

    private PyTorchExport(Map<String, String> blockKinds) {
        this.blockKinds = blockKinds;
    }

    /** The Python source of {@code report}'s network; {@code source} says in the docstring where it came from. */
    public static String write(AnalysisReport report, String source) throws ExportException {
        Finding error = report.firstError();
        if (error != null) {
            throw new ExportException("the model has errors: line " + error.line() + ": " + error.message());
        }
        Graph g = report.graph();
        if (!g.groups().isEmpty() || report.symbolic() || !g.nodes().stream().allMatch(n -> n.outputShape().isNumeric())) {
            throw new ExportException("the network has symbolic sizes or repeats; give them values with --set NAME=VALUE");
        }
        if (g.nodes().size() < 2) {
            throw new ExportException("the network has no layers");
        }
        PyTorchExport e = new PyTorchExport(BlockKinds.of(report.model()));
        String top = className(g.name(), "Network");
        e.classFor(ModuleTree.of(g), top, true);
        Shape in = g.nodes().get(0).outputShape();
        Shape out = g.output().outputShape();
        StringBuilder b = new StringBuilder();
        b.append("\"\"\"").append(g.name()).append(", written by nnwb export from ").append(source).append(".\n\n")
                .append("Input ").append(shape(in)).append(" per example, output ").append(shape(out)).append("; ")
                .append(String.format(Locale.ROOT, "%,d", report.totals().params().longValue()))
                .append(" parameters (the workbench's count).\nComments give each layer's output shape per example (the batch left out).\n\"\"\"\n")
                .append("import torch\nimport torch.nn as nn\n");
        e.classes.values().forEach(c -> b.append("\n\n").append(c));
        List<String> dims = new ArrayList<>(List.of("2", TorchModules.num(in.channels())));
        in.spatial().forEach(s -> dims.add(TorchModules.num(s)));
        b.append("\n\nif __name__ == \"__main__\":\n")
                .append("    model = ").append(top).append("().eval()\n")
                .append("    x = torch.randn(").append(String.join(", ", dims)).append(")\n")
                .append("    with torch.no_grad():\n        y = model(x)\n")
                .append("    print(sum(p.numel() for p in model.parameters()), \"x\".join(str(d) for d in y.shape[1:]))\n");
        return b.toString();
    }

    /** The class for module {@code g} (an existing one when the body is the same), returning its name. */
    private String classFor(ModuleTree.Group g, String wanted, boolean top) throws ExportException {
        Map<ModuleTree.Part, String> init = new LinkedHashMap<>();
        for (ModuleTree.Part p : g.parts) {
            String expr = expression(p);
            if (expr != null) {
                init.put(p, expr);
            }
        }
        StringBuilder body = new StringBuilder("    def __init__(self):\n        super().__init__()\n");
        for (Map.Entry<ModuleTree.Part, String> e : init.entrySet()) {
            body.append("        self.").append(ident(e.getKey().local())).append(" = ").append(indent(e.getValue(), 8)).append('\n');
        }
        body.append("\n    def forward(self, x):\n");
        Map<Node, String> values = new HashMap<>();
        values.put(g.input, "x");
        for (ModuleTree.Part p : g.parts) {
            String v = ident(p.local());
            String call;
            if (p.group() != null) {
                call = "self." + v + "(" + values.get(p.group().input) + ")";
            } else if (!init.containsKey(p)) {
                call = TorchModules.merge(p.node(), p.node().inputs().stream().map(values::get).toList());
            } else {
                String arg = values.get(p.node().inputs().get(0));
                boolean flatten = p.node().kind() == nnwb.core.model.LayerKind.FC && !p.node().inputShape().isVector();
                call = "self." + v + "(" + (flatten ? "torch.flatten(" + arg + ", 1)" : arg) + ")";
            }
            body.append("        ").append(v).append(" = ").append(call).append("  # ").append(shape(p.output().outputShape())).append('\n');
            values.put(p.output(), v);
        }
        body.append("        return ").append(values.get(g.output)).append('\n');
        String text = body.toString();
        if (!top && classByBody.containsKey(text)) {
            return classByBody.get(text);
        }
        String name = wanted;
        for (int k = 2; classes.containsKey(name); k++) {
            name = wanted + k;
        }
        String doc = "    \"\"\"" + (top ? "The network" : "Module " + g.path) + ": " + shape(g.input.outputShape()) + " -> "
                + shape(g.output.outputShape()) + ".\"\"\"\n\n";
        classes.put(name, "class " + name + "(nn.Module):\n" + doc + text);
        classByBody.put(text, name);
        return name;
    }

    /** The constructor expression of a part, or null for a merge (no module). */
    private String expression(ModuleTree.Part p) throws ExportException {
        if (p.node() != null) {
            return TorchModules.module(p.node());
        }
        List<String> chain = sequential(p.group());
        if (chain != null) {
            StringBuilder b = new StringBuilder("nn.Sequential(\n");
            for (int i = 0; i < chain.size(); i++) {
                b.append("    ").append(chain.get(i)).append(",  # ").append(shape(p.group().parts.get(i).output().outputShape())).append('\n');
            }
            return b.append(")").toString();
        }
        String kind = blockKinds.get(p.group().path);
        return classFor(p.group(), kind != null ? className(kind, "Block") : className(p.group().path, "Block"), false) + "()";
    }

    /** The members of a chain {@code 0, 1, ...} each reading the one before, or null when the module is not one. */
    private List<String> sequential(ModuleTree.Group g) throws ExportException {
        List<String> chain = new ArrayList<>();
        Node previous = g.input;
        for (int i = 0; i < g.parts.size(); i++) {
            ModuleTree.Part p = g.parts.get(i);
            if (!p.local().equals(Integer.toString(i))) {
                return null;
            }
            Node in = p.group() != null ? p.group().input : p.node().inputs().size() == 1 ? p.node().inputs().get(0) : null;
            if (in != previous || p.node() != null && p.node().kind() == nnwb.core.model.LayerKind.FC && !p.node().inputShape().isVector()) {
                return null;
            }
            String e = expression(p);
            if (e == null) {
                return null;
            }
            chain.add(indent(e, 4));
            previous = p.output();
        }
        return chain;
    }

    private static String indent(String s, int spaces) {
        return s.replace("\n", "\n" + " ".repeat(spaces));
    }

    /** A Python identifier for a layer name: itself, or with a prefix or suffix where Python needs one. */
    static String ident(String local) {
        String s = local.replaceAll("[^A-Za-z0-9_]", "_");
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
            s = "m" + s;
        }
        return RESERVED.contains(s) ? s + "_" : s;
    }

    /** {@code edge-cnn} becomes {@code EdgeCnn}; a number becomes the fallback. */
    static String className(String name, String fallback) {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        if (b.isEmpty() || Character.isDigit(b.charAt(0))) {
            b.insert(0, fallback);
        }
        return b.toString();
    }

    private static String shape(Shape s) {
        StringBuilder b = new StringBuilder(TorchModules.num(s.channels()));
        s.spatial().forEach(p -> b.append('x').append(TorchModules.num(p)));
        return b.toString();
    }
}
