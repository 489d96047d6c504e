package nnwb.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Plain-Java entry of the headless command line: picocli parses {@code argv} for the installed
 * {@link Command}s and writes their help; bad input ({@link UsageException} or a picocli parameter
 * error) exits 2 with a one-line reason on stderr, an unexpected failure exits 1.
 */
public final class Cli {

    /** Exit code for bad input. */
    public static final int EXIT_USAGE = 2;
    /** Exit code for an internal failure. */
    public static final int EXIT_FAILURE = 1;

    private final List<Command> commands;
    private final Map<Command, CommandLine> parsers = new IdentityHashMap<>();

    /** A command line over {@code commands}; {@code --help} lists them by name. */
    public Cli(Collection<? extends Command> commands) {
        this.commands = commands.stream().sorted(Comparator.comparing(Command::name)).map(c -> (Command) c).toList();
    }

    public int run(List<String> argv, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter e = new PrintWriter(err, true, StandardCharsets.UTF_8);
        try {
            if (argv.isEmpty() || List.of("--help", "-h", "help").contains(argv.get(0))) {
                o.print(help());
                o.flush();
                return 0;
            }
            String name = argv.get(0);
            Command command = commands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
            if (command == null) {
                e.println("nnwb: unknown command '" + name + "' (try: nnwb --help)");
                return EXIT_USAGE;
            }
            CommandLine cl = parsers.computeIfAbsent(command, Cli::commandLine);
            cl.setOut(o);
            cl.setErr(e);
            try {
                return cl.execute(argv.subList(1, argv.size()).toArray(String[]::new));
            } catch (StackOverflowError | OutOfMemoryError x) {
                e.println("nnwb " + name + ": internal error: " + x.getClass().getSimpleName());
                return EXIT_FAILURE;
            }
        } finally {
            o.flush();
            e.flush();
        }
    }

    /**
     * One parser per command object, made before its first use: picocli takes the fields' values at
     * construction as the defaults it restores before every parse.
     */
    private static CommandLine commandLine(Command command) {
        CommandLine cl = new CommandLine(command);
        cl.setCommandName("nnwb " + command.name());
        cl.setUsageHelpWidth(100);
        cl.setParameterExceptionHandler((ParameterException ex, String[] args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("nnwb " + command.name() + ": " + firstLine(ex.getMessage()));
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            PrintWriter err = line.getErr();
            if (ex instanceof UsageException) {
                err.println("nnwb " + command.name() + ": " + firstLine(ex.getMessage()));
                return EXIT_USAGE;
            }
            err.println("nnwb " + command.name() + ": internal error: " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + firstLine(ex.getMessage())));
            return EXIT_FAILURE;
        });
        return cl;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    /** The top-level help: usage, every installed command with its one-line description, exit codes. */
    public String help() {
        CommandLine top = new CommandLine(CommandSpec.create().name("nnwb"));
        for (Command c : commands) {
            top.addSubcommand(c.name(), CommandSpec.forAnnotatedObject(c));
        }
        top.getCommandSpec().usageMessage()
                .synopsisHeading("")
                .customSynopsis("Usage: nnwb                 start the workbench",
                        "       nnwb COMMAND [options] [--json]")
                .commandListHeading("%nCommands:%n")
                .footer("%n'nnwb COMMAND --help' describes one command. Exit codes: 0 ok, 2 bad input, 1 failure.");
        top.setUsageHelpWidth(100);
        return top.getUsageMessage();
    }

    /** The installed commands, by name. */
    public List<Command> commands() {
        return commands;
    }
}
