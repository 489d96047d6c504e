package nnwb.assignment.internal;

import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nnwb.assignment.Assignments;
import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import nnwb.cli.UsageException;
import nnwb.core.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;

/** {@code nnwb uninstall ID}: removes an installed feature (an assignment) with the p2 director. */
@Component(service = Command.class)
@CommandLine.Command(name = "uninstall", description = "remove an installed assignment plugin (a feature)",
        footer = {"",
                "ID is the feature's id (e.g. nnwb.assignment.epfl.ps08.feature), its plugin's id, or the id",
                "of an installed assignment (e.g. epfl-ml-ps08). The workbench forgets it at its next start.",
                "JSON (--json): {\"uninstalled\": \"ID.feature.group\", \"log\": [\"line\"]}.",
                "Exit codes: 0 removed, 2 bad input (nothing installed by that id), 1 failure."})
public final class UninstallCommand extends CommandBase {

    @Parameters(index = "0", paramLabel = "ID", description = "feature, plugin or assignment id")
    private String id;

    @Reference
    private volatile Assignments assignments;

    private BundleContext context;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws UsageException {
        String iu = featureGroup(id, assignments);
        String log = P2Director.run(context, List.of("-uninstallIU", iu));
        if (json()) {
            var m = Json.object();
            m.put("uninstalled", iu);
            m.put("log", log.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> (Object) l).toList());
            out().println(Json.write(m));
        } else {
            log.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(out()::println);
            out().println("uninstalled " + iu + "; start the workbench again to see it gone");
        }
        return 0;
    }

    /** The feature group of {@code id}: an installed assignment's plugin's feature, or the id as a feature id. */
    public static String featureGroup(String id, Assignments assignments) throws UsageException {
        Optional<String> origin = assignments == null ? Optional.empty() : safeOrigin(id, assignments);
        return P2Director.featureGroup(origin.orElse(id));
    }

    private static Optional<String> safeOrigin(String id, Assignments assignments) {
        try {
            return assignments.origin(id.strip());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
