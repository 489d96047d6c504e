package nnwb.filter.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.compute.ComputeService;
import nnwb.compute.UpdaterSpec;
import nnwb.compute.net.Activation;
import nnwb.compute.net.ConvWeights;
import nnwb.compute.net.LayerSpec;
import nnwb.compute.net.Loss;
import nnwb.compute.net.Network;
import nnwb.compute.net.NetworkSpec;
import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.grad.ConvGradients;
import nnwb.core.filter.grad.PoolKind;
import nnwb.core.filter.grad.Pooling;
import nnwb.core.filter.image.TestImages;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelParser;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.ImpulseTest;
import nnwb.core.filter.op.ReferenceFilter;
import nnwb.filter.ui.internal.EquivarianceTab;
import nnwb.filter.ui.internal.FilterCanvas;
import nnwb.filter.ui.internal.GradientsTab;
import nnwb.filter.ui.internal.ImageTab;
import nnwb.filter.ui.internal.LearnedTab;
import nnwb.filter.ui.internal.SignalTab;
import nnwb.filter.ui.internal.Widgets;
import nnwb.contracts.Topics;

/**
 * The coursework's pictures, made as a student would and checked against the engine: blur and Sobel on the scene,
 * the impulse test, the rect through (1/2)^n, the equivariance example, gradients and pooling, learned filters.
 * Screenshots go to target/screenshots/filter-*.png.
 */
class CanvasScreenshotTest {

    private FilterCanvas canvas;
    private ImageTab image;

    @BeforeEach
    void open() throws Exception {
        Canvases.compute();
        canvas = Canvases.open();
        image = canvas.image();
    }

    @AfterEach
    void restore() {
        Canvases.restore();
    }

    private ImageTab.Result computed(Kernel k) {
        return Canvases.computed(canvas, k);
    }

    private void sceneWith(String preset, boolean gray) {
        canvas.showTab(0);
        image.chooseInput("scene");
        if (gray) {
            Canvases.choose(image.grayButton(), image.rgbButton());
        } else {
            Canvases.choose(image.rgbButton(), image.grayButton());
        }
        Canvases.choose(image.correlationButton(), image.convolutionButton());
        Canvases.set(image.strideSpinner(), 1);
        Canvases.set(image.dilationSpinner(), 1);
        image.padModeCombo().select(0);
        image.sameCheck().setSelection(true);
        Widgets.fire(image.sameCheck());
        canvas.kernel().choosePreset(preset);
    }

    @Test
    void blurOnTheScene() throws Exception {
        canvas.kernel().sigmaSpinner().setSelection(20);
        sceneWith("gaussian", false);
        Kernel g = KernelParser.parse("gaussian:sigma=2");
        assertEquals(g, canvas.model().kernel());
        ImageTab.Result r = computed(g);
        assertEquals(3, r.output().channelCount());
        assertEquals(128, r.output().rows(), "same padding keeps the size");
        assertTrue(ReferenceFilter.apply(g, image.input(), r.plan().spec()).maxAbsDifference(r.output()) < 1e-12);
        Canvases.responseShown(canvas);
        Canvases.screenshot("blur");
    }

    @Test
    void sobelOnTheScene() throws Exception {
        sceneWith("sobel-x", true);
        Kernel s = KernelParser.parse("sobel-x");
        ImageTab.Result r = computed(s);
        assertTrue(r.output().isGray());
        assertTrue(ReferenceFilter.apply(s, image.input(), r.plan().spec()).maxAbsDifference(r.output()) < 1e-12);
        assertTrue(image.outputView().legend().contains("blue -"), "signed: diverging map: " + image.outputView().legend());
        Canvases.responseShown(canvas);
        assertTrue(canvas.frequency().band().getText().startsWith("band-pass"), canvas.frequency().band().getText());
        Canvases.screenshot("sobel");
    }

    @Test
    void theImpulseTestShowsWhichOperationRuns() throws Exception {
        canvas.showTab(0);
        image.chooseInput("impulse");
        Kernel k = KernelParser.parse("1,2,3;4,5,6;7,8,9");
        Canvases.choose(image.correlationButton(), image.convolutionButton());
        Canvases.set(image.strideSpinner(), 1);
        Canvases.set(image.dilationSpinner(), 1);
        canvas.model().edit(k, "typed");
        computed(k);
        pressImpulse();
        assertEquals(ImpulseTest.Verdict.FLIPPED_KERNEL, image.impulse().last().verdict());
        assertEquals(k.flipped().values(), image.impulse().last().output());
        Canvases.choose(image.convolutionButton(), image.correlationButton());
        assertTrue(image.impulse().sliding().animating(), "switching to true convolution animates the flip");
        pressImpulse();
        assertEquals(ImpulseTest.Verdict.KERNEL, image.impulse().last().verdict());
        Canvases.waitUntil(() -> !image.impulse().sliding().animating(), "the flip animation", 10_000);
        computed(k);
        Canvases.screenshot("impulse");
        Canvases.choose(image.correlationButton(), image.convolutionButton());
    }

