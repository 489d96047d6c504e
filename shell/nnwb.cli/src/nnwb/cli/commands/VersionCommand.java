package nnwb.cli.commands;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import nnwb.cli.UsageException;
import nnwb.compute.BackendInformation;
import nnwb.core.VersionReport;
import nnwb.core.json.Json;
import picocli.CommandLine;

/**
 * {@code nnwb version [--json]}: versions of Java, the Eclipse platform and, from the compute
 * service (read without starting it), DL4J/ND4J and the backend.
 */
@Component(service = Command.class)
@CommandLine.Command(name = "version", description = "versions of the workbench, Java, the Eclipse platform and the compute backend",
        footer = {"", "Prints the versions of NN Workbench, Java, the Eclipse platform, SWT, SWTChart",
                "and, when the compute service is installed, DL4J/ND4J and its backend."})
public final class VersionCommand extends CommandBase {

    private Function<String, String> bundleVersions = name -> null;
    private Supplier<Map<String, String>> compute = Map::of;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile BackendInformation backend;

    /** For Declarative Services: bundle versions from OSGi, compute versions from the service. */
    public VersionCommand() {
        compute = () -> {
            BackendInformation b = backend;
            return b == null ? Map.of() : b.versions();
        };
    }

    /** With the given lookups (tests). */
    public VersionCommand(Function<String, String> bundleVersions, Supplier<Map<String, String>> compute) {
        this.bundleVersions = bundleVersions;
        this.compute = compute;
    }

    @Activate
    void activate(BundleContext context) {
        bundleVersions = new OsgiBundleVersions(context);
    }

    @Override
    public Integer call() throws UsageException {
        Map<String, String> entries = VersionReport.collect(bundleVersions, compute.get()).entries();
        if (json()) {
            out().println(Json.write(entries));
        } else {
            entries.forEach((k, v) -> out().printf("%-18s %s%n", k, v));
        }
        return 0;
    }
}
