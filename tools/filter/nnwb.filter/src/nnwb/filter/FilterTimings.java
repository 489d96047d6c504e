package nnwb.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import nnwb.compute.Tensor;
import nnwb.compute.TensorOperations;
import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.image.SceneImage;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterPlan;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.PadMode;

/**
 * The filtering benchmark behind {@code nnwb filter-bench}: one gray scene, random kernels of each size, "same" zero
 * padding at stride 1, timed on each path the canvas can take.
 */
public final class FilterTimings {

    /** Warm-up runs before the measured ones. */
    public static final int WARM_UP = 5;

    private final TensorOperations tensors;
    private final int size;
    private final int runs;

    public FilterTimings(TensorOperations tensors, int size, int runs) {
        this.tensors = tensors;
        this.size = size;
        this.runs = runs;
    }

    /**
     * One measurement.
     *
     * @param kernel   kernel side
     * @param path     compute, convolve or preview
     * @param medianMs median milliseconds
     * @param minMs    fastest run
     * @param targetMs the target for this kernel on 512 x 512 (null for other cases)
     */
    public record Row(int kernel, String path, double medianMs, double minMs, Integer targetMs) {

        public Map<String, Object> toJson() {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("kernel", kernel);
            m.put("path", path);
            m.put("medianMs", medianMs);
            m.put("minMs", minMs);
            m.put("targetMs", targetMs);
            return m;
        }
    }

    /** Times every kernel side on the three paths. */
    public List<Row> measure(List<Integer> kernelSides) {
        Image image = SceneImage.of(size, size).toGray();
        ComputeFilter compute = new ComputeFilter(tensors);
        List<Row> rows = new ArrayList<>();
        for (int k : kernelSides) {
            Random random = new Random(k);
            Kernel kernel = new Kernel(Matrix.generate(k, k, (r, c) -> random.nextGaussian()));
            FilterPlan plan = FilterPlan.of(kernel, image, FilterSpec.same(kernel, FilterMode.CORRELATION, PadMode.ZERO, 1));
            Integer target = size != 512 ? null : k == 3 ? Integer.valueOf(16) : k == 7 ? Integer.valueOf(40) : null;
            rows.add(row(k, "compute", target, () -> compute.apply(plan, image)));
            Tensor x = ComputeFilter.stack(plan.pad(image), new int[] {1, 1, plan.paddedRows(), plan.paddedCols()});
            Tensor w = new Tensor(new int[] {1, 1, k, k}, kernel.values().rowMajor());
            rows.add(row(k, "convolve", target, () -> tensors.convolve(x, w, ComputeFilter.correlation(plan.spec()))));
            rows.add(row(k, "preview", target, () -> PreviewFilter.apply(plan, image)));
        }
        return rows;
    }

    private Row row(int k, String path, Integer target, Supplier<Object> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
        return new Row(k, path, median, ms[0], target);
    }
}