    private void pressImpulse() {
        org.eclipse.swt.widgets.Button b = button(image.control(), "Impulse test");
        int before = image.impulse().job().completed();
        Widgets.fire(b);
        Canvases.waitUntil(() -> image.impulse().job().completed() > before && !image.impulse().job().busy(), "the impulse test", 180_000);
        Canvases.settle(50);
    }

    static org.eclipse.swt.widgets.Button button(org.eclipse.swt.widgets.Composite c, String text) {
        for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Button b && text.equals(b.getText())) {
                return b;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite k) {
                org.eclipse.swt.widgets.Button b = button(k, text);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    /* y(n) = 0 before 0, 2 - 2^-n for 0..6, 2^-(n-6) (2 - 2^-6) after: the geometric series. */
    private static double rect(int n) {
        return n < 0 ? 0 : n <= 6 ? 2 - Math.pow(2, -n) : Math.pow(2, -(n - 6)) * (2 - Math.pow(2, -6));
    }

    @Test
    void theRectThroughHalfToTheNAndItsShift() throws Exception {
        canvas.showTab(1);
        SignalTab s = canvas.signal();
        s.signalCombo().setText("rect:L=7");
        s.responseCombo().setText("geometric:r=0.5,n=20");
        s.shiftSpinner().setSelection(5);
        s.fromSpinner().setSelection(-6);
        s.toSpinner().setSelection(17);
        s.request();
        Canvases.waitUntil(() -> !s.job().busy() && s.last() != null && s.last().y().indices()[0] == -6
                && s.last().y().indices().length == 24 && s.last().shift() == 5, "the 1D output", 180_000);
        SignalTab.Result r = s.last();
        assertTrue(r.onComputeService());
        double[] y = s.chart().y(SignalTab.OUTPUT);
        double[] y2 = s.chart().y(SignalTab.SHIFTED);
        for (int n = -6; n <= 17; n++) {
            assertEquals(rect(n), y[n + 6], 1e-15, "y at " + n);
            assertEquals(rect(n - 5), y2[n + 6], 1e-15, "y2 at " + n);
        }
        assertTrue(s.status().getText().contains("largest difference 0"), s.status().getText());
        Canvases.settle(300);
        Canvases.screenshot("1d-rect");
    }

    @Test
    void theBerkeleyEquivarianceExample() throws Exception {
        canvas.showTab(2);
        EquivarianceTab e = canvas.equivariance();
        e.netCombo().select(0);
        e.imageCombo().select(0);
        e.positionSpinner().setSelection(2);
        e.shiftRowsSpinner().setSelection(0);
        e.shiftColsSpinner().setSelection(4);
        e.paddingCombo().select(0);
        e.request();
        Canvases.waitUntil(() -> !e.job().busy() && e.last() != null && e.last().check() == null
                && e.last().shifted().equals(TestImages.verticalLine(8, 8, 6)), "the features", 180_000);
        assertArrayEquals(new double[] {0, 0.8, 0}, e.last().features(), 1e-12);
        assertArrayEquals(new double[] {0, 0.8, 0}, e.last().shiftedFeatures(), 1e-12);
        Canvases.screenshot("equivariance");
        // the kernel on the left with same circular padding: the two orders agree cell by cell
        canvas.model().edit(KernelParser.parse("sobel-x"), "test");
        e.netCombo().select(1);
        e.request();
        Canvases.waitUntil(() -> !e.job().busy() && e.last() != null && e.last().check() != null, "the check", 180_000);
        assertTrue(e.last().check().holds(), e.features().getText());
        e.netCombo().select(0);
    }

    @Test
    void gradientsAndPooling() throws Exception {
        canvas.showTab(3);
        canvas.model().edit(KernelParser.parse("1,0;0,-1"), "test");
        GradientsTab g = canvas.gradients();
        g.xText().setText("matrix:size=5");
        g.dyText().setText("random");
        g.requestGradients();
        Canvases.waitUntil(() -> !g.gradientJob().busy() && g.lastGradients() != null && g.lastGradients().dW().rows() == 2
                && g.lastGradients().x().rows() == 5, "the gradients", 180_000);
        GradientsTab.Gradients r = g.lastGradients();
        FilterSpec valid = FilterSpec.valid(FilterMode.CORRELATION);
        assertEquals(ConvGradients.weightGradient(r.x(), r.dY(), 2, 2, valid), r.dW());
        assertEquals(ConvGradients.inputGradient(KernelParser.parse("1,0;0,-1"), r.dY(), 5, 5, valid), r.dX());
        assertTrue(r.onComputeService());
        Canvases.waitUntil(() -> !g.spread().job().busy() && g.spread().last() != null, "the spread", 180_000);
        for (var p : g.spread().last()) {
            assertEquals(1, p.measured() / p.predicted(), 0.2, "n = " + p.n());
        }
        // pooling: the Berkeley hint, max pooling sends all of dY to the maximum of each window
        g.pooling().xText().setText("1,3,2,4;5,0,1,2;3,2,8,1;1,6,0,7");
        g.pooling().dyText().setText("1,2;3,4");
        g.pooling().compute();
        Matrix x = Matrix.of(new double[][] {{1, 3, 2, 4}, {5, 0, 1, 2}, {3, 2, 8, 1}, {1, 6, 0, 7}});
        Matrix dY = Matrix.of(new double[][] {{1, 2}, {3, 4}});
        assertEquals(Pooling.backward(x, PoolKind.MAX, 2, 2, dY).dX(), g.pooling().last().dX());
        // by hand: maxima 5 at (1,0), 4 at (0,3), 6 at (3,1), 8 at (2,2)
        assertEquals(Matrix.of(new double[][] {{0, 0, 0, 2}, {1, 0, 0, 0}, {0, 0, 4, 0}, {0, 3, 0, 0}}), g.pooling().last().dX());
        Canvases.settle(300);
        Canvases.screenshot("gradients");
    }

    @Test
    void learnedFiltersFromADl4jModelZip(@TempDir Path dir) throws Exception {
        ComputeService compute = Canvases.compute();
        // a tiny CNN built through the compute service, trained on nothing: its initial first-layer kernels are known
        NetworkSpec spec = new NetworkSpec(1, 16, 16, List.of(
                new LayerSpec.Conv2d(8, 5, 1, 2, Activation.RELU),
                new LayerSpec.Pool2d(LayerSpec.PoolKind.MAX, 2, 2),
                new LayerSpec.Output(3, Activation.SOFTMAX, Loss.CROSS_ENTROPY)), UpdaterSpec.sgd(0.1), 42);
        Path zip = dir.resolve("tiny-cnn.zip");
        ConvWeights known;
        try (Network net = compute.build(spec)) {
            known = net.convolutionWeights().get(0);
            net.save(zip);
        }
        canvas.showTab(0);
        image.chooseInput("scene");
        canvas.showTab(4);
        LearnedTab learned = canvas.learned();
        Canvases.clickWithFile(canvas, "Open model…", zip);
        Canvases.waitUntil(() -> !learned.job().busy() && learned.learned() != null && learned.learned().title().startsWith("tiny-cnn.zip"),
                "the model", 180_000);
        assertEquals(8, learned.learned().outputs());
        for (int o = 0; o < 8; o++) {
            assertArrayEquals(known.kernel(o, 0), learned.learned().kernel(o, 0).values().toArray());
            assertEquals(known.bias()[o], learned.learned().bank().bias().get(o), 0.0);
        }
        assertEquals(8, learned.gallery().tiles().size());
        learned.select(3);
        learned.editSelected();
        assertEquals(Kernel.of(known.kernel(3, 0)), canvas.model().kernel());
        learned.applyAll();
        Canvases.waitUntil(() -> !learned.applyJob().busy() && learned.lastMaps() != null, "the feature maps", 180_000);
        Image maps = learned.lastMaps();
        assertEquals(8, maps.channelCount());
        Image expected = ReferenceFilter.apply(learned.learned().bank(), image.input().toGray(),
                FilterSpec.same(learned.learned().kernel(0, 0), FilterMode.CORRELATION, nnwb.core.filter.op.PadMode.ZERO, 1));
        assertTrue(expected.maxAbsDifference(maps) < 1e-9);
        Canvases.settle(300);
        Canvases.screenshot("learned");
    }

    @Test
    void anotherToolSendsKernelsOnTheEventTopic() throws Exception {
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        assertNotNull(broker);
        double[][] a = {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}};
        double[][] b = {{0, 1, 0}, {1, -4, 1}, {0, 1, 0}};
        broker.send(Topics.FILTER_OPEN_KERNELS, Map.of("title", "edge-cnn run 7, conv1", "kernels", List.<double[][]>of(a, b)));
        Canvases.waitUntil(() -> canvas.learned().learned() != null && canvas.learned().learned().title().startsWith("edge-cnn run 7"),
                "the sent kernels", 10_000);
        assertEquals(2, canvas.learned().learned().outputs());
        assertArrayEquals(b, canvas.learned().learned().kernel(1, 0).values().toArray());
        assertEquals(4, canvas.tabs().getSelectionIndex());
    }
}
