package nnwb.model.ui.internal.editor;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.LayerRow;

/** The Outline of a .nnet model: its layers with type and output shape; selecting one reveals its line. */
public final class NnetOutlinePage extends ContentOutlinePage {

    private final NnetEditor editor;
    private AnalysisReport report;
    private final ModelSession.Listener listener = this::show;

    NnetOutlinePage(NnetEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                LayerRow row = (LayerRow) element;
                String shape = row.outputShape().format(report.graph().channelsLast(), report.format());
                return row.name() + "  " + row.type() + "  → " + shape;
            }
        });
        editor.session().addListener(listener);
    }

    private void show(AnalysisReport r) {
        report = r;
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(List.copyOf(r.rows()));
        }
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
        if (first instanceof LayerRow row && row.node().pos() != null) {
            editor.revealLine(row.node().pos().line());
        }
    }

    @Override
    public void dispose() {
        editor.session().removeListener(listener);
        super.dispose();
    }
}
