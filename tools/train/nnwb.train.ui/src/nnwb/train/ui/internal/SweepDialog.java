package nnwb.train.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nnwb.core.data.Optimizer;
import nnwb.train.MemoryBudget;

/**
 * Chooses a sweep's grid: batch sizes, optimizers, seeds and optionally a memory budget; and where it trains: here,
 * on a Spark cluster (a master URL), or exported for a cluster this machine cannot reach (a folder).
 */
public final class SweepDialog extends TitleAreaDialog {

    /**
     * A grid: budget null means the device's; spark the master URL to train on (null: here); export a folder to
     * write the submission into instead of running it (null: run).
     */
    public record Grid(List<Integer> batches, List<Optimizer> optimizers, List<Long> seeds, Long budget, String spark,
            String export, Integer epochs) {

        /** A grid that trains every cell for the base configuration's epochs. */
        public Grid(List<Integer> batches, List<Optimizer> optimizers, List<Long> seeds, Long budget, String spark,
                String export) {
            this(batches, optimizers, seeds, budget, spark, export, null);
        }

        /** {@code base} with this grid's epochs (when it sets them). */
        public nnwb.core.data.RunConfig apply(nnwb.core.data.RunConfig base) {
            return epochs == null ? base : base.withEpochs(epochs);
        }
    }

    private final int baseEpochs;
    private Text batches;
    private Text epochs;
    private Text seeds;
    private Text budget;
    private Button onSpark;
    private Text master;
    private Button exportOnly;
    private Text exportDir;
    private final List<Button> optimizers = new ArrayList<>();
    private Grid grid;

    /** A sweep of a configuration that trains for {@code baseEpochs} epochs (the Epochs field starts there). */
    public SweepDialog(Shell shell, int baseEpochs) {
        super(shell);
        this.baseEpochs = baseEpochs;
    }

