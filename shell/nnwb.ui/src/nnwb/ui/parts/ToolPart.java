package nnwb.ui.parts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.PersistState;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * A tool's e4 part: {@code @PostConstruct} gives it a view menu and builds its control through {@link #createControl},
 * {@code @Focus} focuses it, {@code @PreDestroy} calls {@link #disposed}. A tool's file actions are commands: the part activates their
 * e4 handlers in its own context ({@link #handle}), puts what they act on there ({@link #provide}), and a button
 * on the view runs one through the handler service ({@link #execute}), as the view menu does.
 * <p>
 * A tool's settings survive a restart in the e4 model: {@link #saveState} gives them as text, kept in the part's
 * {@link MPart#getPersistedState() persisted state} under {@link #STATE_KEY} (saved with the workbench model,
 * {@code workbench.xmi}), and {@link #restoreState} reads them back when the part is built. The compatibility layer
 * saves the model before it calls the parts' {@code @PersistState} methods on shutdown, so a tool calls
 * {@link #stateChanged} whenever its settings change, and {@code @PersistState} writes them once more.
 */
public abstract class ToolPart {

    /** The tag of a part's view menu, where {@code menu:<view id>} contributions go (as the compatibility layer's views). */
    public static final String VIEW_MENU = "ViewMenu";

    @Inject
    private IEclipseContext context;
    @Inject
    private MPart part;
    @Inject
    private EHandlerService handlers;
    @Inject
    private ECommandService commands;
    private Control control;
    private boolean restoring;

    /** The key of a tool's settings in its part's persisted state. */
    public static final String STATE_KEY = "nnwb.state";

    /** Builds the part's control (injected fields are set by now); its handlers are injected with its {@link Shell}. */
    @PostConstruct
    public final void create(Composite parent) {
        context.set(Shell.class, parent.getShell());
        addViewMenu();
        Point min = minimumSize();
        control = createControl(min == null ? parent : scrolled(parent, min));
        restore(part.getPersistedState().get(STATE_KEY));
        created();
    }

    private void restore(String saved) {
        restoring = true;
        try {
            SavedState.restore(part.getElementId(), saved, this::restoreState);
        } finally {
            restoring = false;
        }
    }

    /** The tool's settings as text for the next start ({@code null}: nothing to keep). Nothing by default. */
    protected String saveState() {
        return null;
    }

    /**
     * Restores settings {@link #saveState} wrote (bounded by {@link SavedState#MAX_CHARS}); throws a
     * {@link RuntimeException} on text it cannot read, before changing anything, and the text is then ignored with
     * a log line. Nothing by default.
     */
    protected void restoreState(String text) {
    }

    /** The tool's settings changed: keeps them in the part's persisted state at once (not while restoring them). */
    protected final void stateChanged() {
        if (!restoring) {
            persist();
        }
    }

    /** Writes {@link #saveState} into the part's persisted state (the platform calls it when the part closes). */
    @PersistState
    public final void persist() {
        if (control == null || control.isDisposed()) {
            return;
        }
        try {
            String text = saveState();
            if (text == null) {
                part.getPersistedState().remove(STATE_KEY);
            } else {
                part.getPersistedState().put(STATE_KEY, text);
            }
        } catch (RuntimeException e) {
            ILog.of(getClass()).warn("nnwb: state of " + part.getElementId() + " not saved: " + e.getMessage());
        }
    }

    /**
     * Gives the part a view menu named by its id, as the compatibility layer gives a 3.x view: the e4 views
     * ({@code <e4view>}) get none, and without it their {@code menu:<view id>} contributions are not shown.
     */
    private void addViewMenu() {
        if (part.getMenus().stream().noneMatch(m -> m.getTags().contains(VIEW_MENU))) {
            MMenu menu = MMenuFactory.INSTANCE.createMenu();
            menu.setElementId(part.getElementId());
            menu.getTags().add(VIEW_MENU);
            part.getMenus().add(menu);
        }
    }

    /**
     * The smallest size at which the tool's charts and forms stay readable, or {@code null} (the default) to take
     * whatever the part gets. Below it the part scrolls instead of squeezing the tool (issue 24: the default layout at
     * 1366x768).
     */
    protected Point minimumSize() {
        return null;
    }

    /** A scrolled composite filling {@code parent} whose content fills it down to {@code min} and scrolls below that. */
    private static Composite scrolled(Composite parent, Point min) {
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        Composite content = new Composite(scroll, SWT.NONE);
        content.setLayout(new FillLayout());
        scroll.setContent(content);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(min);
        return content;
    }

    /** The part's control, built on {@code parent}. */
    protected abstract Control createControl(Composite parent);

    /** After the control is built (handlers activated, pending work taken): nothing by default. */
    protected void created() {
    }

    /** The part is closing: stop jobs, release what the control does not own. Nothing by default. */
    protected void disposed() {
    }

    /** Activates {@code handler} (an e4 POJO with {@code @Execute}) for {@code commandId} while this part is open. */
    protected final void handle(String commandId, Object handler) {
        handlers.activateHandler(commandId, handler);
    }

    /** Puts {@code value} in the part's context, where its handlers are injected with it. */
    protected final <T> void provide(Class<T> type, T value) {
        context.set(type, value);
    }

    /** Runs command {@code commandId} through the handler service, in this part's context. */
    public final void execute(String commandId) {
        handlers.executeHandler(commands.createCommand(commandId, null));
    }

    /** The control {@link #createControl} built. */
    public final Control control() {
        return control;
    }

    @Focus
    public void focus() {
        if (control != null && !control.isDisposed()) {
            control.setFocus();
        }
    }

    @PreDestroy
    public final void destroy() {
        disposed();
    }
}
