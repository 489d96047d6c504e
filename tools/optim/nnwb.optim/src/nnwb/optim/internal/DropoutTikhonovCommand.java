package nnwb.optim.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import nnwb.cli.UsageException;
import nnwb.core.json.Json;
import nnwb.core.optim.closed.DropoutTikhonov;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code nnwb dropout-tikhonov}: the four steps of dropout as Tikhonov regularisation for a given X, y and p. */
@Component(service = Command.class)
@CommandLine.Command(name = "dropout-tikhonov", description = "dropout as Tikhonov regularisation: expected loss, w = p*w-check,"
        + " X-tilde = X Gamma^-1 (ridge), equal column norms",
        footer = {"",
                "Each entry of X is kept with probability p (no rescaling). Printed: Gamma-check = diag of the column norms of X;",
                "  at w: the expected dropout loss (row by row) and ||y - pXw||^2 + p(1-p)||Gamma-check w||^2 (equal);",
                "  w-check minimising it; w solving ||y - Xw||^2 + ||Gamma w||^2 with Gamma = sqrt((1-p)/p) Gamma-check",
                "  (= p * w-check); X-tilde = X Gamma^-1 and w-tilde = Gamma w (ridge regression with lambda 1);",
                "  the column norms of X-tilde (all sqrt(p/(1-p))). --samples N also averages N sampled dropout losses.",
                "",
                "JSON (--json): {\"X\": [[..]], \"y\": [..], \"p\": P, \"gammaCheck\": [..], \"gamma\": [..], \"wCheck\": [..],",
                "  \"w\": [..], \"pTimesWCheck\": [..], \"xTilde\": [[..]], \"wTilde\": [..], \"ridgeLambda\": 1,",
                "  \"xTildeColumnNorms\": [..], \"equalColumnNorm\": sqrt(p/(1-p)),",
                "  \"at\": {\"w\": [..], \"expectedLoss\": X, \"tikhonovForm\": X, \"sampledLoss\": X or null, \"samples\": N, \"seed\": S}}.",
                "Exit codes: 0 ok, 2 bad input (one line naming the option), 1 failure."})
public final class DropoutTikhonovCommand extends CommandBase {

