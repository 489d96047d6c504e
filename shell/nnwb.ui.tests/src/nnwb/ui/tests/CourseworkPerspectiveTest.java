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

import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.views.IViewDescriptor;
import org.eclipse.ui.views.IViewRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import java.io.File;

import nnwb.cli.Cli;
import nnwb.cli.internal.CommandWhiteboard;
import nnwb.compute.BackendInformation;
import nnwb.ui.Coursework;
import nnwb.test.harness.Screenshots;
import nnwb.ui.internal.about.AboutDialog;
import nnwb.ui.internal.about.AboutHandler;
import nnwb.ui.internal.views.CourseworkPart;

/** Runs inside the real workbench (UI harness, product application) on the UI thread. */
class CourseworkPerspectiveTest {

    private static final String SAMPLE_TOOL = "nnwb.sample.tool.view";

    private static IWorkbenchWindow window() {
        IWorkbenchWindow w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        assertNotNull(w.getActivePage(), "the workbench window has a page");
        return w;
    }

    @Test
    void windowOpensInCourseworkPerspective() {
        IWorkbenchPage page = window().getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(Coursework.PERSPECTIVE_ID));
        assertEquals(Coursework.PERSPECTIVE_ID, page.getPerspective().getId());
        assertEquals("NN Workbench", window().getShell().getText());
    }

    @Test
    void eachToolPlacesItselfThroughItsOwnPerspectiveExtension() {
        IWorkbenchWindow w = window();
        IWorkbenchPage page = w.getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(Coursework.PERSPECTIVE_ID));
        page.resetPerspective();
        EModelService models = w.getService(EModelService.class);
        MWindow mWindow = w.getService(MWindow.class);
        // the conv calculator (its own plugin.xml) and the test bundle's sample tool
        assertTrue(isInside(models.find("nnwb.conv.ui.calculator", mWindow), models.find(Coursework.Folder.BOTTOM.id(), mWindow)));
        assertTrue(isInside(models.find("nnwb.model.ui.summary", mWindow), models.find(Coursework.Folder.BOTTOM.id(), mWindow)));
        assertTrue(isInside(models.find(SAMPLE_TOOL, mWindow), models.find(Coursework.Folder.RIGHT.id(), mWindow)),
                "the test bundle's view sits where its own perspective extension put it");
        assertTrue(isInside(models.find(Coursework.OVERVIEW_VIEW_ID, mWindow), models.find(Coursework.Folder.LEFT.id(), mWindow)));
    }

    @Test
    void overviewListsEveryInstalledToolFromTheViewRegistry() throws Exception {
        IViewPart overview = window().getActivePage().findView(Coursework.OVERVIEW_VIEW_ID);
        assertNotNull(overview, "Coursework overview is open");
        List<Link> links = find(window().getShell(), Link.class).stream()
                .filter(l -> l.getData(CourseworkPart.VIEW_ID_KEY) != null).toList();
        List<String> ids = links.stream().map(l -> (String) l.getData(CourseworkPart.VIEW_ID_KEY)).toList();
        IViewRegistry registry = PlatformUI.getWorkbench().getViewRegistry();
        List<String> registered = java.util.Arrays.stream(registry.getCategories())
                .filter(c -> Coursework.VIEW_CATEGORY.equals(c.getId())).flatMap(c -> java.util.Arrays.stream(c.getViews()))
                .map(IViewDescriptor::getId).filter(id -> !id.equals(Coursework.OVERVIEW_VIEW_ID)).sorted().toList();
        assertEquals(registered, ids.stream().sorted().toList());
        assertTrue(ids.containsAll(List.of("nnwb.model.ui.summary", "nnwb.conv.ui.calculator", SAMPLE_TOOL)), ids.toString());
        for (Link link : links) {
            String id = (String) link.getData(CourseworkPart.VIEW_ID_KEY);
            assertTrue(link.getText().contains(registry.find(id).getLabel()), link.getText());
        }
        List<String> texts = find(window().getShell(), Label.class).stream().map(Label::getText).toList();
        assertTrue(texts.contains("Contributed by a test-only bundle alone."), "each entry shows its view's own description");
        Screenshots.save(window().getShell(), new File("target/screenshots/overview.png"));
    }

    @Test
    void anOverviewEntryOpensItsTool() {
        IWorkbenchPage page = window().getActivePage();
        IViewPart open = page.findView(SAMPLE_TOOL);
        if (open != null) {
            page.hideView(open);
        }
        Link link = find(window().getShell(), Link.class).stream()
                .filter(l -> SAMPLE_TOOL.equals(l.getData(CourseworkPart.VIEW_ID_KEY))).findFirst().orElseThrow();
        link.notifyListeners(SWT.Selection, new Event());
        assertNotNull(page.findView(SAMPLE_TOOL), "the link opened the sample tool");
    }

    @Test
    void aCommandFromATestOnlyBundleAppearsInHelp() throws Exception {
        BundleContext bc = FrameworkUtil.getBundle(CommandWhiteboard.class).getBundleContext();
        ServiceTracker<CommandWhiteboard, CommandWhiteboard> t = new ServiceTracker<>(bc, CommandWhiteboard.class, null);
        t.open();
        try {
            CommandWhiteboard board = t.waitForService(20_000);
            assertNotNull(board, "the CLI's command whiteboard runs in the workbench too");
            long until = System.currentTimeMillis() + 20_000;
            while (board.commands().stream().noneMatch(c -> c.name().equals("sample-hello"))
                    && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
            String help = new Cli(board.commands()).help();
            assertTrue(help.contains("sample-hello"), help);
            assertTrue(help.contains("a command contributed by a test-only bundle"), help);
            assertTrue(help.contains("analyze"), help);
        } finally {
            t.close();
        }
    }

    @Test
    void fileMenuOffersNewNetworkModelDirectlyAndSaveAs() {
        IWorkbenchPage page = window().getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(Coursework.PERSPECTIVE_ID));
        org.eclipse.swt.widgets.Menu bar = window().getShell().getMenuBar();
        org.eclipse.swt.widgets.MenuItem file = java.util.Arrays.stream(bar.getItems())
                .filter(i -> i.getText().replace("&", "").equals("File")).findFirst().orElseThrow();
        org.eclipse.swt.widgets.Menu fileMenu = file.getMenu();
        fileMenu.notifyListeners(SWT.Show, new Event());
        List<String> items = java.util.Arrays.stream(fileMenu.getItems()).map(i -> i.getText().replace("&", "")).toList();
        assertTrue(items.stream().anyMatch(t -> t.startsWith("Save As")), items.toString());
        org.eclipse.swt.widgets.MenuItem newItem = java.util.Arrays.stream(fileMenu.getItems())
                .filter(i -> i.getText().replace("&", "").startsWith("New")).findFirst().orElseThrow();
        org.eclipse.swt.widgets.Menu newMenu = newItem.getMenu();
        assertNotNull(newMenu, "File > New is a submenu");
        newMenu.notifyListeners(SWT.Show, new Event());
        List<String> news = java.util.Arrays.stream(newMenu.getItems()).map(i -> i.getText().replace("&", "")).toList();
        assertTrue(news.stream().anyMatch(t -> t.startsWith("Network model")), "File > New > Network model: " + news);
        fileMenu.notifyListeners(SWT.Hide, new Event());
    }

    @Test
    void aboutDialogShowsJavaEclipseAndInjectedComputeVersions() {
        IEclipseContext context = window().getService(IEclipseContext.class);
        InjectedBackend injected = ContextInjectionFactory.make(InjectedBackend.class, context);
        assertNotNull(injected.backend, "the compute service arrives by @Service injection");
        AboutDialog dialog = AboutHandler.dialog(window().getShell(), injected.backend);
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

    /** What a part or handler sees: the service injected, not looked up. */
    public static final class InjectedBackend {
        @Inject
        @Optional
        @Service
        BackendInformation backend;
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
