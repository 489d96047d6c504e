package nnwb.core.data.download;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the files come from: the publishers' servers, or a mirror (a base URL serving the files under their names)
 * with, where its copies differ, their own SHA-256 digests. Overridable without code by the system properties
 * {@code nnwb.data.mirror} (the base URL) and {@code nnwb.data.sha256} (a file in {@code sha256sum} format).
 *
 * @param base    the mirror's base URL, or null for each dataset's official server
 * @param digests SHA-256 digests by file name that replace the official ones
 */
public record Mirror(URI base, Map<String, String> digests) {

    /** System property naming a mirror's base URL. */
    public static final String MIRROR_PROPERTY = "nnwb.data.mirror";
    /** System property naming a {@code sha256sum} file of the mirror's digests. */
    public static final String SHA256_PROPERTY = "nnwb.data.sha256";

    public Mirror {
        digests = Map.copyOf(digests);
        if (base != null) {
            String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || base.getHost() == null) {
                throw new IllegalArgumentException("mirror must be an http:// or https:// URL, got '" + base + "'");
            }
            if (!base.getPath().endsWith("/")) {
                base = URI.create(base + "/");
            }
        }
    }

    /** The publishers' own servers and digests. */
    public static Mirror official() {
        return new Mirror(null, Map.of());
    }

    /** The mirror at {@code url} (text), with {@code digests} replacing the official ones. */
    public static Mirror at(String url, Map<String, String> digests) {
        try {
            return new Mirror(new URI(url.strip()), digests);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("mirror must be an http:// or https:// URL, got '" + url + "'");
        }
    }

    /** The mirror and digests the system properties name, else the official servers. */
    public static Mirror fromSystemProperties() {
        String url = System.getProperty(MIRROR_PROPERTY);
        String sums = System.getProperty(SHA256_PROPERTY);
        Map<String, String> digests = sums == null || sums.isBlank() ? Map.of() : readSums(Path.of(sums));
        return url == null || url.isBlank() ? new Mirror(null, digests) : at(url, digests);
    }

    /** The files of {@code dataset}, with this mirror's digests where it gives them. */
    public List<RemoteFile> files(String dataset) {
        List<RemoteFile> out = new ArrayList<>();
        for (RemoteFile f : KnownDatasets.files(dataset)) {
            String d = digests.get(f.name());
            out.add(d == null ? f : f.withSha256(d));
        }
        return out;
    }

    /** The URL of {@code file} of {@code dataset}. */
    public URI url(String dataset, RemoteFile file) {
        return (base == null ? KnownDatasets.officialBase(dataset) : base).resolve(file.name());
    }

    /** Digests by file name from a {@code sha256sum} file ({@code HEX  NAME} or {@code HEX *NAME} per line). */
    public static Map<String, String> readSums(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the digests file " + file + ": " + e.getMessage());
        }
        Map<String, String> out = new LinkedHashMap<>();
        int n = 0;
        for (String line : lines) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("\\s+\\*?", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException(file.getFileName() + " line " + n
                        + ": expected a SHA-256 digest and a file name, as sha256sum writes them");
            }
            out.put(Path.of(parts[1].strip()).getFileName().toString(), parts[0].toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
