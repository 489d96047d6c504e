package nnwb.help.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

import nnwb.help.internal.HelpView;
import nnwb.help.internal.ToolHelpHandler;
import nnwb.test.harness.Screenshots;

/** Help > User Guide, a tool's Help and F1 show the guide's page in the Help view's browser. */
class HelpViewTest {

    private static HelpView helpView() {
        HelpView view = (HelpView) Workbench.page().findView(HelpView.ID);
        assertNotNull(view, "the Help view is open");
        return view;
    }

    /** What the browser answers to {@code script} once the page has loaded (up to 20 s). */
    private static Object evaluateWhenLoaded(Browser browser, String script, Object expected) {
        Display display = browser.getDisplay();
        long until = System.currentTimeMillis() + 20_000;
        Object value = null;
        while (System.currentTimeMillis() < until) {
            Screenshots.settle(display, 200);
            value = browser.evaluate(script);
            if (expected.equals(value)) {
                break;
            }
        }
        return value;
    }

    @Test
    void f1IsBoundToTheActiveToolsHelp() {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        Binding f1 = bindings.getPerfectMatch(KeySequence.getInstance(org.eclipse.jface.bindings.keys.KeyStroke.getInstance(
                0, SWT.F1)));
        assertNotNull(f1, "F1 is bound");
        assertEquals("nnwb.help.toolHelp", f1.getParameterizedCommand().getId());
    }

    @Test
    void theHelpMenuOffersTheGuideTheToolsHelpAndTheCheatSheets() {
        Menu bar = Workbench.window().getShell().getMenuBar();
        MenuItem help = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Help"))
                .findFirst().orElseThrow();
        help.getMenu().notifyListeners(SWT.Show, new Event());
        List<String> items = Arrays.stream(help.getMenu().getItems()).map(i -> i.getText().replace("&", "").split("\t")[0])
                .toList();
        help.getMenu().notifyListeners(SWT.Hide, new Event());
        assertTrue(items.containsAll(List.of("User Guide", "Help on This Tool", "Cheat Sheets...")), "Help menu: " + items);
        ICommandService commands = Workbench.window().getService(ICommandService.class);
        for (String id : List.of("org.eclipse.ui.help.helpContents", "nnwb.help.toolHelp", "org.eclipse.ui.cheatsheets.openCheatSheet")) {
            assertTrue(commands.getCommand(id).isHandled(), id + " has a handler");
        }
    }

    @Test
    void aToolsHelpShowsItsPageWithItsScreenshotsInTheBrowser() throws Exception {
        Workbench.execute("nnwb.help.toolHelp", Map.of(ToolHelpHandler.PART_ID, "nnwb.filter.ui.canvas"));
        HelpView view = helpView();
        assertEquals("/nnwb.help/html/filter-canvas.html", view.shown());
        Browser browser = view.browser();
        assertNotNull(browser, "the browser component starts (WebKitGTK)");
        Object title = evaluateWhenLoaded(browser, "return document.title;", "Filter canvas");
        Object images = evaluateWhenLoaded(browser,
                "return document.images.length >= 4 && Array.from(document.images).every(i => i.complete && i.naturalWidth > 0);",
                Boolean.TRUE);
        Screenshots.save(Workbench.window().getShell(), new File("target/screenshots/help-filter-canvas.png"));
        assertEquals("Filter canvas", title, "the page's title, at " + browser.getUrl());
        assertEquals(Boolean.TRUE, images, "the page's screenshots load");
    }

    @Test
    void f1InAToolShowsThatToolsPage() throws Exception {
        Workbench.page().showView("nnwb.conv.ui.calculator");
        Workbench.execute("nnwb.help.toolHelp", Map.of());
        assertEquals("/nnwb.help/html/conv-arithmetic.html", helpView().shown());
    }

    @Test
    void helpContentsShowsTheGuidesFirstPage() throws Exception {
        Workbench.execute("org.eclipse.ui.help.helpContents", Map.of());
        assertEquals("/nnwb.help/html/index.html", helpView().shown());
        Browser browser = helpView().browser();
        assertEquals("NN Workbench user guide",
                evaluateWhenLoaded(browser, "return document.title;", "NN Workbench user guide"));
    }
}
