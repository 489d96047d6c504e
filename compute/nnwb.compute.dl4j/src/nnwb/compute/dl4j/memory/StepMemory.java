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
 * ND4J memory of one training run read on the thread that trains, at fixed points of every step (after the forward
 * pass, after backpropagation, after the gradient is computed and after the update) and after each evaluation
 * batch: the sum of this thread's workspaces (their allocated size, which DL4J learns over the first steps) plus
 * the arrays outside workspaces, above the level at {@link #start()}. Reading at the same points of the same steps
 * makes the peak repeat from run to run, where a timer on another thread samples a step at random moments. Keeps
 * the workspaces' sizes at the peak, by workspace id, to explain it.
 */
public final class StepMemory extends BaseTrainingListener {

    /** The key of {@link #atPeak()} that holds the arrays outside workspaces. */
    public static final String ARRAYS = "arrays outside workspaces";

    private long base;
    private long peak;
    private long peakWorkspace;
    private Map<String, Long> atPeak = Map.of();

    /** Takes the present level as the zero; call after the thread's workspaces were destroyed. */
    public void start() {
        base = workspaces() + MemoryReader.arrayBytes();
        peak = 0;
        peakWorkspace = 0;
        atPeak = Map.of();
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
        long arrays = MemoryReader.arrayBytes();
        long now = w + arrays - base;
        peakWorkspace = Math.max(peakWorkspace, w);
        if (now > peak) {
            peak = now;
            ws.put(ARRAYS, arrays - base);
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

    /** Workspace sizes by id at the peak, and {@link #ARRAYS} above the start. */
    public Map<String, Long> atPeak() {
        return atPeak;
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
