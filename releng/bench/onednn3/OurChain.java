import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A training step's convolution, pooling and batch-norm calls of one model on oneDNN 3 (Dnnl), the way the
 * issue wants them: primitives created once and reused, one scratchpad owned by us (user scratchpad mode,
 * the largest any primitive asks for, shared), activations and their gradients channels-last (NHWC, no reorder
 * between layers), weights in the layout the forward primitive prefers (reordered from DL4J's OIHW once per
 * step, with the weight gradient reordered back, both timed as boundary calls), no input gradient for the
 * first layer, batch norm in training mode inside oneDNN (it computes the batch mean and variance).
 */
final class OurChain {

    /** Calls whose scratchpad argument is bound once the shared scratchpad exists. */
    private record Pending(String layer, String kind, boolean boundary, MemorySegment pd, List<Object> args) {
    }

    private final List<Pending> forward = new ArrayList<>();
    private final List<Pending> backward = new ArrayList<>(); // in forward order; run reversed
    private final List<String> impls = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(29);
    private final int n;

    private OurChain(int n) {
        this.n = n;
    }

    static Chain build(Layers.Model model, int batch, boolean verbose) {
        Dnnl.init();
        OurChain c = new OurChain(batch);
        for (Layers.Layer l : model.layers()) {
            switch (l) {
                case Layers.Conv v -> c.conv(v);
                case Layers.Pool p -> c.pool(p);
                case Layers.Bn b -> c.bn(b);
            }
        }
        for (Layers.Boundary b : model.boundaries()) {
            c.boundary(b);
        }
        long scratch = 0;
        List<Pending> all = new ArrayList<>(c.forward);
        all.addAll(c.backward.reversed());
        for (Pending p : all) {
            scratch = Math.max(scratch, Dnnl.size(Dnnl.queryMd(p.pd, Dnnl.Q_SCRATCHPAD)));
        }
        MemorySegment pad = Dnnl.ARENA.allocate(Math.max(64, scratch), 64);
        Chain chain = new Chain("onednn3", model.name(), batch);
        for (Pending p : all) {
            List<Object> args = new ArrayList<>(p.args);
            MemorySegment smd = Dnnl.queryMd(p.pd, Dnnl.Q_SCRATCHPAD);
            if (Dnnl.size(smd) > 0) {
                args.add(Dnnl.ARG_SCRATCHPAD);
                args.add(Dnnl.memory(smd, pad));
            }
            MemorySegment prim = Dnnl.primitive(p.pd);
            MemorySegment a = Dnnl.args(args.toArray());
            chain.add(p.layer, p.kind, p.boundary, () -> Dnnl.execute(prim, a));
        }
        if (verbose) {
            System.out.printf("oneDNN %s, %s batch %d: shared user scratchpad %,d bytes%n", Dnnl.version(),
                    model.name(), batch, scratch);
            c.impls.forEach(s -> System.out.println("  " + s));
        }
        return chain;
    }

    /** A buffer of md's size filled with values in [-1, 1), and its dnnl_memory. */
    private MemorySegment mem(MemorySegment md) {
        long bytes = Dnnl.size(md);
        MemorySegment b = Dnnl.ARENA.allocate(Math.max(bytes, 4), 64);
        for (long i = 0; i < bytes / 4; i++) {
            b.setAtIndex(ValueLayout.JAVA_FLOAT, i, (float) (random.nextDouble() * 2 - 1));
        }
        return Dnnl.memory(md, b);
    }

    private void add(List<Pending> to, String layer, String kind, boolean boundary, MemorySegment pd, Object... args) {
        to.add(new Pending(layer, kind, boundary, pd, List.of(args)));
        impls.add(layer + " " + kind + ": " + Dnnl.impl(pd));
    }

