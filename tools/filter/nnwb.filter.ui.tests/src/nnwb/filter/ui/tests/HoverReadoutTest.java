package nnwb.filter.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.Num;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelParser;
import nnwb.core.filter.op.CellExplainer;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.PadMode;
import nnwb.filter.ui.internal.FilterCanvas;
import nnwb.filter.ui.internal.ImageFit;
import nnwb.filter.ui.internal.ImageTab;
import nnwb.filter.ui.internal.WindowArithmetic;

/**
 * Issue 24 item 7: pointing at any output pixel of a full-size image (the 128 x 128 matrix 1, 2, ...) frames its
 * window on the input and writes out its arithmetic beside the images; the sums are worked out here by hand from
 * x[i, j] = 128 i + j + 1. Also, without a display: where an image is drawn and which pixel a point is on, and how a
 * kernel larger than 7 x 7 is cut. Screenshot target/screenshots/filter-hover-128.png.
 */
class HoverReadoutTest {

    private static final int N = 128;

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

    private static double x(int i, int j) {
        return i < 0 || j < 0 || i >= N || j >= N ? 0 : N * i + j + 1;
    }

    /** Correlation with zero padding 1, stride 1, by hand. */
    private static double byHand(Kernel k, int r, int c) {
        double s = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                s += k.get(a, b) * x(r - 1 + a, c - 1 + b);
            }
        }
        return s;
    }

    @Test
    void pointingAtAnOutputPixelOfA128ImageWritesOutItsWindow() {
        canvas.showTab(0);
        Kernel k = KernelParser.parse("1,2,3;4,5,-6;7,-8,9");
        canvas.model().edit(k, "test");
        Canvases.choose(image.correlationButton(), image.convolutionButton());
        Canvases.set(image.strideSpinner(), 1);
        Canvases.set(image.dilationSpinner(), 1);
        if (image.sameCheck().getSelection()) {
            image.sameCheck().setSelection(false);
            image.sameCheck().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        }
        Canvases.set(image.padSpinner(), 1);
        image.padModeCombo().select(0);
        image.padModeCombo().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        image.chooseInput("matrix");
        Canvases.set(image.inputSize(), N);
        ImageTab.Result r = Canvases.computed(canvas, k);
        assertEquals(N, r.output().rows());
        assertFalse(image.cells().control().getVisible(), "no numbered cells at 128 x 128");
        assertTrue(image.hover().text().getVisible(), "the readout shows instead");
        Canvases.settle(200);
        ImageFit fit = image.outputView().fit();
        assertNotNull(fit, "the output was drawn");

        int[] at = fit.centre(64, 70);
        Canvases.mouse(image.outputView().control(), SWT.MouseMove, new Point(at[0], at[1]), 0, 0);
        Canvases.settle(50);
        String text = image.hover().text().getText();
        double sum = byHand(k, 64, 70);
        assertEquals(sum, r.output().channel(0).get(64, 70), 1e-6 * Math.abs(sum), "the filtering agrees with the hand sum");
        assertTrue(text.startsWith("y[64,70]: the 3 x 3 window at input rows 63..65, columns 69..71"), text);
        assertTrue(text.contains(Num.format(x(63, 69)) + " "), "the window's first value x[63,69] = 8134: " + text);
        assertTrue(text.contains("sum of the 9 products = " + Num.format(sum) + ";"), text);
        // the bottom-right product x[65,71]·9 = 8392·9
        assertTrue(text.contains(Num.format(x(65, 71) * 9)), text);
        assertArrayEquals(new int[] {64, 70, 64, 70}, image.outputView().framed());
        assertArrayEquals(new int[] {63, 69, 65, 71}, image.hover().inputView().framed());
        org.eclipse.swt.widgets.Text readout = image.hover().text();
        assertTrue(readout.getClientArea().height >= readout.getLineCount() * readout.getLineHeight(),
                "all " + readout.getLineCount() + " lines of the readout are shown: " + readout.getClientArea());
        Canvases.screenshot("hover-128");

        // the corner's window reaches into the zero padding
        int[] corner = fit.centre(0, 0);
        Canvases.mouse(image.outputView().control(), SWT.MouseMove, new Point(corner[0], corner[1]), 0, 0);
        text = image.hover().text().getText();
        assertTrue(text.startsWith("y[0,0]: the 3 x 3 window at input rows -1..1, columns -1..1"), text);
        assertTrue(text.contains("pad"), text);
        assertTrue(text.contains("sum of the 9 products = " + Num.format(byHand(k, 0, 0)) + ";"), text);

        // a new kernel explains the same pixel again with the new weights
        Kernel k2 = KernelParser.parse("0,0,0;0,2,0;0,0,0");
        canvas.model().edit(k2, "test");
        Canvases.computed(canvas, k2);
        assertTrue(image.hover().text().getText().contains("sum of the 9 products = " + Num.format(2 * x(0, 0)) + ";"),
                image.hover().text().getText());
    }

    @Test
    void onTheColourSceneTheRedChannelIsExplained() {
        canvas.showTab(0);
        Kernel k = KernelParser.parse("0,1,0;1,-4,1;0,1,0");
        canvas.model().edit(k, "test");
        Canvases.choose(image.correlationButton(), image.convolutionButton());
        Canvases.set(image.strideSpinner(), 1);
        Canvases.set(image.dilationSpinner(), 1);
        Canvases.set(image.padSpinner(), 1);
        image.chooseInput("scene");
        Canvases.choose(image.rgbButton(), image.grayButton());
        ImageTab.Result r = Canvases.computed(canvas, k);
        assertFalse(r.input().isGray());
        assertTrue(r.output().rows() > ImageTab.SMALL, "a full-size scene");
        Canvases.settle(200);
        int row = r.output().rows() / 2;
        int col = r.output().cols() / 3;
        int[] at = image.outputView().fit().centre(row, col);
        Canvases.mouse(image.outputView().control(), SWT.MouseMove, new Point(at[0], at[1]), 0, 0);
        // the Laplacian by hand on the red channel (an interior pixel: padding 1 puts y[i,j] over x[i-1..i+1, j-1..j+1])
        Matrix red = r.input().channel(0);
        double sum = 0; // in tap order, as a sum of products adds them, so that rounding is the same
        sum += red.get(row - 1, col);
        sum += red.get(row, col - 1);
        sum += -4 * red.get(row, col);
        sum += red.get(row, col + 1);
        sum += red.get(row + 1, col);
        String text = image.hover().text().getText();
        assertTrue(text.startsWith("y[" + row + "," + col + "]: the 3 x 3 window"), text);
        assertTrue(text.contains("sum of the 9 products = " + Num.format(sum) + ";"), text);
        assertTrue(text.endsWith("(channel 0, red, of 3; the others are filtered alike)"), text);
    }

    @Test
    void anImageFitsItsViewAndAPointFindsItsPixel() {
        // 128 x 128 in 300 x 300 with 15 px text: top 17, room 296 x 264, so 2 screen pixels per image pixel
        ImageFit f = ImageFit.of(300, 300, 15, N, N);
        assertEquals(new ImageFit(2, 17, 256, 256, N, N), f);
        assertArrayEquals(new int[] {5, 10}, f.cellAt(2 + 2 * 10 + 1, 17 + 2 * 5));
        assertArrayEquals(new int[] {127, 127}, f.cellAt(2 + 255, 17 + 255));
        assertNull(f.cellAt(2 + 256, 20));
        assertNull(f.cellAt(1, 20));
        assertArrayEquals(new int[] {2 + 2 * 70 + 1, 17 + 2 * 64 + 1}, f.centre(64, 70));
        assertArrayEquals(new int[] {2 + 2 * 69, 17 + 2 * 63, 6, 6}, f.rect(63, 69, 65, 71));
        assertArrayEquals(new int[] {2, 17, 4, 4}, f.rect(-1, -1, 1, 1), "held inside the image");
        // a 600 x 400 photo in the same view shrinks to 296/600
        ImageFit p = ImageFit.of(300, 300, 15, 600, 400);
        assertEquals(296, p.width());
        assertEquals(197, p.height()); // 400 · 296/600
        // the last screen pixel covers image columns 597.97..600 and rows 397.97..400
        assertArrayEquals(new int[] {397, 597}, p.cellAt(2 + 295, 17 + 196));
        assertArrayEquals(new int[] {0, 0}, p.cellAt(2, 17));
    }

    @Test
    void aKernelLargerThanSevenShowsItsCentreAndSumsEveryTap() {
        int n = 9;
        StringBuilder spec = new StringBuilder();
        for (int a = 0; a < n; a++) {
            spec.append(a > 0 ? ";" : "");
            for (int b = 0; b < n; b++) {
                spec.append(b > 0 ? "," : "").append(a == 4 && b == 4 ? "100" : "1");
            }
        }
        Kernel k = KernelParser.parse(spec.toString());
        double[][] ones = new double[20][20];
        for (double[] row : ones) {
            java.util.Arrays.fill(row, 1);
        }
        Image in = Image.gray(Matrix.of(ones));
        FilterSpec s = FilterSpec.of(FilterMode.CORRELATION, 1, 0, PadMode.ZERO, 1);
        String text = WindowArithmetic.text(CellExplainer.explain(k, in, s, 0, 3, 5), n, n, new int[] {0, 0}, 180, "engine");
        assertTrue(text.startsWith("y[3,5]: the 9 x 9 window at input rows 3..11, columns 5..13"), text);
        assertTrue(text.contains("central 7 x 7 taps shown"), text);
        assertTrue(text.contains("100"), "the centre weight is among those shown");
        assertTrue(text.contains("sum of the 81 products = 180; engine gave 180"), text); // 80 ones and one 100
        String[] rows = text.split("\n");
        assertEquals(2 + 1 + 7 + 1 + 1, rows.length, "heading, cut note, column heads, 7 rows, …, sum");
    }
}
