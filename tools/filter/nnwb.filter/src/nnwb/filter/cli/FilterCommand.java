package nnwb.filter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import nnwb.cli.UsageException;
import nnwb.compute.TensorOperations;
import nnwb.core.filter.Image;
import nnwb.core.filter.Num;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelParser;
import nnwb.core.filter.op.FilterJson;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterPlan;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.PadMode;
import nnwb.core.json.Json;
import nnwb.filter.ComputeFilter;
import nnwb.filter.render.Rendering;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code nnwb filter}: one 2D filtering on the compute service, printed as a matrix, JSON or a PNG. */
@Component(service = Command.class)
@CommandLine.Command(name = "filter", description = "filter an image or matrix with a kernel (correlation or true convolution)",
        footer = {"",
                "Filters every channel of the input with the kernel on the compute service (ND4J). Correlation slides",
                "the kernel as drawn (what deep-learning libraries call convolution); true convolution flips it by",
                "180 degrees first. Padding cells are zero, wrap around (circular), mirror without repeating the",
                "edge (reflect) or repeat the edge (replicate); the output size is the conv-arithmetic engine's.",
                "",
                "KERNEL: a preset (identity, box-blur, gaussian, sharpen, sobel-x, sobel-y, prewitt-x, prewitt-y,",
                "  laplacian, emboss; parameters like gaussian:sigma=1.5,size=5 or box-blur:size=5) or rows such as",
                "  \"-1,0,1;-2,0,2;-1,0,1\" (fractions like 1/9 allowed).",
                "INPUT: rows such as \"1,2,3;4,5,6\", a PNG or JPEG file, or a test input (vertical-edge,",
                "  horizontal-edge, vertical-line, horizontal-line, checkerboard, circles, ramp, ramp-y, matrix (1..25),",
                "  impulse, noise, scene; parameters like checkerboard:size=64,cell=8 or scene:size=256,gray=true).",
                "",
                "JSON (--json): {\"output\": [[...], ...] (a list of rows; for several channels a list of",
                "  channels of rows), \"outputShape\": [rows, cols] or [channels, rows, cols], \"mode\", \"padding\",",
                "  \"description\", \"warnings\": [...]}.",
                "--png OUT writes the output image: values in 0..1 as they are, larger ones scaled by the maximum,",
                "  signed ones on a diverging map (blue negative, white 0, red positive; three channels shown as luma).",
                "Exit codes: 0 ok, 2 bad input (one line naming the option), 1 the compute service failed."})
public final class FilterCommand extends CommandBase {

    @Option(names = "--kernel", required = true, paramLabel = "KERNEL", description = "preset name or rows a,b,c;d,e,f;g,h,i")
    private String kernel;
    @Option(names = "--input", required = true, paramLabel = "INPUT", description = "test input name, PNG/JPEG file, or rows")
    private String input;
    @Option(names = "--mode", paramLabel = "MODE", description = "correlation (default) or convolution")
    private String mode = "correlation";
    @Option(names = "--stride", paramLabel = "S", description = "stride (default 1)")
    private int stride = 1;
    @Option(names = "--pad", paramLabel = "P", description = "padding cells on each side (default 0), or same")
    private String pad = "0";
    @Option(names = "--padding", paramLabel = "MODE", description = "zero (default), circular, reflect or replicate")
    private String padding = "zero";
    @Option(names = "--dilation", paramLabel = "D", description = "spacing of the kernel taps (default 1)")
    private int dilation = 1;
    @Option(names = "--gray", description = "convert an RGB input to one luma channel first")
    private boolean gray;
    @Option(names = "--png", paramLabel = "OUT", description = "write the output image to OUT (PNG)")
    private Path png;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TensorOperations tensors;

    /** For Declarative Services. */
    public FilterCommand() {
    }

    /** Over the given service (tests). */
    public FilterCommand(TensorOperations tensors) {
        this.tensors = tensors;
    }

    @Override
    public Integer call() throws UsageException {
        if (json() && png != null) {
            throw new UsageException("give --json or --png OUT, not both");
        }
        Kernel k = parse("--kernel", () -> KernelParser.parse(kernel));
        Image in = parse("--input", () -> Inputs.read(input));
        if (gray) {
            in = in.toGray();
        }
        FilterMode m = parse("--mode", () -> FilterMode.parse(mode));
        PadMode p = parse("--padding", () -> PadMode.parse(padding));
        FilterSpec spec = spec(k, m, p);
        Image image = in;
        FilterPlan plan = parse(null, () -> FilterPlan.of(k, image, spec));
        TensorOperations t = tensors;
        if (t == null) {
            throw new IllegalStateException("the compute service is not installed (feature nnwb.compute.feature)");
        }
        Image out = new ComputeFilter(t).apply(plan, in);
        if (png != null) {
            Rendering r = parse("--png", () -> ImageFiles.writePng(out, png));
            out().println("wrote " + png + ": " + out.rows() + " x " + out.cols() + (out.isGray() ? "" : " x " + out.channelCount())
                    + ", " + r.legend());
        } else if (json()) {
            out().println(Json.write(FilterJson.of(plan, out)));
        } else {
            printText(plan, out, out());
        }
        return 0;
    }

    private FilterSpec spec(Kernel k, FilterMode m, PadMode p) throws UsageException {
        if (pad.strip().equalsIgnoreCase("same")) {
            if (stride != 1) {
                throw new UsageException("--pad same keeps the size at stride 1 only; give a number with --stride " + stride);
            }
            if (dilation < 1) {
                throw new UsageException("--dilation must be at least 1, got " + dilation);
            }
            return FilterSpec.same(k, m, p, dilation);
        }
        int cells;
        try {
            cells = Integer.parseInt(pad.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--pad must be a whole number of cells or same, got '" + pad + "'");
        }
        return FilterSpec.of(m, stride, cells, p, dilation);
    }

    private static void printText(FilterPlan plan, Image out, PrintWriter w) {
        w.println(plan.describe());
        plan.warnings().forEach(x -> w.println("warning: " + x));
        for (int c = 0; c < out.channelCount(); c++) {
            if (!out.isGray()) {
                w.println("channel " + c + ":");
            }
            for (int r = 0; r < out.rows(); r++) {
                StringBuilder sb = new StringBuilder();
                for (int j = 0; j < out.cols(); j++) {
                    sb.append(j == 0 ? "" : "\t").append(Num.format(out.channel(c).get(r, j)));
                }
                w.println(sb);
            }
        }
    }

    /**
     * Runs a parse step; its {@link IllegalArgumentException} becomes a usage error prefixed by {@code what} (the
     * option; null for none).
     */
    static <T> T parse(String what, java.util.function.Supplier<T> step) throws UsageException {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(what == null ? e.getMessage() : what + ": " + e.getMessage());
        }
    }
}
