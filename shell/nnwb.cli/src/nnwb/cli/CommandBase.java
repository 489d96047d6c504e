package nnwb.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What every command shares: {@code --json}, {@code --help} and the output stream picocli was given. */
public abstract class CommandBase implements Command {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "print one JSON document on stdout")
    private boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "describe this command")
    private boolean help;

    /** True when {@code --json} was given. */
    protected boolean json() {
        return json;
    }

    /** Standard output of this invocation. */
    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
