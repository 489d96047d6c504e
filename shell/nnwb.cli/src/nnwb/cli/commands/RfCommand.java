package nnwb.cli.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import nnwb.cli.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import nnwb.core.conv.RfReport;
import nnwb.core.conv.RfRow;
import nnwb.core.conv.RfStack;
import nnwb.core.conv.RfStep;
import nnwb.core.json.Json;

/** {@code nnwb rf}: receptive field, jump and start after every layer of a typed stack. */
@Component(service = Command.class)
@CommandLine.Command(name = "rf", description = "receptive field, jump and start through a stack of layers",
        footer = {"",
                "Receptive field, jump (product of the strides) and start after each layer, the total",
                "receptive field and its closed form 1 + sum of d*(k-1) times the earlier strides.",
                "Start is the centre of output cell 0's field in input coordinates, where input cell i",
                "spans [i, i+1) (so the input itself has start 0.5); cell o's field is centred at",
                "start + o*jump.",
                "JSON (--json): {\"layers\": [{\"layer\": \"k3s1\", \"depth\": 0, \"receptiveField\": 3, \"jump\": 1,",
                "  \"start\": 1.5}, ...], \"receptiveField\": N, \"jump\": J, \"start\": S, \"closedForm\": \"r = ...\"}.",
                "Rows inside a branch have depth 1 and a \"path\" number; merge rows follow their paths.",
                "Exit codes: 0 ok, 2 bad input."})
public final class RfCommand extends CommandBase {

    @Option(names = "--layers", required = true, paramLabel = "LIST", description = {
            "comma-separated layers: k<kernel> and optionally s<stride> (default 1), p<padding> (default 0,",
            "moves the field only), d<dilation> (default 1), e.g. k3s2p1d2. Parallel paths whose outputs are",
            "added go in parentheses, separated by |; an empty path is a skip connection:",
            "\"k7s2p3,(k3s1p1,k3s1p1|),k2s2\". A merge takes the span of all paths."})
    private String layers;

    public RfCommand() {
    }

    @Override
    public Integer call() throws UsageException {
        RfReport report = RfStack.compute(layers);
        if (!report.valid()) {
            throw new UsageException("--layers: " + report.problems().get(0).message());
        }
        if (json()) {
            out().println(Json.write(json(report)));
        } else {
            printText(report, out());
        }
        return 0;
    }

    static Map<String, Object> json(RfReport report) {
        List<Object> layers = new ArrayList<>();
        for (RfRow row : report.rows()) {
            Map<String, Object> m = Json.object();
            m.put("layer", row.label());
            m.put("depth", row.depth());
            if (row.path() > 0) {
                m.put("path", row.path());
            }
            putStep(m, row.step());
            layers.add(m);
        }
        Map<String, Object> m = Json.object();
        m.put("layers", layers);
        putStep(m, report.total());
        m.put("closedForm", report.closedForm().text());
        return m;
    }

    private static void putStep(Map<String, Object> m, RfStep step) {
        m.put("receptiveField", step.receptiveField());
        m.put("jump", step.jump());
        m.put("start", step.start());
    }

    private static void printText(RfReport report, PrintWriter out) {
        out.println(String.format("%-24s %10s %8s %10s", "layer", "field", "jump", "start"));
        for (RfRow row : report.rows()) {
            String label = "  ".repeat(row.depth()) + (row.path() > 0 ? row.path() + ": " : "") + row.label();
            out.println(String.format("%-24s %10s %8s %10s", label, RfStack.fmt(row.step().receptiveField()),
                    RfStack.fmt(row.step().jump()), RfStack.fmt(row.step().start())));
        }
        out.println("receptive field: " + RfStack.fmt(report.receptiveField()) + "  [" + report.closedForm().text() + "]");
        out.println("start is the centre of output cell 0's field; input cell i spans [i, i+1)");
    }
}
