package nnwb.core.conv;

import java.util.ArrayList;
import java.util.List;

/**
 * Receptive field, jump and start through a stack of layers with the recurrences of {@link RfStep}; residual
 * branches merge into the span of all their paths' fields (the largest field over the paths when they are centred alike).
 */
public final class RfStack {

    private final List<RfRow> rows = new ArrayList<>();
    private final List<ValidationProblem> problems = new ArrayList<>();
    private int layerNumber;

    private RfStack() {
    }

    /** Largest field or jump computed exactly (doubles hold integers exactly up to 2^53). */
    static final double EXACT_LIMIT = 0x1p53;

    /** Parses a typed stack (see {@link RfParser}) and computes it; a parse error becomes the only problem. */
    public static RfReport compute(String layers) {
        RfParser.Result parsed = RfParser.parse(layers);
        if (!parsed.ok()) {
            return new RfReport(List.of(), RfStep.input(), closedForm(List.of()),
                    List.of(ValidationProblem.of(Field.LAYERS, parsed.error())));
        }
        return compute(parsed.nodes());
    }

    /** Computes field, jump and start after every layer and after the whole stack. */
    public static RfReport compute(List<RfNode> nodes) {
        RfStack walker = new RfStack();
        if (nodes.isEmpty()) {
            walker.problems.add(ValidationProblem.of(Field.LAYERS, "give at least one layer"));
        }
        RfStep total = walker.chain(nodes, RfStep.input(), 0, 0);
        if (total.receptiveField() > EXACT_LIMIT || total.jump() > EXACT_LIMIT) {
            walker.problems.add(ValidationProblem.of(Field.LAYERS, "the stack's field or jump exceeds "
                    + (long) EXACT_LIMIT + " cells, beyond exact arithmetic; use smaller kernels or strides"));
        }
        return new RfReport(walker.rows, total, closedForm(nodes), walker.problems);
    }

    private RfStep chain(List<RfNode> nodes, RfStep step, int depth, int path) {
        RfStep current = step;
        for (RfNode node : nodes) {
            if (node instanceof RfLayer layer) {
                layerNumber++;
                if (check(layer)) {
                    current = layer.apply(current);
                }
                rows.add(new RfRow(layer.label(), depth, path, layer, current));
            } else if (node instanceof RfBranches branches) {
                current = branch(branches, current, depth, path);
            }
        }
        return current;
    }

    private RfStep branch(RfBranches branches, RfStep step, int depth, int path) {
        if (branches.paths().isEmpty()) {
            problems.add(ValidationProblem.of(Field.LAYERS, "a branch needs at least one path"));
            return step;
        }
        List<RfStep> ends = new ArrayList<>();
        for (int i = 0; i < branches.paths().size(); i++) {
            ends.add(chain(branches.paths().get(i), step, depth + 1, i + 1));
        }
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        for (RfStep end : ends) {
            left = Math.min(left, end.start() - end.receptiveField() / 2);
            right = Math.max(right, end.start() + end.receptiveField() / 2);
            if (end.jump() != ends.get(0).jump()) {
                problems.add(ValidationProblem.of(Field.LAYERS, "the paths of a branch end with different jumps ("
                        + fmt(ends.get(0).jump()) + " and " + fmt(end.jump()) + "), so their outputs cannot be added"));
            }
        }
        RfStep merged = new RfStep(right - left, ends.get(0).jump(), (left + right) / 2);
        rows.add(new RfRow("merge of " + ends.size() + " paths", depth, path, null, merged));
        return merged;
    }

    private boolean check(RfLayer l) {
        String where = "layer " + layerNumber + " (" + l.label() + "): ";
        int before = problems.size();
        if (l.kernel() < 1 || l.kernel() > ConvValidation.LIMIT) {
            problems.add(ValidationProblem.of(Field.LAYERS, where + "kernel must be between 1 and " + ConvValidation.LIMIT));
        }
        if (l.stride() < 1 || l.stride() > ConvValidation.LIMIT) {
            problems.add(ValidationProblem.of(Field.LAYERS, where + "stride must be between 1 and " + ConvValidation.LIMIT));
        }
        if (l.dilation() < 1 || l.dilation() > ConvValidation.LIMIT) {
            problems.add(ValidationProblem.of(Field.LAYERS, where + "dilation must be between 1 and " + ConvValidation.LIMIT));
        }
        if (l.padBefore() < 0 || l.padBefore() > ConvValidation.LIMIT) {
            problems.add(ValidationProblem.of(Field.LAYERS, where + "padding must be between 0 and " + ConvValidation.LIMIT));
        }
        return problems.size() == before;
    }

    /** The closed form {@code 1 + sum_l d_l*(k_l-1) * prod_{i<l} s_i} along the widest path of every branch. */
    public static Formula closedForm(List<RfNode> nodes) {
        Terms t = terms(nodes, 1);
        String sum = t.parts.isEmpty() ? "1" : "1 + " + String.join(" + ", t.parts);
        long value = Math.round(1 + t.sum);
        boolean branched = nodes.stream().anyMatch(n -> n instanceof RfBranches);
        String rule = "1 + sum over layers l of d_l*(k_l-1) * s_1*...*s_(l-1)" + (branched
                ? " along the widest path (paths padded differently can together see more: see the field above)" : "");
        return new Formula("r", List.of(rule, sum,
                Long.toString(value)), value);
    }

    private record Terms(List<String> parts, double sum, double jump) {
    }

    private static Terms terms(List<RfNode> nodes, double jumpIn) {
        List<String> parts = new ArrayList<>();
        double sum = 0;
        double jump = jumpIn;
        for (RfNode node : nodes) {
            if (node instanceof RfLayer l) {
                long span = l.dilation() * (l.kernel() - 1);
                if (span != 0) {
                    parts.add(span + "*" + fmt(jump));
                }
                sum += span * jump;
                jump *= l.stride();
            } else if (node instanceof RfBranches b && !b.paths().isEmpty()) {
                Terms widest = null;
                for (List<RfNode> p : b.paths()) {
                    Terms candidate = terms(p, jump);
                    if (widest == null || candidate.sum > widest.sum) {
                        widest = candidate;
                    }
                }
                parts.addAll(widest.parts);
                sum += widest.sum;
                jump = widest.jump;
            }
        }
        return new Terms(parts, sum, jump);
    }

    /** A number without a trailing ".0" when it is whole. */
    public static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
