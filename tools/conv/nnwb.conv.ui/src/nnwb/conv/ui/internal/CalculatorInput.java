package nnwb.conv.ui.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nnwb.core.conv.AxisSpec;
import nnwb.core.conv.ConvKind;
import nnwb.core.conv.Field;
import nnwb.core.conv.LayerSpec;
import nnwb.core.conv.PaddingMode;
import nnwb.core.conv.ValidationProblem;

/**
 * What the user typed in the calculator, as text per field and axis (0 = width, 1 = height),
 * and its parsing into an engine {@link LayerSpec}. Display-free so tests reach it directly.
 */
public final class CalculatorInput {

    /** The per-axis fields, in the order the form shows them. */
    public static final List<Field> AXIS_FIELDS = List.of(Field.INPUT, Field.KERNEL, Field.STRIDE, Field.PAD_BEFORE,
            Field.PAD_AFTER, Field.DILATION, Field.OUTPUT_PADDING, Field.TARGET);

    private final List<Map<Field, String>> axes = List.of(new EnumMap<>(Field.class), new EnumMap<>(Field.class));
    private ConvKind kind = ConvKind.CONV;
    private PaddingMode mode = PaddingMode.ZERO;
    private boolean twoD = true;

    public CalculatorInput() {
        for (Map<Field, String> a : axes) {
            a.put(Field.INPUT, "7");
            a.put(Field.KERNEL, "3");
            a.put(Field.STRIDE, "2");
            a.put(Field.PAD_BEFORE, "1");
            a.put(Field.PAD_AFTER, "1");
            a.put(Field.DILATION, "1");
            a.put(Field.OUTPUT_PADDING, "0");
            a.put(Field.TARGET, "");
        }
    }

    public String get(int axis, Field f) {
        return axes.get(axis).getOrDefault(f, "");
    }

    public void set(int axis, Field f, String text) {
        axes.get(axis).put(f, text == null ? "" : text);
    }

    public ConvKind kind() {
        return kind;
    }

    public void setKind(ConvKind kind) {
        this.kind = kind;
    }

    public PaddingMode mode() {
        return mode;
    }

    public void setMode(PaddingMode mode) {
        this.mode = mode;
    }

    public boolean twoD() {
        return twoD;
    }

    public void setTwoD(boolean twoD) {
        this.twoD = twoD;
    }

    public int axisCount() {
        return twoD ? 2 : 1;
    }

    /** The layer the fields describe, or the fields that are not numbers. */
    public Parsed parse() {
        List<ValidationProblem> problems = new ArrayList<>();
        List<AxisSpec> specs = new ArrayList<>();
        List<Long> targets = new ArrayList<>();
        for (int a = 0; a < axisCount(); a++) {
            long in = number(a, Field.INPUT, problems);
            long k = number(a, Field.KERNEL, problems);
            long s = number(a, Field.STRIDE, problems);
            long pb = number(a, Field.PAD_BEFORE, problems);
            long pa = number(a, Field.PAD_AFTER, problems);
            long d = number(a, Field.DILATION, problems);
            long op = kind == ConvKind.TRANSPOSED ? number(a, Field.OUTPUT_PADDING, problems) : 0;
            specs.add(new AxisSpec(in, k, s, pb, pa, d, op));
            String t = get(a, Field.TARGET).trim();
            targets.add(t.isEmpty() ? null : number(a, Field.TARGET, problems));
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, targets, problems);
        }
        LayerSpec spec = twoD ? LayerSpec.of(kind, mode, specs.get(0), specs.get(1))
                : LayerSpec.of(kind, mode, specs.get(0));
        return new Parsed(spec, targets, problems);
    }

    private long number(int axis, Field f, List<ValidationProblem> problems) {
        String text = get(axis, f).trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            String what = text.isEmpty() ? "is empty" : "'" + text + "' is not a whole number";
            problems.add(new ValidationProblem(axis, f, what));
            return 0;
        }
    }

    /**
     * The parsed layer, or null when a field is not a number.
     *
     * @param targets per axis the wanted output size, or null where none was typed
     */
    public record Parsed(LayerSpec spec, List<Long> targets, List<ValidationProblem> problems) {
    }
}
