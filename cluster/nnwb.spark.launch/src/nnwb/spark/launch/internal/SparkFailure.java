package nnwb.spark.launch.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one line that says why a Spark job failed, read from everything spark-submit printed: Spark buries the cause
 * (e.g. "All masters are unresponsive! Giving up.") among hundreds of INFO lines and a shutdown stack trace.
 * Preference: a known cause, then the deepest "Caused by", then the first ERROR line, then the last line.
 */
public final class SparkFailure {

    private static final List<String> KNOWN = List.of("All masters are unresponsive", "Failed to connect to master",
            "Connection refused", "Could not find or load main class", "No such file or directory", "Exception in thread");
    private static final Pattern LOG4J = Pattern.compile("^\\S+ \\S+ (INFO|WARN|DEBUG|TRACE|ERROR) [^:]+: ?(.*)$");
    private static final Pattern CAUSED_BY = Pattern.compile("^\\s*Caused by: (.*)$");

    private SparkFailure() {
    }

    /** Whether a line is Spark's own log chatter (log4j INFO, WARN, DEBUG or TRACE), which belongs in the log file. */
    public static boolean chatter(String line) {
        Matcher m = LOG4J.matcher(line);
        return m.matches() && !m.group(1).equals("ERROR");
    }

    /** The cause in one line (at most 300 characters), or an empty string when nothing was printed. */
    public static String cause(List<String> lines) {
        for (String k : KNOWN) {
            for (String l : lines) {
                if (l.contains(k)) {
                    return shorten(message(l));
                }
            }
        }
        String deepest = null;
        for (String l : lines) {
            Matcher m = CAUSED_BY.matcher(l);
            if (m.matches()) {
                deepest = m.group(1);
            }
        }
        if (deepest != null) {
            return shorten(deepest);
        }
        for (String l : lines) {
            Matcher m = LOG4J.matcher(l);
            if (m.matches() && m.group(1).equals("ERROR")) {
                return shorten(m.group(2));
            }
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return shorten(message(lines.get(i)));
            }
        }
        return "";
    }

    private static String message(String line) {
        Matcher m = LOG4J.matcher(line);
        return m.matches() ? m.group(2) : line.strip();
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }
}
