package nnwb.conv.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nnwb.conv.ui.internal.ConvCalculatorPart;
import nnwb.conv.ui.internal.LayerDrawing;
import nnwb.conv.ui.internal.LayerTab;
import nnwb.core.conv.CellSource;
import nnwb.core.conv.Field;
import nnwb.test.harness.Screenshots;


/**
 * Sets up a strided, a dilated, a circular and a transposed layer in the maximized view, checks that what is
 * drawn matches the numbers (derived here by hand), and saves each as target/screenshots/conv-*.png.
 */
class ConvCalculatorScreenshotTest {

    private IWorkbenchPage page;
    private IViewPart view;
    private LayerTab layer;

    @BeforeEach
    void open() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        view = page.showView("nnwb.conv.ui.calculator");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        ConvCalculatorPart part = ConvCalculatorViewTestSupport.part(page);
        part.tabs().setSelection(0);
        layer = part.layer();
        layer.reset();
    }

    @AfterEach
    void restore() {
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    private void set(int axis, Field f, String v) {
        layer.form().field(axis, f).setText(v);
    }

    private static void choose(Combo c, int index) {
        c.select(index);
        c.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    private void axis(int a, String in, String k, String s, String p, String d) {
        set(a, Field.INPUT, in);
        set(a, Field.KERNEL, k);
        set(a, Field.STRIDE, s);
        set(a, Field.PAD_BEFORE, p);
        set(a, Field.PAD_AFTER, p);
        set(a, Field.DILATION, d);
    }

    @Test
    void strided2D() {
        choose(layer.form().dimsCombo(), 0);
        choose(layer.form().kindCombo(), 0);
        choose(layer.form().modeCombo(), 0);
        axis(0, "7", "3", "2", "1", "1");
        axis(1, "6", "3", "2", "0", "1");
        layer.select(2, 1);
        LayerDrawing d = layer.canvas().drawing();
        // width: floor((7+2-3)/2)+1 = 4; height: floor((6-3)/2)+1 = 2, one row left unread
        assertEquals(List.of(4L, 2L), layer.report().result().outputShape());
        assertEquals(9, d.gridWidth());
        assertEquals(6, d.gridHeight());
        assertTrue(d.isTap(4, 2) && d.isTap(6, 4));
        assertTrue(layer.answer().getText().contains("warning"), layer.answer().getText());
        save("strided");
    }

    @Test
    void dilated1D() {
        choose(layer.form().dimsCombo(), 1);
        choose(layer.form().kindCombo(), 0);
        choose(layer.form().modeCombo(), 0);
        axis(0, "12", "3", "1", "1", "3");
        layer.select(4, 0);
        LayerDrawing d = layer.canvas().drawing();
        // span 3*(3-1)+1 = 7; output 12 + 2 - 7 + 1 = 8; window of 4 starts at padded 4: taps 4, 7, 10
        assertEquals(List.of(8L), layer.report().result().outputShape());
        assertTrue(d.isTap(4, 0) && d.isTap(7, 0) && d.isTap(10, 0));
        assertTrue(d.isGap(5, 0) && d.isGap(9, 0));
        save("dilated");
    }

    @Test
    void circular1D() {
        choose(layer.form().dimsCombo(), 1);
        choose(layer.form().kindCombo(), 0);
        choose(layer.form().modeCombo(), 1);
        axis(0, "8", "5", "1", "2", "1");
        layer.select(0, 0);
        LayerDrawing d = layer.canvas().drawing();
        // same size with circular padding 2: output 8; cell 0 reads 6 7 0 1 2
        assertEquals(List.of(8L), layer.report().result().outputShape());
        assertEquals(CellSource.WRAPPED, d.cell(0, 0).source());
        assertEquals(List.of("6", "7", "0", "1", "2"), d.feedingInputs());
        save("circular");
    }

    @Test
    void transposed1D() {
        choose(layer.form().dimsCombo(), 1);
        choose(layer.form().kindCombo(), 2);
        choose(layer.form().modeCombo(), 0);
        axis(0, "5", "3", "2", "1", "1");
        set(0, Field.OUTPUT_PADDING, "1");
        set(0, Field.TARGET, "10");
        layer.select(3, 0);
        // (5-1)*2 - 2 + 2 + 1 + 1 = 10
        assertEquals(List.of(10L), layer.report().result().outputShape());
        LayerDrawing d = layer.canvas().drawing();
        // inputs sit at padded positions 1, 3, 5, 7, 9 (offset d*(k-1) - p = 1, stride 2): zeros between
        assertEquals(CellSource.INPUT, d.cell(3, 0).source());
        assertEquals(CellSource.INSERTED_ZERO, d.cell(2, 0).source());
        assertTrue(layer.answer().getText().contains("(padding 1, output_padding 1)"), layer.answer().getText());
        save("transposed");
    }

    private static void save(String name) {
        Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                new File("target/screenshots/conv-" + name + ".png"));
    }
}
