package nnwb.filter.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.freq.PassBand;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelParser;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.PadMode;
import nnwb.core.filter.op.ReferenceFilter;
import nnwb.filter.ui.internal.FilterCanvas;
import nnwb.filter.ui.internal.ImageTab;
import nnwb.filter.ui.internal.KernelEditor;
import nnwb.filter.ui.internal.KernelPanel;
import nnwb.filter.ui.internal.Widgets;

/** A student paints and types a kernel, picks presets, and the outputs match the engine. */
class KernelPaintingTest {

    private FilterCanvas canvas;
    private ImageTab image;

    @BeforeEach
    void open() throws Exception {
        Canvases.compute();
        canvas = Canvases.open();
        canvas.showTab(0);
        image = canvas.image();
    }

    @AfterEach
    void restore() {
        Canvases.restore();
    }

    private ImageTab.Result computed(Kernel k) {
        return Canvases.computed(canvas, k);
    }


    @Test
    void paintingRaisesAWeightAndOneUndoTakesTheStrokeBack() throws Exception {
        image.chooseInput("checkerboard");
        canvas.kernel().choosePreset("identity");
        Kernel identity = canvas.model().kernel();
        assertEquals(KernelParser.parse("identity"), identity);
        computed(identity);
        KernelEditor editor = canvas.kernel().editor();
        // drag the centre weight up by 50 pixels: +0.01 per pixel, so 1 -> 1.5; the left neighbour down by 30: 0 -> -0.3
        Canvases.dragUp(editor.control(), editor.cellCentre(1, 1), 50);
        Canvases.dragUp(editor.control(), editor.cellCentre(1, 0), -30);
        Kernel painted = canvas.model().kernel();
        assertEquals(1.5, painted.get(1, 1), 1e-12);
        assertEquals(-0.3, painted.get(1, 0), 1e-12);
        ImageTab.Result r = computed(painted);
        Image expected = ReferenceFilter.apply(painted, image.input(), image.spec());
        assertTrue(expected.maxAbsDifference(r.output()) < 1e-12, "the compute service's output is the engine's");
        assertTrue(image.status().getText().contains("compute service (ND4J)"), image.status().getText());
        // each stroke is one step
        canvas.model().undo();
        assertEquals(1.5, canvas.model().kernel().get(1, 1), 1e-12);
        assertEquals(0, canvas.model().kernel().get(1, 0));
        canvas.model().undo();
        assertEquals(identity, canvas.model().kernel());
        assertTrue(canvas.kernel().redoButton().isEnabled());
        canvas.model().redo();
        assertEquals(1.5, canvas.model().kernel().get(1, 1), 1e-12);
    }

    @Test
    void whilePaintingThePreviewPathRunsAndTheServiceFollowsOnRelease() throws Exception {
        image.chooseInput("scene");
        canvas.kernel().choosePreset("box-blur");
        computed(canvas.model().kernel());
        double start = canvas.model().kernel().get(0, 0);   // 1 / (rows * cols) of the box
        KernelEditor editor = canvas.kernel().editor();
        Point at = editor.cellCentre(0, 0);
        Canvases.mouse(editor.control(), SWT.MouseDown, at, 1, 0);
        List<String> paths = new ArrayList<>();
        for (int dy = 10; dy <= 60; dy += 10) {
            Canvases.mouse(editor.control(), SWT.MouseMove, new Point(at.x, at.y - dy), 0, SWT.BUTTON1);
            Canvases.waitUntil(() -> !image.busy() && image.last().plan().kernel().equals(canvas.model().kernel()),
                    "the preview of the painted kernel", 30_000);
            paths.add(image.last().path());
        }
        assertTrue(paths.stream().allMatch(p -> p.startsWith("preview while painting")), paths.toString());
        Canvases.mouse(editor.control(), SWT.MouseUp, new Point(at.x, at.y - 60), 1, SWT.BUTTON1);
        ImageTab.Result r = computed(canvas.model().kernel());
        // 60 pixels up at 0.01 per pixel, kept to three decimals
        assertEquals(Math.round((start + 0.6) * 1000) / 1000.0, r.plan().kernel().get(0, 0), 1e-12);
    }

