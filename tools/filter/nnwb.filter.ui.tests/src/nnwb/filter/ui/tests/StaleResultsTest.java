package nnwb.filter.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nnwb.core.filter.Image;
import nnwb.core.filter.kernel.KernelParser;
import nnwb.filter.ui.internal.FilterCanvas;
import nnwb.filter.ui.internal.GradientsTab;
import nnwb.filter.ui.internal.ImageTab;
import nnwb.filter.ui.internal.KernelPanel;

/**
 * Issue 24, stale or silent results: the Gradients tab never shows the previous kernel's dW and dX beside an
 * error for the new one; "matrix" typed as the input is the sheet's 5 x 5; a sigma that resizes the Gaussian says
 * so. Screenshots target/screenshots/filter-stale-*.png.
 */
class StaleResultsTest {

    private FilterCanvas canvas;

    @BeforeEach
    void open() throws Exception {
        Canvases.compute();
        canvas = Canvases.open();
    }

    @AfterEach
    void restore() {
        Canvases.restore();
    }

    @Test
    void anErrorForTheNewKernelClearsThePreviousGradients() {
        canvas.showTab(3);
        canvas.model().edit(KernelParser.parse("1,0;0,-1"), "test");
        GradientsTab g = canvas.gradients();
        g.xText().setText("matrix:size=5");
        // dY typed for the 2 x 2 kernel's 4 x 4 output
        g.dyText().setText("1,1,1,1;1,1,1,1;1,1,1,1;1,1,1,1");
        g.requestGradients();
        Canvases.waitUntil(() -> !g.gradientJob().busy() && g.lastGradients() != null && g.lastGradients().dW().rows() == 2,
                "the gradients of the 2 x 2 kernel", 180_000);
        assertNotNull(g.shownGradients()[0]);
        canvas.model().edit(KernelParser.parse("1,0,0;0,1,0;0,0,1"), "test");
        Canvases.settle(300);
        assertTrue(g.gradientStatus().getText().contains("dY must have the output's shape 3 x 3"), g.gradientStatus().getText());
        assertEquals(g.gradientStatus().getDisplay().getSystemColor(SWT.COLOR_RED), g.gradientStatus().getForeground());
        assertNull(g.lastGradients());
        assertNull(g.shownGradients()[0], "dW of the previous kernel is not shown beside the error");
        assertNull(g.shownGradients()[1], "nor its dX");
        Canvases.screenshot("stale-gradients");
        g.dyText().setText("ones");
        g.requestGradients();
        Canvases.waitUntil(() -> !g.gradientJob().busy() && g.lastGradients() != null && g.lastGradients().dW().rows() == 3,
                "the gradients of the 3 x 3 kernel", 180_000);
        assertEquals(3, g.shownGradients()[0].rows());
    }

    @Test
    void typingMatrixGivesTheSheetsFiveByFive() {
        canvas.showTab(0);
        ImageTab image = canvas.image();
        image.chooseInput("scene");
        assertTrue(image.inputSize().getSelection() > 5);
        image.inputCombo().setText("matrix");
        image.inputCombo().notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(5, image.inputSize().getSelection());
        Image in = image.input();
        assertEquals(5, in.rows());
        assertEquals(5, in.cols());
        assertEquals(1, in.channel(0).get(0, 0));
        assertEquals(25, in.channel(0).get(4, 4));
        // a size typed for the same input is kept
        Canvases.set(image.inputSize(), 7);
        image.inputCombo().notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(7, image.input().rows());
        image.chooseInput("scene");
    }

    @Test
    void aSigmaThatResizesTheGaussianSaysSo() {
        canvas.showTab(0);
        KernelPanel panel = canvas.kernel();
        Canvases.set(panel.sigmaSpinner(), 10);
        panel.choosePreset("gaussian");
        assertEquals(7, canvas.model().kernel().rows(), "2*ceil(3*1)+1");
        Canvases.set(panel.sigmaSpinner(), 20);
        assertEquals(13, canvas.model().kernel().rows(), "2*ceil(3*2)+1");
        assertTrue(panel.status().getText().contains("the kernel grew from 7 x 7 to 13 x 13"), panel.status().getText());
        Canvases.screenshot("stale-sigma");
        Canvases.set(panel.sigmaSpinner(), 21);
        assertEquals(15, canvas.model().kernel().rows());
        Canvases.set(panel.sigmaSpinner(), 22);
        assertTrue(panel.status().getText().startsWith("gaussian:"), panel.status().getText());
        assertTrue(!panel.status().getText().contains("grew") && !panel.status().getText().contains("shrank"),
                "at the cap of 15 the size stays: " + panel.status().getText());
    }
}
