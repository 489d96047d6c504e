package nnwb.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.Test;

import nnwb.test.harness.Screenshots;
import nnwb.ui.Coursework;

/**
 * Issue 24 item 2: every installed tool, opened where the Coursework perspective puts it in a 1600x1000 and in a
 * 1366x768 window, is readable without maximising: {@link LayoutReadability} finds no cut text, no chart or canvas
 * under 300x200, no legend over a plot and nothing reaching past its parent, in every tab of the tool. A screenshot
 * of each tool and tab goes to {@code target/screenshots/layout/<size>/}. The tools come from the view registry's
 * NN Workbench category, so this test names none. With no editor open the editor area is hidden and the tools' folder
 * takes the height right of the overview; the first editor brings the area back and closing it hides it again.
 */
class DefaultLayoutTest {

    private static final int[][] SIZES = {{1600, 1000}, {1366, 768}};

    @Test
    void everyToolIsReadableInTheDefaultLayoutAtBothWindowSizes() throws Exception {
        IWorkbenchWindow w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        IWorkbenchPage page = w.getActivePage();
        assertNotNull(page);
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(Coursework.PERSPECTIVE_ID));
        Shell shell = w.getShell();
        EModelService models = w.getService(EModelService.class);
        MWindow mWindow = w.getService(MWindow.class);
        List<String> tools = Arrays.stream(PlatformUI.getWorkbench().getViewRegistry().getCategories())
                .filter(c -> Coursework.VIEW_CATEGORY.equals(c.getId())).flatMap(c -> Arrays.stream(c.getViews()))
                .map(IViewDescriptor::getId).sorted().toList();
        assertFalse(tools.isEmpty());
        List<String> problems = new ArrayList<>();
        for (int[] size : SIZES) {
            shell.setMaximized(false);
            shell.setBounds(0, 0, size[0], size[1]);
            page.resetPerspective();
            Screenshots.settle(shell.getDisplay(), 300);
            assertEquals(size[0], shell.getSize().x, "the screen (Xvfb) must be at least 1600x1000");
            assertEquals(size[1], shell.getSize().y, "the screen (Xvfb) must be at least 1600x1000");
            String folder = "target/screenshots/layout/" + size[0] + "x" + size[1] + "/";
            assertEquals(0, page.getEditorReferences().length);
            assertFalse(page.isEditorAreaVisible(), "no editor is open: the editor area is hidden");
            int bottom = ((Control) models.find(Coursework.Folder.BOTTOM.id(), mWindow).getWidget()).getSize().y;
            int client = shell.getClientArea().height;
            assertTrue(bottom > client * 8 / 10, "the tools' folder is " + bottom + " px high in a " + client + " px window");
            for (String id : tools) {
                // a view the default layout does not show (the test bundle's sample tool) is closed again after it
                boolean shown = page.findViewReference(id) != null;
                page.showView(id);
                Screenshots.settle(shell.getDisplay(), 300);
                MUIElement found = models.find(id, mWindow);
                MPart part = (MPart) (found instanceof MPlaceholder p ? p.getRef() : found);
                assertNotNull(part, id);
                Composite root = (Composite) part.getWidget();
                assertNotNull(root, id + " is rendered");
                String where = size[0] + "x" + size[1] + " " + id;
                List<Control> folders = tabFolders(root);
                if (folders.isEmpty()) {
                    Screenshots.save(shell, new File(folder + id + ".png"));
                    problems.addAll(LayoutReadability.check(root, where));
                }
                for (Control f : folders) {
                    int n = f instanceof CTabFolder c ? c.getItemCount() : ((TabFolder) f).getItemCount();
                    for (int i = 0; i < n; i++) {
                        String tab = select(f, i);
                        Screenshots.settle(shell.getDisplay(), 200);
                        Screenshots.save(shell, new File(folder + id + "-" + i + ".png"));
                        problems.addAll(LayoutReadability.check(root, where + " tab '" + tab + "'"));
                    }
                    select(f, 0);
                }
                if (!shown) {
                    page.hideView(page.findViewReference(id));
                }
            }
        }
        shell.setMaximized(true);
        File report = new File("target/screenshots/layout/problems.txt");
        Files.writeString(report.toPath(), String.join("\n", problems) + "\n");
        assertEquals("", String.join("\n", problems), problems.size() + " layout problems");
    }

    @Test
    void theEditorAreaAppearsWithTheFirstEditorAndGoesWithTheLast() throws Exception {
        IWorkbenchWindow w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        IWorkbenchPage page = w.getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(Coursework.PERSPECTIVE_ID));
        Shell shell = w.getShell();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1366, 768);
        page.closeAllEditors(false);
        page.resetPerspective();
        Screenshots.settle(shell.getDisplay(), 300);
        assertFalse(page.isEditorAreaVisible(), "no editor: no editor area");
        File model = Files.createTempFile("layout", ".nnet").toFile();
        Files.writeString(model.toPath(), "input 28x28x1\ndense 10\n");
        EModelService models = w.getService(EModelService.class);
        MWindow mWindow = w.getService(MWindow.class);
        Control tools = (Control) models.find(Coursework.Folder.BOTTOM.id(), mWindow).getWidget();
        int alone = tools.getSize().y;
        IEditorPart editor = IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().fromLocalFile(model));
        Screenshots.settle(shell.getDisplay(), 300);
        assertTrue(page.isEditorAreaVisible(), "an editor is open: the editor area shows");
        Screenshots.save(shell, new File("target/screenshots/layout/1366x768/with-editor.png"));
        int shared = tools.getSize().y;
        assertTrue(shared < alone * 8 / 10, "the editor takes part of the tools' height: " + shared + " of " + alone);
        assertTrue(shared > alone / 2, "the tools keep most of the height: " + shared + " of " + alone);
        page.closeEditor(editor, false);
        Screenshots.settle(shell.getDisplay(), 300);
        assertFalse(page.isEditorAreaVisible(), "the last editor closed: the editor area is hidden again");
        assertEquals(alone, tools.getSize().y);
        shell.setMaximized(true);
        Files.delete(model.toPath());
    }

    /** The outermost tab folders below {@code c} (a tool's own tabs, not those nested in a tab). */
    private static List<Control> tabFolders(Composite c) {
        List<Control> out = new ArrayList<>();
        for (Control child : c.getChildren()) {
            if (child instanceof CTabFolder || child instanceof TabFolder) {
                out.add(child);
            } else if (child instanceof Composite k) {
                out.addAll(tabFolders(k));
            }
        }
        return out;
    }

    private static String select(Control folder, int i) {
        Event e = new Event();
        String text;
        if (folder instanceof CTabFolder c) {
            c.setSelection(i);
            e.item = c.getItem(i);
            text = c.getItem(i).getText();
        } else {
            TabFolder t = (TabFolder) folder;
            t.setSelection(i);
            e.item = t.getItem(i);
            text = t.getItem(i).getText();
        }
        folder.notifyListeners(SWT.Selection, e);
        return text;
    }
}
