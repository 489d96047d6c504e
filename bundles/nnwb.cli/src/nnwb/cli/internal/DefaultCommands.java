package nnwb.cli.internal;

import java.util.function.Function;

import nnwb.cli.Commands;
import nnwb.cli.commands.AnalyzeCommand;
import nnwb.cli.commands.BenchCommand;
import nnwb.cli.commands.ConvCommand;
import nnwb.cli.commands.RfCommand;
import nnwb.cli.commands.VersionCommand;

/** The commands the product ships, in help order. */
public final class DefaultCommands {

    private DefaultCommands() {
    }

    public static Commands create(Function<String, String> bundleVersions) {
        return new Commands()
                .add(new VersionCommand(bundleVersions))
                .add(new AnalyzeCommand())
                .add(new ConvCommand())
                .add(new RfCommand())
                .add(new BenchCommand());
    }
}