    @Test
    void aSlowComputeServiceRunDoesNotHoldUpThePreview() throws Exception {
        image.chooseInput("scene:size=384");
        Canvases.choose(image.rgbButton(), image.grayButton());
        canvas.model().edit(KernelParser.parse("gaussian:sigma=2.3,size=15"), "typed");
        // the compute service now filters 384 x 384 x 3 with 15 x 15 weights; paint at once
        KernelEditor editor = canvas.kernel().editor();
        Point at = editor.cellCentre(7, 7);
        Canvases.mouse(editor.control(), SWT.MouseDown, at, 1, 0);
        Canvases.mouse(editor.control(), SWT.MouseMove, new Point(at.x, at.y - 20), 0, SWT.BUTTON1);
        Kernel painted = canvas.model().kernel();
        Canvases.waitUntil(() -> image.last() != null && image.last().plan().kernel().equals(painted), "the preview", 60_000);
        boolean computeStillRunning = image.job().busy();
        double previewMs = image.last().ms();
        assertTrue(image.last().path().startsWith("preview while painting"), image.last().path());
        Canvases.mouse(editor.control(), SWT.MouseUp, new Point(at.x, at.y - 20), 1, SWT.BUTTON1);
        ImageTab.Result r = computed(painted);
        assertTrue(ReferenceFilter.apply(painted, image.input(), image.spec()).maxAbsDifference(r.output()) < 1e-12);
        // when the service takes much longer than the preview, the preview must have come while it still ran
        if (r.ms() > 4 * previewMs + 200) {
            assertTrue(computeStillRunning, "the preview (" + previewMs + " ms) waited for the compute service (" + r.ms() + " ms)");
        }
        image.chooseInput("scene");
    }

