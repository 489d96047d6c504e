package nnwb.train.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nnwb.cli.Cli;
import nnwb.compute.ComputeService;
import nnwb.core.json.Json;
import nnwb.train.internal.cli.SweepCommand;
import nnwb.train.internal.cli.TrainCommand;

/** Runs {@code nnwb train|sweep ...} through the CLI with the real compute service and keeps exit code, stdout, stderr. */
record CommandRun(int code, String out, String err) {

    static CommandRun of(ComputeService s, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(List.of(new TrainCommand(s), new SweepCommand(s))).run(List.of(argv),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
        return (Map<String, Object>) Json.parse(out);
    }

    /** Every key path of the JSON document ("epochs[].valLoss"), as the smoke test's keypaths.py lists them. */
    java.util.SortedSet<String> keyPaths() {
        java.util.SortedSet<String> s = new java.util.TreeSet<>();
        paths(Json.parse(out), "", s);
        return s;
    }

    private static void paths(Object v, String prefix, java.util.Set<String> out) {
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String p = prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey();
                out.add(p);
                paths(e.getValue(), p, out);
            }
        } else if (v instanceof List<?> l) {
            for (Object x : l) {
                paths(x, prefix + "[]", out);
            }
        }
    }
}
