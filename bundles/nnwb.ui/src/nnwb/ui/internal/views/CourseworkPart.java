package nnwb.ui.internal.views;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.di.Focus;
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

import nnwb.ui.Tool;

/** The Coursework overview: the five tools, each with a link that opens it where installed. */
public class CourseworkPart {

    private Composite root;

    @PostConstruct
    public void create(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(10, 10).spacing(6, 4).applyTo(root);
        Label title = new Label(root, SWT.NONE);
        title.setText("NN Workbench tools");
        title.setFont(JFaceResources.getBannerFont());
        for (Tool tool : Tool.values()) {
            addTool(tool);
        }
    }

    private void addTool(Tool tool) {
        boolean installed = PlatformUI.getWorkbench().getViewRegistry().find(tool.viewId()) != null;
        Link link = new Link(root, SWT.NONE);
        link.setText(installed ? "<a>" + tool.label() + "</a>" : tool.label() + " (not installed)");
        link.setData("nnwb.tool", tool);
        link.addListener(SWT.Selection, e -> open(tool));
        GridDataFactory.fillDefaults().indent(0, 8).applyTo(link);
        Label description = new Label(root, SWT.WRAP);
        description.setText(tool.description());
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(description);
    }

    private static void open(Tool tool) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            page.showView(tool.viewId());
        } catch (PartInitException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(window.getShell(), tool.label(),
                    "Could not open " + tool.label() + ": " + e.getMessage());
        }
    }

    @Focus
    public void focus() {
        root.setFocus();
    }
}
