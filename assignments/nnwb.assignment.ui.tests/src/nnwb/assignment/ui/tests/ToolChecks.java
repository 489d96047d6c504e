package nnwb.assignment.ui.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.texteditor.ITextEditor;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nnwb.conv.ui.internal.ConvCalculatorPart;
import nnwb.conv.ui.internal.ParameterForm;
import nnwb.core.assignment.Preset;
import nnwb.core.conv.Field;
import nnwb.core.data.RunConfig;
import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.optim.problem.ProblemOption;
import nnwb.core.optim.problem.Problems;
import nnwb.filter.ui.internal.FilterCanvasPart;
import nnwb.filter.ui.internal.ImageTab;
import nnwb.model.ui.internal.summary.ModelSummaryPart;
import nnwb.optim.ui.internal.OptimTracePart;
import nnwb.optim.ui.internal.OptimizerPanel;
import nnwb.optim.ui.internal.ProblemForm;
import nnwb.optim.ui.internal.TraceView;
import nnwb.test.harness.Parts;
import nnwb.train.ui.internal.RunnerView;

/**
 * What each tool shows after a preset was opened, read from its widgets (or the plain-Java model its part shows,
 * with one widget text besides), against what the preset asked. The expected values come from the preset's own
 * parameters and file, read here, and the computed ones (output sizes, receptive field, the filtered image) by the
 * closed forms written out here; nothing is read back from the preset the tool received.
 */
final class ToolChecks {

    private static final long WAIT_MS = 20_000;

    private final IWorkbenchPage page;

    ToolChecks(IWorkbenchPage page) {
        this.page = page;
    }

    /** The mismatches of the tool {@code p} names, after waiting for it to show the preset; empty when exact. */
    List<String> check(Preset p, String resourceText) {
        return switch (p.tool()) {
            case Preset.CONV_CALCULATOR -> conv(p.parameters());
            case Preset.FILTER_CANVAS -> filter(p.parameters());
            case Preset.OPTIMIZER_TRACE -> optim(settings(resourceText, p.parameters()));
            case Preset.MODEL_EDITOR -> model(p.resource(), resourceText);
            case Preset.TRAINING_RUNNER -> run(resourceText);
            default -> List.of("no check for tool " + p.tool());
        };
    }

