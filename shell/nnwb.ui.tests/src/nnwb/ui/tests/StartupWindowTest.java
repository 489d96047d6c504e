package nnwb.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import nnwb.test.harness.Screenshots;
import nnwb.ui.internal.startup.StartupReport;
import nnwb.ui.internal.startup.StartupReport.Mark;
import nnwb.ui.internal.startup.StartupSplash;

/**
 * Issue 24 item 7: the workbench this test runs in was started by the product's application, so its start-up left
 * its marks: the start-up window was drawn before the workbench window opened, said what was loading, and is gone;
 * every part of the first window has content or a loading line and the window is not black. Screenshots of the
 * start-up window and of the window go to {@code target/screenshots/startup/}.
 */
class StartupWindowTest {

    private static final String FOLDER = "target/screenshots/startup/";

    @Test
    void theStartupWindowWasDrawnFirstSaidWhatWasLoadingAndIsGone() {
        Mark first = StartupReport.find(StartupReport.FIRST_PAINT);
        Mark open = StartupReport.find("window_open");
        Mark painted = StartupReport.find(StartupReport.WINDOW_PAINTED);
        Mark ready = StartupReport.find(StartupReport.WINDOW_READY);
        assertNotNull(first, "the start-up window was drawn: " + StartupReport.marks());
        assertNotNull(open, "the workbench window opened: " + StartupReport.marks());
        assertNotNull(painted, "the start-up window was closed after the window was drawn: " + StartupReport.marks());
        assertNotNull(ready, "the event loop ran: " + StartupReport.marks());
        List<String> order = StartupReport.marks().stream().map(Mark::name).toList();
        assertTrue(order.indexOf("display") < order.indexOf(StartupReport.FIRST_PAINT), order.toString());
        String[] said = {"status: Opening the workspace ...", "status: Loading the tools ...",
                "status: Opening the Coursework perspective and its tools ...", "status: Drawing the window ..."};
        int last = order.indexOf(StartupReport.FIRST_PAINT);
        for (String s : said) {
            int at = order.indexOf(s);
            assertTrue(at > last, s + " after what came before it: " + order);
            last = at;
        }
        assertTrue(last < order.indexOf("window_open"), order.toString());
        assertTrue(order.indexOf("window_open") < order.indexOf(StartupReport.WINDOW_PAINTED), order.toString());
        assertTrue(order.indexOf(StartupReport.WINDOW_PAINTED) < order.indexOf(StartupReport.WINDOW_READY), order.toString());
        assertTrue(first.epochMillis() <= open.epochMillis());
        assertNull(StartupSplash.current(), "the start-up window is gone");
        Display display = PlatformUI.getWorkbench().getDisplay();
        for (Shell s : display.getShells()) {
            assertFalse(StartupSplash.TITLE.equals(s.getText()) && s.isVisible(), "a start-up window still shows");
        }
    }

    @Test
    void theStartupWindowSaysWhatLoadsAndStepsOn() {
        Display display = PlatformUI.getWorkbench().getDisplay();
        StartupSplash splash = StartupSplash.open(display, "Starting the workbench ...");
        try {
            assertTrue(splash.painted(), "drawn before open returns");
            assertTrue(splash.shell().isVisible());
            assertEquals("Starting the workbench ...", splash.statusText());
            assertEquals(0, splash.step());
            StartupSplash.status("Opening the Coursework perspective and its tools ...");
            assertTrue(splash.painted(), "the new status is drawn before status returns");
            StartupSplash.status("Drawing the window ...");
            assertTrue(splash.painted(), "the new status is drawn before status returns");
            assertEquals("Drawing the window ...", splash.statusText());
            assertEquals(2, splash.step());
            File png = Screenshots.save(splash.shell(), new File(FOLDER + "startup-window.png"));
            assertTrue(darkShare(png) < 0.05, "the start-up window is not black");
        } finally {
            StartupSplash.close();
        }
        assertTrue(splash.shell().isDisposed());
        assertNull(StartupSplash.current());
    }

    @Test
    void everyVisiblePartOfTheFirstWindowHasContentAndTheWindowIsNotBlack() {
        IWorkbenchWindow w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        IWorkbenchPage page = w.getActivePage();
        assertNotNull(page);
        Screenshots.settle(w.getShell().getDisplay(), 300);
        EModelService models = w.getService(EModelService.class);
        MWindow mWindow = w.getService(MWindow.class);
        List<String> empty = new ArrayList<>();
        List<String> visible = new ArrayList<>();
        for (IViewReference ref : page.getViewReferences()) {
            IWorkbenchPart part = ref.getPart(false);
            if (part == null || !page.isPartVisible(part)) {
                continue;
            }
            visible.add(ref.getId());
            MUIElement found = models.find(ref.getId(), mWindow);
            MUIElement model = found instanceof MPlaceholder p ? p.getRef() : found;
            Composite root = model == null ? null : (Composite) model.getWidget();
            if (root == null || !hasContent(root)) {
                empty.add(ref.getId());
            }
        }
        assertFalse(visible.isEmpty(), "the first window shows parts");
        assertEquals(List.of(), empty, "parts that show nothing");
        File png = Screenshots.save(w.getShell(), new File(FOLDER + "first-window.png"));
        assertTrue(darkShare(png) < 0.10, "the window is not black: " + darkShare(png));
    }

    /** Whether a visible control with an area lies below {@code c}, other than empty composites. */
    private static boolean hasContent(Composite c) {
        for (Control child : c.getChildren()) {
            if (!child.isVisible() || child.getSize().x == 0 || child.getSize().y == 0) {
                continue;
            }
            if (!(child instanceof Composite k) || k.getChildren().length == 0 && !k.getClass().equals(Composite.class)
                    || hasContent(k)) {
                return true;
            }
        }
        return false;
    }

    /** The share of nearly black pixels in a PNG. */
    private static double darkShare(File png) {
        ImageData data = new ImageData(png.getPath());
        long dark = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                RGB c = data.palette.getRGB(data.getPixel(x, y));
                if (c.red < 24 && c.green < 24 && c.blue < 24) {
                    dark++;
                }
            }
        }
        return dark / (double) (data.width * (long) data.height);
    }
}
