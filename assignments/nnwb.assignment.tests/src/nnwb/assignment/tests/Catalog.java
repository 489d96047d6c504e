package nnwb.assignment.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nnwb.assignment.berkeley.hw3.Hw3Assignment;
import nnwb.assignment.berkeley.hw4.Hw4Assignment;
import nnwb.assignment.epfl.ps08.Ps08Assignment;
import nnwb.assignment.internal.AssignmentWhiteboard;
import nnwb.assignment.internal.AssignmentsCommand;
import nnwb.assignment.internal.CheckCommand;
import nnwb.assignment.internal.GradeCommand;
import nnwb.assignment.toronto.a2.A2Assignment;
import nnwb.cli.Cli;

/** The four assignments in a whiteboard of their own, and the command line over it. */
final class Catalog {

    static final AssignmentWhiteboard ALL = new AssignmentWhiteboard();

    static {
        ALL.add(new Ps08Assignment(), "nnwb.assignment.epfl.ps08");
        ALL.add(new Hw4Assignment(), "nnwb.assignment.berkeley.hw4");
        ALL.add(new Hw3Assignment(), "nnwb.assignment.berkeley.hw3");
        ALL.add(new A2Assignment(), "nnwb.assignment.toronto.a2");
    }

    private Catalog() {
    }

    /** The result of one command line: exit code, stdout, stderr. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... argv) {
        Cli cli = new Cli(List.of(new AssignmentsCommand(ALL), new CheckCommand(ALL), new GradeCommand(ALL)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = cli.run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