    public Grid grid() {
        return grid;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Sweep");
        setMessage("Every cell's memory is predicted first; cells that do not fit are marked and not run.");
        Composite c = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
        batches = field(c, "Batch sizes", "4,16,64,256");
        epochs = field(c, "Epochs", Integer.toString(baseEpochs));
        epochs.setToolTipText("Every cell trains for this many epochs (the configuration's by default)");
        new Label(c, SWT.NONE).setText("Optimizers");
        Composite o = new Composite(c, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(o);
        for (Optimizer opt : Optimizer.values()) {
            Button b = new Button(o, SWT.CHECK);
            b.setText(opt.label());
            b.setData(opt);
            b.setSelection(opt == Optimizer.SGD || opt == Optimizer.MOMENTUM || opt == Optimizer.ADAM);
            b.addListener(SWT.Selection, e -> validate());
            optimizers.add(b);
        }
        seeds = field(c, "Seeds", "1");
        budget = field(c, "Memory budget", "");
        budget.setMessage("e.g. 512m, 2g; empty: the device's");
        onSpark = check(c, "On a Spark cluster", "Each cell trains as a Spark task (job jar: NNWB_SPARK_JOB_JAR; Spark: "
                + "SPARK_HOME or NNWB_SPARK_JARS); the run folders come back into the Runs tab");
        master = hinted(c, "master URL, e.g. local[2], spark://host:7077, yarn");
        exportOnly = check(c, "Export only, to folder", "Write the job jar, the specs and submit.sh (the exact spark-submit "
                + "line) for a cluster this machine cannot reach; import its runs folder afterwards with Import runs…");
        exportDir = hinted(c, "a folder to write the submission into");
        return area;
    }

    private Button check(Composite c, String label, String tip) {
        Button b = new Button(c, SWT.CHECK);
        b.setText(label);
        b.setToolTipText(tip);
        b.addListener(SWT.Selection, e -> validate());
        return b;
    }

    private Text hinted(Composite c, String message) {
        Text t = new Text(c, SWT.BORDER);
        t.setMessage(message);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(t);
        t.addListener(SWT.Modify, e -> validate());
        return t;
    }

    private Text field(Composite c, String label, String value) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        t.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(t);
        t.addListener(SWT.Modify, e -> validate());
        return t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    /** The grid the fields describe, to train here, or the problem as a sentence. */
    public static Object read(String batches, List<Optimizer> opts, String seeds, String budget) {
        return read(batches, opts, seeds, budget, null, null);
    }

    /**
     * The grid the fields describe, or the problem as a sentence; {@code spark} the master URL (null: train here),
     * {@code export} the folder of an export (null: run it).
     */
    public static Object read(String batches, List<Optimizer> opts, String seeds, String budget, String spark, String export) {
        return read(batches, opts, seeds, budget, spark, export, "");
    }

    /** {@link #read(String, List, String, String, String, String)} with an Epochs field (blank: the configuration's). */
    public static Object read(String batches, List<Optimizer> opts, String seeds, String budget, String spark, String export,
            String epochs) {
        Integer ep = null;
        if (!epochs.isBlank()) {
            try {
                ep = Integer.parseInt(epochs.strip());
            } catch (NumberFormatException e) {
                ep = -1;
            }
            if (ep < 1 || ep > 100_000) {
                return "Epochs: a whole number from 1 to 100000, got '" + epochs.strip() + "'.";
            }
        }
        if (spark != null && !spark.strip().matches("(local(\\[(\\d+|\\*)(,\\d+)?])?|spark://\\S+|yarn|k8s://\\S+|mesos://\\S+)")) {
            return "Spark master: local[N], spark://HOST:PORT, yarn or k8s://URL, got '" + spark.strip() + "'.";
        }
        if (export != null && spark == null) {
            return "An export is for a Spark cluster: tick On a Spark cluster and give its master URL.";
        }
        if (export != null && export.isBlank()) {
            return "Export: give the folder to write the submission into.";
        }
        List<Integer> bs = new ArrayList<>();
        for (String s : batches.split("[,\\s]+")) {
            try {
                int v = Integer.parseInt(s);
                if (v < 1 || v > 65536) {
                    throw new NumberFormatException();
                }
                bs.add(v);
            } catch (NumberFormatException e) {
                return "Batch sizes: 1..65536 separated by commas, got '" + s + "'.";
            }
        }
        List<Long> ss = new ArrayList<>();
        for (String s : seeds.split("[,\\s]+")) {
            try {
                long v = Long.parseLong(s);
                if (v < 0) {
                    throw new NumberFormatException();
                }
                ss.add(v);
            } catch (NumberFormatException e) {
                return "Seeds: whole numbers >= 0 separated by commas, got '" + s + "'.";
            }
        }
        if (opts.isEmpty()) {
            return "Tick at least one optimizer.";
        }
        Long b = null;
        if (!budget.isBlank()) {
            try {
                b = MemoryBudget.parseBytes(budget);
            } catch (IllegalArgumentException e) {
                return "Memory budget: " + e.getMessage() + ".";
            }
        }
        return new Grid(bs, opts, ss, b, spark == null ? null : spark.strip(), export == null ? null : export.strip(), ep);
    }

    private void validate() {
        List<Optimizer> opts = optimizers.stream().filter(Button::getSelection).map(b -> (Optimizer) b.getData()).toList();
        master.setEnabled(onSpark.getSelection());
        exportOnly.setEnabled(onSpark.getSelection());
        exportDir.setEnabled(onSpark.getSelection() && exportOnly.getSelection());
        Object r = read(batches.getText(), opts, seeds.getText(), budget.getText(), onSpark.getSelection() ? master.getText() : null,
                onSpark.getSelection() && exportOnly.getSelection() ? exportDir.getText() : null, epochs.getText());
        grid = r instanceof Grid g ? g : null;
        setErrorMessage(r instanceof String s ? s : null);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(grid != null);
        }
    }
}
