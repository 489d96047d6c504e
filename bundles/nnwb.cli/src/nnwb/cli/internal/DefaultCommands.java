package nnwb.cli.internal;

import java.util.function.Function;

import nnwb.cli.Commands;
import nnwb.cli.commands.VersionCommand;

/** The commands the product ships, in help order. */
public final class DefaultCommands {

    private DefaultCommands() {
    }

    public static Commands create(Function<String, String> bundleVersions) {
        return new Commands()
                .add(new nnwb.cli.commands.BenchCommand())
                .add(new VersionCommand(bundleVersions));
    }
}
