package nnwb.data.internal.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nnwb.core.data.DataCache;
import nnwb.core.data.download.DatasetDownload;
import nnwb.core.data.download.Download;
import nnwb.core.data.download.DownloadException;
import nnwb.core.json.Json;

/** What {@code nnwb data get} prints: JSON with explicit keys, or one line of text. */
final class DataJson {

    private DataJson() {
    }

    /** {@code {"dataset", "dir", "downloadedBytes", "files": [{"name", "bytes", "sha256", "status"}], "unpacked"}}. */
    static String result(DatasetDownload.Result r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("dataset", r.dataset());
        o.put("dir", r.dir().toAbsolutePath().toString());
        o.put("downloadedBytes", r.downloaded());
        List<Object> files = new ArrayList<>();
        for (Download.Outcome f : r.files()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.file().name());
            m.put("bytes", f.path().toFile().length());
            m.put("sha256", f.file().sha256());
            m.put("status", status(f));
            files.add(m);
        }
        o.put("files", files);
        o.put("unpacked", r.unpacked().size());
        return Json.write(o);
    }

    /** {@code {"dataset", "error", "reason"}}, the reason one of unreachable, refused, digest, local. */
    static String failure(String dataset, DownloadException e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("dataset", dataset);
        o.put("error", e.getMessage());
        o.put("reason", e.kind().name().toLowerCase(Locale.ROOT));
        return Json.write(o);
    }

    /** E.g. {@code mnist: 4 files in /home/ada/.nnwb/data/mnist (11.59 MB downloaded; 1 resumed, 0 already there)}. */
    static String summary(DatasetDownload.Result r) {
        long resumed = r.files().stream().filter(Download.Outcome::resumed).count();
        long cached = r.files().stream().filter(Download.Outcome::cached).count();
        return String.format(Locale.ROOT, "%s: %d file%s in %s (%.2f MB downloaded; %d resumed, %d already there%s); "
                + "train on it with --data %s", r.dataset(), r.files().size(), r.files().size() == 1 ? "" : "s",
                r.dir().toAbsolutePath(), r.downloaded() / 1e6, resumed, cached,
                r.unpacked().isEmpty() ? "" : "; " + r.unpacked().size() + " files unpacked",
                r.dir().equals(DataCache.folder(r.dataset())) ? r.dataset() : r.dataset() + ":" + r.dir());
    }

    private static String status(Download.Outcome f) {
        return f.cached() ? "cached" : f.resumed() ? "resumed" : "downloaded";
    }
}
