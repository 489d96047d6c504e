package nnwb.assignment.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import nnwb.assignment.AssignmentTopics;
import nnwb.core.assignment.AssignmentProvider;
import nnwb.core.assignment.Preset;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelParser;

/**
 * Opens a part's preset. A resource is first copied into the workspace project
 * {@value #PROJECT} (never over a copy the student already edited); a model then opens in its
 * editor. Every preset is posted on {@link AssignmentTopics#OPEN_PRESET} for the tool named by
 * its id, and on the topics of the optimizer trace and the filter canvas in their own data
 * forms; the tool's view is shown when it is installed. For a tool that is not installed the
 * outcome says so and shows the preset, which the assignment keeps.
 */
public final class PresetOpener {

    /** The workspace project that holds the copies of the assignments' files. */
    public static final String PROJECT = "assignments";
    /** The optimizer trace's own topic; data: the preset text. */
    static final String OPTIM_OPEN_PRESET = "nnwb/optim/openPreset";
    /** The filter canvas's own topic; data: a map with a title and a list of kernels (rows of weights). */
    static final String FILTER_OPEN_KERNELS = "nnwb/filter/openKernels";
    private static final Map<String, String> VIEWS = Map.of(Preset.CONV_CALCULATOR, "nnwb.conv.ui.calculator",
            Preset.OPTIMIZER_TRACE, "nnwb.optim.ui.view", Preset.FILTER_CANVAS, "nnwb.filter.ui.canvas",
            Preset.TRAINING_RUNNER, "nnwb.train.ui.view");
    private static final Map<String, String> NAMES = Map.of(Preset.MODEL_EDITOR, "the model editor", Preset.CONV_CALCULATOR,
            "the conv calculator", Preset.OPTIMIZER_TRACE, "the optimizer trace", Preset.FILTER_CANVAS, "the filter canvas",
            Preset.TRAINING_RUNNER, "the training runner");

    /** What happened: whether a tool showed the preset, and a line for the student. */
    public record Outcome(boolean opened, String message) {
    }

    private final IEventBroker events;
    private final IWorkspaceRoot root;
    private final IWorkbenchPage page;

    public PresetOpener(IEventBroker events, IWorkspaceRoot root, IWorkbenchPage page) {
        this.events = events;
        this.root = root;
        this.page = page;
    }

    /** The button text for a preset, e.g. "Open the model in the editor". */
    public static String label(Preset p) {
        return switch (p.tool()) {
            case Preset.MODEL_EDITOR -> "Open the model in the editor";
            case Preset.CONV_CALCULATOR -> "Open in the conv calculator";
            case Preset.OPTIMIZER_TRACE -> "Open in the optimizer trace";
            case Preset.FILTER_CANVAS -> "Open in the filter canvas";
            case Preset.TRAINING_RUNNER -> "Open in the training runner";
            default -> "Open in " + p.tool();
        };
    }

    /** Plain words for the tool, e.g. "the optimizer trace". */
    public static String toolName(Preset p) {
        return NAMES.getOrDefault(p.tool(), "the tool " + p.tool());
    }

    /** Whether the tool's view (or, for a model, the editor) is installed in this workbench. */
    public boolean installed(Preset p) {
        if (p.tool().equals(Preset.MODEL_EDITOR)) {
            return org.eclipse.ui.PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("x.nnet") != null;
        }
        String view = VIEWS.get(p.tool());
        return view != null && org.eclipse.ui.PlatformUI.getWorkbench().getViewRegistry().find(view) != null;
    }

    /** Opens {@code p} of part {@code partId} of assignment {@code assignmentId}. */
    public Outcome open(String assignmentId, Preset p, AssignmentProvider provider) {
        Map<String, String> params = new HashMap<>(p.parameters());
        String text = "";
        IFile copy = null;
        try {
            if (!p.resource().isEmpty()) {
                copy = copy(assignmentId, p.resource(), provider);
                params.put(AssignmentTopics.WORKSPACE_FILE, copy.getLocation().toOSString());
                try (InputStream in = copy.getContents()) {
                    text = new String(nnwb.core.TextFiles.bytes(in, nnwb.core.TextFiles.MAX_BYTES), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException | CoreException e) {
            return new Outcome(false, "Cannot copy " + p.resource() + " into the workspace: " + e.getMessage());
        }
        Preset posted = new Preset(p.tool(), p.resource(), params);
        boolean installed = installed(p);
        try {
            if (p.tool().equals(Preset.MODEL_EDITOR) && copy != null && installed) {
                IDE.openEditor(page, copy, true);
            } else if (installed && VIEWS.containsKey(p.tool())) {
                page.showView(VIEWS.get(p.tool()));
            }
        } catch (PartInitException e) {
            return new Outcome(false, "Cannot open " + toolName(p) + ": " + e.getMessage());
        }
        if (events != null) {
            events.post(AssignmentTopics.OPEN_PRESET, posted);
            if (p.tool().equals(Preset.OPTIMIZER_TRACE) && !text.isEmpty()) {
                events.post(OPTIM_OPEN_PRESET, text);
            }
            if (p.tool().equals(Preset.FILTER_CANVAS) && p.parameters().containsKey("kernel")) {
                events.post(FILTER_OPEN_KERNELS, kernels(p));
            }
        }
        if (!installed) {
            return new Outcome(false, capital(toolName(p)) + " is not installed in this workbench; the assignment keeps its"
                    + " preset for it: " + describe(p, text));
        }
        return new Outcome(true, copy == null ? "Opened in " + toolName(p) + ": " + describe(p, "")
                : "Opened " + copy.getFullPath().makeRelative() + " in " + toolName(p));
    }

    /** The preset in one line: its parameters, or the first lines of its file. */
    public static String describe(Preset p, String text) {
        List<String> parts = new ArrayList<>();
        p.parameters().forEach((k, v) -> parts.add(k + " = " + v));
        if (!text.isEmpty()) {
            text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).limit(8).forEach(parts::add);
        } else if (!p.resource().isEmpty()) {
            parts.add(p.resource());
        }
        return String.join("; ", parts);
    }

    private static Map<String, Object> kernels(Preset p) {
        Kernel k = KernelParser.parse(p.parameters().get("kernel"));
        double[][] rows = new double[k.rows()][k.cols()];
        for (int i = 0; i < k.rows(); i++) {
            for (int j = 0; j < k.cols(); j++) {
                rows[i][j] = k.get(i, j);
            }
        }
        Map<String, Object> m = new HashMap<>();
        m.put("title", "Assignment preset: " + describe(p, ""));
        m.put("kernels", List.of(rows));
        return m;
    }

    /** The resource copied to {@code assignments/<assignment>/<file name>}, unless a copy is already there. */
    IFile copy(String assignmentId, String resource, AssignmentProvider provider) throws CoreException, IOException {
        IProject project = root.getProject(PROJECT);
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        IFolder folder = project.getFolder(assignmentId);
        if (!folder.exists()) {
            folder.create(true, true, null);
        }
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        IFile file = folder.getFile(name);
        if (!file.exists()) {
            try (InputStream in = provider.open(resource)) {
                file.create(new ByteArrayInputStream(nnwb.core.TextFiles.bytes(in, nnwb.core.TextFiles.MAX_BYTES)), true, null);
            }
        }
        return file;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
