package nnwb.model.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.osgi.service.event.EventHandler;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import nnwb.core.analysis.AnalysisReport;
import nnwb.contracts.ModelAnalysed;
import nnwb.contracts.Topics;

/**
 * The .nnet editor: a text editor whose every keystroke feeds a {@link ModelSession}; findings become problem
 * markers with line and column, the Outline lists the layers, and every analysis is posted as
 * {@link Topics#MODEL_ANALYSED} for the tools that follow the model.
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
    private final ModelSession.Listener publisher = this::publish;
    private final EventHandler latestRequested = e -> {
        if (getSite() != null && getSite().getPage().getActiveEditor() == this) {
            republish();
        }
    };
    private final IPartListener2 activation = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == NnetEditor.this) {
                republish();
            }
        }
    };

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
            session.addListener(publisher);
        }
        document = getDocumentProvider().getDocument(input);
        if (document != null) {
            document.addDocumentListener(listener);
            session.setText(document.get());
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        getSite().getPage().addPartListener(activation);
        IEventBroker broker = broker();
        if (broker != null) {
            broker.subscribe(Topics.MODEL_LATEST_REQUESTED, latestRequested);
        }
    }

    private IEventBroker broker() {
        return getSite() == null ? null : getSite().getService(IEventBroker.class);
    }

    /** Tells every tool that this model was analysed ({@link Topics#MODEL_ANALYSED}). */
    private void publish(AnalysisReport report) {
        IEventBroker broker = broker();
        if (broker != null && getEditorInput() != null) {
            broker.send(Topics.MODEL_ANALYSED, new ModelAnalysed(getEditorInput().getName(), this, report, session::setOptions));
        }
    }

    private void republish() {
        if (session != null && session.latest() != null) {
            publish(session.latest());
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
        IEventBroker broker = broker();
        if (broker != null) {
            broker.unsubscribe(latestRequested);
            broker.send(Topics.MODEL_CLOSED, this);
        }
        if (getSite() != null) {
            getSite().getPage().removePartListener(activation);
        }
        if (document != null) {
            document.removeDocumentListener(listener);
        }
        if (session != null) {
            session.dispose();
        }
        super.dispose();
    }
}
