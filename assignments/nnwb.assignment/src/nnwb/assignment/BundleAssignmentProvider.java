package nnwb.assignment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.AssignmentProvider;
import nnwb.core.assignment.Problem;
import nnwb.core.assignment.Variant;

/**
 * The base of an assignment plugin's provider: {@link #build()} makes the assignment once (its
 * keys computed by the engine then), and resources are read from the plugin's own bundle. A
 * plugin publishes its subclass with {@code @Component(service = AssignmentProvider.class)}.
 */
public abstract class BundleAssignmentProvider implements AssignmentProvider {

    /** Most student variants kept built at once (a grading run builds each student's once). */
    private static final int VARIANTS_KEPT = 64;

    private volatile Assignment assignment;
    private final Map<String, Assignment> variants = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Assignment> eldest) {
            return size() > VARIANTS_KEPT;
        }
    };

    /** Makes the assignment: problems, parts, checkers with keys computed by the engine. Called once. */
    protected abstract Assignment build();

    /**
     * Makes the assignment with the numbers of {@code v}, drawn with {@link Variant#pick}; an assignment with
     * per-student variants overrides this (and its {@link #build()} returns {@code build(Variant.sheet())}), and
     * returns {@code assignment.withVariant(v)} so that statements show the student's numbers. By default every
     * student gets the sheet's assignment.
     */
    protected Assignment build(Variant v) {
        return assignment();
    }

    /**
     * The sheet's assignment with {@code drawn} in place of its problems of the same ids, as the numbers of
     * {@code v}: what {@link #build(Variant)} returns when only some problems draw numbers (the others, their keys
     * computed once, are shared by every student).
     */
    protected final Assignment sheetWith(Variant v, Problem... drawn) {
        Assignment sheet = assignment();
        Map<String, Problem> byId = new LinkedHashMap<>();
        for (Problem p : drawn) {
            byId.put(p.id(), p);
        }
        List<Problem> problems = sheet.problems().stream().map(p -> byId.getOrDefault(p.id(), p)).toList();
        return sheet.withProblems(problems, v);
    }

    /**
     * The name a student's numbers are drawn from with their id ({@link Variant#of}): the assignment's id. An assignment
     * that changed its id returns the former one, so that every student keeps the numbers they were given.
     */
    protected String variantKey() {
        return assignment().id();
    }

    @Override
    public final Assignment assignment(String studentId) {
        Variant v = Variant.of(variantKey(), studentId);
        if (v.isSheet()) {
            return assignment();
        }
        synchronized (variants) {
            Assignment a = variants.get(studentId);
            if (a == null) {
                a = build(v);
                variants.put(studentId, a);
            }
            return a;
        }
    }

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
