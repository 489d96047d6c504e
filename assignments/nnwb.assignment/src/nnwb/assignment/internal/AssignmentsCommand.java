package nnwb.assignment.internal;

import java.io.PrintWriter;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nnwb.assignment.Assignments;
import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import nnwb.cli.UsageException;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.CatalogJson;
import nnwb.core.assignment.Problem;
import nnwb.core.check.FeedbackText;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;

/** {@code nnwb assignments list [--json]}: the installed assignments, their problems and parts. */
@Component(service = Command.class)
@CommandLine.Command(name = "assignments", description = "the installed assignments: nnwb assignments list [--json]",
        footer = {"",
                "Lists every assignment installed in this workbench (a plugin per assignment), with its",
                "problems and parts. Keys are never listed.",
                "JSON (--json): {\"assignments\": [{\"id\", \"course\", \"title\", \"due\", \"points\",",
                "  \"problems\": [{\"id\", \"title\", \"statement\", \"points\", \"parts\": [{\"id\", \"prompt\",",
                "  \"points\", \"kind\", \"hint\", \"hidden\", \"feedback\", \"preset\"?}]}]}]}.",
                "Exit codes: 0 ok, 2 bad input."})
public final class AssignmentsCommand extends CommandBase {

    @Parameters(index = "0", paramLabel = "list", description = "the only action: list")
    private String action;

    @Reference
    private volatile Assignments assignments;

    public AssignmentsCommand() {
    }

    /** With a given catalog (tests). */
    public AssignmentsCommand(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public Integer call() throws UsageException {
        if (!"list".equals(action)) {
            throw new UsageException("unknown action '" + action + "'; the only one is: nnwb assignments list");
        }
        List<Assignment> all = assignments.installed();
        if (json()) {
            out().println(CatalogJson.toJson(all));
            return 0;
        }
        PrintWriter out = out();
        if (all.isEmpty()) {
            out.println("no assignments are installed (nnwb install --repository URL --feature ID adds one)");
        }
        for (Assignment a : all) {
            out.println(a.id() + "  " + a.course() + ": " + a.title() + "  (" + FeedbackText.points(a.points())
                    + " points, due " + a.due() + ")");
            if (!a.aliases().isEmpty()) {
                out.println("  also accepted as: " + String.join(", ", a.aliases()) + " (former id; " + a.id() + " is canonical)");
            }
            for (Problem p : a.problems()) {
                out.println("  " + p.id() + "  " + p.title() + "  (" + FeedbackText.points(p.points()) + " points, "
                        + p.parts().size() + " part" + (p.parts().size() == 1 ? "" : "s") + ")");
            }
        }
        for (String problem : assignments.problems()) {
            out.println("not installed: " + problem);
        }
        return 0;
    }
}
