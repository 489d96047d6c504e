import java.util.Arrays;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.factory.Nd4j;

/**
 * libnd4j's pooling backward with its oneDNN helper against its own generic kernel
 * (OpContext.allowHelpers(false)) on the pooling shapes of the edge CNN's training step (2x2, stride
 * 2, NCHW), both in one JVM, the same inputs, and the largest difference between their results.
 * Started by releng/bench/pooling-backward (which sets the class path):
 *
 *   releng/bench/pooling-backward [--threads N] [--iterations N]
 */
public class PoolingBackward {

    public static void main(String[] args) throws Exception {
        int threads = 2;
        int iterations = 500;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Nd4j.create(1);
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        long[][] shapes = {{64, 10, 26, 26}, {64, 10, 11, 11}, {256, 10, 26, 26}, {256, 10, 11, 11}};
        System.out.println("| op | input (NCHW) | oneDNN helper ms | generic ms | generic / oneDNN | max abs difference |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        for (String op : new String[] {"maxpool2d_bp", "avgpool2d_bp"}) {
            for (long[] s : shapes) {
                measure(op, s, iterations);
            }
        }
    }

    private static void measure(String name, long[] s, int iterations) throws Exception {
        Nd4j.getRandom().setSeed(11);
        INDArray x = Nd4j.rand(DataType.FLOAT, s);
        INDArray eps = Nd4j.rand(DataType.FLOAT, s[0], s[1], s[2] / 2, s[3] / 2);
        INDArray[] out = {Nd4j.create(DataType.FLOAT, s), Nd4j.create(DataType.FLOAT, s)};
        double[] ms = new double[2];
        for (int h = 0; h < 2; h++) {
            OpContext c = Nd4j.getExecutioner().buildContext();
            // kernel 2x2, stride 2x2, no padding, dilation 1, truncate, (avg: exclude padding), NCHW
            c.setIArguments(2, 2, 2, 2, 0, 0, 1, 1, 0, 0, 0);
            c.allowHelpers(h == 0);
            c.setInputArray(0, x);
            c.setInputArray(1, eps);
            c.setOutputArray(0, out[h]);
            DynamicCustomOp op = DynamicCustomOp.builder(name).build();
            for (int i = 0; i < iterations / 2; i++) {
                Nd4j.exec(op, c);
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                Nd4j.exec(op, c);
            }
            ms[h] = (System.nanoTime() - t0) / 1e6 / iterations;
            c.close();
        }
        double diff = out[0].sub(out[1]).amaxNumber().doubleValue();
        System.out.printf("| %s | %s | %.3f | %.3f | %.2f | %.2g |%n", name, Arrays.toString(s), ms[0], ms[1],
                ms[1] / ms[0], diff);
    }
}
