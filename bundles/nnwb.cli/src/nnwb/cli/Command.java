package nnwb.cli;

import java.io.PrintStream;

/**
 * One headless command, {@code nnwb <name> ...}. Implementations are plain Java
 * over the engine in {@code nnwb.core}; with {@code --json} they print one JSON
 * document on {@code out}. Bad input is reported by throwing {@link UsageException}
 * (exit code 2, one line on stderr).
 */
public interface Command {

    /** The word that selects this command. */
    String name();

    /** One line for {@code nnwb --help}. */
    String summary();

    /** Full usage text for {@code nnwb <name> --help}. */
    String usage();

    /** Runs the command; returns the exit code (0 on success). */
    int run(Args args, PrintStream out) throws UsageException;
}
