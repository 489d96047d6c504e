package nnwb.conv.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nnwb.conv.ui.internal.ConvCalculatorPart;
import nnwb.conv.ui.internal.LayerTab;
import nnwb.conv.ui.internal.StackTab;
import nnwb.core.conv.Field;
import nnwb.ui.Coursework;
import nnwb.contracts.ModelAnalysed;
import nnwb.contracts.Topics;
import org.eclipse.e4.core.services.events.IEventBroker;

/** Drives the Conv arithmetic view in the running workbench through SWT, as a student would type. */
class ConvCalculatorViewTest {

    private ConvCalculatorPart part;

    @BeforeEach
    void open() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView("nnwb.conv.ui.calculator");
        part = ConvCalculatorViewTestSupport.part(page);
        assertNotNull(part, "the calculator part is in the window");
        part.layer().reset();
    }

    private static void type(Text t, String value) {
        t.setText(value); // fires Modify as typing does
        flush();
    }

    private static void flush() {
        Display d = Display.getCurrent();
        while (d.readAndDispatch()) {
            // run pending events
        }
    }

    @Test
    void typingRecomputesAndDrawsTheSelectedWindow() {
        LayerTab layer = part.layer();
        part.tabs().setSelection(0);
        type(layer.form().field(0, Field.INPUT), "8");
        type(layer.form().field(1, Field.INPUT), "8");
        type(layer.form().field(0, Field.STRIDE), "3");
        // floor((8 + 2 - 3) / 3) + 1 = 3 along width, floor((8 + 2 - 3) / 2) + 1 = 4 along height
        assertEquals("[3, 4]", layer.report().result().outputShape().toString());
        assertTrue(layer.answer().getText().contains("warning"), "stride 3 leaves a cell: " + layer.answer().getText());
        layer.select(2, 3);
        assertEquals(2, layer.canvas().drawing().outX());
        assertEquals(3, layer.canvas().drawing().outY());
        assertTrue(layer.canvas().drawing().isTap(6, 6));
    }

    @Test
    void arrowKeysMoveTheChosenCell() {
        LayerTab layer = part.layer();
        layer.select(0, 0);
        Event e = new Event();
        e.keyCode = SWT.ARROW_RIGHT;
        layer.canvas().control().notifyListeners(SWT.KeyDown, e);
        assertEquals(1, layer.canvas().drawing().outX());
    }

    @Test
    void badInputIsMarkedAtTheFieldAndNothingBreaks() {
        LayerTab layer = part.layer();
        part.tabs().setSelection(0);
        flush();
        type(layer.form().field(0, Field.KERNEL), "-2");
        assertTrue(layer.form().decoration(0, Field.KERNEL).isVisible());
        assertTrue(layer.form().decoration(0, Field.KERNEL).getDescriptionText().contains("kernel"),
                layer.form().decoration(0, Field.KERNEL).getDescriptionText());
        assertFalse(layer.report().valid());
        type(layer.form().field(0, Field.KERNEL), "3");
        assertFalse(layer.form().decoration(0, Field.KERNEL).isVisible());
        assertTrue(layer.report().valid());
    }

    @Test
    void kernelElevenOnInputSevenSaysWhyAtTheFieldAndInTheStatusLine() {
        LayerTab layer = part.layer();
        part.tabs().setSelection(0);
        flush();
        Text kernel = layer.form().field(0, Field.KERNEL);
        kernel.setFocus();
        type(kernel, "11");
        String why = "kernel 11 is larger than the padded input 7 + 2 = 9";
        assertTrue(layer.form().decoration(0, Field.KERNEL).isVisible());
        assertEquals(why, layer.form().decoration(0, Field.KERNEL).getDescriptionText());
        assertEquals("Kernel (width): " + why, layer.status().getText());
        assertEquals(Display.getCurrent().getSystemColor(SWT.COLOR_RED), layer.status().getForeground());
        assertTrue(layer.answer().getText().contains("Kernel (width): " + why), layer.answer().getText());
        nnwb.test.harness.Screenshots.save(kernel.getShell(), new java.io.File("target/screenshots/conv-kernel-too-large.png"));
        type(kernel, "3");
        assertTrue(layer.status().getText().startsWith("Output cell"), layer.status().getText());
        assertFalse(layer.form().decoration(0, Field.KERNEL).isVisible());
    }

    @Test
    void stackShowsReceptiveFieldJumpAndTotal() {
        StackTab stack = part.stack();
        part.tabs().setSelection(1);
        flush();
        type(stack.layers(), "k3s1,k3s1,k2s2");
        // 1 + 2 + 2 = 5, then + (2-1)*1 = 6; jump 1*1*2 = 2
        assertEquals(3, stack.table().getItemCount());
        assertEquals("6", stack.table().getItem(2).getText(1));
        assertEquals("2", stack.table().getItem(2).getText(2));
        assertTrue(stack.total().getText().startsWith("Total receptive field 6"), stack.total().getText());
        type(stack.layers(), "k3s1,q");
        assertTrue(stack.layersDecoration().isVisible());
        assertFalse(stack.layersDecoration().getDescriptionText().isBlank());
        assertEquals(0, stack.table().getItemCount());
    }

    @Test
    void stackTakesTheLayersOfTheModelTheEditorAnnounced() {
        StackTab stack = part.stack();
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        nnwb.core.analysis.AnalysisReport edge = nnwb.core.analysis.Analyzer.analyze(
                nnwb.core.templates.Templates.text("edge-cnn"), nnwb.core.analysis.AnalysisOptions.defaults());
        Object origin = new Object();
        broker.send(Topics.MODEL_ANALYSED, new ModelAnalysed("edge.nnet", origin, edge, o -> { }));
        flush();
        stack.takeFromModel();
        flush();
        assertEquals("k3s1p1, k2s2, k3s1p1, k2s2", stack.layers().getText());
        broker.send(Topics.MODEL_CLOSED, origin);
        flush();
        stack.takeFromModel();
        assertTrue(stack.modelNote().getText().startsWith("Open a .nnet model"), stack.modelNote().getText());
    }

    @Test
    void stackCanBeTakenFromAModel() {
        StackTab stack = part.stack();
        part.tabs().setSelection(1);
        stack.takeFromModel(nnwb.core.templates.Templates.text("edge-cnn"));
        flush();
        assertEquals("k3s1p1, k2s2, k3s1p1, k2s2", stack.layers().getText());
        // 3, 4, 8, 10 with jumps 1, 2, 2, 4
        assertEquals("10", stack.table().getItem(3).getText(1));
        assertTrue(stack.modelNote().getText().contains("flatten"), stack.modelNote().getText());
    }

    @Test
    void calculatorOpensInTheBottomFolderOfTheCourseworkPerspective() {
        org.eclipse.ui.IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        org.eclipse.e4.ui.workbench.modeling.EModelService models = w.getService(org.eclipse.e4.ui.workbench.modeling.EModelService.class);
        org.eclipse.e4.ui.model.application.ui.basic.MWindow mw = w.getService(org.eclipse.e4.ui.model.application.ui.basic.MWindow.class);
        org.eclipse.e4.ui.model.application.ui.MUIElement view = models.find("nnwb.conv.ui.calculator", mw);
        org.eclipse.e4.ui.model.application.ui.MUIElement folder = models.find(Coursework.Folder.BOTTOM.id(), mw);
        assertNotNull(view);
        assertNotNull(folder);
        boolean inside = false;
        for (Object p = view; p instanceof org.eclipse.e4.ui.model.application.ui.MUIElement e; p = e.getParent()) {
            inside |= p == folder;
        }
        assertTrue(inside, "the calculator sits in " + Coursework.Folder.BOTTOM.id());
    }
}
