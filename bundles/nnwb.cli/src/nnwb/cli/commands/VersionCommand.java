package nnwb.cli.commands;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import nnwb.cli.Args;
import nnwb.cli.Command;
import nnwb.cli.UsageException;
import nnwb.core.VersionReport;
import nnwb.core.json.Json;

/** {@code nnwb version [--json]}: versions of Java, the Eclipse platform and the compute backend. */
public final class VersionCommand implements Command {

    private final Function<String, String> bundleVersions;
    private final Supplier<Map<String, String>> compute;

    /** With the compute entries read from the installed DL4J bundle, if any. */
    public VersionCommand(Function<String, String> bundleVersions) {
        this(bundleVersions, new ComputeVersions());
    }

    public VersionCommand(Function<String, String> bundleVersions, Supplier<Map<String, String>> compute) {
        this.bundleVersions = bundleVersions;
        this.compute = compute;
    }

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "versions of the workbench, Java, the Eclipse platform and the compute backend";
    }

    @Override
    public String usage() {
        return "Usage: nnwb version [--json]\n"
                + "Prints the versions of NN Workbench, Java, the Eclipse platform, SWT, SWTChart\n"
                + "and, when the compute bundle is installed, DL4J/ND4J and its backend.\n";
    }

    @Override
    public int run(Args args, PrintStream out) throws UsageException {
        args.allowOnly(Set.of());
        if (!args.positionals().isEmpty()) {
            throw new UsageException("takes no arguments, got '" + args.positionals().get(0) + "'");
        }
        Map<String, String> entries = VersionReport.collect(bundleVersions, compute.get()).entries();
        if (args.json()) {
            out.println(Json.write(entries));
        } else {
            entries.forEach((k, v) -> out.printf("%-18s %s%n", k, v));
        }
        return 0;
    }
}
