package nnwb.train.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nnwb.core.data.RunConfig;
import nnwb.train.RunFolder;

/**
 * The Runs tab's table as TensorBoard's hyperparameter table has it: one row per run with its date, its
 * hyperparameters and its final validation numbers; rows filter by a text (every word must occur in some cell)
 * and sort by any column (numbers as numbers, dates as dates). Display-free.
 */
public final class RunTable {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("run", "date", "optimizer", "lr", "batch", "epochs", "dataset",
            "val accuracy", "val loss", "folder");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** One run: its cells as shown and its sort keys (a Double, an Instant or a String per column). */
    public record Row(RunFolder.Record run, List<String> cells, List<Comparable<?>> keys) {
    }

    private RunTable() {
    }

    /** The row of {@code r}, dated {@code started} (null when unknown), dates in {@code zone}. */
    public static Row row(RunFolder.Record r, Instant started, ZoneId zone) {
        RunConfig c = r.config();
        Map<?, ?> fin = r.result().get("final") instanceof Map<?, ?> m ? m : Map.of();
        double acc = number(fin.get("valAccuracy"));
        double loss = number(fin.get("valLoss"));
        List<String> cells = List.of(r.name(), started == null ? "" : DATE.format(started.atZone(zone)), c.optimizer().label(),
                String.format(Locale.ROOT, "%g", c.learningRate()).replaceAll("\\.?0+(e|$)", "$1"), Integer.toString(c.batch()),
                Integer.toString(c.epochs()), c.dataset(), Double.isNaN(acc) ? "" : String.format(Locale.ROOT, "%.3f", acc),
                Double.isNaN(loss) ? "" : String.format(Locale.ROOT, "%.4f", loss), r.folder().getFileName().toString());
        List<Comparable<?>> keys = List.of(r.name(), started == null ? Instant.EPOCH : started, c.optimizer().label(),
                c.learningRate(), (double) c.batch(), (double) c.epochs(), c.dataset(), acc, loss,
                r.folder().getFileName().toString());
        return new Row(r, cells, keys);
    }

    /** The rows in which every word of {@code query} occurs in some cell (case-insensitive); all for a blank query. */
    public static List<Row> filter(List<Row> rows, String query) {
        String[] words = query == null ? new String[0] : query.strip().toLowerCase(Locale.ROOT).split("\\s+");
        List<Row> out = new ArrayList<>();
        for (Row row : rows) {
            boolean all = true;
            for (String w : words) {
                if (!w.isEmpty() && row.cells().stream().noneMatch(c -> c.toLowerCase(Locale.ROOT).contains(w))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                out.add(row);
            }
        }
        return out;
    }

    /** {@code rows} sorted by {@code column}; a missing number (NaN) sorts last either way. */
    public static List<Row> sort(List<Row> rows, int column, boolean ascending) {
        Comparator<Row> by = (a, b) -> compare(a.keys().get(column), b.keys().get(column), ascending);
        List<Row> out = new ArrayList<>(rows);
        out.sort(by);
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Comparable a, Comparable b, boolean ascending) {
        boolean na = a instanceof Double d && d.isNaN();
        boolean nb = b instanceof Double d && d.isNaN();
        if (na || nb) {
            return na == nb ? 0 : na ? 1 : -1;
        }
        int c = a.compareTo(b);
        return ascending ? c : -c;
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
