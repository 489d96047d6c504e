package nnwb.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as RFC 4180 writes it (Apache Commons CSV): fields with a comma, a quote or a line break are
 * quoted, quotes doubled, records end with CRLF. Every CSV the workbench writes goes through here.
 */
public final class Csv {

    private Csv() {
    }

    /** The rows as one CSV document. */
    public static String of(List<? extends List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(sb, CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return sb.toString();
    }
}
