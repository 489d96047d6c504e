package nnwb.assignment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.AssignmentProvider;

/**
 * The base of an assignment plugin's provider: {@link #build()} makes the assignment once (its
 * keys computed by the engine then), and resources are read from the plugin's own bundle. A
 * plugin publishes its subclass with {@code @Component(service = AssignmentProvider.class)}.
 */
public abstract class BundleAssignmentProvider implements AssignmentProvider {

    private volatile Assignment assignment;

    /** Makes the assignment: problems, parts, checkers with keys computed by the engine. Called once. */
    protected abstract Assignment build();

    @Override
    public final Assignment assignment() {
        Assignment a = assignment;
        if (a == null) {
            synchronized (this) {
                a = assignment;
                if (a == null) {
                    a = build();
                    assignment = a;
                }
            }
        }
        return a;
    }

    @Override
    public InputStream open(String path) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(getClass());
        URL url = bundle == null ? null : bundle.getEntry(path);
        if (url == null) {
            url = getClass().getClassLoader().getResource(path);
        }
        if (url == null) {
            throw new IOException("no resource " + path + " in the assignment's bundle");
        }
        return url.openStream();
    }

    /** The text of a resource of this bundle (UTF-8), e.g. a model the keys are computed from. */
    protected final String text(String path) {
        try (InputStream in = open(path)) {
            return new String(nnwb.core.TextFiles.bytes(in, nnwb.core.TextFiles.MAX_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
