package nnwb.conv.ui.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nnwb.core.conv.ConvKind;
import nnwb.core.conv.Field;
import nnwb.core.conv.PaddingMode;
import nnwb.core.conv.ValidationProblem;

/**
 * The calculator's parameter fields: dimensions, kind and padding mode, then per axis (width, height) input,
 * kernel, stride, padding before and after, dilation, output_padding and a target output. Writes every edit
 * into a {@link CalculatorInput} and shows each validation problem as an error decoration at its field.
 */
public final class ParameterForm {

    private static final Map<Field, String> LABELS = new EnumMap<>(Map.of(Field.INPUT, "Input size", Field.KERNEL,
            "Kernel", Field.STRIDE, "Stride", Field.PAD_BEFORE, "Padding before", Field.PAD_AFTER, "Padding after",
            Field.DILATION, "Dilation", Field.OUTPUT_PADDING, "Output padding", Field.TARGET, "Target output"));

    /** The label the form shows for {@code f} ({@code Kernel}, {@code Padding mode}, ...). */
    static String label(Field f) {
        return switch (f) {
            case MODE -> "Padding mode";
            case KIND -> "Kind";
            default -> LABELS.getOrDefault(f, f.name().toLowerCase(Locale.ROOT));
        };
    }

    private final CalculatorInput input;
    private final ScrolledComposite scroller;
    private final Composite root;
    private final Combo dims;
    private final Combo kind;
    private final Combo mode;
    private final List<Map<Field, Text>> texts = List.of(new EnumMap<>(Field.class), new EnumMap<>(Field.class));
    private final List<ControlDecoration> decorations = new ArrayList<>();
    private final Map<Text, ControlDecoration> decorationOf = new java.util.HashMap<>();
    private final ControlDecoration modeDecoration;
    private Runnable onChange = () -> { };

    public ParameterForm(Composite parent, CalculatorInput input) {
        this.input = input;
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        root = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).spacing(14, 4).applyTo(root);
        dims = combo("Dimensions", List.of("2D", "1D"));
        kind = combo("Kind", List.of("conv", "pool", "transposed"));
        mode = combo("Padding mode", List.of("zero", "circular", "reflect"));
        modeDecoration = decorate(mode);
        new Label(root, SWT.NONE);
        header("width");
        header("height");
        for (Field f : CalculatorInput.AXIS_FIELDS) {
            new Label(root, SWT.NONE).setText(LABELS.get(f));
            for (int a = 0; a < 2; a++) {
                texts.get(a).put(f, text(a, f));
            }
        }
        dims.addListener(SWT.Selection, e -> {
            input.setTwoD(dims.getSelectionIndex() == 0);
            changed();
        });
        kind.addListener(SWT.Selection, e -> {
            input.setKind(ConvKind.values()[kind.getSelectionIndex()]);
            changed();
        });
        mode.addListener(SWT.Selection, e -> {
            input.setMode(PaddingMode.values()[mode.getSelectionIndex()]);
            changed();
        });
        scroller.setContent(root);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setMinSize(root.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        updateEnablement();
    }

    private Combo combo(String label, List<String> items) {
        new Label(root, SWT.NONE).setText(label);
        Combo c = new Combo(root, SWT.READ_ONLY);
        items.forEach(c::add);
        c.select(0);
        GridDataFactory.swtDefaults().span(2, 1).indent(8, 0).applyTo(c);
        return c;
    }

    private void header(String text) {
        Label l = new Label(root, SWT.NONE);
        l.setText(text);
    }

    private Text text(int axis, Field f) {
        Text t = new Text(root, SWT.BORDER);
        t.setText(input.get(axis, f));
        t.setData("nnwb.field", f.name().toLowerCase(Locale.ROOT) + "." + axis);
        GridDataFactory.fillDefaults().hint(64, SWT.DEFAULT).indent(8, 0).applyTo(t);
        decorationOf.put(t, decorate(t));
        t.addListener(SWT.Modify, e -> {
            input.set(axis, f, t.getText());
            changed();
        });
        return t;
    }

    private ControlDecoration decorate(org.eclipse.swt.widgets.Control c) {
        ControlDecoration d = new ControlDecoration(c, SWT.LEFT | SWT.CENTER);
        d.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
        d.hide();
        decorations.add(d);
        return d;
    }

    private void changed() {
        updateEnablement();
        onChange.run();
    }

