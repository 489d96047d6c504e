package nnwb.core.graph;

import java.util.ArrayList;
import java.util.List;
import nnwb.core.symbolic.Poly;
import nnwb.core.symbolic.PolyFormat;

/**
 * The shape of one example's tensor: {@code channels} and the spatial sizes
 * (height, width for 2D; empty for a vector, whose length is {@code channels}).
 * Sizes are polynomials so that symbolic sizes flow through unchanged.
 */
public record Shape(Poly channels, List<Poly> spatial) {

    public Shape {
        spatial = List.copyOf(spatial);
    }

    public static Shape vector(Poly features) {
        return new Shape(features, List.of());
    }

    public boolean isVector() {
        return spatial.isEmpty();
    }

    /** Number of spatial axes: 0 for a vector, 1 for 1D, 2 for 2D. */
    public int rank() {
        return spatial.size();
    }

    /** Number of values in one example: channels times all spatial sizes. */
    public Poly elements() {
        Poly e = channels;
        for (Poly s : spatial) {
            e = e.multiply(s);
        }
        return e;
    }

    /** Product of the spatial sizes (1 for a vector). */
    public Poly area() {
        Poly e = Poly.ONE;
        for (Poly s : spatial) {
            e = e.multiply(s);
        }
        return e;
    }

    public Shape withChannels(Poly c) {
        return new Shape(c, spatial);
    }

    public Shape withSpatial(List<Poly> s) {
        return new Shape(channels, s);
    }

    /** True when all sizes are numbers. */
    public boolean isNumeric() {
        return channels.isConstant() && spatial.stream().allMatch(Poly::isConstant);
    }

    /** {@code C×H×W}, or {@code H×W×C} when {@code channelsLast} (the coursework's notation). */
    public String format(boolean channelsLast, PolyFormat f) {
        List<String> parts = new ArrayList<>();
        if (!channelsLast) {
            parts.add(atom(channels, f));
        }
        spatial.forEach(s -> parts.add(atom(s, f)));
        if (channelsLast) {
            parts.add(atom(channels, f));
        }
        return String.join(" × ", parts);
    }

    private static String atom(Poly p, PolyFormat f) {
        String s = f.format(p);
        return p.terms().size() > 1 ? "(" + s + ")" : s;
    }

    @Override
    public String toString() {
        return format(false, PolyFormat.UNICODE);
    }
}
