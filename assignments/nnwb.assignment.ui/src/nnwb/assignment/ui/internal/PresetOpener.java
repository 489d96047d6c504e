package nnwb.assignment.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import nnwb.contracts.PresetTarget;
import nnwb.contracts.Topics;
import nnwb.core.assignment.AssignmentProvider;
import nnwb.core.assignment.Preset;

/**
 * Opens a part's preset. A resource is first copied into the workspace project
 * {@value #PROJECT} (never over a copy the student already edited). The tool is found through the
 * {@link PresetTargets} whiteboard: its target says which view to show (or that the copy opens in its
 * editor) and which events carry the preset in its own form; every preset is also posted on
 * {@link Topics#PRESET_OPENED}. For a tool that is not installed the outcome says so and shows the
 * preset, which the assignment keeps.
 */
public final class PresetOpener {

    /** The workspace project that holds the copies of the assignments' files. */
    public static final String PROJECT = "assignments";

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

    /** The button text for a preset, e.g. "Open in the conv calculator". */
    public static String label(Preset p) {
        return PresetTargets.find(p.tool()).map(PresetTarget::label).orElse("Open in " + p.tool());
    }

    /** Plain words for the tool, e.g. "the optimizer trace". */
    public static String toolName(Preset p) {
        return PresetTargets.find(p.tool()).map(PresetTarget::name).orElse("the tool " + p.tool());
    }

    /**
     * Whether the preset's tool is installed in this workbench: a target is registered for it and its view (or, for
     * an editor, the editor of the preset's file) exists.
     */
    public boolean installed(Preset p) {
        Optional<PresetTarget> t = PresetTargets.find(p.tool());
        if (t.isEmpty()) {
            return false;
        }
        if (t.get().opensInEditor()) {
            String name = p.resource().isEmpty() ? "x.nnet" : p.resource().substring(p.resource().lastIndexOf('/') + 1);
            return org.eclipse.ui.PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor(name) != null;
        }
        return org.eclipse.ui.PlatformUI.getWorkbench().getViewRegistry().find(t.get().viewId()) != null;
    }

    /** Opens {@code p} of part {@code partId} of assignment {@code assignmentId}. */
    public Outcome open(String assignmentId, Preset p, AssignmentProvider provider) {
        Map<String, String> params = new HashMap<>(p.parameters());
        String text = "";
        IFile copy = null;
        try {
            if (!p.resource().isEmpty()) {
                copy = copy(assignmentId, p.resource(), provider);
                params.put(PresetTarget.WORKSPACE_FILE, copy.getLocation().toOSString());
                try (InputStream in = copy.getContents()) {
                    // a student's own numbers (their variant) replace the sheet's in the settings the tool opens
                    text = p.applyTo(new String(nnwb.core.TextFiles.bytes(in, nnwb.core.TextFiles.MAX_BYTES), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | CoreException e) {
            return new Outcome(false, "Cannot copy " + p.resource() + " into the workspace: " + e.getMessage());
        }
        Preset posted = new Preset(p.tool(), p.resource(), params);
        boolean installed = installed(p);
        PresetTarget target = PresetTargets.find(p.tool()).orElse(null);
        try {
            if (installed && target.opensInEditor() && copy != null) {
                IDE.openEditor(page, copy, true);
            } else if (installed && !target.opensInEditor()) {
                page.showView(target.viewId());
            }
        } catch (PartInitException e) {
            return new Outcome(false, "Cannot open " + toolName(p) + ": " + e.getMessage());
        }
        if (events != null) {
            events.post(Topics.PRESET_OPENED, posted);
            if (target != null) {
                for (PresetTarget.Posting post : target.postings(posted, text)) {
                    events.post(post.topic(), post.data());
                }
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
