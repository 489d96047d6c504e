package nnwb.spark.launch.internal;

import java.io.PrintWriter;

import nnwb.core.json.Json;

/**
 * How a command reports a Spark job that failed: one line on stderr, and under {@code --json} a JSON error object
 * on stdout ({@code {"error": "..."}}) so that scripts get a parsable answer; the exit code is 1.
 */
public final class SparkErrors {

    private SparkErrors() {
    }

    /** Reports {@code message} for command {@code name} and returns the exit code 1. */
    public static int failed(String name, String message, boolean json, PrintWriter out, PrintWriter err) {
        String line = String.valueOf(message).replaceAll("\\s+", " ").strip();
        err.println("nnwb " + name + ": " + line);
        err.flush();
        if (json) {
            java.util.Map<String, Object> m = Json.object();
            m.put("error", line);
            out.println(Json.write(m));
            out.flush();
        }
        return 1;
    }
}
