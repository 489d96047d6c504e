package nnwb.model.ui.internal.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

import nnwb.core.model.Finding;
import nnwb.core.model.Severity;

/** Writes the engine's findings as problem markers on the model file, in a workspace job off the UI thread. */
public final class ProblemMarkers {

    /** The marker type declared in plugin.xml. */
    public static final String TYPE = "nnwb.model.ui.problem";

    private ProblemMarkers() {
    }

    /** Replaces the file's markers by one per finding; character ranges come from the document. */
    public static void update(IFile file, IDocument document, List<Finding> findings) {
        int[][] ranges = new int[findings.size()][];
        for (int i = 0; i < findings.size(); i++) {
            ranges[i] = range(document, findings.get(i));
        }
        WorkspaceJob job = new WorkspaceJob("Updating problems of " + file.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (!file.exists()) {
                    return Status.OK_STATUS;
                }
                file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
                for (int i = 0; i < findings.size(); i++) {
                    file.createMarker(TYPE, attributes(findings.get(i), ranges[i]));
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(file);
        job.setSystem(true);
        job.schedule();
    }

    /** All attributes at once, so that no reader sees a marker without its line. */
    static Map<String, Object> attributes(Finding f, int[] range) {
        Map<String, Object> a = new HashMap<>();
        a.put(IMarker.MESSAGE, f.message());
        a.put(IMarker.SEVERITY, severity(f.severity()));
        // the line the range was found on: the Problems view's line and the ruler's annotation always agree
        int line = range != null ? range[2] : f.line();
        a.put(IMarker.LINE_NUMBER, line);
        a.put(IMarker.LOCATION, "line " + line + ", column " + f.column());
        if (range != null) {
            a.put(IMarker.CHAR_START, range[0]);
            a.put(IMarker.CHAR_END, range[1]);
        }
        return a;
    }

    static int severity(Severity s) {
        return switch (s) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }

    /**
     * Start and end offsets of a finding in the document and its 1-based line, or null when the document has no text.
     * A line past the end (the analysed text was longer than the document is now) is placed on the last line, so that
     * a marker the Problems view lists always has its annotation in the ruler (issue 24 item 9).
     */
    static int[] range(IDocument document, Finding f) {
        try {
            int line = Math.min(Math.max(0, f.line() - 1), Math.max(0, document.getNumberOfLines() - 1));
            int lineStart = document.getLineOffset(line);
            int lineLength = document.getLineLength(line);
            int start = lineStart + Math.min(Math.max(0, f.column() - 1), lineLength);
            int end = Math.max(Math.min(lineStart + lineLength, start + Math.max(1, f.length())), start + 1);
            if (end > document.getLength()) {
                // at the very end of a text without a final newline: a range past the end makes no annotation
                end = document.getLength();
                start = Math.min(start, Math.max(lineStart, end - 1));
            }
            return new int[] {start, end, line + 1};
        } catch (BadLocationException e) {
            return null;
        }
    }
}
