package nnwb.core.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A vector or matrix against a key, with a verdict per cell and credit for the share of
 * cells right. Where the problem allows it, the answer may differ from the key by a common
 * factor, a sign or an order of the columns; the reason then says which applied (the factor
 * and the order, which would reveal the key, go to the key detail).
 *
 * @param key       rows of the key (a vector is one row)
 * @param tolerance per cell
 * @param freedoms  allowed differences; empty for plain equality
 * @param vector    whether the key is a vector (cells named {@code [i]}, a column is read as a row)
 */
public record MatrixChecker(double[][] key, Tolerance tolerance, Set<Freedom> freedoms, boolean vector) implements Checker {

    /** Most columns for which the order may differ. */
    public static final int MAX_PERMUTED_COLUMNS = 200;

    public MatrixChecker {
        if (key == null || key.length == 0 || key[0].length == 0 || tolerance == null || freedoms == null) {
            throw new IllegalArgumentException("a matrix checker needs a non-empty key, a tolerance and freedoms");
        }
        double[][] copy = new double[key.length][];
        for (int i = 0; i < key.length; i++) {
            if (key[i].length != key[0].length) {
                throw new IllegalArgumentException("key row " + (i + 1) + " has " + key[i].length + " entries, row 1 has "
                        + key[0].length);
            }
            for (double v : key[i]) {
                RealChecker.finite(v);
            }
            copy[i] = key[i].clone();
        }
        key = copy;
        freedoms = freedoms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(freedoms));
        if (freedoms.contains(Freedom.PERMUTATION) && key[0].length > MAX_PERMUTED_COLUMNS) {
            throw new IllegalArgumentException("column order may differ for at most " + MAX_PERMUTED_COLUMNS + " columns");
        }
    }

    /** A copy of the key's rows. */
    @Override
    public double[][] key() {
        double[][] copy = new double[key.length][];
        for (int i = 0; i < key.length; i++) {
            copy[i] = key[i].clone();
        }
        return copy;
    }

    /** A vector key. */
    public static MatrixChecker vector(double[] key, Tolerance tolerance, Freedom... freedoms) {
        return new MatrixChecker(new double[][] {key}, tolerance, Set.of(freedoms), true);
    }

    /** A matrix key given as rows. */
    public static MatrixChecker matrix(double[][] key, Tolerance tolerance, Freedom... freedoms) {
        return new MatrixChecker(key, tolerance, Set.of(freedoms), false);
    }

    @Override
    public Verdict check(Answer answer, CheckContext context) {
        Verdict refused = AnswerText.refusal(answer);
        if (refused != null) {
            return refused;
        }
        double[][] student;
        String[][] texts;
        try {
            List<List<String>> rows = GridReader.read(answer, context.limits());
            if (vector && rows.size() > 1 && rows.stream().allMatch(r -> r.size() == 1)) {
                rows = List.of(rows.stream().map(r -> r.get(0)).toList());
            }
            String shape = shapeProblem(rows);
            if (shape != null) {
                return Verdict.wrong(shape, "");
            }
            texts = new String[key.length][];
            student = new double[key.length][key[0].length];
            for (int i = 0; i < key.length; i++) {
                texts[i] = rows.get(i).toArray(new String[0]);
                for (int j = 0; j < key[0].length; j++) {
                    student[i][j] = read(texts[i][j], context.limits());
                }
            }
        } catch (IllegalArgumentException e) {
            return Verdict.ungradable(e.getMessage());
        }
        GridMatch.Transform t = GridMatch.best(student, key, tolerance, freedoms, context.deadline());
        return verdict(student, texts, t, context.limits());
    }

    private static double read(String cell, Limits limits) {
        try {
            return NumberLiteral.parse(cell, limits.maxNumberChars()).value().doubleValue();
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }

    private String shapeProblem(List<List<String>> rows) {
        int cols = key[0].length;
        if (vector) {
            int n = rows.size() == 1 ? rows.get(0).size() : -1;
            return n == cols ? null : "expected " + cols + " entries, got " + (n < 0 ? rows.size() + " rows" : n);
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != rows.get(0).size()) {
                return "row " + (i + 1) + " has " + rows.get(i).size() + " entries, row 1 has " + rows.get(0).size();
            }
        }
        if (rows.size() != key.length || rows.get(0).size() != cols) {
            return "expected a " + key.length + "×" + cols + " matrix, got " + rows.size() + "×" + rows.get(0).size();
        }
        return null;
    }

    private Verdict verdict(double[][] s, String[][] texts, GridMatch.Transform t, Limits limits) {
        List<CellVerdict> cells = new ArrayList<>();
        int total = key.length * key[0].length;
        for (int i = 0; i < key.length; i++) {
            for (int j = 0; j < key[0].length; j++) {
                String name = vector ? "[" + (j + 1) + "]" : "(" + (i + 1) + "," + (j + 1) + ")";
                double k = t.factor() * key[i][t.order()[j]];
                if (Double.isNaN(s[i][j])) {
                    String why = texts[i][j].length() > limits.maxNumberChars() ? "number longer than "
                            + limits.maxNumberChars() + " characters" : "not a number: " + Echo.quote(texts[i][j]);
                    cells.add(new CellVerdict(name, Status.UNGRADABLE, why, ""));
                } else if (tolerance.accepts(s[i][j], k)) {
                    cells.add(new CellVerdict(name, Status.CORRECT, "correct", ""));
                } else {
                    cells.add(new CellVerdict(name, Status.WRONG, Direction.after(tolerance.missed(), s[i][j], k),
                            "expected " + Figures.format(k)));
                }
            }
        }
        List<String> applied = new ArrayList<>();
        List<String> detail = new ArrayList<>();
        if (t.factor() == -1) {
            applied.add(Freedom.SIGN.words());
        } else if (t.factor() != 1) {
            applied.add(Freedom.SCALE.words());
            detail.add("factor " + Figures.format(t.factor()));
        }
        if (t.permuted()) {
            applied.add(Freedom.PERMUTATION.words());
            detail.add("your column " + columnsText(t.order()));
        }
        String how = applied.isEmpty() ? ""
                : (t.correct() == total ? ", equal " : ", compared ") + String.join(" and ", applied);
        String what = vector ? "entries" : "cells";
        String reason = t.correct() == total ? "correct" + how
                : t.correct() + " of " + total + " " + what + " correct" + how;
        return Verdict.ofCredit((double) t.correct() / total, reason, String.join("; ", detail), cells);
    }

    private static String columnsText(int[] order) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < order.length; j++) {
            if (j > 0) {
                sb.append(", ");
            }
            sb.append(j + 1).append("→").append(order[j] + 1);
        }
        return sb.append(" of the key").toString();
    }

    @Override
    public AnswerKind kind() {
        return vector ? AnswerKind.VECTOR : AnswerKind.MATRIX;
    }

    @Override
    public String inputHint() {
        return vector ? key[0].length + " numbers" : key.length + " rows of " + key[0].length + " numbers";
    }
}
