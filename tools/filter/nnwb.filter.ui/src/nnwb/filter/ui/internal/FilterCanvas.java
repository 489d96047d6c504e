package nnwb.filter.ui.internal;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

/**
 * The canvas: the kernel editor and its frequency response on the left, and the tabs on the right (Image, 1D
 * signal, Equivariance, Gradients, Learned filters), all sharing one {@link KernelModel}.
 */
public final class FilterCanvas {

    private final SashForm root;
    private final KernelModel model = new KernelModel();
    private final KernelPanel kernel;
    private final FrequencyPanel frequency;
    private final TabFolder tabs;
    private final ImageTab image;
    private final SignalTab signal;
    private final EquivarianceTab equivariance;
    private final GradientsTab gradients;
    private final LearnedTab learned;

    FilterCanvas(Composite parent, Backend backend, Consumer<String> commands) {
        root = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(root, SWT.NONE);
        left.setLayout(Widgets.grid(1, 0));
        kernel = new KernelPanel(left, model);
        Widgets.fill(kernel.control(), true, true, 1);
        frequency = new FrequencyPanel(left, model);
        Widgets.fill(frequency.control(), true, false, 1);
        tabs = new TabFolder(root, SWT.TOP);
        image = new ImageTab(tabs, model, backend, commands);
        tab("Image", image.control());
        signal = new SignalTab(tabs, backend);
        tab("1D signal", signal.control());
        equivariance = new EquivarianceTab(tabs, model, backend);
        tab("Equivariance", equivariance.control());
        gradients = new GradientsTab(tabs, model, backend);
        tab("Gradients", gradients.control());
        learned = new LearnedTab(tabs, model, backend, image::input, commands);
        tab("Learned filters", learned.control());
        // the kernel column needs about 320 px (its size spinners, |H| and phase side by side): 28% of 1120
        root.setWeights(28, 72);
    }

    private void tab(String name, Composite control) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(name);
        item.setControl(control);
    }

    public SashForm control() {
        return root;
    }

    public KernelModel model() {
        return model;
    }

    public KernelPanel kernel() {
        return kernel;
    }

    public FrequencyPanel frequency() {
        return frequency;
    }

    public TabFolder tabs() {
        return tabs;
    }

    public ImageTab image() {
        return image;
    }

    public SignalTab signal() {
        return signal;
    }

    public EquivarianceTab equivariance() {
        return equivariance;
    }

    public GradientsTab gradients() {
        return gradients;
    }

    public LearnedTab learned() {
        return learned;
    }

    /** Brings tab {@code index} to the front (0 Image, 1 1D signal, 2 Equivariance, 3 Gradients, 4 Learned filters). */
    public void showTab(int index) {
        tabs.setSelection(index);
    }
}