    @Test
    void aPngFromDiskBecomesTheInput(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // a 12 x 10 gray ramp written with SWT, as any PNG a student has
        org.eclipse.swt.graphics.ImageData data = new org.eclipse.swt.graphics.ImageData(12, 10, 24,
                new org.eclipse.swt.graphics.PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 12; x++) {
                int v = x * 20;
                data.setPixel(x, y, v << 16 | v << 8 | v);
            }
        }
        org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] {data};
        String file = dir.resolve("ramp.png").toString();
        loader.save(file, SWT.IMAGE_PNG);
        Canvases.choose(image.correlationButton(), image.convolutionButton());
        image.sameCheck().setSelection(false);
        Canvases.set(image.strideSpinner(), 1);
        Canvases.set(image.dilationSpinner(), 1);
        Canvases.set(image.padSpinner(), 1);
        canvas.model().edit(KernelParser.parse("prewitt-x"), "test");
        Canvases.clickWithFile(canvas, "Open image…", java.nio.file.Path.of(file));
        Canvases.waitUntil(() -> image.input() != null && image.input().rows() == 10 && image.input().cols() == 12, "the file", 30_000);
        assertTrue(image.input().isGray(), "every pixel gray: one channel");
        assertEquals(20 / 255.0, image.input().channel(0).get(3, 1), 1e-12);
        ImageTab.Result r = computed(canvas.model().kernel());
        // Prewitt x on a ramp rising 20/255 per column: 3 * 2 * 20/255 inside
        assertEquals(120 / 255.0, r.output().channel(0).get(4, 5), 1e-12, () -> r.input().rows() + " x " + r.input().cols() + ": "
                + image.status().getText());
        assertEquals("ramp.png", image.inputCombo().getText());
        image.chooseInput("scene");
    }

    @Test
    void typingAWeightAndAWholeKernel() throws Exception {
        KernelPanel panel = canvas.kernel();
        panel.text().setText("1,2,1;0,0,0;-1,-2,-1");
        panel.text().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        assertEquals(KernelParser.parse("1,2,1;0,0,0;-1,-2,-1"), canvas.model().kernel());
        KernelEditor editor = panel.editor();
        editor.startInline(2, 2, null);
        Text t = editor.inlineText();
        assertNotNull(t);
        t.setText("1/4");
        t.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        assertEquals(0.25, canvas.model().kernel().get(2, 2));
        editor.startInline(0, 0, null);
        editor.inlineText().setText("abc");
        editor.inlineText().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        assertNotNull(editor.inlineText(), "a bad value keeps the field open, in red");
        assertEquals(1, canvas.model().kernel().get(0, 0));
        editor.inlineText().notifyListeners(SWT.KeyDown, escape());
        // an even size: the centre is the upper-left of the middle four
        Canvases.set(panel.rowsSpinner(), 4);
        assertEquals(4, canvas.model().kernel().rows());
        assertEquals(1, canvas.model().kernel().centreRow());
    }

    private static org.eclipse.swt.widgets.Event escape() {
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.keyCode = SWT.ESC;
        return e;
    }

    @Test
    void presetsNormaliseAndFlip() throws Exception {
        KernelPanel panel = canvas.kernel();
        panel.sigmaSpinner().setSelection(15);
        panel.choosePreset("gaussian");
        assertEquals(KernelParser.parse("gaussian:sigma=1.5"), canvas.model().kernel());
        assertEquals(11, canvas.model().kernel().rows(), "2*ceil(3*1.5)+1");
        Canvases.responseShown(canvas);
        assertEquals(PassBand.LOW_PASS, canvas.frequency().shown().band().band());
        panel.choosePreset("sobel-x");
        Canvases.responseShown(canvas);
        assertEquals(PassBand.BAND_PASS, canvas.frequency().shown().band().band());
        panel.choosePreset("laplacian");
        Canvases.responseShown(canvas);
        assertEquals(PassBand.HIGH_PASS, canvas.frequency().shown().band().band());
        panel.choosePreset("emboss");
        Widgets.fire(findButton(panel, "Flip"));
        assertEquals(KernelParser.parse("emboss").flipped(), canvas.model().kernel());
        Widgets.fire(findButton(panel, "Normalise"));
        // emboss sums to 1: normalising leaves it as it is
        assertEquals(KernelParser.parse("emboss").flipped(), canvas.model().kernel());
        assertTrue(panel.status().getText().contains("sum 1"), panel.status().getText());
    }

    private static org.eclipse.swt.widgets.Button findButton(KernelPanel panel, String text) {
        return find(panel.control(), text);
    }

    private static org.eclipse.swt.widgets.Button find(org.eclipse.swt.widgets.Composite c, String text) {
        for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Button b && text.equals(b.getText())) {
                return b;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite k) {
                org.eclipse.swt.widgets.Button b = find(k, text);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    /* The Berkeley sheet's Sobel over 1..25, true convolution, stride 1, zero padding 1: values derived by hand. */
    @Test
    void sobelOverOneToTwentyFiveShowsTheMatricesAndTheSumOfProducts() throws Exception {
        image.chooseInput("matrix");
        Canvases.choose(image.convolutionButton(), image.correlationButton());
        image.sameCheck().setSelection(false);
        Canvases.set(image.padSpinner(), 1);
        Canvases.set(image.strideSpinner(), 1);
        Canvases.set(image.dilationSpinner(), 1);
        image.padModeCombo().select(0);
        Widgets.fire(image.padModeCombo());
        Kernel h = KernelParser.parse("-1,-2,-1;0,0,0;1,2,1");
        canvas.model().edit(h, "typed");
        ImageTab.Result r = computed(h);
        Matrix expected = Matrix.of(new double[][] {
            {-19, -28, -32, -36, -29},
            {-30, -40, -40, -40, -30},
            {-30, -40, -40, -40, -30},
            {-30, -40, -40, -40, -30},
            {49, 68, 72, 76, 59}});
        assertEquals(expected, r.output().channel(0));
        assertEquals(expected, image.cells().output().matrix());
        assertTrue(image.cells().output().control().isVisible());
        // click output cell (0, 0): its window covers the zero padding row above
        image.cells().select(0, 0);
        String text = image.cells().explanation().getText();
        assertTrue(text.contains("= -19"), text);
        assertTrue(text.startsWith("y[0,0] = pad*w[2,2]"), text);
        assertEquals(7, image.cells().padded().matrix().rows());
        Canvases.waitUntil(() -> !image.impulse().sliding().animating(), "the flip animation", 10_000);
        Canvases.screenshot("matrix");
        Canvases.choose(image.correlationButton(), image.convolutionButton());
        computed(h);
        assertEquals(expected.map(v -> -v), image.last().output().channel(0));
    }

    @Test
    void everyPaddingModeMatchesTheEngineOnTheScene() throws Exception {
        image.chooseInput("scene");
        Canvases.choose(image.grayButton(), image.rgbButton());
        canvas.model().edit(KernelParser.parse("1,0,-1,2;0,3,1,1;-2,1,0,1"), "typed");
        image.sameCheck().setSelection(false);
        for (int mode = 0; mode < 4; mode++) {
            Canvases.set(image.padSpinner(), 3);
            Canvases.set(image.strideSpinner(), 2);
            Canvases.set(image.dilationSpinner(), 2);
            image.padModeCombo().select(mode);
            Widgets.fire(image.padModeCombo());
            ImageTab.Result r = computed(canvas.model().kernel());
            FilterSpec spec = FilterSpec.of(FilterMode.CORRELATION, 2, 3, PadMode.values()[mode], 2);
            assertEquals(spec, r.plan().spec());
            assertTrue(ReferenceFilter.apply(canvas.model().kernel(), image.input(), spec).maxAbsDifference(r.output()) < 1e-12);
        }
        Canvases.set(image.strideSpinner(), 1);
        Canvases.set(image.dilationSpinner(), 1);
        Canvases.set(image.padSpinner(), 1);
        image.padModeCombo().select(0);
        Widgets.fire(image.padModeCombo());
        Canvases.choose(image.rgbButton(), image.grayButton());
        assertFalse(image.input().isGray());
    }
}