    /** Height fields only in 2D, output_padding only for a transposed convolution. */
    private void updateEnablement() {
        boolean twoD = input.twoD();
        for (Text t : texts.get(1).values()) {
            t.setEnabled(twoD);
        }
        boolean transposed = input.kind() == ConvKind.TRANSPOSED;
        texts.get(0).get(Field.OUTPUT_PADDING).setEnabled(transposed);
        texts.get(1).get(Field.OUTPUT_PADDING).setEnabled(transposed && twoD);
    }

    /** Puts every field and choice back to the values of a fresh {@link CalculatorInput}. */
    public void reset() {
        show(new CalculatorInput());
    }

    /** Sets every field and choice to {@code defaults}' (a saved state, or a fresh input). */
    public void show(CalculatorInput defaults) {
        dims.select(defaults.twoD() ? 0 : 1);
        kind.select(defaults.kind().ordinal());
        mode.select(defaults.mode().ordinal());
        input.setTwoD(defaults.twoD());
        input.setKind(defaults.kind());
        input.setMode(defaults.mode());
        for (int a = 0; a < 2; a++) {
            for (Field f : CalculatorInput.AXIS_FIELDS) {
                field(a, f).setText(defaults.get(a, f));
            }
        }
        changed();
    }

    /**
     * Sets the form from named values, as an assignment's preset gives them: {@code dims} (1 or 2),
     * {@code kind} (conv, pool, transposed), {@code mode} (zero, circular, reflect) and the fields by
     * their command-line names ({@code in k s p d op target}); {@code 7x5} sets width and height, a
     * single value both. Unknown names are ignored. What the values leave out takes a fresh input's value, not
     * what the form held before (a preset describes the whole layer).
     */
    public void apply(Map<String, String> values) {
        CalculatorInput fresh = new CalculatorInput();
        dims.select(fresh.twoD() ? 0 : 1);
        kind.select(fresh.kind().ordinal());
        mode.select(fresh.mode().ordinal());
        input.setTwoD(fresh.twoD());
        input.setKind(fresh.kind());
        input.setMode(fresh.mode());
        for (int a = 0; a < 2; a++) {
            for (Field f : CalculatorInput.AXIS_FIELDS) {
                field(a, f).setText(fresh.get(a, f));
            }
        }
        choose(dims, values.get("dims"), List.of("2", "1"));
        choose(kind, values.get("kind"), List.of("conv", "pool", "transposed"));
        choose(mode, values.get("mode"), List.of("zero", "circular", "reflect"));
        for (Field f : CalculatorInput.AXIS_FIELDS) {
            String v = values.get(f.option());
            if (v == null) {
                continue;
            }
            String[] axes = v.strip().split("\\s*[x×]\\s*");
            for (int a = 0; a < 2; a++) {
                field(a, f).setText(axes[Math.min(a, axes.length - 1)]);
            }
        }
        changed();
    }

    private static void choose(Combo c, String value, List<String> items) {
        int i = value == null ? -1 : items.indexOf(value.strip().toLowerCase(Locale.ROOT));
        if (i >= 0) {
            c.select(i);
            c.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        }
    }

    /** Called after every edit. */
    public void onChange(Runnable r) {
        onChange = r;
    }

    public Composite control() {
        return scroller;
    }

    /** The text field of a per-axis parameter. */
    public Text field(int axis, Field f) {
        return texts.get(axis).get(f);
    }

    public Combo kindCombo() {
        return kind;
    }

    public Combo modeCombo() {
        return mode;
    }

    public Combo dimsCombo() {
        return dims;
    }

    /** The decoration of a field, to read its message in tests. */
    public ControlDecoration decoration(int axis, Field f) {
        return f == Field.MODE || f == Field.KIND ? modeDecoration : decorationOf.get(field(axis, f));
    }

    /**
     * Shows each problem at its field (the reason is the decoration's hover, shown at once on the field being typed
     * in); hides the rest.
     */
    public void showProblems(List<ValidationProblem> problems) {
        decorations.forEach(ControlDecoration::hide);
        for (ValidationProblem p : problems) {
            ControlDecoration d = decoration(Math.max(0, p.axis()), p.field());
            if (d == null) {
                d = decoration(Math.max(0, p.axis()), Field.INPUT);
            }
            String previous = d.isVisible() ? d.getDescriptionText() + "\n" : "";
            d.setDescriptionText(previous + p.message());
            d.show();
        }
        for (ControlDecoration d : decorations) {
            boolean focused = d.getControl() != null && !d.getControl().isDisposed() && d.getControl().isFocusControl();
            d.showHoverText(focused && d.isVisible() ? d.getDescriptionText() : null);
        }
    }
}
