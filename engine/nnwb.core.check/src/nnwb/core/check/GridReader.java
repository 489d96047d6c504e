package nnwb.core.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a vector or matrix answer into rows of cell texts: a JSON list (of lists), or text such
 * as {@code [[1, 2], [3, 4]]}, {@code 1 2; 3 4} or one row per line. Counts cells against
 * {@link Limits#maxCells()} before building anything large.
 */
final class GridReader {

    private GridReader() {
    }

    static List<List<String>> read(Answer a, Limits limits) {
        if (a instanceof Answer.Items items) {
            return fromItems(items, limits);
        } else if (a instanceof Answer.Text t) {
            return fromText(t.value(), limits);
        } else {
            throw new IllegalArgumentException("expected a list of numbers, got " + a.shape());
        }
    }

    private static List<List<String>> fromItems(Answer.Items items, Limits limits) {
        List<List<String>> rows = new ArrayList<>();
        List<String> flat = new ArrayList<>();
        int cells = 0;
        for (Answer item : items.items()) {
            if (item instanceof Answer.Items row) {
                List<String> r = new ArrayList<>();
                for (Answer c : row.items()) {
                    r.add(AnswerText.of(c, "a number in row " + (rows.size() + 1)));
                }
                cells += r.size();
                rows.add(r);
            } else {
                flat.add(AnswerText.of(item, "a number or a row"));
                cells++;
            }
            if (cells > limits.maxCells()) {
                throw tooMany(limits);
            }
        }
        if (!flat.isEmpty() && !rows.isEmpty()) {
            throw new IllegalArgumentException("mixes numbers and rows in one list");
        }
        return rows.isEmpty() ? List.of(flat) : rows;
    }

    private static List<List<String>> fromText(String text, Limits limits) {
        String s = text.strip().replaceAll("\\]\\s*,?\\s*\\[", ";").replaceAll("[\\[\\]]", "");
        List<List<String>> rows = new ArrayList<>();
        int cells = 0;
        for (String line : s.split("[;\\n]")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.contains(",") ? line.split(",") : line.strip().split("\\s+");
            List<String> row = new ArrayList<>();
            for (String p : parts) {
                row.add(p.strip());
            }
            cells += row.size();
            if (cells > limits.maxCells()) {
                throw tooMany(limits);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("empty answer; numbers were expected");
        }
        return rows;
    }

    private static IllegalArgumentException tooMany(Limits limits) {
        return new IllegalArgumentException("more than " + limits.maxCells() + " cells");
    }
}
