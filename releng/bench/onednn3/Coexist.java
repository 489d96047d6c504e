import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Conv2D;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The FFM route of the coexistence check, in a JVM where ND4J (libnd4jcpu with oneDNN 2.3 inside) is loaded
 * and has run: the same convolution (the ResNet's b1_c1 shape, batch 8, random data) through ND4J's conv2d
 * (NCHW) and through oneDNN 3's forward primitive (libdnnl.so.3 by FFM, NHWC), alternately three times; prints
 * the largest difference, and which native libraries (libgomp copies, libnd4jcpu, libdnnl) the process maps.
 */
public class Coexist {

    public static void main(String[] args) throws Exception {
        int n = 8, ci = 16, co = 16, h = 32, k = 3;
        Nd4j.getRandom().setSeed(5);
        INDArray x = Nd4j.rand(DataType.FLOAT, n, ci, h, h).subi(0.5);
        INDArray w = Nd4j.rand(DataType.FLOAT, co, ci, k, k).subi(0.5);
        INDArray b = Nd4j.rand(DataType.FLOAT, co).subi(0.5);
        INDArray out = Nd4j.create(DataType.FLOAT, n, co, h, h);
        OpContext c = Nd4j.getExecutioner().buildContext();
        c.setIArguments(k, k, 1, 1, 1, 1, 1, 1, 0, 0);
        Dnnl.init();
        MemorySegment src = Dnnl.md(Dnnl.TAG_NHWC, n, ci, h, h), dst = Dnnl.md(Dnnl.TAG_NHWC, n, co, h, h);
        MemorySegment wmd = Dnnl.md(Dnnl.TAG_OIHW, co, ci, k, k), bmd = Dnnl.md(Dnnl.TAG_A, co);
        // weights in the layout the primitive prefers (as OurChain does), reordered from OIHW
        MemorySegment pd = Dnnl.convFwdPd(Dnnl.CONV_AUTO, src, Dnnl.md(Dnnl.TAG_ANY, co, ci, k, k), bmd, dst, 1, 1);
        MemorySegment pwmd = Dnnl.queryMd(pd, Dnnl.Q_WEIGHTS);
        MemorySegment sx = Dnnl.ARENA.allocate(Dnnl.size(src), 64), sw = Dnnl.ARENA.allocate(Dnnl.size(wmd), 64);
        MemorySegment spw = Dnnl.ARENA.allocate(Dnnl.size(pwmd), 64);
        MemorySegment sb = Dnnl.ARENA.allocate(Dnnl.size(bmd), 64), sy = Dnnl.ARENA.allocate(Dnnl.size(dst), 64);
        MemorySegment pad = Dnnl.ARENA.allocate(Math.max(64, Dnnl.size(Dnnl.queryMd(pd, Dnnl.Q_SCRATCHPAD))), 64);
        float[] xv = x.data().asFloat(), wv = w.data().asFloat(), bv = b.data().asFloat();
        for (int i = 0; i < n; i++) { // NCHW -> NHWC
            for (int ch = 0; ch < ci; ch++) {
                for (int p = 0; p < h * h; p++) {
                    sx.setAtIndex(ValueLayout.JAVA_FLOAT, ((long) i * h * h + p) * ci + ch, xv[(i * ci + ch) * h * h + p]);
                }
            }
        }
        MemorySegment.copy(wv, 0, sw, ValueLayout.JAVA_FLOAT, 0, wv.length);
        MemorySegment.copy(bv, 0, sb, ValueLayout.JAVA_FLOAT, 0, bv.length);
        MemorySegment reorder = Dnnl.reorderPd(wmd, pwmd);
        Dnnl.execute(Dnnl.primitive(reorder), Dnnl.args(Dnnl.ARG_FROM, Dnnl.memory(wmd, sw), Dnnl.ARG_TO,
                Dnnl.memory(pwmd, spw)));
        MemorySegment prim = Dnnl.primitive(pd);
        MemorySegment a = Dnnl.args(Dnnl.ARG_SRC, Dnnl.memory(src, sx), Dnnl.ARG_WEIGHTS, Dnnl.memory(pwmd, spw),
                Dnnl.ARG_BIAS, Dnnl.memory(bmd, sb), Dnnl.ARG_DST, Dnnl.memory(dst, sy), Dnnl.ARG_SCRATCHPAD,
                Dnnl.memory(Dnnl.queryMd(pd, Dnnl.Q_SCRATCHPAD), pad));
        System.out.println("oneDNN " + Dnnl.version() + " (" + Dnnl.impl(pd) + ") beside ND4J "
                + Nd4j.getExecutioner().getClass().getSimpleName());
        double worst = 0;
        for (int round = 0; round < 3; round++) {
            c.purge();
            c.setInputArray(0, x);
            c.setInputArray(1, w.permute(2, 3, 1, 0));
            c.setInputArray(2, b);
            c.setOutputArray(0, out);
            Nd4j.exec(new Conv2D(), c);
            Dnnl.execute(prim, a);
            float[] ov = out.data().asFloat();
            double diff = 0, scale = 0;
            for (int i = 0; i < n; i++) {
                for (int ch = 0; ch < co; ch++) {
                    for (int p = 0; p < h * h; p++) {
                        float y = sy.getAtIndex(ValueLayout.JAVA_FLOAT, ((long) i * h * h + p) * co + ch);
                        float z = ov[(i * co + ch) * h * h + p];
                        diff = Math.max(diff, Math.abs(y - z));
                        scale = Math.max(scale, Math.abs(z));
                    }
                }
            }
            System.out.printf("round %d: ND4J conv2d and oneDNN 3 conv forward, largest difference %.3g (largest |value| %.3g)%n",
                    round, diff, scale);
            worst = Math.max(worst, diff / scale);
        }
        for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
            if (line.matches(".*(gomp|nd4jcpu|dnnl|jnijavacpp).*\\.so.*") && line.contains("r-xp")) {
                System.out.println("mapped: " + line.substring(line.indexOf('/')));
            }
        }
        System.out.println(worst < 1e-5 ? "COEXIST OK" : "COEXIST MISMATCH (relative " + worst + ")");
        if (worst >= 1e-5) {
            System.exit(1);
        }
    }
}
