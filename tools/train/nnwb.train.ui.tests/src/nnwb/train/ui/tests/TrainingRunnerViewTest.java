package nnwb.train.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import nnwb.core.data.MemoryPrediction;
import nnwb.core.data.Optimizer;
import nnwb.core.data.RunConfig;
import nnwb.core.data.RunModel;
import nnwb.train.experiments.Experiments;
import nnwb.train.ui.internal.MonitorModel;
import nnwb.train.ui.internal.RunnerView;
import nnwb.train.ui.internal.SweepDialog;
import nnwb.train.ui.internal.TrainingRunnerPart;
import nnwb.test.harness.Screenshots;
import nnwb.contracts.Topics;
import nnwb.test.harness.OpenMp;
import nnwb.ui.parts.FileChooser;

/**
 * The Training runner in the real workbench: a small sweep runs under Xvfb with the monitor updating while it
 * trains (screenshots of the monitor and of the sweep), the details of an edge run and of a colourisation run, the
 * kernels going to the filter canvas's topic, runs overlaid and exported, a run predicted not to fit asking first,
 * a failing run reported in the view, and Cancel.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrainingRunnerViewTest extends RunnerViewTestBase {

    static final File SHOTS = new File("target/screenshots");

    static RunConfig edgeCnn(String name, String data, int epochs) {
        return Experiments.edges(name, Experiments.EDGE_CNN_MAX, data).withEpochs(epochs);
    }

    @Test
    @Order(1)
    void aSweepRunsWithTheMonitorLiveAndMarksTheCellsThatDoNotFit() throws Exception {
        RunConfig base = edgeCnn("edge CNN sweep", "edges:per-class=40,val-per-class=30", 4);
        // fits is decided from the dl4j prediction (what DL4J allocates), not the textbook count
        long fitsUpTo16 = MemoryPrediction.of(RunModel.analyze(base.modelText(), Map.of(), 1, 28, 28, 3, 16), Optimizer.ADAM)
                .byConvention().get("dl4j") + 1;
        assertTrue(view.sweep(base, List.of(4, 16, 64), List.of(Optimizer.SGD, Optimizer.ADAM), List.of(1L, 2L), fitsUpTo16));
        // while it trains the monitor redraws from the jobs' reports at least twice a second
        long start = System.currentTimeMillis();
        while (view.monitor().state().iterations().size() < 5 && System.currentTimeMillis() - start < 60_000) {
            Screenshots.settle(display, 50);
        }
        view.tabs().setSelection(0);
        // live means: it keeps redrawing from the reports while the job is still running
        // (counted, not timed, so a loaded machine slows it without failing it)
        long r0 = view.redraws();
        long waited = System.currentTimeMillis();
        while (view.redraws() - r0 < 4 && System.currentTimeMillis() - waited < 30_000) {
            Screenshots.settle(display, 50);
        }
        long redraws = view.redraws() - r0;
        assertTrue(redraws >= 4, "monitor redraws while training: " + redraws);
        assertTrue(view.job() != null && view.job().getState() != Job.NONE, "the sweep is still training after 4 redraws");
        Screenshots.save(shell(), new File(SHOTS, "train-monitor-running.png"));
        waitForJob(300_000);
        var s = view.sweepModel().state();
        assertEquals(12, s.plan().cells().size());
        assertEquals(16, s.plan().largestBatchThatFits());
        var table = view.sweepPanel().table();
        assertEquals(12, table.getItemCount());
        for (TableItem row : table.getItems()) {
            boolean big = row.getText(1).equals("64");
            assertEquals(big ? "NO" : "yes", row.getText(5), row.getText(0));
            assertEquals(big ? "not run: does not fit" : "done", row.getText(6), row.getText(0));
        }
        assertTrue(view.sweepPanel().summaryText().contains("largest batch predicted to fit every optimizer: 16"),
                view.sweepPanel().summaryText());
        assertTrue(view.sweepPanel().summaryText().contains("decided from the dl4j prediction"), view.sweepPanel().summaryText());
        assertTrue(view.sweepPanel().charts().get(3).seriesNames().contains("b16 adam max"), "accuracy band over seeds");
        view.tabs().setSelection(2);
        Screenshots.save(shell(), new File(SHOTS, "train-sweep.png"));
        view.tabs().setSelection(0);
        MonitorModel.State m = view.monitor().state();
        assertFalse(m.memory().isEmpty());
        assertTrue(view.monitorPanel().gapLabel().contains("Gap:"), view.monitorPanel().gapLabel());
        assertTrue(view.monitorPanel().charts().get(2).seriesNames().contains("predicted (engine)"));
        assertTrue(view.monitorPanel().charts().get(2).seriesNames().contains("predicted (dl4j)"));
        assertTrue(view.monitorPanel().gapLabel().contains("to the dl4j prediction"), view.monitorPanel().gapLabel());
        assertTrue(view.monitorPanel().gapLabel().contains("Conventions: dl4j "), view.monitorPanel().gapLabel());
        Screenshots.save(shell(), new File(SHOTS, "train-monitor.png"));
    }

    @Test
    @Order(2)
    void anEdgeRunShowsItsConfusionMatrixAndKernelsAndSendsThemToTheFilterCanvas() throws Exception {
        List<Object> posted = new CopyOnWriteArrayList<>();
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        org.osgi.service.event.EventHandler h = e -> posted.add(e.getProperty(IEventBroker.DATA));
        broker.subscribe(Topics.FILTER_OPEN_KERNELS, h);
        try {
            assertTrue(view.run(List.of(edgeCnn("edge CNN details", "edges:per-class=20,val-per-class=40", 15))));
            waitForJob(120_000);
            MonitorModel.State s = view.monitor().state();
            assertNotNull(s.result(), s.status());
            long[][] cm = view.details().confusion().counts();
            assertEquals(3, cm.length);
            assertEquals(120, java.util.Arrays.stream(cm).flatMapToLong(java.util.Arrays::stream).sum());
            assertEquals(8, view.details().kernels().kernels().kernels().size(), "conv1's 8 filters");
            view.tabs().setSelection(0);
            Screenshots.save(shell(), new File(SHOTS, "train-monitor-edges.png"));
            view.tabs().setSelection(1);
            Screenshots.save(shell(), new File(SHOTS, "train-details-edges.png"));
            // issue 24 item 9: the column headers are the full class names (not "horiz", "verti"), inside the canvas
            var confusion = view.details().confusion();
            assertEquals(s.classNames(), confusion.drawnHeaders(), "full class names above the columns");
            org.eclipse.swt.graphics.Rectangle area = confusion.control().getClientArea();
            for (org.eclipse.swt.graphics.Rectangle r : confusion.headerBounds()) {
                assertTrue(area.contains(r.x, r.y) && area.contains(r.x + r.width - 1, r.y + r.height - 1), r + " in " + area);
            }
            view.details().openKernelsButton().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            Screenshots.settle(display, 500);
            assertEquals(1, posted.size());
            nnwb.contracts.KernelSet data = (nnwb.contracts.KernelSet) posted.get(0);
            assertTrue(data.title().contains("conv1"), data.title());
            assertEquals(8, data.kernels().size());
        } finally {
            broker.unsubscribe(h);
        }
    }

    @Test
    @Order(3)
    void aColourisationRunShowsInputPredictedAndTrueColours() throws Exception {
        RunConfig c = new RunConfig("PoolUpsampleNet small", "pool-upsample-net", null, null, Map.of("NF", 8L),
                "colour:train=60,val=8", Optimizer.ADAM, 0.01, 0.9, 0.9, 0.999, 1e-8, 0, 0, 10, 6, 1, "cpu");
        assertTrue(view.run(List.of(c)));
        waitForJob(180_000);
        MonitorModel.State s = view.monitor().state();
        assertNotNull(s.result(), s.status());
        assertNotNull(view.details().colours().samples());
        assertEquals(4, view.details().colours().samples().inputs().size());
        assertEquals(24, s.palette().size());
        view.tabs().setSelection(1);
        Screenshots.save(shell(), new File(SHOTS, "train-details-colour.png"));
    }

    @Test
    @Order(4)
    void theBerkeleyExperimentRunsFromTheViewTheCnnReachesNinetyPercentTheMlpDoesNot() throws Exception {
        assertTrue(view.run(Experiments.byId("cnn-vs-mlp-20").runs()));
        // both models now train 100 epochs (issue 23), the MLP writing a checkpoint of its 79k weights after each
        waitForJob(600_000);
        assertEquals(Job.NONE, view.job() == null ? Job.NONE
                : view.job().getState(), "the experiment's job ended");
        view.overlay().refresh();
        var t = view.overlay().table();
        assertTrue(t.getItem(0).getText(0).startsWith("MLP 20"), t.getItem(0).getText(0));
        assertTrue(t.getItem(1).getText(0).startsWith("CNN 20"), t.getItem(1).getText(0));
        int acc = nnwb.train.ui.internal.RunTable.COLUMNS.indexOf("val accuracy");
        double mlp = Double.parseDouble(t.getItem(0).getText(acc));
        double cnn = Double.parseDouble(t.getItem(1).getText(acc));
        // the hyperparameter table sorts by a click on a column and filters by words
        view.overlay().sortBy(acc);
        view.overlay().sortBy(acc);
        assertTrue(t.getItem(0).getText(0).startsWith("CNN 20"), "best accuracy first: " + t.getItem(0).getText(0));
        view.overlay().filter("mlp");
        assertTrue(t.getItemCount() >= 1 && java.util.Arrays.stream(t.getItems()).allMatch(i -> i.getText(0).startsWith("MLP")),
                "filtered to the MLP runs");
        view.overlay().filter("");
        assertTrue(cnn >= 0.9 && mlp < 0.9, "CNN " + cnn + ", MLP " + mlp);
    }

    @Test
    @Order(5)
    void theSweepDialogOffersASparkClusterAndAnExportAndExportedRunsAreImported(@TempDir Path dir) throws Exception {
        SweepDialog d = new SweepDialog(shell(), 3);
        d.setBlockOnOpen(false);
        d.open();
        try {
            Button spark = find(d.getShell(), Button.class, b -> b.getText().equals("On a Spark cluster"));
            Text master = find(d.getShell(), Text.class, t -> t.getMessage().startsWith("master URL"));
            assertFalse(master.isEnabled(), "the master URL waits for the box");
            spark.setSelection(true);
            spark.notifyListeners(SWT.Selection, new Event());
            master.setText("spark://gateway:7077");
            Screenshots.settle(display, 200);
            Screenshots.save(d.getShell(), new File(SHOTS, "train-sweep-spark.png"));
            assertEquals("spark://gateway:7077", d.grid().spark());
            assertNull(d.getErrorMessage());
            master.setText("http://gateway");
            assertNull(d.grid());
            assertTrue(d.getErrorMessage().startsWith("Spark master:"), d.getErrorMessage());
        } finally {
            d.close();
        }
        // an exported sweep's runs folder, copied back from the cluster: two run folders as the job writes them
        List<Path> existing = view.workspaceRuns().runFolders();
        assertFalse(existing.isEmpty(), "runs of the earlier tests");
        Path runs = Files.createDirectories(dir.resolve("runs"));
        for (int i = 0; i < 2; i++) {
            Path to = Files.createDirectories(runs.resolve("b4-sgd-s" + (i + 1)));
            try (var files = Files.list(existing.get(i))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        Files.createDirectories(runs.resolve("not-a-run"));
        int before = view.workspaceRuns().runFolders().size();
        assertEquals(2, view.importRuns(runs));
        assertEquals(before + 2, view.workspaceRuns().runFolders().size());
        assertEquals(0, view.importRuns(dir.resolve("runs/not-a-run")));
    }

    /** Clicks Export ticked runs…: its command's handler (in the part's context) writes where the chooser answers. */
    private void exportWithTheButton(Path csv) {
        IEclipseContext context = page.getWorkbenchWindow().getService(EPartService.class).findPart("nnwb.train.ui.runner").getContext();
        context.set(FileChooser.class, new FileChooser() {
            @Override
            public Optional<Path> save(String extension, String suggested) {
                assertEquals("runs.csv", suggested);
                return Optional.of(csv);
            }

            @Override
            public Optional<Path> open(String... extensions) {
                throw new AssertionError("Export ticked runs… opens nothing");
            }
        });
        try {
            find((Composite) view.overlay().control(), Button.class, b -> b.getText().equals("Export ticked runs…")).notifyListeners(SWT.Selection, new Event());
        } finally {
            context.remove(FileChooser.class);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Control> T find(Composite c, Class<T> type, java.util.function.Predicate<T> test) {
        for (Control child : c.getChildren()) {
            if (type.isInstance(child) && test.test((T) child)) {
                return (T) child;
            }
            if (child instanceof Composite comp) {
                T t = find(comp, type, test);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    @Test
    @Order(5)
    void runsAreOverlaidAndExportedTogether(@TempDir Path dir) throws Exception {
        view.overlay().refresh();
        assertTrue(view.overlay().table().getItemCount() >= 3, "runs in the workspace: " + view.overlay().table().getItemCount());
        view.overlay().tickNewest(3);
        assertEquals(3, view.overlay().charts().get(0).seriesNames().size());
        view.tabs().setSelection(3);
        Screenshots.save(shell(), new File(SHOTS, "train-runs.png"));
        Path csv = dir.resolve("runs.csv");
        exportWithTheButton(csv);
        assertEquals("exported 3 runs to " + csv, find((Composite) view.overlay().control(), org.eclipse.swt.widgets.Label.class,
                l -> l.getText().startsWith("exported")).getText());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("run,epoch,iteration,trainLoss"));
        assertTrue(lines.size() > 3);
    }

    @Test
    @Order(6)
    void aRunPredictedAboveTheDeviceAsksFirstAndAFailureIsReportedInTheView() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        view.setConfirm((title, question) -> {
            asked.add(question);
            return false;
        });
        RunConfig huge = edgeCnn("huge", "edges:per-class=1,val-per-class=1,size=256", 1)
                .withModelText("input 256x256x1\nflatten\nfc 20000\nfc classes\nsymbol classes=3\n");
        assertTrue(view.run(List.of(huge)));
        waitForJob(60_000);
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).contains("Start it anyway?"), asked.get(0));
        MonitorModel.State s = view.monitor().state();
        assertTrue(s.failed() && s.status().contains("not started"), s.status());
        assertNull(s.result());
        RunConfig mismatch = edgeCnn("mismatch", "colour:train=2,val=2", 1);
        assertTrue(view.run(List.of(mismatch)));
        waitForJob(60_000);
        s = view.monitor().state();
        assertTrue(s.failed() && s.status().contains("cannot start") && s.status().contains("input is 1x28x28"), s.status());
        Screenshots.save(shell(), new File(SHOTS, "train-failure.png"));
    }

    @Test
    @Order(7)
    void cancelStopsTheRunningJob() throws Exception {
        assertTrue(view.run(List.of(edgeCnn("long", "edges:per-class=500,val-per-class=10", 50))));
        long start = System.currentTimeMillis();
        while (view.monitor().state().iterations().size() < 3 && System.currentTimeMillis() - start < 60_000) {
            Screenshots.settle(display, 20);
        }
        long t0 = System.currentTimeMillis();
        view.cancel();
        while (view.job().getState() != Job.NONE && System.currentTimeMillis() - t0 < 10_000) {
            Screenshots.settle(display, 20);
        }
        long took = System.currentTimeMillis() - t0;
        assertEquals(Job.NONE, view.job().getState());
        assertTrue(took < 3000, "stopped after " + took + " ms");
        Screenshots.settle(display, 600);
        assertTrue(view.monitor().state().status().startsWith("cancelled"), view.monitor().state().status());
        // the view's own status line says the job ended, not "cancelling" for ever
        assertNotNull(find((Composite) view.control(), org.eclipse.swt.widgets.Label.class,
                l -> l.getText().equals("cancelled: Training long")), "status line after the job ended");
    }

    @Test
    @Order(8)
    void theRunDialogShowsTheNumbersOfTheChosenOptimizerAndEditKeepsTheSelection() throws Exception {
        nnwb.train.ui.internal.RunConfigDialog d = new nnwb.train.ui.internal.RunConfigDialog(shell(),
                edgeCnn("dialog", "edges:per-class=2", 1).withOptimizer(Optimizer.SGD));
        d.setBlockOnOpen(false);
        d.open();
        try {
            assertFalse(d.shows("momentum") || d.shows("beta1") || d.shows("epsilon"), "plain SGD has none");
            d.set("optimizer", "adam");
            assertTrue(d.shows("beta1") && d.shows("beta2") && d.shows("epsilon") && !d.shows("momentum"));
            d.set("beta1", "0.8");
            d.set("momentum", "not shown, not read");
            assertNull(d.problem(), "a hidden field never blocks OK");
            assertEquals(0.8, d.result().beta1());
            d.set("beta2", "1.5");
            assertTrue(d.problem() != null && d.problem().contains("beta2"), String.valueOf(d.problem()));
            d.set("beta2", "0.99");
            Screenshots.settle(display, 200);
            Screenshots.save(d.getShell(), new File(SHOTS, "train-run-dialog-adam.png"));
            d.set("optimizer", "nesterov");
            assertTrue(d.shows("momentum") && !d.shows("beta1"));
        } finally {
            d.close();
        }
        view.save(edgeCnn("kept-selected", "edges:per-class=2", 1));
        org.eclipse.swt.widgets.Tree tree = find((Composite) view.control(), org.eclipse.swt.widgets.Tree.class, t -> true);
        assertEquals(1, tree.getSelectionCount(), "the saved configuration stays selected");
        assertEquals("kept-selected", tree.getSelection()[0].getText());
    }
}
