package nnwb.conv.ui.internal;

import nnwb.ui.parts.SavedState;
import java.util.Locale;

import nnwb.core.conv.ConvKind;
import nnwb.core.conv.Field;
import nnwb.core.conv.PaddingMode;

/**
 * The Conv arithmetic view's settings as text, kept across restarts in its part's persisted state: the Layer
 * tab's choices and fields (per axis, as typed), the Stack tab's layers and the selected tab. One
 * {@code key = value} per line ({@code dims}, {@code kind}, {@code mode}, {@code <field>.<axis>}, {@code layers},
 * {@code tab}); {@link #parse} rejects anything else, so a corrupt state changes nothing.
 *
 * @param input  the Layer tab's fields and choices
 * @param layers the Stack tab's layers
 * @param tab    the selected tab (0 Layer, 1 Stack)
 */
public record ConvState(CalculatorInput input, String layers, int tab) {

    /** Longest value read (a field or the layers). */
    public static final int MAX_VALUE = 2_000;

    /** The settings as text. */
    public String format() {
        StringBuilder sb = new StringBuilder("# NN Workbench conv arithmetic\n");
        sb.append("dims = ").append(input.twoD() ? 2 : 1).append('\n');
        sb.append("kind = ").append(input.kind().name().toLowerCase(Locale.ROOT)).append('\n');
        sb.append("mode = ").append(input.mode().name().toLowerCase(Locale.ROOT)).append('\n');
        for (int a = 0; a < 2; a++) {
            for (Field f : CalculatorInput.AXIS_FIELDS) {
                sb.append(key(f, a)).append(" = ").append(oneLine(input.get(a, f))).append('\n');
            }
        }
        sb.append("layers = ").append(oneLine(layers)).append('\n');
        sb.append("tab = ").append(tab).append('\n');
        return sb.toString();
    }

    /** Reads {@link #format}'s text; throws {@link IllegalArgumentException} naming the bad line. */
    public static ConvState parse(String text) {
        CalculatorInput input = new CalculatorInput();
        String layers = null;
        int tab = 0;
        for (SavedState.Entry e : SavedState.entries(text)) {
            if (e.value().length() > MAX_VALUE) {
                throw e.error("value too long");
            }
            String key = e.key();
            String value = e.value();
            switch (key) {
                case "dims" -> input.setTwoD(switch (value) {
                    case "2" -> true;
                    case "1" -> false;
                    default -> throw e.error("dims is 1 or 2");
                });
                case "kind" -> input.setKind(ConvKind.valueOf(value.toUpperCase(Locale.ROOT)));
                case "mode" -> input.setMode(PaddingMode.valueOf(value.toUpperCase(Locale.ROOT)));
                case "layers" -> layers = value;
                case "tab" -> tab = switch (value) {
                    case "0" -> 0;
                    case "1" -> 1;
                    default -> throw e.error("tab is 0 or 1");
                };
                default -> field(key, value, input, e.line());
            }
        }
        return new ConvState(input, layers, tab);
    }

    private static void field(String key, String value, CalculatorInput input, int line) {
        for (int a = 0; a < 2; a++) {
            for (Field f : CalculatorInput.AXIS_FIELDS) {
                if (key(f, a).equals(key)) {
                    input.set(a, f, value);
                    return;
                }
            }
        }
        throw new IllegalArgumentException("line " + line + ": unknown setting '" + key + "'");
    }

    private static String key(Field f, int axis) {
        return f.name().toLowerCase(Locale.ROOT) + "." + axis;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
    }
}
