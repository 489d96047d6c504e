package nnwb.model.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import nnwb.core.analysis.AnalysisReport;

/**
 * The .nnet editor: a text editor whose every keystroke feeds a {@link ModelSession}; findings become problem
 * markers with line and column, the Outline lists the layers, and the Model summary view follows the session.
 */
public class NnetEditor extends TextEditor {

    public static final String ID = "nnwb.model.ui.editor";

    private ModelSession session;
    private IDocument document;
    private NnetOutlinePage outline;
    private final IDocumentListener listener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
            // only the new text matters
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            session.setText(event.getDocument().get());
        }
    };
    private final ModelSession.Listener markers = this::writeMarkers;

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setSourceViewerConfiguration(new NnetViewerConfiguration(getPreferenceStore()));
    }

    @Override
    protected void doSetInput(IEditorInput input) throws CoreException {
        if (document != null) {
            document.removeDocumentListener(listener);
        }
        super.doSetInput(input);
        if (session == null) {
            session = new ModelSession(input.getName());
            session.addListener(markers);
        }
        document = getDocumentProvider().getDocument(input);
        if (document != null) {
            document.addDocumentListener(listener);
            session.setText(document.get());
        }
    }

    /** The live analysis of this editor's text. */
    public ModelSession session() {
        return session;
    }

    public IDocument document() {
        return document;
    }

    private void writeMarkers(AnalysisReport report) {
        IFile file = getEditorInput() == null ? null : getEditorInput().getAdapter(IFile.class);
        if (file != null && document != null) {
            ProblemMarkers.update(file, document, report.findings());
        }
    }

    /** Selects and reveals a 1-based line in the text. */
    public void revealLine(int line) {
        try {
            int offset = document.getLineOffset(Math.max(0, line - 1));
            selectAndReveal(offset, document.getLineLength(Math.max(0, line - 1)));
        } catch (org.eclipse.jface.text.BadLocationException e) {
            // the line is gone after an edit: nothing to reveal
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (IContentOutlinePage.class.equals(adapter)) {
            if (outline == null) {
                outline = new NnetOutlinePage(this);
            }
            return adapter.cast(outline);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        if (document != null) {
            document.removeDocumentListener(listener);
        }
        if (session != null) {
            session.dispose();
        }
        super.dispose();
    }
}
