package nnwb.filter.ui.internal;

import java.nio.file.Path;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import nnwb.compute.NetworkTraining;
import nnwb.compute.TensorOperations;
import nnwb.contracts.KernelSet;
import nnwb.contracts.Topics;
import nnwb.core.assignment.Preset;
import nnwb.core.filter.op.FilterMode;
import nnwb.ui.parts.ToolPart;

/**
 * The Filter canvas view, an e4 part: builds the {@link FilterCanvas} over the injected compute-service roles and
 * takes kernels and models other tools send on {@link Topics}; its Open… buttons are commands ({@link FilterCommands}).
 */
public class FilterCanvasPart extends ToolPart {

    /** The view's id. */
    public static final String ID = "nnwb.filter.ui.canvas";

    @Inject
    @Optional
    @Service
    private volatile TensorOperations tensors;

    @Inject
    @Optional
    @Service
    private volatile NetworkTraining training;

    private FilterCanvas canvas;

    /**
     * {@inheritDoc} Below this the part scrolls: the kernel column (editor, frequency response) beside tabs whose rows
     * of settings are about 820 px wide; 1120 px is what the Coursework perspective gives a tool at 1366x768 (issue
     * 24), so the part scrolls only vertically there.
     */
    @Override
    protected Point minimumSize() {
        return new Point(1120, 820);
    }

    @Override
    protected Control createControl(Composite parent) {
        canvas = new FilterCanvas(parent, new Backend(() -> tensors, () -> training), this::execute);
        canvas.control().setData(FilterCanvasPart.class.getName(), this);
        canvas.model().addListener((kernel, painting) -> {
            if (!painting) {
                stateChanged();
            }
        });
        canvas.tabs().addListener(SWT.Selection, e -> stateChanged());
        return canvas.control();
    }

    /** The kernel, where it came from and the selected tab ({@link FilterState}). */
    @Override
    protected String saveState() {
        return new FilterState(canvas.model().kernel(), canvas.model().source(),
                Math.max(0, canvas.tabs().getSelectionIndex())).format();
    }

    @Override
    protected void restoreState(String text) {
        FilterState state = FilterState.parse(text);
        canvas.model().edit(state.kernel(), state.source());
        canvas.showTab(Math.min(state.tab(), canvas.tabs().getItemCount() - 1));
    }

    @Override
    protected void created() {
        provide(ImageTab.class, canvas.image());
        provide(LearnedTab.class, canvas.learned());
        handle(FilterCommands.OPEN_IMAGE, new OpenImageHandler());
        handle(FilterCommands.OPEN_MODEL, new OpenLearnedHandler(false));
        handle(FilterCommands.OPEN_RUN, new OpenLearnedHandler(true));
    }

    /** Kernels sent by another tool: shown in the Learned filters tab. */
    @Inject
    @Optional
    public void openKernels(@UIEventTopic(Topics.FILTER_OPEN_KERNELS) Object data) {
        if (canvas == null || canvas.control().isDisposed()) {
            return;
        }
        try {
            canvas.learned().show(KernelSet.from(data));
            canvas.showTab(4);
        } catch (IllegalArgumentException e) {
            Widgets.status(canvas.learned().status(), "kernels from another tool: " + e.getMessage(), true);
        }
    }

    /**
     * An assignment opened a preset for the canvas (topic {@link Topics#PRESET_OPENED}, data a {@link Preset}): its
     * kernel, input, operation, padding and stride ({@link CanvasPreset}) are set in the Image tab, which comes to the
     * front; a preset that does not read is said in the tab's status line.
     */
    @Inject
    @Optional
    public void presetOpened(@UIEventTopic(Topics.PRESET_OPENED) Preset preset) {
        if (canvas == null || canvas.control().isDisposed() || preset == null || !Preset.FILTER_CANVAS.equals(preset.tool())) {
            return;
        }
        canvas.showTab(0);
        ImageTab tab = canvas.image();
        try {
            apply(CanvasPreset.of(preset.parameters()), tab);
        } catch (IllegalArgumentException e) {
            Widgets.status(tab.status(), "The assignment's preset cannot be shown: " + e.getMessage(), true);
        }
    }

    private void apply(CanvasPreset p, ImageTab tab) {
        if (!p.image().isEmpty()) {
            tab.chooseInput(p.image());
        }
        org.eclipse.swt.widgets.Button op = p.mode() == FilterMode.CONVOLUTION ? tab.convolutionButton() : tab.correlationButton();
        tab.convolutionButton().setSelection(op == tab.convolutionButton());
        tab.correlationButton().setSelection(op == tab.correlationButton());
        op.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        tab.sameCheck().setSelection(p.same());
        tab.padModeCombo().select(p.padMode().ordinal());
        spin(tab.strideSpinner(), p.stride());
        spin(tab.dilationSpinner(), p.dilation());
        spin(tab.padSpinner(), p.padding());
        if (p.kernel() != null) {
            canvas.model().edit(p.kernel(), "assignment preset"); // filters again with everything above
        }
    }

    private static void spin(org.eclipse.swt.widgets.Spinner s, int value) {
        s.setSelection(value);
        s.notifyListeners(SWT.Modify, new org.eclipse.swt.widgets.Event());
    }

    /** A model another tool names: opened in the Learned filters tab. */
    @Inject
    @Optional
    public void openModel(@UIEventTopic(Topics.FILTER_OPEN_MODEL) Object data) {
        if (canvas == null || canvas.control().isDisposed() || data == null) {
            return;
        }
        canvas.learned().open(data instanceof Path p ? p : Path.of(data.toString()));
        canvas.showTab(4);
    }

    public FilterCanvas canvas() {
        return canvas;
    }

    @Focus
    @Override
    public void focus() {
        canvas.kernel().editor().control().setFocus();
    }
}
