package nnwb.data.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import nnwb.cli.UsageException;
import nnwb.core.data.DataCache;
import nnwb.core.data.download.DatasetDownload;
import nnwb.core.data.download.DownloadException;
import nnwb.core.data.download.KnownDatasets;
import nnwb.core.data.download.Mirror;
import nnwb.core.data.download.Progress;
import nnwb.core.data.download.TenPercentLines;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nnwb data get mnist|cifar10 [--dir DIR] [--mirror URL] [--sha256 FILE] [--json]}: a public dataset into the cache. */
@Component(service = Command.class)
@CommandLine.Command(name = "data", description = "download a public dataset into the data cache: nnwb data get mnist|cifar10",
        footer = {"",
                "Downloads the publisher's files (MNIST: four gzipped IDX files; CIFAR-10: its binary tar.gz, unpacked) into",
                "--dir DIR, by default the data cache (~/.nnwb/data/DATASET; -Dnnwb.data.dir or NNWB_DATA move it), where",
                "the datasets mnist and cifar10 given without a folder (nnwb train --data mnist) read them. Each file is",
                "checked against the SHA-256 of the official file; a file already there with that digest is kept. A broken",
                "download keeps NAME.part and the next run resumes it (HTTP Range); a file whose digest does not match is",
                "removed. Progress goes to stderr, a line per 10% of each file (none with --json).",
                "--mirror URL fetches the files from URL/NAME instead (also -Dnnwb.data.mirror), --sha256 FILE gives that",
                "mirror's digests in sha256sum format (also -Dnnwb.data.sha256).",
                "JSON (--json): {\"dataset\", \"dir\", \"downloadedBytes\", \"files\": [{\"name\", \"bytes\", \"sha256\",",
                "  \"status\": downloaded|resumed|cached}], \"unpacked\"}; on a failure {\"dataset\", \"error\", \"reason\"}.",
                "Exit codes: 0 ok, 2 bad input (dataset, URL, digests file), 1 the download failed (offline, refused, a",
                "digest that does not match, the disk), with a one-line reason on stderr."})
public final class DataCommand extends CommandBase {

    @Parameters(index = "0", paramLabel = "get", description = "the only action: get")
    private String action;
    @Parameters(index = "1", paramLabel = "DATASET", description = "mnist or cifar10")
    private String dataset;
    @Option(names = "--dir", paramLabel = "DIR", description = "the folder to fill (default: the data cache's DATASET folder)")
    private Path dir;
    @Option(names = "--mirror", paramLabel = "URL", description = "fetch the files from URL/NAME instead of the publisher")
    private String mirror;
    @Option(names = "--sha256", paramLabel = "FILE", description = "the mirror's digests, as sha256sum writes them")
    private Path sums;
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws UsageException {
        if (!"get".equals(action)) {
            throw new UsageException("unknown action '" + action + "': the only action is get (nnwb data get mnist|cifar10)");
        }
        String name;
        Mirror from;
        try {
            name = KnownDatasets.canonical(dataset);
            from = mirror();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path folder = dir != null ? dir : DataCache.folder(name);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = json() ? Progress.NONE : new TenPercentLines(line -> {
            err.println(line);
            err.flush();
        });
        DatasetDownload.Result r;
        try {
            r = DatasetDownload.get(name, folder, from, progress);
        } catch (DownloadException e) {
            err.println("nnwb data: " + e.getMessage());
            if (json()) {
                out().println(DataJson.failure(name, e));
            }
            return 1;
        }
        out().println(json() ? DataJson.result(r) : DataJson.summary(r));
        return 0;
    }

    private Mirror mirror() {
        Mirror fromProperties = Mirror.fromSystemProperties();
        Map<String, String> digests = sums != null ? Mirror.readSums(sums) : fromProperties.digests();
        if (mirror != null) {
            return Mirror.at(mirror, digests);
        }
        return new Mirror(fromProperties.base(), digests);
    }
}
