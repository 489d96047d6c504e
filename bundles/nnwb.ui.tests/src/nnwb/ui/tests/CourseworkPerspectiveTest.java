package nnwb.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import nnwb.ui.Tool;
import nnwb.ui.internal.about.AboutDialog;

/** Runs inside the real workbench (UI harness, product application) on the UI thread. */
class CourseworkPerspectiveTest {

    private static IWorkbenchWindow window() {
        IWorkbenchWindow w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        assertNotNull(w.getActivePage(), "the workbench window has a page");
        return w;
    }

    @Test
    void windowOpensInCourseworkPerspective() {
        IWorkbenchPage page = window().getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(Tool.PERSPECTIVE_ID));
        assertEquals(Tool.PERSPECTIVE_ID, page.getPerspective().getId());
        assertEquals("NN Workbench", window().getShell().getText());
    }

    @Test
    void perspectiveHasAPlaceForEachInstalledTool() {
        IWorkbenchWindow w = window();
        EModelService models = w.getService(EModelService.class);
        MWindow mWindow = w.getService(MWindow.class);
        for (Tool tool : Tool.values()) {
            if (PlatformUI.getWorkbench().getViewRegistry().find(tool.viewId()) == null) {
                continue; // its bundle is not installed: the overview says so (next test)
            }
            MUIElement place = models.find(tool.viewId(), mWindow);
            assertNotNull(place, "no place for " + tool);
            MUIElement folder = models.find(tool.folder().id(), mWindow);
            assertNotNull(folder, "no folder " + tool.folder().id());
            assertTrue(isInside(place, folder), tool + " is not in " + tool.folder().id());
        }
        assertNotNull(models.find(Tool.OVERVIEW_VIEW_ID, mWindow));
        assertTrue(isInside(models.find(Tool.OVERVIEW_VIEW_ID, mWindow), models.find(Tool.Folder.LEFT.id(), mWindow)));
    }

    @Test
    void overviewListsTheFiveTools() {
        IViewPart overview = window().getActivePage().findView(Tool.OVERVIEW_VIEW_ID);
        assertNotNull(overview, "Coursework overview is open");
        Composite root = (Composite) overview.getSite().getShell();
        List<Link> links = find(root, Link.class);
        List<Object> tools = links.stream().map(l -> l.getData("nnwb.tool")).filter(o -> o != null).toList();
        assertEquals(List.of((Object[]) Tool.values()), tools);
        for (Link link : links) {
            Tool tool = (Tool) link.getData("nnwb.tool");
            boolean installed = PlatformUI.getWorkbench().getViewRegistry().find(tool.viewId()) != null;
            assertEquals(!installed, link.getText().endsWith("(not installed)"), link.getText());
        }
    }

    @Test
    void aboutDialogShowsJavaAndEclipseVersions() {
        AboutDialog dialog = new AboutDialog(window().getShell());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Shell shell = dialog.getShell();
            Table table = find(shell, Table.class).get(0);
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < table.getItemCount(); i++) {
                rows.add(table.getItem(i).getText(0) + "=" + table.getItem(i).getText(1));
            }
            assertTrue(rows.contains("java=" + System.getProperty("java.version")), rows.toString());
            assertTrue(rows.contains("eclipsePlatform=4.39"), rows.toString());
            assertTrue(rows.contains("dl4j=1.0.0-M2.1"), rows.toString());
        } finally {
            dialog.close();
        }
    }

    private static boolean isInside(MUIElement element, MUIElement container) {
        for (Object p = element; p != null; p = ((MUIElement) p).getParent()) {
            if (p == container) {
                return true;
            }
            if (((MUIElement) p).getParent() == null) {
                return false;
            }
        }
        return false;
    }

    private static <T> List<T> find(Composite c, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Control child : c.getChildren()) {
            if (type.isInstance(child)) {
                out.add(type.cast(child));
            }
            if (child instanceof Composite comp) {
                out.addAll(find(comp, type));
            }
        }
        return out;
    }
}
