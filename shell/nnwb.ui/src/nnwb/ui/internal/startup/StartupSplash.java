package nnwb.ui.internal.startup;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;

/**
 * The small window drawn as soon as the workbench's display exists, before the platform loads the workbench model,
 * the perspective and the tools (in place of the image that the JVM draws before, {@link JvmSplash}): the product's name, a status line saying what is loading now and a bar of the
 * start-up's steps. It goes when the workbench window has drawn its parts. Each {@link #status} is also a
 * {@link StartupReport} mark.
 */
public final class StartupSplash {

    /**
     * The start-up window's title (what window lists show). It does not start with the workbench window's
     * "NN Workbench", which scripts look for (releng/smoke).
     */
    public static final String TITLE = "Starting NN Workbench";
    /** The start-up's steps that say something, for the bar: display, workspace, tools, perspective, views. */
    static final int STEPS = 5;
    private static final long PAINT_WAIT_MS = 1000;
    private static final long STATUS_WAIT_MS = 250;
    /** The size of the start script's {@code splash.png}, which the JVM draws at the same place before. */
    private static final int WIDTH = 520;
    private static final int HEIGHT = 150;

    private static StartupSplash current;

    private final Shell shell;
    private final Label status;
    private final ProgressBar bar;
    private final Font titleFont;
    private boolean painted;

    private StartupSplash(Display display, String first) {
        shell = new Shell(display, SWT.NO_TRIM | SWT.ON_TOP);
        shell.setText(TITLE);
        shell.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        shell.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 24;
        layout.marginHeight = 20;
        layout.verticalSpacing = 10;
        shell.setLayout(layout);
        Label title = new Label(shell, SWT.NONE);
        title.setText("NN Workbench");
        FontData fd = display.getSystemFont().getFontData()[0];
        titleFont = new Font(display, fd.getName(), Math.round(fd.getHeight() * 1.8f), SWT.BOLD);
        title.setFont(titleFont);
        title.setForeground(display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        status = new Label(shell, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setForeground(display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        status.setText(first);
        bar = new ProgressBar(shell, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(STEPS);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        shell.addPaintListener(e -> {
            Rectangle r = shell.getClientArea();
            e.gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            e.gc.drawRectangle(r.x, r.y, r.width - 1, r.height - 1);
            painted = true;
        });
        status.addPaintListener(e -> painted = true);
        shell.addDisposeListener(e -> titleFont.dispose());
        Rectangle screen = display.getPrimaryMonitor().getBounds();
        int w = WIDTH;
        int h = Math.max(HEIGHT, shell.computeSize(w, SWT.DEFAULT).y);
        shell.setBounds(screen.x + (screen.width - w) / 2, screen.y + (screen.height - h) / 2, w, h);
    }

    /**
     * Opens the start-up window with {@code first} as its status and runs the event loop until it is drawn (one
     * second at most), before anything else of the workbench loads. Marks {@link StartupReport#FIRST_PAINT}.
     */
    public static StartupSplash open(Display display, String first) {
        dispose();
        StartupSplash s = new StartupSplash(display, first);
        current = s;
        s.shell.open();
        s.waitForPaint(PAINT_WAIT_MS);
        StartupReport.mark(StartupReport.FIRST_PAINT);
        JvmSplash.close();
        return s;
    }

    /**
     * Runs the event loop until the window has drawn itself again, {@code millis} at most: during start-up nothing
     * else does (GTK 3 draws only from its main loop). The platform's own splash is kept up to date the same way.
     */
    private void waitForPaint(long millis) {
        Display display = shell.getDisplay();
        long until = System.currentTimeMillis() + millis;
        while (!painted && System.currentTimeMillis() < until && !shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.timerExec(5, () -> { });
                display.sleep();
            }
        }
    }

    /**
     * Says what loads now: the status line and the next step of the bar are drawn before this returns (the event
     * loop runs until they are, {@value #STATUS_WAIT_MS} ms at most). Without an open start-up window only the mark
     * is recorded.
     */
    public static void status(String text) {
        StartupReport.mark("status: " + text);
        StartupSplash s = current;
        if (s == null || s.shell.isDisposed()) {
            return;
        }
        s.status.setText(text);
        s.bar.setSelection(Math.min(STEPS, s.bar.getSelection() + 1));
        s.shell.layout(true);
        s.painted = false;
        s.status.redraw();
        s.waitForPaint(STATUS_WAIT_MS);
    }

    /** Closes the start-up window if it is open (and the JVM's splash image, if it still shows). */
    public static void close() {
        JvmSplash.close();
        dispose();
    }

    private static void dispose() {
        StartupSplash s = current;
        current = null;
        if (s != null && !s.shell.isDisposed()) {
            s.shell.dispose();
        }
    }

    /** The open start-up window, or {@code null}. */
    public static StartupSplash current() {
        return current;
    }

    /** Its shell (tests take a screenshot of it). */
    public Shell shell() {
        return shell;
    }

    /** The status line it shows now. */
    public String statusText() {
        return status.getText();
    }

    /** The step of the bar it shows now (0 to {@value #STEPS}). */
    public int step() {
        return bar.getSelection();
    }

    /** Whether it has been drawn at least once. */
    public boolean painted() {
        return painted;
    }
}
