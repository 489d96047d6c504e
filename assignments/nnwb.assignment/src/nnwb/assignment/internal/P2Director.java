package nnwb.assignment.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

    /** The lines of the director's output that say why it failed, as one line. */
    static String reason(String output) {
        List<String> lines = output.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("!")
                && !l.startsWith("session context") && !l.startsWith("at ") && !l.startsWith("There were errors")).toList();
        int failed = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith("failed.")) {
                failed = i;
            }
        }
        List<String> why = failed >= 0 ? lines.subList(failed + 1, lines.size()) : lines;
        if (why.isEmpty()) {
            return "the p2 director failed without a message";
        }
        String first = why.get(0);
        String last = why.get(why.size() - 1);
        String s = first.equals(last) ? first : first + ": " + last;
        for (String l : why) {
            if (l.startsWith("Missing requirement") || l.startsWith("No repository found") || l.contains("could not be found")) {
                s = l;
                break;
            }
        }
        return Echo.oneLine(s.length() > 400 ? s.substring(0, 400) + "…" : s);
    }
}
