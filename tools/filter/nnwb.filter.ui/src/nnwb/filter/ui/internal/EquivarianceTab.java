package nnwb.filter.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import nnwb.compute.TensorOperations;
import nnwb.core.filter.Image;
import nnwb.core.Numbers;
import nnwb.core.filter.equivariance.CircularShift;
import nnwb.core.filter.equivariance.EquivarianceCheck;
import nnwb.core.filter.equivariance.FeatureNet;
import nnwb.core.filter.equivariance.GlobalAveragePool;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.PadMode;
import nnwb.core.filter.op.ReferenceFilter;
import nnwb.filter.BerkeleyExample;
import nnwb.filter.ComputeFeatures;
import nnwb.filter.ComputeFilter;

/**
 * The Equivariance tab: shift the input on a torus and see the feature maps shift with it and the globally
 * average-pooled features stay equal. Either the Berkeley example (CONV2-3, ReLU, CONV2-3, ReLU, GAP on 8 x 8
 * one-pixel lines, features 0.8) or the kernel on the left with "same" padding, where the two orders
 * (shift then filter, filter then shift) are compared cell by cell. Zero padding shows where it breaks.
 */
public final class EquivarianceTab {

    /** What was computed. */
    public record Result(Image input, Image shifted, Image maps, Image shiftedMaps, double[] features, double[] shiftedFeatures,
            EquivarianceCheck check, boolean onComputeService) {
    }

    private final Composite root;
    private final KernelModel model;
    private final Backend backend;
    private final Combo net;
    private final Combo image;
    private final Spinner position;
    private final Spinner shiftRows;
    private final Spinner shiftCols;
    private final Combo padding;
    private final ImageView inputView;
    private final ImageView shiftedView;
    private final ImageStrip maps;
    private final ImageStrip shiftedMaps;
    private final Label features;
    private final LatestJob job;
    private Result last;

    EquivarianceTab(Composite parent, KernelModel model, Backend backend) {
        this.model = model;
        this.backend = backend;
        root = new Composite(parent, SWT.NONE);
        org.eclipse.swt.layout.GridLayout grid = Widgets.grid(2, 4);
        grid.makeColumnsEqualWidth = true;
        root.setLayout(grid);
        Composite c = Widgets.row(root, 6); // two rows of settings: one row is wider than the tab at 1366x768
        Widgets.fill(c, true, false, 2);
        // tooltips on the labels, not the combos: a combo's tooltip covers the list it opens
        Widgets.label(c, "net").setToolTipText(
                "Berkeley: CONV2-3, ReLU, CONV2-3, ReLU, GAP (padding 1, stride 1); or the kernel on the left with same padding, then GAP");
        net = Widgets.combo(c, SWT.READ_ONLY, new String[] {"Berkeley CONV2-3 net", "the kernel on the left"}, 0, this::request);
        Widgets.label(c, "image").setToolTipText("a one-pixel line in an 8 x 8 image, the sheet's edge images");
        image = Widgets.combo(c, SWT.READ_ONLY, new String[] {"vertical line", "horizontal line"}, 0, this::request);
        Widgets.label(c, "at");
        position = Widgets.spinner(c, 0, BerkeleyExample.SIDE - 1, 2, this::request);
        Widgets.label(c, "shift down");
        shiftRows = Widgets.spinner(c, -7, 7, 0, this::request);
        Widgets.label(c, "right");
        shiftCols = Widgets.spinner(c, -7, 7, 4, this::request);
        Widgets.label(c, "padding");
        padding = Widgets.combo(c, SWT.READ_ONLY, new String[] {"circular", "zero", "reflect", "replicate"}, 0, this::request);
        inputView = new ImageView(root, "x");
        Widgets.fill(inputView.control(), true, true, 1);
        shiftedView = new ImageView(root, "x shifted (circularly)");
        Widgets.fill(shiftedView.control(), true, true, 1);
        maps = new ImageStrip(root, "feature maps of x");
        Widgets.fill(maps.control(), true, true, 1);
        shiftedMaps = new ImageStrip(root, "feature maps of the shifted x");
        Widgets.fill(shiftedMaps.control(), true, true, 1);
        features = new Label(root, SWT.WRAP);
        Widgets.fill(features, true, false, 2);
        job = new LatestJob("Equivariance", root);
        model.addListener((k, painting) -> {
            if (!painting && net.getSelectionIndex() == 1) {
                request();
            }
        });
        request();
    }

