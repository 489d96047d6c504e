package nnwb.assignment.internal;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nnwb.assignment.Assignments;
import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import nnwb.cli.UsageException;
import nnwb.core.assignment.AnswersReader;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.Audience;
import nnwb.core.assignment.FeedbackJson;
import nnwb.core.assignment.Grader;
import nnwb.core.assignment.PartResult;
import nnwb.core.assignment.Submission;
import nnwb.core.assignment.SubmissionResult;
import nnwb.core.check.Echo;
import nnwb.core.check.FeedbackText;
import nnwb.core.check.Limits;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nnwb check ASSIGNMENT_ID --answers FILE [--json]}: checks one answers file as a student sees it. */
@Component(service = Command.class)
@CommandLine.Command(name = "check", description = "check one answers file against an installed assignment",
        footer = {"",
                "Checks every part of the assignment and prints the verdicts a student may see: status,",
                "points, reason and direction (too high, too low); the key detail (the expected value, the",
                "distance) only where the part's feedback policy shows it: never (the default), after-deadline",
                "(once the due date has passed) or always, as the assignment declares.",
                "JSON (--json): {\"assignment\", \"student\", \"awarded\", \"possible\", \"parts\": [{\"part\",",
                "  \"status\", \"awarded\", \"possible\", \"reason\", \"detail\"?, \"hidden\", \"cells\"?}], \"notes\"}.",
                "Exit codes: 0 checked (whatever the verdicts), 2 bad input (no such assignment, an",
                "unreadable or hostile answers file)."})
public final class CheckCommand extends CommandBase {

    @Parameters(index = "0", paramLabel = "ASSIGNMENT_ID", description = "an installed assignment, see nnwb assignments list")
    private String assignmentId;

    @Option(names = "--answers", required = true, paramLabel = "FILE", description = "an answers file exported from the workbench")
    private Path answers;

    @Reference
    private volatile Assignments assignments;

    public CheckCommand() {
    }

    /** With a given catalog (tests). */
    public CheckCommand(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public Integer call() throws UsageException {
        Assignment a;
        SubmissionResult result;
        try {
            a = assignments.require(assignmentId);
        } catch (IllegalArgumentException e) {
            throw new UsageException(Echo.oneLine(String.valueOf(e.getMessage())));
        }
        try {
            Submission s = AnswersReader.read(answers, Limits.DEFAULT);
            // the student's own variant: the id inside the answers file (check has no file name to go by)
            a = assignments.require(a.id(), s.studentId());
            result = new Grader(Limits.DEFAULT).grade(a, s);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--answers " + Echo.quote(String.valueOf(answers.getFileName())) + ": "
                    + Echo.oneLine(String.valueOf(e.getMessage())));
        }
        if (json()) {
            out().println(FeedbackJson.toJson(result, Audience.STUDENT));
            return 0;
        }
        PrintWriter out = out();
        out.println(a.id() + " for " + Echo.quote(result.studentId()) + ": " + FeedbackText.points(result.awarded()) + " of "
                + FeedbackText.points(result.possible()) + " points");
        for (PartResult p : result.parts()) {
            out.print(FeedbackText.render(p.partId(), p.verdict(), p.hidden()));
        }
        result.notes().forEach(out::println);
        return 0;
    }
}
