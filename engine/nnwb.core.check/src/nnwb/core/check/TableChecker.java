package nnwb.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A table of named rows by named columns (e.g. parameters and activation size per layer),
 * each cell with its own checker, a verdict per cell and credit for the mean cell credit.
 * The answer is either named fields ({@code {"conv1": {"params": 280}}}) or rows in order.
 *
 * @param rows    row names in order
 * @param columns column names in order
 * @param cells   one checker per row and column
 */
public record TableChecker(List<String> rows, List<String> columns, List<List<Checker>> cells) implements Checker {

    public TableChecker {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (rows.isEmpty() || columns.isEmpty() || cells.size() != rows.size()) {
            throw new IllegalArgumentException("a table needs rows, columns and one checker per cell");
        }
        List<List<Checker>> copy = new ArrayList<>();
        for (List<Checker> r : cells) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("a table row has " + r.size() + " checkers for " + columns.size()
                        + " columns");
            }
            copy.add(List.copyOf(r));
        }
        cells = List.copyOf(copy);
    }

    /** A table whose cell checkers come from {@code cell(row, column)}. */
    public static TableChecker of(List<String> rows, List<String> columns, BiFunction<String, String, Checker> cell) {
        List<List<Checker>> cells = new ArrayList<>();
        for (String r : rows) {
            cells.add(columns.stream().map(c -> cell.apply(r, c)).toList());
        }
        return new TableChecker(rows, columns, cells);
    }

    @Override
    public Verdict check(Answer answer, CheckContext context) {
        Verdict refused = AnswerText.refusal(answer);
        if (refused != null) {
            return refused;
        }
        Answer[][] given;
        try {
            given = answer instanceof Answer.Fields f ? byName(f) : byPosition(answer, context.limits());
        } catch (IllegalArgumentException e) {
            return Verdict.ungradable(e.getMessage());
        }
        List<CellVerdict> out = new ArrayList<>();
        double credit = 0;
        int right = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                context.deadline().check();
                Verdict v = cells.get(i).get(j).check(given[i][j], context);
                out.add(new CellVerdict(rows.get(i) + " / " + columns.get(j), v.status(), v.reason(), v.keyDetail()));
                credit += v.credit();
                right += v.status() == Status.CORRECT ? 1 : 0;
            }
        }
        int total = rows.size() * columns.size();
        String reason = right == total ? "correct" : right + " of " + total + " cells correct";
        return Verdict.ofCredit(credit / total, reason, "", out);
    }

    private Answer[][] byName(Answer.Fields f) {
        Answer[][] g = empty();
        for (Map.Entry<String, Answer> row : f.fields().entrySet()) {
            int i = rows.indexOf(row.getKey().strip());
            if (i < 0) {
                throw new IllegalArgumentException("unknown row " + Echo.quote(row.getKey()) + "; rows are "
                        + String.join(", ", rows));
            }
            if (!(row.getValue() instanceof Answer.Fields cols)) {
                throw new IllegalArgumentException("row " + rows.get(i) + " should name its columns");
            }
            for (Map.Entry<String, Answer> c : cols.fields().entrySet()) {
                int j = columns.indexOf(c.getKey().strip());
                if (j < 0) {
                    throw new IllegalArgumentException("unknown column " + Echo.quote(c.getKey()) + "; columns are "
                            + String.join(", ", columns));
                }
                g[i][j] = c.getValue();
            }
        }
        return g;
    }

    private Answer[][] byPosition(Answer a, Limits limits) {
        List<List<String>> grid = GridReader.read(a, limits);
        if (grid.size() != rows.size()) {
            throw new IllegalArgumentException("expected " + rows.size() + " rows, got " + grid.size());
        }
        Answer[][] g = empty();
        for (int i = 0; i < grid.size(); i++) {
            if (grid.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("row " + rows.get(i) + " has " + grid.get(i).size() + " cells, expected "
                        + columns.size());
            }
            for (int j = 0; j < columns.size(); j++) {
                g[i][j] = new Answer.Text(grid.get(i).get(j));
            }
        }
        return g;
    }

    private Answer[][] empty() {
        Answer[][] g = new Answer[rows.size()][columns.size()];
        for (Answer[] r : g) {
            java.util.Arrays.fill(r, new Answer.Missing());
        }
        return g;
    }

    @Override
    public AnswerKind kind() {
        return AnswerKind.TABLE;
    }

    @Override
    public String inputHint() {
        return "rows " + String.join(", ", rows) + " by columns " + String.join(", ", columns);
    }
}
