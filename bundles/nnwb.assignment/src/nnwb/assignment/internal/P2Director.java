package nnwb.assignment.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import nnwb.cli.UsageException;
import nnwb.core.check.Echo;

/**
 * Runs the p2 director application ({@code org.eclipse.equinox.p2.director}) inside this process on
 * the running installation's own profile, as {@code eclipse -application
 * org.eclipse.equinox.p2.director} would. Its console output is captured: success returns its
 * lines, a failure becomes one line naming the cause.
 */
final class P2Director {

    static final String BUNDLE = "org.eclipse.equinox.p2.director.app";
    private static final String APPLICATION = "org.eclipse.equinox.internal.p2.director.app.DirectorApplication";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,199}");

    private P2Director() {
    }

    /** The feature's installable unit id: {@code ID.feature.group}, adding {@code .feature} to a plugin id. */
    static String featureGroup(String id) throws UsageException {
        String s = id == null ? "" : id.strip();
        if (!ID.matcher(s).matches()) {
            throw new UsageException("a feature id is letters, digits, '.', '_' and '-', e.g. nnwb.assignment.epfl.ps08.feature; got "
                    + Echo.quote(s));
        }
        if (s.endsWith(".feature.group")) {
            return s;
        }
        return (s.endsWith(".feature") ? s : s + ".feature") + ".feature.group";
    }

    /** Runs the director with {@code args}; returns its output, or throws the reason it failed in one line. */
    static String run(BundleContext context, List<String> args) throws UsageException {
        Bundle director = null;
        for (Bundle b : context.getBundles()) {
            if (BUNDLE.equals(b.getSymbolicName())) {
                director = b;
            }
        }
        if (director == null) {
            throw new IllegalStateException("the p2 director (" + BUNDLE + ") is not part of this installation");
        }
        if (System.getProperty("eclipse.p2.profile") == null) {
            throw new UsageException("this installation was not installed by p2 (no eclipse.p2.profile); unpack the product"
                    + " archive and run its own nnwb");
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        Object code;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            Class<?> app = director.loadClass(APPLICATION);
            Object instance = app.getConstructor().newInstance();
            Method run = app.getMethod("run", String[].class);
            code = run.invoke(instance, (Object) args.toArray(String[]::new));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the p2 director failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start the p2 director: " + e, e);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        if (!(code instanceof Integer i) || i != 0) {
            throw new UsageException(reason(text));
        }
        return text;
    }

    /** The line of the director's output that says why it failed. */
    static String reason(String output) {
        List<String> lines = output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (String key : List.of("Missing requirement", "No repository found", "could not be found", "not found",
                "Cannot complete", "Unable", "failed", "error")) {
            for (String l : lines) {
                if (l.toLowerCase(Locale.ROOT).contains(key.toLowerCase(Locale.ROOT)) && !l.equals("Installation failed.")
                        && !l.equals("Uninstallation failed.")) {
                    return Echo.oneLine(l);
                }
            }
        }
        return lines.isEmpty() ? "the p2 director failed without a message" : Echo.oneLine(lines.get(lines.size() - 1));
    }
}
