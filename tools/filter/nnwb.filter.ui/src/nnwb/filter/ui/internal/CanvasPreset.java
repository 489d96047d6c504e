package nnwb.filter.ui.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nnwb.core.filter.image.InputParser;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelParser;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.PadMode;

/**
 * What an assignment's preset asks of the filter canvas's Image tab, read from its parameters (plain Java, no
 * display): {@code kernel} (rows like {@code -1,-2,-1; 0,0,0; 1,2,1} or a named kernel), {@code image} (an input as
 * the Input field takes it; {@code NAME:WxH} means {@code NAME:cols=W,rows=H}), {@code mode} ({@code convolution} or
 * {@code correlation}), {@code padding} (a number or {@code same}), {@code stride}, {@code dilation} and
 * {@code padMode} ({@code zero}, {@code circular}, {@code reflect}, {@code replicate}). A setting the preset leaves
 * out takes its plain value (correlation, padding 0, stride 1, dilation 1, zero padding), never the one the canvas
 * had before, so that the canvas shows exactly the problem. Other parameters are ignored.
 *
 * @param kernel   the kernel, or null to keep the canvas's
 * @param image    the input spec, or empty to keep the canvas's
 * @param mode     the operation
 * @param padding  padding on every side (ignored when {@code same})
 * @param same     PyTorch's "same" padding
 * @param stride   the stride
 * @param dilation the dilation
 * @param padMode  how the border is filled
 */
public record CanvasPreset(Kernel kernel, String image, FilterMode mode, int padding, boolean same, int stride, int dilation,
        PadMode padMode) {

    private static final Pattern SIZE = Pattern.compile("([A-Za-z0-9._-]+):\\s*(\\d+)\\s*[x×]\\s*(\\d+)");

    /**
     * Reads a preset's parameters.
     *
     * @throws IllegalArgumentException with a one-line reason naming the parameter that does not read
     */
    public static CanvasPreset of(Map<String, String> parameters) {
        String k = parameters.get("kernel");
        Kernel kernel = k == null || k.isBlank() ? null : KernelParser.parse(k);
        String image = input(parameters.getOrDefault("image", ""));
        if (!image.isEmpty()) {
            InputParser.parse(image); // says now, in one line, what is wrong with it
        }
        FilterMode mode;
        try {
            mode = FilterMode.parse(parameters.getOrDefault("mode", "correlation"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("preset " + e.getMessage());
        }
        String pad = parameters.getOrDefault("padding", "0").strip().toLowerCase(Locale.ROOT);
        boolean same = pad.equals("same");
        int padding = same ? 0 : number("padding", pad, 0, 64);
        int stride = number("stride", parameters.getOrDefault("stride", "1"), 1, 8);
        int dilation = number("dilation", parameters.getOrDefault("dilation", "1"), 1, 8);
        PadMode padMode = PadMode.parse(parameters.getOrDefault("padMode", "zero"));
        return new CanvasPreset(kernel, image, mode, padding, same, stride, dilation, padMode);
    }

    /** The input as the Input field takes it: {@code sequence:5x5} becomes {@code sequence:cols=5,rows=5}. */
    static String input(String spec) {
        Matcher s = SIZE.matcher(spec.strip());
        return s.matches() ? s.group(1) + ":cols=" + s.group(2) + ",rows=" + s.group(3) : spec.strip();
    }

    private static int number(String name, String text, int min, int max) {
        try {
            int v = Integer.parseInt(text.strip());
            if (v < min || v > max) {
                throw new IllegalArgumentException("preset " + name + " " + v + " is outside " + min + ".." + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("preset " + name + " '" + text.strip() + "' is not a whole number");
        }
    }
}
