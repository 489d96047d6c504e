package nnwb.core.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a matrix typed as text: rows separated by {@code ;} or new lines, values by {@code ,} or spaces; a value
 * is a decimal number or a fraction such as {@code 1/9}. Example: {@code "1,2,1; 0,0,0; -1,-2,-1"}.
 */
public final class MatrixText {

    private static final Pattern MATRIX_CHARS = Pattern.compile("[-+0-9.eE/,;\\s]+");
    private static final Pattern ROW_SPLIT = Pattern.compile("[;\\n]");
    private static final Pattern VALUE_SPLIT = Pattern.compile("[,\\s]+");

    private MatrixText() {
    }

    /** Whether {@code text} looks like a typed matrix rather than a name (only numbers and separators, a digit). */
    public static boolean looksLikeMatrix(String text) {
        return text != null && MATRIX_CHARS.matcher(text.strip()).matches() && text.chars().anyMatch(Character::isDigit);
    }

    /**
     * Parses {@code text}; {@code what} names the thing in error messages ("kernel", "input").
     *
     * @throws IllegalArgumentException naming the row and value that is wrong
     */
    public static Matrix parse(String what, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty: give rows like 1,2,1;0,0,0;-1,-2,-1");
        }
        List<double[]> rows = new ArrayList<>();
        String[] lines = ROW_SPLIT.split(text.strip(), -1);
        for (int r = 0; r < lines.length; r++) {
            String line = lines[r].strip();
            if (line.isEmpty()) {
                if (r == lines.length - 1 && r > 0) {
                    break;
                }
                throw new IllegalArgumentException(what + " row " + (r + 1) + " is empty");
            }
            String[] cells = VALUE_SPLIT.split(line.replaceAll("^,+|,+$", ""));
            double[] row = new double[cells.length];
            for (int c = 0; c < cells.length; c++) {
                row[c] = value(what, cells[c], r, c);
            }
            if (!rows.isEmpty() && row.length != rows.get(0).length) {
                throw new IllegalArgumentException(what + " row " + (r + 1) + " has " + row.length
                        + " values, row 1 has " + rows.get(0).length);
            }
            rows.add(row);
        }
        return Matrix.of(rows.toArray(double[][]::new));
    }

    private static double value(String what, String cell, int r, int c) {
        try {
            int slash = cell.indexOf('/');
            double v = slash < 0 ? Double.parseDouble(cell)
                    : Double.parseDouble(cell.substring(0, slash)) / Double.parseDouble(cell.substring(slash + 1));
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(what + " value '" + cell + "' in row " + (r + 1) + ", column " + (c + 1)
                + " is not a finite number");
    }

    /** The matrix as text that {@link #parse} reads back: {@code "1,2;3,4"}. */
    public static String format(Matrix m) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.cols(); c++) {
                sb.append(c == 0 ? (r == 0 ? "" : ";") : ",").append(Num.exact(m.get(r, c)));
            }
        }
        return sb.toString();
    }
}
