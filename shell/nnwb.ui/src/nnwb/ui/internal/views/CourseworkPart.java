package nnwb.ui.internal.views;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;
import nnwb.contracts.Topics;


/**
 * The Coursework overview: every installed tool, read from the view registry (category
 * {@code nnwb.ui.category}) with the description its bundle gives, each with a link that opens it.
 * Installing a tool bundle adds an entry; nothing here names a tool.
 */
public class CourseworkPart {

    /** Widget data key holding an entry's view id. */
    public static final String VIEW_ID_KEY = "nnwb.tool.viewId";

    @Inject
    @Optional
    private IEventBroker events;

    private Composite root;

    @PostConstruct
    public void create(Composite parent) {
        // scrolls when the list is taller than the part (at 1366x768): the entries' width follows the part's
        org.eclipse.swt.custom.ScrolledComposite scroll = new org.eclipse.swt.custom.ScrolledComposite(parent, SWT.V_SCROLL);
        root = new Composite(scroll, SWT.NONE);
        scroll.setContent(root);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> scroll.setMinSize(root.computeSize(scroll.getClientArea().width, SWT.DEFAULT)));
        GridLayoutFactory.swtDefaults().margins(10, 10).spacing(6, 4).applyTo(root);
        Label title = new Label(root, SWT.NONE);
        title.setText("NN Workbench tools");
        title.setFont(JFaceResources.getBannerFont());
        for (IViewDescriptor view : ToolEntries.of(PlatformUI.getWorkbench().getViewRegistry())) {
            addTool(view);
        }
    }

    private void addTool(IViewDescriptor view) {
        Link link = new Link(root, SWT.NONE);
        link.setText("<a>" + view.getLabel() + "</a>");
        link.setData(VIEW_ID_KEY, view.getId());
        link.addListener(SWT.Selection, e -> open(view));
        GridDataFactory.fillDefaults().indent(0, 8).applyTo(link);
        Label description = new Label(root, SWT.WRAP);
        description.setText(view.getDescription() == null ? "" : view.getDescription());
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(description);
    }

    /** Opens the tool's view and tells the tool it was asked for from here. */
    void open(IViewDescriptor view) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            page.showView(view.getId());
            if (events != null) {
                events.send(Topics.TOOL_OPENED_FROM_OVERVIEW, view.getId());
            }
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), view.getLabel(), "Could not open " + view.getLabel() + ": " + e.getMessage());
        }
    }

    @Focus
    public void focus() {
        root.setFocus();
    }
}
