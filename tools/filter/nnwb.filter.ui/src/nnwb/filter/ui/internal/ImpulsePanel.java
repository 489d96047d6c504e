package nnwb.filter.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nnwb.compute.TensorOperations;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.ImpulseTest;
import nnwb.filter.ComputeFilter;

/**
 * The Image tab's side column: the kernel that slides (with the flip animation) and the one-click impulse test, which
 * filters a single 1 on the compute service and says which operation runs. A result of another kernel or operation
 * is cleared, so what is shown always belongs to the kernel on the left.
 */
public final class ImpulsePanel {

    private static final String HINT = "Impulse test: filters a single 1; the output shows which operation runs.";

    private final Composite root;
    private final SlidingKernelView sliding;
    private final MatrixView output;
    private final Label verdict;
    private final LatestJob job;
    private ImpulseTest last;
    private Kernel lastKernel;
    private FilterMode lastMode;

    ImpulsePanel(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(Widgets.grid(1, 0));
        sliding = new SlidingKernelView(root);
        Widgets.fill(sliding.control(), true, true, 1);
        output = new MatrixView(root, "impulse test output");
        Widgets.fill(output.control(), true, true, 1);
        verdict = new Label(root, SWT.WRAP);
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
        d.widthHint = 290;
        verdict.setLayoutData(d);
        verdict.setText(HINT);
        job = new LatestJob("Impulse test", root);
    }

    public Composite control() {
        return root;
    }

    public SlidingKernelView sliding() {
        return sliding;
    }

    public LatestJob job() {
        return job;
    }

    public ImpulseTest last() {
        return last;
    }

    /** The kernel and operation now: the sliding view follows, an impulse result of others is cleared. */
    void follow(Kernel k, FilterMode mode) {
        sliding.show(k, mode);
        if (last != null && (!k.equals(lastKernel) || mode != lastMode)) {
            last = null;
            output.show(null);
            output.caption("impulse test output");
            verdict.setText(HINT);
        }
    }

    /** Runs the impulse test for {@code k} and {@code mode} in a job (the engine when the service is absent). */
    void run(Kernel k, FilterMode mode, TensorOperations tensors) {
        verdict.setText("running the impulse test ...");
        job.submit(m -> tensors == null ? ImpulseTest.run(k, mode) : new ComputeFilter(tensors).impulseTest(k, mode), t -> {
            last = t;
            lastKernel = k;
            lastMode = mode;
            output.show(t.output());
            output.caption("impulse test output (" + t.output().rows() + " x " + t.output().cols() + ")");
            verdict.setText("A single 1 through " + (mode == FilterMode.CONVOLUTION ? "true convolution" : "correlation")
                    + (tensors == null ? " (engine)" : " (compute service)") + ": " + t.message() + ".");
            root.layout(true);
        }, p -> verdict.setText(p));
    }
}
