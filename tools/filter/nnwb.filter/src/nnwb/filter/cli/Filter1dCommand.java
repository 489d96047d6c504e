package nnwb.filter.cli;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import nnwb.cli.UsageException;
import nnwb.compute.TensorOperations;
import nnwb.core.filter.Num;
import nnwb.core.filter.signal.Filter1dResult;
import nnwb.core.filter.signal.Signal;
import nnwb.core.filter.signal.SignalParser;
import nnwb.core.json.Json;
import nnwb.filter.ComputeSignals;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code nnwb filter1d}: a 1D signal through an impulse response, y = x * h, over an index range. */
@Component(service = Command.class)
@CommandLine.Command(name = "filter1d", description = "a 1D signal through an impulse response (discrete convolution)",
        footer = {"",
                "Computes y[n] = sum_i x[i] h[n-i] on the compute service and prints it over --from..--to (default:",
                "the whole output, from the first index of x plus that of h to the last of both).",
                "",
                "SIGNAL and RESPONSE: rect:L=7,shift=0 (1 at 0..L-1), step:n=20, impulse, sine:f=0.1,n=32,",
                "  geometric:r=0.5,n=20 (r^k u(k), truncated at n samples); every one takes shift=N (a delay);",
                "  or samples \"1,2,3\" starting at index 0, \"1,2,3@-2\" starting at index -2.",
                "Shifting the signal by N shifts the output by N: compare rect:L=7,shift=0 and rect:L=7,shift=5.",
                "",
                "JSON (--json): {\"indices\": [from, ..., to], \"output\": [y[from], ..., y[to]]}.",
                "Exit codes: 0 ok, 2 bad input (one line naming the option), 1 the compute service failed."})
public final class Filter1dCommand extends CommandBase {

    @Option(names = "--signal", required = true, paramLabel = "SIGNAL", description = "the input x, e.g. rect:L=7,shift=0 or 1,2,3")
    private String signal;
    @Option(names = "--response", required = true, paramLabel = "RESPONSE", description = "the impulse response h, e.g. geometric:r=0.5,n=20")
    private String response;
    @Option(names = "--from", paramLabel = "N", description = "first index shown")
    private Integer from;
    @Option(names = "--to", paramLabel = "N", description = "last index shown")
    private Integer to;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TensorOperations tensors;

    /** For Declarative Services. */
    public Filter1dCommand() {
    }

    /** Over the given service (tests). */
    public Filter1dCommand(TensorOperations tensors) {
        this.tensors = tensors;
    }

    @Override
    public Integer call() throws UsageException {
        Signal x = FilterCommand.parse("--signal", () -> SignalParser.parse("signal", signal));
        Signal h = FilterCommand.parse("--response", () -> SignalParser.parse("response", response));
        long first = (long) x.first() + h.first();
        long last = (long) x.last() + h.last();
        int a = from != null ? from : (int) Math.max(Integer.MIN_VALUE, first);
        int b = to != null ? to : (int) Math.min(Integer.MAX_VALUE, last);
        TensorOperations t = tensors;
        if (t == null) {
            throw new IllegalStateException("the compute service is not installed (feature nnwb.compute.feature)");
        }
        ComputeSignals signals = new ComputeSignals(t);
        Filter1dResult y = FilterCommand.parse(null,
                () -> signals.over(x, h, a, b));
        if (json()) {
            out().println(Json.write(y.toJson()));
        } else {
            int[] n = y.indices();
            double[] v = y.output();
            out().println("n\ty[n]");
            for (int k = 0; k < n.length; k++) {
                out().println(n[k] + "\t" + Num.format(v[k]));
            }
        }
        return 0;
    }
}