    /** Runs the event loop until {@code done} (true) or the timeout (false). */
    private static boolean await(BooleanSupplier done) {
        try {
            Ui.waitFor("the tool", WAIT_MS, () -> {
                try {
                    return done.getAsBoolean();
                } catch (RuntimeException e) {
                    return false;
                }
            });
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    private static <T> T part(Class<T> type) {
        return Parts.find(Ui.shell(), type);
    }

    private static void same(List<String> wrong, String what, Object expected, Object shown) {
        if (!Objects.equals(expected, shown)) {
            wrong.add(what + " shows '" + shown + "', the preset asked '" + expected + "'");
        }
    }

    // ---- conv calculator ----------------------------------------------------------------------------------

    private List<String> conv(Map<String, String> asked) {
        List<String> wrong = new ArrayList<>();
        if (!await(() -> part(ConvCalculatorPart.class) != null)) {
            return List.of("the conv calculator did not open");
        }
        ConvCalculatorPart calc = part(ConvCalculatorPart.class);
        if (asked.containsKey("layers")) {
            await(() -> calc.tabs().getSelectionIndex() == 1 && asked.get("layers").equals(calc.stack().layers().getText()));
            same(wrong, "the Stack tab's layers", asked.get("layers"), calc.stack().layers().getText());
            same(wrong, "the selected tab", 1, calc.tabs().getSelectionIndex());
            long rf = receptiveField(asked.get("layers"));
            String total = calc.stack().total().getText();
            if (!total.startsWith("Total receptive field " + rf + ",")) {
                wrong.add("the stack's total says '" + total + "', the closed form gives receptive field " + rf);
            }
            return wrong;
        }
        ParameterForm form = calc.layer().form();
        boolean twoD = !"1".equals(asked.get("dims"));
        String kind = asked.getOrDefault("kind", "conv");
        Map<Field, String> fields = new LinkedHashMap<>();
        for (Field f : List.of(Field.INPUT, Field.KERNEL, Field.STRIDE, Field.PAD_BEFORE, Field.PAD_AFTER, Field.DILATION,
                Field.OUTPUT_PADDING, Field.TARGET)) {
            if (asked.containsKey(f.option())) {
                fields.put(f, asked.get(f.option()));
            }
        }
        fields.putIfAbsent(Field.TARGET, ""); // a target left from an earlier preset would answer another question
        BooleanSupplier shows = () -> calc.tabs().getSelectionIndex() == 0
                && form.dimsCombo().getText().equals(twoD ? "2D" : "1D") && form.kindCombo().getText().equals(kind)
                && fields.entrySet().stream().allMatch(e -> e.getValue().equals(form.field(0, e.getKey()).getText()));
        await(shows);
        same(wrong, "the selected tab", 0, calc.tabs().getSelectionIndex());
        same(wrong, "Dimensions", twoD ? "2D" : "1D", form.dimsCombo().getText());
        same(wrong, "Kind", kind, form.kindCombo().getText());
        same(wrong, "Padding mode", asked.getOrDefault("mode", "zero"), form.modeCombo().getText());
        for (int axis = 0; axis < (twoD ? 2 : 1); axis++) {
            for (Map.Entry<Field, String> e : fields.entrySet()) {
                same(wrong, e.getKey().option() + " (axis " + axis + ")", e.getValue(), form.field(axis, e.getKey()).getText());
            }
        }
        if (!wrong.isEmpty()) {
            return wrong;
        }
        // the computed answers, by the closed forms, from the numbers the form shows
        long in = number(form, Field.INPUT);
        long k = number(form, Field.KERNEL);
        long s = number(form, Field.STRIDE);
        long p = number(form, Field.PAD_BEFORE);
        long d = number(form, Field.DILATION);
        long op = number(form, Field.OUTPUT_PADDING);
        long span = d * (k - 1) + 1;
        long out = kind.equals("transposed") ? (in - 1) * s - 2 * p + span + op : Math.floorDiv(in + 2 * p - span, s) + 1;
        String answer = calc.layer().answer().getText();
        String size = twoD ? out + " x " + out : Long.toString(out);
        if (!answer.lines().findFirst().orElse("").endsWith("output size " + size)) {
            wrong.add("the answer starts '" + answer.lines().findFirst().orElse("") + "', the closed form gives output size " + size);
        }
        String target = fields.get(Field.TARGET);
        if (!target.isEmpty()) {
            long t = Long.parseLong(target);
            if (kind.equals("transposed")) {
                for (long pad = 0; pad <= span; pad++) {
                    for (long o = 0; o < Math.max(s, d); o++) {
                        if ((in - 1) * s - 2 * pad + span + o == t && !answer.contains("(padding " + pad + ", output_padding " + o + ")")) {
                            wrong.add("the answer lacks (padding " + pad + ", output_padding " + o + ") for output " + t + ": " + answer);
                        }
                    }
                }
            } else {
                long min = (t - 1) * s + span - 2 * p;
                if (!answer.contains("minimum input for output " + t + ": " + min)) {
                    wrong.add("the answer lacks 'minimum input for output " + t + ": " + min + "': " + answer);
                }
            }
        }
        return wrong;
    }

    private static long number(ParameterForm form, Field f) {
        return Long.parseLong(form.field(0, f).getText().strip());
    }

    /** 1 + sum of (k - 1) times the product of the earlier strides, over layers like {@code k3s2p1}. */
    static long receptiveField(String layers) {
        long rf = 1;
        long jump = 1;
        for (String layer : layers.split(",")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("k(\\d+)(?:s(\\d+))?").matcher(layer.strip());
            if (!m.lookingAt()) {
                throw new IllegalArgumentException("layer " + layer);
            }
            long k = Long.parseLong(m.group(1));
            long s = m.group(2) == null ? 1 : Long.parseLong(m.group(2));
            rf += (k - 1) * jump;
            jump *= s;
        }
        return rf;
    }

    // ---- filter canvas ------------------------------------------------------------------------------------

    private List<String> filter(Map<String, String> asked) {
        List<String> wrong = new ArrayList<>();
        if (!await(() -> part(FilterCanvasPart.class) != null)) {
            return List.of("the filter canvas did not open");
        }
        FilterCanvasPart canvas = part(FilterCanvasPart.class);
        ImageTab tab = canvas.canvas().image();
        double[][] kernel = rows(asked.get("kernel"));
        boolean convolution = "convolution".equals(asked.get("mode"));
        int padding = Integer.parseInt(asked.getOrDefault("padding", "0"));
        int stride = Integer.parseInt(asked.getOrDefault("stride", "1"));
        double[][] input = sequence(asked.get("image"));
        double[][] out = filtered(input, kernel, convolution, padding, stride);
        BooleanSupplier shows = () -> canvas.canvas().tabs().getSelectionIndex() == 0 && !tab.busy() && tab.last() != null
                && equal(kernel, canvas.canvas().model().kernel().values().toArray()) && tab.padSpinner().getSelection() == padding
                && tab.strideSpinner().getSelection() == stride && tab.convolutionButton().getSelection() == convolution
                && equal(input, tab.last().input().channel(0).toArray()) && equal(out, tab.last().output().channel(0).toArray());
        await(shows);
        same(wrong, "the canvas's tab", 0, canvas.canvas().tabs().getSelectionIndex());
        same(wrong, "the kernel", deep(kernel), deep(canvas.canvas().model().kernel().values().toArray()));
        same(wrong, "True convolution", convolution, tab.convolutionButton().getSelection());
        same(wrong, "Correlation", !convolution, tab.correlationButton().getSelection());
        same(wrong, "padding", padding, tab.padSpinner().getSelection());
        same(wrong, "same", false, tab.sameCheck().getSelection());
        same(wrong, "stride", stride, tab.strideSpinner().getSelection());
        same(wrong, "dilation", 1, tab.dilationSpinner().getSelection());
        Image shownIn = tab.input();
        same(wrong, "the input", deep(input), shownIn == null ? null : deep(shownIn.channel(0).toArray()));
        same(wrong, "the output size", "output " + out.length + " x " + out[0].length, tab.outputSize().getText().split("  \\(")[0]);
        ImageTab.Result r = tab.last();
        same(wrong, "the output", deep(out), r == null ? null : deep(r.output().channel(0).toArray()));
        same(wrong, "the status line", "", tab.status().getText().startsWith("The assignment's preset") ? tab.status().getText() : "");
        return wrong;
    }

    /** Rows like {@code -1,-2,-1; 0,0,0; 1,2,1}. */
    private static double[][] rows(String text) {
        String[] lines = text.split(";");
        double[][] m = new double[lines.length][];
        for (int i = 0; i < lines.length; i++) {
            m[i] = java.util.Arrays.stream(lines[i].split(",")).mapToDouble(t -> Double.parseDouble(t.strip())).toArray();
        }
        return m;
    }

    /** {@code sequence:WxH}: the numbers 1, 2, ... row by row. */
    private static double[][] sequence(String spec) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("sequence:(\\d+)x(\\d+)").matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("this test knows the sequence inputs only: " + spec);
        }
        int cols = Integer.parseInt(m.group(1));
        int rows = Integer.parseInt(m.group(2));
        double[][] x = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                x[r][c] = r * cols + c + 1;
            }
        }
        return x;
    }

    /** Zero padding, then the sum of products at each stride step; true convolution flips the kernel first. */
    static double[][] filtered(double[][] x, double[][] k, boolean convolution, int pad, int stride) {
        int kr = k.length;
        int kc = k[0].length;
        int rows = (x.length + 2 * pad - kr) / stride + 1;
        int cols = (x[0].length + 2 * pad - kc) / stride + 1;
        double[][] y = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double sum = 0;
                for (int a = 0; a < kr; a++) {
                    for (int b = 0; b < kc; b++) {
                        int r = i * stride + a - pad;
                        int c = j * stride + b - pad;
                        double w = convolution ? k[kr - 1 - a][kc - 1 - b] : k[a][b];
                        sum += r < 0 || c < 0 || r >= x.length || c >= x[0].length ? 0 : w * x[r][c];
                    }
                }
                y[i][j] = sum;
            }
        }
        return y;
    }

    private static boolean equal(double[][] a, double[][] b) {
        return java.util.Arrays.deepEquals(boxed(a), boxed(b));
    }

    private static Double[][] boxed(double[][] a) {
        Double[][] out = new Double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = java.util.Arrays.stream(a[i]).map(v -> v == 0 ? 0 : v).boxed().toArray(Double[]::new);
        }
        return out;
    }

    private static String deep(double[][] a) {
        return java.util.Arrays.deepToString(boxed(a));
    }

    // ---- optimizer trace ----------------------------------------------------------------------------------

    /** The preset file's {@code key = value} lines (optimizers in order under {@code optimizer.N}), the part's values over them. */
    private static Map<String, String> settings(String text, Map<String, String> parameters) {
        Map<String, String> s = new LinkedHashMap<>();
        int optimizers = 0;
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (line.strip().startsWith("#") || eq < 0) {
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            s.put(key.equals("optimizer") ? "optimizer." + optimizers++ : key, value);
        }
        parameters.forEach((k, v) -> {
            if (s.containsKey(k)) {
                s.put(k, v);
            }
        });
        return s;
    }

    private List<String> optim(Map<String, String> asked) {
        List<String> wrong = new ArrayList<>();
        if (!await(() -> part(OptimTracePart.class) != null)) {
            return List.of("the optimizer trace did not open");
        }
        TraceView view = part(OptimTracePart.class).view();
        ProblemForm form = view.problemForm();
        String problem = asked.get("problem");
        String title = asked.getOrDefault("title", "");
        await(() -> form.problemCombo().getText().equals(problem) && view.status().getText().contains("Opened preset \"" + title + "\""));
        same(wrong, "the problem", problem, form.problemCombo().getText());
        if (!view.status().getText().contains("Opened preset \"" + title + "\"")) {
            wrong.add("the status line says '" + view.status().getText() + "', not the preset's title '" + title + "'");
        }
        for (ProblemOption o : Problems.options(problem)) {
            String value = null;
            for (Map.Entry<String, String> e : asked.entrySet()) {
                if (e.getKey().startsWith("problem.") && o.answersTo(e.getKey().substring("problem.".length()))) {
                    value = e.getValue();
                }
            }
            String expected = value != null ? value : o.defaultText(); // the start point too: the preset's, or the problem's own
            same(wrong, "problem option " + o.key(), expected, form.optionField(o.key()) == null ? null : form.optionField(o.key()).getText());
        }
        same(wrong, "steps", asked.get("steps"), form.stepsField().getText());
        same(wrong, "batch", asked.get("batch"), form.batchField().getText());
        same(wrong, "seed", asked.get("seed"), form.seedField().getText());
        sameNumber(wrong, "noise", asked.get("noise"), form.noiseField().getText());
        OptimizerPanel panel = view.optimizerPanel();
        List<String> optimizers = asked.entrySet().stream().filter(e -> e.getKey().startsWith("optimizer.")).map(Map.Entry::getValue).toList();
        same(wrong, "the number of optimizers", optimizers.size(), panel.list().getItemCount());
        for (int i = 0; i < Math.min(optimizers.size(), panel.list().getItemCount()); i++) {
            String[] words = optimizers.get(i).split("\\s+");
            String item = panel.list().getItem(i).getText();
            if (!item.startsWith("■ " + (i + 1) + ": " + words[0])) {
                wrong.add("optimizer " + (i + 1) + " is listed as '" + item + "', the preset asked " + words[0]);
                continue;
            }
            panel.select(i);
            for (int w = 1; w < words.length; w++) {
                String[] kv = words[w].split("=", 2);
                org.eclipse.swt.widgets.Control f = panel.field(kv[0]);
                String shown = f instanceof org.eclipse.swt.widgets.Text t ? t.getText()
                        : f instanceof org.eclipse.swt.widgets.Spinner sp ? Integer.toString(sp.getSelection())
                        : f instanceof org.eclipse.swt.widgets.Combo c ? c.getText()
                        : f instanceof org.eclipse.swt.widgets.Button b ? Boolean.toString(b.getSelection()) : null;
                sameNumber(wrong, "optimizer " + (i + 1) + "'s " + kv[0], kv[1], shown);
            }
        }
        panel.select(0);
        return wrong;
    }

    private static void sameNumber(List<String> wrong, String what, String expected, String shown) {
        try {
            if (shown != null && Double.parseDouble(expected) == Double.parseDouble(shown.strip())) {
                return;
            }
        } catch (NumberFormatException e) {
            if (expected.equals(shown)) {
                return;
            }
        }
        wrong.add(what + " shows '" + shown + "', the preset asked '" + expected + "'");
    }

    // ---- model editor -------------------------------------------------------------------------------------

    private List<String> model(String resource, String text) {
        List<String> wrong = new ArrayList<>();
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        String network = text.lines().map(String::strip).filter(l -> l.startsWith("network ")).findFirst().orElseThrow()
                .substring("network ".length()).strip();
        Supplier<IEditorPart> editor = page::getActiveEditor;
        if (!await(() -> editor.get() != null && file.equals(editor.get().getTitle()))) {
            return List.of("the model editor did not open " + file + " (active: "
                    + (editor.get() == null ? "none" : editor.get().getTitle()) + ")");
        }
        if (editor.get() instanceof ITextEditor t) {
            IDocument doc = t.getDocumentProvider().getDocument(t.getEditorInput());
            same(wrong, "the editor's text", text, doc.get());
        } else {
            wrong.add("the model editor is not a text editor");
        }
        ModelSummaryPart summary = part(ModelSummaryPart.class);
        if (summary == null) {
            return List.of("the model summary is not in the window");
        }
        await(() -> summary.report() != null && network.equals(summary.report().graph().name()) && summary.table().getItemCount() > 0);
        same(wrong, "the model summary's network", network, summary.report() == null ? null : summary.report().graph().name());
        if (summary.table().getItemCount() == 0) {
            wrong.add("the model summary's table is empty");
        }
        return wrong;
    }

    // ---- training runner ----------------------------------------------------------------------------------

    private List<String> run(String text) {
        List<String> wrong = new ArrayList<>();
        if (!await(() -> part(RunnerView.class) != null)) {
            return List.of("the training runner did not open");
        }
        RunnerView view = part(RunnerView.class);
        JsonObject json = JsonParser.parseString(text).getAsJsonObject();
        String name = json.get("name").getAsString();
        List<String> path = List.of("Run configurations (workspace)", name);
        await(() -> path.equals(view.selectedPath()));
        same(wrong, "the selected configuration", path, view.selectedPath());
        if (view.tree().getSelectionCount() == 0 || !(view.tree().getSelection()[0].getData() instanceof RunConfig c)) {
            wrong.add("no run configuration is selected");
            return wrong;
        }
        same(wrong, "the selected item's label", name, view.tree().getSelection()[0].getText());
        same(wrong, "the model text", json.get("modelText").getAsString(), c.modelText());
        same(wrong, "the dataset", json.get("dataset").getAsString(), c.dataset());
        same(wrong, "the optimizer", json.get("optimizer").getAsString(), c.optimizer().name().toLowerCase(java.util.Locale.ROOT));
        same(wrong, "the learning rate", json.get("learningRate").getAsDouble(), c.learningRate());
        same(wrong, "the dropout", json.get("dropout").getAsDouble(), c.dropout());
        same(wrong, "the batch", json.get("batch").getAsInt(), c.batch());
        same(wrong, "the epochs", json.get("epochs").getAsInt(), c.epochs());
        same(wrong, "the seed", json.get("seed").getAsLong(), c.seed());
        return wrong;
    }
}
