package nnwb.help.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/** The real workbench's window, its commands and its controls, for the help tests. */
final class Workbench {

    private Workbench() {
    }

    static IWorkbenchWindow window() {
        IWorkbenchWindow w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        assertNotNull(w.getActivePage(), "the workbench window has a page");
        return w;
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
    }

    /** Runs command {@code id} with {@code parameters} as a menu item or a key would. */
    static void execute(String id, Map<String, String> parameters) throws Exception {
        ICommandService commands = window().getService(ICommandService.class);
        ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(id), parameters);
        window().getService(IHandlerService.class).executeCommand(command, null);
    }

    /** Every control of {@code type} below {@code c}. */
    static <T> List<T> find(Composite c, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : c.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite k) {
                found.addAll(find(k, type));
            }
        }
        return found;
    }
}
