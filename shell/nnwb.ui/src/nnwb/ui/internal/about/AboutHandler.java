package nnwb.ui.internal.about;

import java.util.Map;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;

import nnwb.compute.BackendInformation;

/** Help &gt; About: the compute service's versions arrive by injection (read without starting the backend). */
public class AboutHandler {

    @Execute
    public void execute(Shell shell, @Optional @Service BackendInformation backend) {
        dialog(shell, backend).open();
    }

    /** The dialog over the service's versions, or without them when no compute service is installed. */
    public static AboutDialog dialog(Shell shell, BackendInformation backend) {
        Map<String, String> compute = backend == null ? Map.of() : backend.versions();
        return new AboutDialog(shell, compute);
    }
}
