package nnwb.help.internal;

import java.io.IOException;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * The Help view: the tables of contents on the left, the chosen page on the right in the system's web browser
 * (WebKitGTK on Linux). Without a browser component the page's place says what to install.
 */
public class HelpView extends ViewPart {

    public static final String ID = "nnwb.help.view";

    private TreeViewer toc;
    private Composite page;
    private Browser browser;
    private Text message;
    private String shown;

    /** Opens (or brings up) the Help view in the active window. */
    public static HelpView open() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        IWorkbenchPage active = window.getActivePage();
        try {
            return (HelpView) active.showView(ID);
        } catch (PartInitException e) {
            throw new IllegalStateException("the Help view does not open: " + e.getMessage(), e);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        toc = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        toc.setContentProvider(new TocTree.Content());
        toc.setLabelProvider(new TocTree.Labels());
        toc.setAutoExpandLevel(2);
        toc.setInput(HelpSystem.getTocs());
        toc.addSelectionChangedListener(e -> {
            String href = TocTree.href(((IStructuredSelection) e.getSelection()).getFirstElement());
            if (href != null && !href.equals(shown)) {
                show(href);
            }
        });
        page = new Composite(sash, SWT.NONE);
        page.setLayout(new StackLayout());
        message = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
        try {
            browser = new Browser(page, SWT.NONE);
            ((StackLayout) page.getLayout()).topControl = browser;
        } catch (SWTError e) {
            browser = null;
            say("The help pages need a web browser component, which did not start: " + e.getMessage()
                    + "\nOn Debian or Ubuntu: apt-get install libwebkit2gtk-4.1-0");
        }
        sash.setWeights(22, 78);
        addActions();
        if (shown == null) {
            showHome();
        }
    }

    private void addActions() {
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        bar.add(new Action("Contents") {
            @Override
            public void run() {
                showHome();
            }
        });
        bar.add(new Action("Back") {
            @Override
            public void run() {
                if (browser != null) {
                    browser.back();
                }
            }
        });
    }

    /** Shows the first table of contents' own page (the guide's start). */
    public void showHome() {
        IToc[] tocs = HelpSystem.getTocs();
        for (IToc t : tocs) {
            ITopic start = t.getTopic(null);
            if (start != null && start.getHref() != null) {
                show(start.getHref());
                return;
            }
        }
        say("No help is installed.");
    }

    /** Shows the page {@code href} ({@code /bundle/path}, as the help system writes it). */
    public void show(String href) {
        shown = href;
        Object element = TocTree.find(HelpSystem.getTocs(), href, (TocTree.Content) toc.getContentProvider());
        toc.setSelection(element == null ? StructuredSelection.EMPTY : new StructuredSelection(element), true);
        try {
            String url = TopicUrls.url(href);
            if (browser != null) {
                ((StackLayout) page.getLayout()).topControl = browser;
                page.layout();
                browser.setUrl(url);
            }
        } catch (IOException e) {
            say("This help page is missing: " + e.getMessage());
        }
    }

    private void say(String text) {
        message.setText(text);
        ((StackLayout) page.getLayout()).topControl = message;
        page.layout();
    }

    /** The href last shown. */
    public String shown() {
        return shown;
    }

    /** The browser showing the pages, or null where none could start. */
    public Browser browser() {
        return browser;
    }

    /** The tree of the tables of contents. */
    public TreeViewer toc() {
        return toc;
    }

    @Override
    public void setFocus() {
        toc.getControl().setFocus();
    }
}