    private void conv(Layers.Conv v) {
        int o = v.out();
        MemorySegment src = Dnnl.md(Dnnl.TAG_NHWC, n, v.cin(), v.h(), v.h());
        MemorySegment dst = Dnnl.md(Dnnl.TAG_NHWC, n, v.cout(), o, o);
        MemorySegment plainW = Dnnl.md(Dnnl.TAG_OIHW, v.cout(), v.cin(), v.k(), v.k());
        MemorySegment anyW = Dnnl.md(Dnnl.TAG_ANY, v.cout(), v.cin(), v.k(), v.k());
        MemorySegment bias = v.bias() ? Dnnl.md(Dnnl.TAG_A, v.cout()) : null;
        MemorySegment fwd = Dnnl.convFwdPd(Dnnl.CONV_AUTO, src, anyW, bias, dst, v.stride(), v.pad());
        MemorySegment wmd = Dnnl.queryMd(fwd, Dnnl.Q_WEIGHTS);
        MemorySegment mSrc = mem(src), mDst = mem(dst), mW = mem(wmd), mDiffDst = mem(dst);
        MemorySegment mPlainW = mem(plainW);
        if (!Dnnl.equal(wmd, plainW)) { // DL4J's parameters (OIHW) into the primitive's layout, once per step
            add(forward, v.name(), "weights reorder", true, Dnnl.reorderPd(plainW, wmd), Dnnl.ARG_FROM, mPlainW,
                    Dnnl.ARG_TO, mW);
        }
        List<Object> fa = new ArrayList<>(List.of(Dnnl.ARG_SRC, mSrc, Dnnl.ARG_WEIGHTS, mW, Dnnl.ARG_DST, mDst));
        if (bias != null) {
            fa.addAll(List.of(Dnnl.ARG_BIAS, mem(bias)));
        }
        add(forward, v.name(), "conv forward", false, fwd, fa.toArray());
        if (!v.first()) {
            MemorySegment bd;
            MemorySegment mWd = mW;
            // the forward's weights as they are, unless only oneDNN's reference kernel takes them that way
            bd = tryBwdData(src, wmd, dst, v, fwd);
            if (bd == null) {
                bd = Dnnl.convBwdDataPd(Dnnl.CONV_AUTO, src, anyW, dst, v.stride(), v.pad(), fwd);
                MemorySegment bwmd = Dnnl.queryMd(bd, Dnnl.Q_WEIGHTS);
                mWd = mem(bwmd);
                add(backward, v.name(), "weights reorder (backward data)", true, Dnnl.reorderPd(wmd, bwmd),
                        Dnnl.ARG_FROM, mW, Dnnl.ARG_TO, mWd);
            }
            add(backward, v.name(), "conv backward data", false, bd, Dnnl.ARG_DIFF_DST, mDiffDst, Dnnl.ARG_WEIGHTS,
                    mWd, Dnnl.ARG_DIFF_SRC, mem(src));
        }
        MemorySegment bw = Dnnl.convBwdWeightsPd(Dnnl.CONV_AUTO, src, anyW, bias, dst, v.stride(), v.pad(), fwd);
        MemorySegment dwmd = Dnnl.queryMd(bw, Dnnl.Q_DIFF_WEIGHTS);
        MemorySegment mDw = mem(dwmd);
        if (!Dnnl.equal(dwmd, plainW)) { // the weight gradient back to DL4J's OIHW for its updater
            add(backward, v.name(), "weight gradient reorder", true, Dnnl.reorderPd(dwmd, plainW), Dnnl.ARG_FROM,
                    mDw, Dnnl.ARG_TO, mem(plainW));
        }
        List<Object> ba = new ArrayList<>(List.of(Dnnl.ARG_SRC, mSrc, Dnnl.ARG_DIFF_DST, mDiffDst,
                Dnnl.ARG_DIFF_WEIGHTS, mDw));
        if (bias != null) {
            ba.addAll(List.of(Dnnl.ARG_DIFF_BIAS, mem(bias)));
        }
        add(backward, v.name(), "conv backward weights", false, bw, ba.toArray());
    }

