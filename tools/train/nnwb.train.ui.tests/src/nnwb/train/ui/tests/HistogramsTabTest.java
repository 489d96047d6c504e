package nnwb.train.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nnwb.compute.train.TensorHistogram;
import nnwb.compute.train.TensorHistogram.Kind;
import nnwb.core.data.RunConfig;
import nnwb.train.HistogramLog;
import nnwb.train.experiments.Experiments;
import nnwb.train.ui.internal.HistogramsTab;
import nnwb.train.ui.internal.MonitorModel;
import nnwb.train.ui.internal.RunnerView;
import nnwb.test.harness.OpenMp;
import nnwb.test.harness.Screenshots;

/**
 * The Histograms tab in the real workbench: it fills while an edge CNN trains, shows conv1's weights from
 * initialisation to the last epoch and its gradients from epoch 1 (screenshots of both), and offers the finished
 * run from its folder with the same histograms.
 */
class HistogramsTabTest extends RunnerViewTestBase {

    static final File SHOTS = new File("target/screenshots");

    private static int tabIndex(RunnerView v, String name) {
        for (int i = 0; i < v.tabs().getItemCount(); i++) {
            if (v.tabs().getItem(i).getText().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theTabFillsWhileARunTrainsAndShowsWeightsAndGradientsOverEpochs() throws Exception {
        int epochs = 5;
        RunConfig c = Experiments.edges("edge CNN histograms", Experiments.EDGE_CNN_MAX, "edges:per-class=40,val-per-class=20")
                .withEpochs(epochs);
        HistogramsTab tab = view.histograms();
        int index = tabIndex(view, "Histograms");
        assertTrue(index >= 0, "a Histograms tab");
        assertTrue(view.run(List.of(c)));
        view.tabs().setSelection(index);
        tab.selectRun(0);
        // live: while the job still runs the tab already shows the epochs finished so far
        int shownWhileRunning = 0;
        long until = System.currentTimeMillis() + 120_000;
        while (view.job().getState() != Job.NONE && System.currentTimeMillis() < until) {
            Screenshots.settle(display, 50);
            if (view.job().getState() != Job.NONE) {
                shownWhileRunning = Math.max(shownWhileRunning, tab.canvas().shown().size());
            }
        }
        waitForJob(120_000);
        MonitorModel.State s = view.monitor().state();
        assertNotNull(s.result(), s.status());
        assertTrue(shownWhileRunning >= 1 && shownWhileRunning <= epochs + 1, "shown while running: " + shownWhileRunning);

        assertTrue(tab.tensors().contains("conv1 W"), tab.tensors().toString());
        assertTrue(tab.tensors().contains("conv1 b"), tab.tensors().toString());
        tab.select("conv1 W", Kind.VALUES);
        Screenshots.settle(display, 200);
        List<TensorHistogram> shown = tab.canvas().shown();
        assertEquals(List.of(0, 1, 2, 3, 4, 5), shown.stream().map(TensorHistogram::epoch).toList());
        TensorHistogram last = shown.get(shown.size() - 1);
        assertEquals(last.size(), java.util.Arrays.stream(last.counts()).sum());
        assertTrue(tab.statsLine().startsWith("Epoch 5: all of "), tab.statsLine());
        Screenshots.save(shell(), new File(SHOTS, "train-histograms-weights.png"));

        tab.select("conv1 W", Kind.GRADIENTS);
        Screenshots.settle(display, 200);
        assertEquals(List.of(1, 2, 3, 4, 5), tab.canvas().shown().stream().map(TensorHistogram::epoch).toList());
        Screenshots.save(shell(), new File(SHOTS, "train-histograms-gradients.png"));

        // the finished run is offered from its folder, with the histograms the run showed live
        java.nio.file.Path folder = s.result().folder();
        assertNotNull(folder);
        int past = tab.runs().indexOf(folder.getFileName().toString());
        assertTrue(past > 0, tab.runs() + " lists " + folder.getFileName());
        tab.selectRun(past);
        tab.select("conv1 W", Kind.GRADIENTS);
        assertEquals(HistogramLog.of(view.monitor().histograms(), "conv1 W", Kind.GRADIENTS), tab.canvas().shown());
        tab.selectRun(0);
    }
}
