package nnwb.train.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import nnwb.core.data.LayerOption;
import nnwb.core.data.RunConfig;
import nnwb.train.experiments.Experiments;
import nnwb.train.ui.internal.LayerLines;
import nnwb.train.ui.internal.RunConfigDialog;
import nnwb.train.ui.internal.RunConfigForm;
import nnwb.test.harness.Screenshots;

/** The run dialog's Layers field: frozen layers and initial kernels, read back into the configuration, shown. */
class LayerOptionsDialogTest {

    @Test
    void layerLinesReadAndWrite() {
        List<LayerOption> o = LayerLines.read("conv1 frozen sobel-x, [0,1,0;1,-4,1;0,1,0]\n\nfc frozen\n");
        assertEquals(List.of(new LayerOption("conv1", true, List.of("sobel-x", "0,1,0;1,-4,1;0,1,0")),
                new LayerOption("fc", true, List.of())), o);
        assertEquals("conv1 frozen sobel-x, [0,1,0;1,-4,1;0,1,0]\nfc frozen", LayerLines.write(o));
        assertEquals(o, LayerLines.read(LayerLines.write(o)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LayerLines.read("conv1\n"));
        assertTrue(e.getMessage().startsWith("Layers, line 1:"), e.getMessage());
    }

    @Test
    void theDialogEditsTheLayerOptions() {
        Display display = PlatformUI.getWorkbench().getDisplay();
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        RunConfig c = Experiments.byId("frozen-edge-detectors").runs().get(2);
        RunConfigDialog d = new RunConfigDialog(shell, c);
        d.setBlockOnOpen(false);
        d.open();
        try {
            Screenshots.settle(display, 200);
            assertEquals(c, d.result(), "the dialog reads the configuration it was given, layers included");
            d.set(RunConfigForm.LAYERS, "conv1 frozen sobel-x, sobel-y, laplacian, blur\nfc");
            Screenshots.settle(display, 50);
            assertNull(d.result());
            assertTrue(d.problem().startsWith("Layers, line 2:"), d.problem());
            d.set(RunConfigForm.LAYERS, "conv1 frozen sobel-x, sobel-y, laplacian, blur");
            Screenshots.settle(display, 50);
            assertEquals(List.of(new LayerOption("conv1", true, List.of("sobel-x", "sobel-y", "laplacian", "blur"))),
                    d.result().layers());
            Screenshots.save(d.getShell(), new File("target/screenshots", "train-run-dialog-layers.png"));
        } finally {
            d.close();
        }
    }
}
