package nnwb.filter.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nnwb.core.filter.Matrix;
import nnwb.core.Numbers;
import nnwb.core.filter.freq.BandReading;
import nnwb.core.filter.freq.FrequencyResponse;
import nnwb.core.filter.kernel.Kernel;
import nnwb.filter.render.Colormaps;

/**
 * The kernel's frequency response from the engine: |H| and the phase on a 64 x 64 grid, zero frequency in the
 * middle, and the band reading (a box blur reads low-pass, Sobel band-pass, the Laplacian high-pass). Computed in a
 * job after every change.
 */
public final class FrequencyPanel {

    /** The DFT grid side. */
    public static final int GRID = 64;

    /** What the panel shows: the response, its pixels and the band reading. */
    public record Shown(FrequencyResponse response, int[] magnitude, int[] phase, BandReading band) {
    }

    private final Composite root;
    private final ImageView magnitude;
    private final ImageView phase;
    private final Label band;
    private final LatestJob job;
    private Shown shown;

    FrequencyPanel(Composite parent, KernelModel model) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(Widgets.grid(2, 4));
        Label title = new Label(root, SWT.WRAP);
        title.setText("Frequency response of true convolution (zero frequency in the middle, pi at the edges); "
                + "correlation has the same |H| and the negated phase; grey: |H| below 0.1 % of its peak");
        // a small width hint: the column's width decides where the text wraps, and its height is then measured
        Widgets.fill(title, true, false, 2).setLayoutData(wrapping(2));
        magnitude = new ImageView(root, "|H|");
        Widgets.size(magnitude.control(), 150, 175);
        phase = new ImageView(root, "phase");
        Widgets.size(phase.control(), 150, 175);
        band = new Label(root, SWT.WRAP);
        band.setLayoutData(wrapping(2));
        job = new LatestJob("Frequency response", root);
        model.addListener((k, painting) -> update(k));
        update(model.kernel());
    }

    public Composite control() {
        return root;
    }

    public Shown shown() {
        return shown;
    }

    public LatestJob job() {
        return job;
    }

    public Label band() {
        return band;
    }

    private void update(Kernel k) {
        job.submit(m -> compute(k), this::show, this::bandText);
    }

    public static Shown compute(Kernel k) {
        FrequencyResponse r = FrequencyResponse.of(k, GRID);
        Matrix mag = r.magnitude();
        Matrix ph = r.phase();
        double peak = 0;
        for (double v : mag.rowMajor()) {
            peak = Math.max(peak, v);
        }
        double[] m = mag.rowMajor();
        double[] p = ph.rowMajor();
        int[] mp = new int[m.length];
        int[] pp = new int[m.length];
        for (int i = 0; i < m.length; i++) {
            mp[i] = Colormaps.sequential(peak == 0 ? 0 : m[i] / peak);
            pp[i] = m[i] <= 1e-3 * peak ? 0x808080 : Colormaps.cyclic(p[i]);
        }
        return new Shown(r, mp, pp, BandReading.of(k));
    }

    private void show(Shown s) {
        shown = s;
        double peak = s.band().peak();
        magnitude.show(s.magnitude(), GRID, GRID, "0 .. " + Numbers.format(peak));
        phase.show(s.phase(), GRID, GRID, "hue: -pi .. pi");
        bandText(s.band().message());
        root.layout(true);
    }

    /** Sets the reading below the images and lays the column out again: a longer text wraps onto more lines. */
    private void bandText(String text) {
        band.setText(text);
        if (!root.getParent().isDisposed()) {
            root.getParent().layout(new org.eclipse.swt.widgets.Control[] {band});
        }
    }

    private static org.eclipse.swt.layout.GridData wrapping(int span) {
        org.eclipse.swt.layout.GridData d = new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, false, span, 1);
        d.widthHint = 200;
        return d;
    }
}