    @Option(names = "--X", required = true, paramLabel = "ROWS", description = "the data matrix, rows separated by ';', e.g. \"3,0; 4,2\"")
    private String bigX;
    @Option(names = "--y", required = true, paramLabel = "LIST", description = "the targets, one per row of X")
    private String y;
    @Option(names = "--p", required = true, paramLabel = "P", description = "the keep probability, in (0, 1)")
    private String p;
    @Option(names = "--w", paramLabel = "LIST", description = "the weights where the losses are evaluated (default: w-check)")
    private String w;
    @Option(names = "--samples", paramLabel = "N", defaultValue = "0", description = "sampled dropout losses to average (0: none)")
    private int samples;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "seed of the sampled masks")
    private long seed;

    /** For Declarative Services. */
    public DropoutTikhonovCommand() {
    }

    @Override
    public Integer call() throws UsageException {
        double[][] rows = matrix(bigX);
        double[] targets = vector("--y", y);
        double keep = number("--p", p);
        if (samples < 0 || samples > 10_000_000) {
            throw new UsageException("--samples must be between 0 and 10000000, got " + samples);
        }
        DropoutTikhonov t;
        try {
            t = new DropoutTikhonov(Arrays.stream(rows).flatMapToDouble(Arrays::stream).toArray(), rows.length,
                    rows[0].length, targets, keep);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        double[] at = w == null ? t.wCheck() : vector("--w", w);
        if (at.length != t.d()) {
            throw new UsageException("--w needs " + t.d() + " weights (one per column of X), got " + at.length);
        }
        Map<String, Object> doc = document(t, rows, at);
        if (json()) {
            out().println(Json.write(doc));
        } else {
            text(doc);
        }
        return 0;
    }

    private Map<String, Object> document(DropoutTikhonov t, double[][] rows, double[] at) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("X", rows(rows));
        doc.put("y", list(t.y()));
        doc.put("p", t.p());
        doc.put("gammaCheck", list(t.gammaCheck()));
        doc.put("gamma", list(t.gamma()));
        double[] wc = t.wCheck();
        doc.put("wCheck", list(wc));
        doc.put("w", list(t.wTikhonov()));
        doc.put("pTimesWCheck", list(Arrays.stream(wc).map(v -> t.p() * v).toArray()));
        double[] xt = t.xTilde();
        double[][] xtRows = new double[t.n()][];
        for (int i = 0; i < t.n(); i++) {
            xtRows[i] = Arrays.copyOfRange(xt, i * t.d(), (i + 1) * t.d());
        }
        doc.put("xTilde", rows(xtRows));
        doc.put("wTilde", list(t.wTilde()));
        doc.put("ridgeLambda", 1);
        doc.put("xTildeColumnNorms", list(t.xTildeColumnNorms()));
        doc.put("equalColumnNorm", Math.sqrt(t.p() / (1 - t.p())));
        Map<String, Object> loss = new LinkedHashMap<>();
        loss.put("w", list(at));
        loss.put("expectedLoss", t.expectedLoss(at));
        loss.put("tikhonovForm", t.tikhonovForm(at));
        loss.put("sampledLoss", samples > 0 ? t.sampledLoss(at, samples, seed) : null);
        loss.put("samples", samples);
        loss.put("seed", seed);
        doc.put("at", loss);
        return doc;
    }

    private void text(Map<String, Object> doc) {
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) doc.get("at");
        out().printf(Locale.ROOT, "Dropout keeping each entry of X with probability p = %s (no rescaling)%n", fmt(doc.get("p")));
        out().printf(Locale.ROOT, "Gamma-check (column norms of X): %s%n", fmt(doc.get("gammaCheck")));
        out().printf(Locale.ROOT, "at w = %s: expected dropout loss %s = ||y - pXw||^2 + p(1-p)||Gamma-check w||^2 = %s%s%n",
                fmt(at.get("w")), fmt(at.get("expectedLoss")), fmt(at.get("tikhonovForm")), at.get("sampledLoss") == null ? ""
                        : "; average of " + at.get("samples") + " sampled losses " + fmt(at.get("sampledLoss")));
        out().printf(Locale.ROOT, "w-check (minimises the expected loss): %s%n", fmt(doc.get("wCheck")));
        out().printf(Locale.ROOT, "w (Tikhonov, Gamma = sqrt((1-p)/p) Gamma-check = %s): %s = p * w-check = %s%n",
                fmt(doc.get("gamma")), fmt(doc.get("w")), fmt(doc.get("pTimesWCheck")));
        out().printf(Locale.ROOT, "X-tilde = X Gamma^-1: %s; ridge (lambda 1) gives w-tilde = Gamma w = %s%n",
                fmt(doc.get("xTilde")), fmt(doc.get("wTilde")));
        out().printf(Locale.ROOT, "column norms of X-tilde: %s (all sqrt(p/(1-p)) = %s)%n", fmt(doc.get("xTildeColumnNorms")),
                fmt(doc.get("equalColumnNorm")));
    }

    private static List<Double> list(double[] a) {
        return Arrays.stream(a).boxed().toList();
    }

    private static List<List<Double>> rows(double[][] m) {
        return Arrays.stream(m).map(DropoutTikhonovCommand::list).toList();
    }

    private static String fmt(Object v) {
        if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof List) {
            List<String> s = new ArrayList<>();
            for (Object r : l) {
                s.add(fmt(r));
            }
            return "[" + String.join("; ", s) + "]";
        }
        if (v instanceof List<?> l) {
            List<String> s = new ArrayList<>();
            for (Object x : l) {
                s.add(fmt(x));
            }
            return "(" + String.join(", ", s) + ")";
        }
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.6g", d);
        }
        return String.valueOf(v);
    }

    private static double[][] matrix(String text) throws UsageException {
        String[] parts = text.split(";");
        double[][] rows = new double[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            rows[i] = vector("--X row " + (i + 1), parts[i]);
            if (rows[i].length != rows[0].length) {
                throw new UsageException("--X: row " + (i + 1) + " has " + rows[i].length + " values, row 1 has "
                        + rows[0].length);
            }
        }
        if (rows.length > 10_000 || (long) rows.length * rows[0].length > 1_000_000) {
            throw new UsageException("--X: at most 10000 rows and 1000000 values");
        }
        return rows;
    }

    private static double[] vector(String what, String text) throws UsageException {
        String[] parts = text.strip().split("\\s*,\\s*|\\s+");
        if (text.isBlank()) {
            throw new UsageException(what + " is empty: give numbers separated by commas");
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = number(what, parts[i]);
        }
        return v;
    }

    private static double number(String what, String text) throws UsageException {
        try {
            double v = Double.parseDouble(text.strip());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException(what + ": '" + text.strip() + "' is not a finite number");
        }
    }
}