    public Composite control() {
        return root;
    }

    public Combo netCombo() {
        return net;
    }

    public Combo imageCombo() {
        return image;
    }

    public Spinner positionSpinner() {
        return position;
    }

    public Spinner shiftRowsSpinner() {
        return shiftRows;
    }

    public Spinner shiftColsSpinner() {
        return shiftCols;
    }

    public Combo paddingCombo() {
        return padding;
    }

    public LatestJob job() {
        return job;
    }

    public Result last() {
        return last;
    }

    public Label features() {
        return features;
    }

    public void request() {
        if (root.isDisposed()) {
            return;
        }
        boolean berkeley = net.getSelectionIndex() == 0;
        int at = position.getSelection();
        Image x = image.getSelectionIndex() == 0 ? BerkeleyExample.verticalLine(at) : BerkeleyExample.horizontalLine(at);
        int dr = shiftRows.getSelection();
        int dc = shiftCols.getSelection();
        PadMode p = PadMode.parse(padding.getText());
        Kernel k = model.kernel();
        TensorOperations tensors = backend.tensorsNow();
        job.submit(m -> compute(berkeley, x, dr, dc, p, k, tensors), this::show,
                problem -> Widgets.status(features, problem, true));
    }

    public static Result compute(boolean berkeley, Image x, int dr, int dc, PadMode p, Kernel k, TensorOperations tensors) {
        Image shifted = CircularShift.of(x, dr, dc);
        ComputeFeatures f = tensors == null ? null : new ComputeFeatures(new ComputeFilter(tensors));
        if (berkeley) {
            FeatureNet net = BerkeleyExample.net(p);
            Image a = f == null ? engineMaps(net, x) : f.maps(net, x);
            Image b = f == null ? engineMaps(net, shifted) : f.maps(net, shifted);
            return new Result(x, shifted, a, b, GlobalAveragePool.of(a), GlobalAveragePool.of(b), null, f != null);
        }
        FilterSpec spec = FilterSpec.same(k, FilterMode.CORRELATION, p, 1);
        EquivarianceCheck check = f == null ? EquivarianceCheck.run(k, x, spec, dr, dc) : f.check(k, x, spec, dr, dc);
        Image a = f == null ? ReferenceFilter.apply(k, x, spec) : new ComputeFilter(tensors).apply(k, x, spec);
        return new Result(x, shifted, a, check.shiftedThenFiltered(), check.pooledBefore(), check.pooledAfter(), check, f != null);
    }

    private static Image engineMaps(FeatureNet net, Image x) {
        return net.maps(x);
    }

    private void show(Result r) {
        last = r;
        inputView.show(r.input());
        shiftedView.show(r.shifted());
        List<String> names = r.maps().channelCount() == 3 ? List.of("map 0", "map 1", "map 2") : null;
        maps.show(r.maps(), names);
        shiftedMaps.show(r.shiftedMaps(), names);
        String text = "GAP features of x: " + vector(r.features()) + "   of the shifted x: " + vector(r.shiftedFeatures())
                + (same(r.features(), r.shiftedFeatures()) ? "  (equal: the pooled features do not see the shift)" : "  (they differ)");
        if (r.check() != null) {
            text += "\nshift then filter vs filter then shift: largest difference " + Numbers.format(r.check().maxDifference())
                    + (r.check().holds() ? " (the output moved with the input)" : " (not equivariant: the border pads differently)");
        } else {
            text += "\nThe sheet: a horizontal edge gives (0.8, 0, 0), a vertical edge (0, 0.8, 0), wherever the edge lies"
                    + " on the torus. (" + (r.onComputeService() ? "compute service" : "engine") + ")";
        }
        Widgets.status(features, text, false);
        root.layout(true, true);
    }

    private static boolean same(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 1e-9 * Math.max(1, Math.abs(a[i]))) {
                return false;
            }
        }
        return true;
    }

    public static String vector(double[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Numbers.format(Math.round(v[i] * 1e9) / 1e9));
        }
        return sb.append(")").toString();
    }
}
