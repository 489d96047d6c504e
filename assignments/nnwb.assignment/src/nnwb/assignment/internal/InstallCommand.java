package nnwb.assignment.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import nnwb.cli.UsageException;
import nnwb.core.check.Echo;
import nnwb.core.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code nnwb install --repository URL --feature ID}: adds a feature (an assignment) from a p2 update site. */
@Component(service = Command.class)
@CommandLine.Command(name = "install", description = "add an assignment plugin (a feature) from a p2 update site",
        footer = {"",
                "Installs the feature into this workbench with the p2 director, as Help > Install New",
                "Software... does; the workbench shows it at its next start. URL is a p2 repository: a",
                "folder, file:/..., jar:file:/site.zip!/ or http(s)://...; ID is the feature's id, e.g.",
                "nnwb.assignment.epfl.ps08.feature (a plugin id gets .feature added).",
                "JSON (--json): {\"installed\": \"ID.feature.group\", \"repository\": \"URL\", \"log\": [\"line\"]}.",
                "Exit codes: 0 installed, 2 bad input (no such repository or feature), 1 failure."})
public final class InstallCommand extends CommandBase {

    @Option(names = "--repository", required = true, paramLabel = "URL", description = "the p2 update site")
    private String repository;

    @Option(names = "--feature", required = true, paramLabel = "ID", description = "the feature to install")
    private String feature;

    private BundleContext context;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws UsageException {
        String iu = P2Director.featureGroup(feature);
        URI uri = repository(repository);
        String log = P2Director.run(context, List.of("-repository", uri.toString(), "-installIU", iu));
        if (json()) {
            var m = Json.object();
            m.put("installed", iu);
            m.put("repository", uri.toString());
            m.put("log", log.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> (Object) l).toList());
            out().println(Json.write(m));
        } else {
            log.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(out()::println);
            out().println("installed " + iu + "; start the workbench again to use it");
        }
        return 0;
    }

    /** A repository URI from a URL or a local folder or zip. */
    public static URI repository(String text) throws UsageException {
        String s = text.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:") || lower.startsWith("jar:")) {
            try {
                URI uri = new URI(s);
                if (uri.getScheme().equals("file") && !Files.exists(Path.of(uri))) {
                    throw new UsageException("--repository " + Echo.quote(s) + ": no such folder");
                }
                return uri;
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new UsageException("--repository " + Echo.quote(s) + " is not a URL");
            }
        }
        Path p = Path.of(s).toAbsolutePath().normalize();
        if (!Files.exists(p)) {
            throw new UsageException("--repository " + Echo.quote(s) + ": no such folder or file");
        }
        return p.toString().endsWith(".zip") ? URI.create("jar:" + p.toUri() + "!/") : p.toUri();
    }
}
