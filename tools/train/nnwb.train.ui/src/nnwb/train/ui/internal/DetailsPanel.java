package nnwb.train.ui.internal;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import nnwb.contracts.KernelSet;

/**
 * Confusion matrix, first-layer kernels (with a button that opens them in the filter canvas through the event
 * topic {@link nnwb.contracts.Topics#FILTER_OPEN_KERNELS}) and colourisation samples of the run in the monitor.
 */
public final class DetailsPanel {

    private final SashForm root;
    private final ConfusionCanvas confusion;
    private final KernelCanvas kernels;
    private final ColourCanvas colours;
    private final Button openKernels;

    /** {@code openInFilterCanvas} posts the event data, a {@link KernelSet}. */
    DetailsPanel(Composite parent, Consumer<KernelSet> openInFilterCanvas) {
        root = new SashForm(parent, SWT.HORIZONTAL);
        confusion = new ConfusionCanvas(root);
        Composite middle = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(middle);
        kernels = new KernelCanvas(middle);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(kernels.control());
        openKernels = new Button(middle, SWT.PUSH);
        openKernels.setText("Open in filter canvas");
        openKernels.setEnabled(false);
        openKernels.addListener(SWT.Selection, e -> {
            var k = kernels.kernels();
            if (k != null) {
                openInFilterCanvas.accept(event(k));
            }
        });
        colours = new ColourCanvas(root);
        root.setWeights(35, 35, 30);
    }

    /** The event data for the filter canvas ({@link nnwb.contracts.Topics#FILTER_OPEN_KERNELS}). */
    public static KernelSet event(nnwb.compute.train.LayerKernels k) {
        return new KernelSet("Training runner: " + k.title(), k.kernels());
    }

    public Control control() {
        return root;
    }

    public void update(MonitorModel.State s) {
        var e = s.lastEpoch();
        confusion.show(e == null ? null : e.confusion(), s.classNames(), e == null ? "Confusion matrix (validation)"
                : "Confusion matrix, validation, after epoch " + e.epoch());
        kernels.show(s.kernels());
        openKernels.setEnabled(s.kernels() != null);
        colours.show(s.samples(), s.palette());
    }

    public ConfusionCanvas confusion() {
        return confusion;
    }

    public KernelCanvas kernels() {
        return kernels;
    }

    public ColourCanvas colours() {
        return colours;
    }

    public Button openKernelsButton() {
        return openKernels;
    }
}
