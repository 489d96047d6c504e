package nnwb.compute.dl4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The DL4J bundle's class loader with ND4J's backend list narrowed to one backend. ND4J finds
 * backends with ServiceLoader and picks the highest priority (CUDA over CPU), which only
 * environment variables can change; handing ND4J this loader instead makes the choice at run
 * time: service files that do not name {@code keepClass} are hidden, everything else delegates.
 */
final class BackendFilterLoader extends ClassLoader {

    static final String BACKEND_SERVICES = "META-INF/services/org.nd4j.linalg.factory.Nd4jBackend";

    private final String keepClass;

    BackendFilterLoader(ClassLoader parent, String keepClass) {
        super(parent);
        this.keepClass = keepClass;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        Enumeration<URL> all = getParent().getResources(name);
        if (!BACKEND_SERVICES.equals(name)) {
            return all;
        }
        List<URL> kept = new ArrayList<>();
        for (URL u : Collections.list(all)) {
            if (names(u, keepClass)) {
                kept.add(u);
            }
        }
        return Collections.enumeration(kept);
    }

    private static boolean names(URL u, String cls) throws IOException {
        try (InputStream in = u.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .anyMatch(cls::equals);
        }
    }
}