    private static MemorySegment tryBwdData(MemorySegment src, MemorySegment wmd, MemorySegment dst, Layers.Conv v,
            MemorySegment fwd) {
        try {
            MemorySegment pd = Dnnl.convBwdDataPd(Dnnl.CONV_AUTO, src, wmd, dst, v.stride(), v.pad(), fwd);
            return Dnnl.impl(pd).startsWith("ref") ? null : pd;
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private void pool(Layers.Pool p) {
        MemorySegment src = Dnnl.md(Dnnl.TAG_NHWC, n, p.c(), p.h(), p.h());
        MemorySegment dst = Dnnl.md(Dnnl.TAG_NHWC, n, p.c(), p.out(), p.out());
        MemorySegment fwd = Dnnl.poolFwdPd(src, dst, 2, 2);
        MemorySegment ws = mem(Dnnl.queryMd(fwd, Dnnl.Q_WORKSPACE));
        add(forward, p.name(), "max pool forward", false, fwd, Dnnl.ARG_SRC, mem(src), Dnnl.ARG_DST, mem(dst),
                Dnnl.ARG_WORKSPACE, ws);
        MemorySegment bwd = Dnnl.poolBwdPd(src, dst, 2, 2, fwd);
        add(backward, p.name(), "max pool backward", false, bwd, Dnnl.ARG_DIFF_DST, mem(dst), Dnnl.ARG_WORKSPACE, ws,
                Dnnl.ARG_DIFF_SRC, mem(src));
    }

    private void bn(Layers.Bn b) {
        MemorySegment x = Dnnl.md(Dnnl.TAG_NHWC, n, b.c(), b.h(), b.h());
        MemorySegment c = Dnnl.md(Dnnl.TAG_A, b.c());
        MemorySegment fwd = Dnnl.bnFwdPd(x, 1e-5f);
        MemorySegment mSrc = mem(x), mMean = mem(c), mVar = mem(c), mScale = mem(c), mShift = mem(c);
        add(forward, b.name(), "batch norm forward (training)", false, fwd, Dnnl.ARG_SRC, mSrc, Dnnl.ARG_DST, mem(x),
                Dnnl.ARG_MEAN, mMean, Dnnl.ARG_VARIANCE, mVar, Dnnl.ARG_SCALE, mScale, Dnnl.ARG_SHIFT, mShift);
        MemorySegment bwd = Dnnl.bnBwdPd(x, 1e-5f, fwd);
        add(backward, b.name(), "batch norm backward", false, bwd, Dnnl.ARG_SRC, mSrc, Dnnl.ARG_DIFF_DST, mem(x),
                Dnnl.ARG_MEAN, mMean, Dnnl.ARG_VARIANCE, mVar, Dnnl.ARG_SCALE, mScale, Dnnl.ARG_DIFF_SRC, mem(x),
                Dnnl.ARG_DIFF_SCALE, mem(c), Dnnl.ARG_DIFF_SHIFT, mem(c));
    }

    private void boundary(Layers.Boundary b) {
        MemorySegment nhwc = Dnnl.md(Dnnl.TAG_NHWC, n, b.c(), b.h(), b.h());
        MemorySegment nchw = Dnnl.md(Dnnl.TAG_NCHW, n, b.c(), b.h(), b.h());
        boolean input = b.name().startsWith("input");
        add(forward, b.name(), "activation reorder", true, input ? Dnnl.reorderPd(nchw, nhwc) : Dnnl.reorderPd(nhwc,
                nchw), Dnnl.ARG_FROM, mem(input ? nchw : nhwc), Dnnl.ARG_TO, mem(input ? nhwc : nchw));
        if (b.backward()) {
            add(backward, b.name(), "gradient reorder", true, Dnnl.reorderPd(nchw, nhwc), Dnnl.ARG_FROM, mem(nchw),
                    Dnnl.ARG_TO, mem(nhwc));
        }
    }
}
