package nnwb.compute.dl4j.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J memory of one training run, its own only, read on the thread that trains at fixed points of every step (after
 * the forward pass, after backpropagation, after the gradient is computed and after the update) and after each
 * evaluation batch: the sum of this thread's workspaces (their allocated size, which DL4J learns over the first
 * steps) above the level at {@link #start()}, plus the arrays this run keeps outside workspaces: those it
 * {@link #own owns} for its whole length (parameters, gradient view, updater state) and those it {@link #holding
 * holds} now (the minibatch's features and labels). Reading at the same points of the same steps makes the peak
 * repeat from run to run, where a timer on another thread samples a step at random moments. Keeps the workspaces'
 * sizes at the peak, by workspace id, to explain it.
 * <p>
 * ND4J's own count of arrays outside workspaces ({@link MemoryReader#arrayBytes()}) is not read: it is the whole
 * process's, so another run training in the same JVM (two Spark task slots of one executor) doubled a run's peak,
 * and arrays of earlier runs or tests freed while this one trains (a closed network, garbage the collector hands to
 * ND4J's deallocator) lowered it, down to a peak of 0 after a test that left large arrays to the collector.
 */
public final class StepMemory extends BaseTrainingListener {

    /** The key of {@link #atPeak()} that holds this run's arrays outside workspaces. */
    public static final String ARRAYS = "arrays outside workspaces";

    private long base;
    private long peak;
    private long peakWorkspace;
    private Map<String, Long> atPeak = Map.of();
    private long owned;
    private long held;

    /** Takes the present workspace level of this thread as the zero; call after its workspaces were destroyed. */
    public void start() {
        base = workspaces();
        peak = 0;
        peakWorkspace = 0;
        atPeak = Map.of();
        owned = 0;
        held = 0;
    }

    /** The arrays this run keeps outside workspaces for its whole length (parameters, gradient view, updater state). */
    public void own(INDArray... arrays) {
        owned = bytes(arrays);
    }

    /** The arrays this run holds outside workspaces now (a minibatch); none once they are closed. */
    public void holding(INDArray... arrays) {
        held = bytes(arrays);
    }

    /** Reads now, keeps the peaks and returns the level above the start. */
    public long read() {
        Map<String, Long> ws = new LinkedHashMap<>();
        long w = 0;
        List<MemoryWorkspace> all = Nd4j.getWorkspaceManager().getAllWorkspacesForCurrentThread();
        for (MemoryWorkspace m : all) {
            ws.merge(m.getId(), m.getCurrentSize(), Long::sum);
            w += m.getCurrentSize();
        }
        w = Math.max(0, w - base);
        long arrays = owned + held;
        long now = w + arrays;
        peakWorkspace = Math.max(peakWorkspace, w);
        if (now > peak) {
            peak = now;
            ws.put(ARRAYS, arrays);
            atPeak = Map.copyOf(ws);
        }
        return now;
    }

    /** The largest level read, above the start. */
    public long peak() {
        return peak;
    }

    /** The largest workspace total read. */
    public long peakWorkspace() {
        return peakWorkspace;
    }

    /** Workspace sizes by id at the peak, and {@link #ARRAYS}: this run's arrays outside workspaces. */
    public Map<String, Long> atPeak() {
        return atPeak;
    }

    /** The bytes of these arrays' data ({@code length() * dataType().width()}), closed and null ones left out. */
    static long bytes(INDArray... arrays) {
        long b = 0;
        for (INDArray a : arrays) {
            if (a != null && !a.wasClosed()) {
                b += a.length() * a.dataType().width();
            }
        }
        return b;
    }

    private static long workspaces() {
        long w = 0;
        for (MemoryWorkspace m : Nd4j.getWorkspaceManager().getAllWorkspacesForCurrentThread()) {
            w += m.getCurrentSize();
        }
        return w;
    }

    @Override
    public void onForwardPass(Model model, List<INDArray> activations) {
        read();
    }

    @Override
    public void onForwardPass(Model model, Map<String, INDArray> activations) {
        read();
    }

    @Override
    public void onBackwardPass(Model model) {
        read();
    }

    @Override
    public void onGradientCalculation(Model model) {
        read();
    }

    @Override
    public void iterationDone(Model model, int iteration, int epoch) {
        read();
    }
}
