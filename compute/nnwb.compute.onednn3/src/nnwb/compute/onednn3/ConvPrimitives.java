package nnwb.compute.onednn3;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * oneDNN 3 primitives of one convolution shape, created once and reused: forward, backward data, backward
 * weights (with bias), and the reorders between DL4J's OIHW weights and the layouts the primitives prefer.
 * Activations stay in DL4J's own layout (NCHW, or NHWC for a channels-last network: then nothing is reordered).
 * Every memory object is made without a buffer; each call points it at DL4J's arrays or ours. Scratchpads are
 * the caller's ({@link #scratchpadBytes()} tells how much the largest primitive wants).
 */
final class ConvPrimitives implements AutoCloseable {

    /** One primitive with its arguments; the scratchpad memory (when it wants one) is the last argument. */
    private record Op(MemorySegment pd, MemorySegment primitive, MemorySegment scratch, MemorySegment args) {
    }

    private final ConvShape shape;
    private final boolean withData;
    private final Arena arena = Arena.ofShared();
    private final List<MemorySegment> mds = new ArrayList<>();
    private final List<MemorySegment> memories = new ArrayList<>();
    private final List<Op> ops = new ArrayList<>();
    private final MemorySegment mSrc, mDst, mWPlain, mBias, mDiffDst, mDiffSrc, mDwPlain, mDb;
    private final Op wToFwd, fwd, wToBwd, bwdData, bwdWeights, dwToPlain;
    private final long scratchpad;
    private final String impls;

    /**
     * Creates the primitives; throws {@link Dnnl.DnnlException} when oneDNN refuses one (an unsupported data type,
     * say), after freeing what it made.
     *
     * @param withData whether backward data is needed (not for a network's first layer)
     */
    ConvPrimitives(ConvShape s, boolean withData) {
        this.shape = s;
        this.withData = withData;
        try {
            int t = s.type();
            MemorySegment src = md(t, s.tag(), s.n(), s.c(), s.h(), s.w());
            MemorySegment dst = md(t, s.tag(), s.n(), s.oc(), s.oh(), s.ow());
            MemorySegment plainW = md(t, Dnnl.TAG_OIHW, s.oc(), s.c(), s.kh(), s.kw());
            MemorySegment anyW = md(t, Dnnl.TAG_ANY, s.oc(), s.c(), s.kh(), s.kw());
            MemorySegment bias = md(t, Dnnl.TAG_A, s.oc());
            Dnnl.Geometry g = s.geometry();
            MemorySegment fwdPd = Dnnl.convFwdPd(src, anyW, bias, dst, g);
            mSrc = mem(src);
            mDst = mem(dst);
            mWPlain = mem(plainW);
            mBias = mem(bias);
            mDiffDst = mem(dst);
            mDiffSrc = mem(src);
            mDwPlain = mem(plainW);
            mDb = mem(bias);
            MemorySegment wFwd = Dnnl.queryMd(fwdPd, Dnnl.Q_WEIGHTS);
            MemorySegment mWFwd = mWPlain;
            Op toFwd = null;
            if (!Dnnl.equal(wFwd, plainW)) {
                mWFwd = ours(wFwd);
                toFwd = op(Dnnl.reorderPd(plainW, wFwd), Dnnl.ARG_FROM, mWPlain, Dnnl.ARG_TO, mWFwd);
            }
            wToFwd = toFwd;
            fwd = op(fwdPd, Dnnl.ARG_SRC, mSrc, Dnnl.ARG_WEIGHTS, mWFwd, Dnnl.ARG_BIAS, mBias, Dnnl.ARG_DST, mDst);
            Op toBwd = null, data = null;
            if (withData) {
                MemorySegment dataPd = Dnnl.convBwdDataPd(src, anyW, dst, g, fwdPd);
                MemorySegment wBwd = Dnnl.queryMd(dataPd, Dnnl.Q_WEIGHTS);
                MemorySegment mWBwd = mWPlain;
                if (!Dnnl.equal(wBwd, plainW)) {
                    mWBwd = ours(wBwd);
                    toBwd = op(Dnnl.reorderPd(plainW, wBwd), Dnnl.ARG_FROM, mWPlain, Dnnl.ARG_TO, mWBwd);
                }
                data = op(dataPd, Dnnl.ARG_DIFF_DST, mDiffDst, Dnnl.ARG_WEIGHTS, mWBwd, Dnnl.ARG_DIFF_SRC, mDiffSrc);
            }
            wToBwd = toBwd;
            bwdData = data;
            MemorySegment weightsPd = Dnnl.convBwdWeightsPd(src, anyW, bias, dst, g, fwdPd);
            MemorySegment dw = Dnnl.queryMd(weightsPd, Dnnl.Q_DIFF_WEIGHTS);
            MemorySegment mDw = mDwPlain;
            Op back = null;
            if (!Dnnl.equal(dw, plainW)) {
                mDw = ours(dw);
                back = op(Dnnl.reorderPd(dw, plainW), Dnnl.ARG_FROM, mDw, Dnnl.ARG_TO, mDwPlain);
            }
            bwdWeights = op(weightsPd, Dnnl.ARG_SRC, mSrc, Dnnl.ARG_DIFF_DST, mDiffDst, Dnnl.ARG_DIFF_WEIGHTS, mDw,
                    Dnnl.ARG_DIFF_BIAS, mDb);
            dwToPlain = back;
            long most = 0;
            StringBuilder b = new StringBuilder();
            for (Op o : ops) {
                most = Math.max(most, Dnnl.size(Dnnl.queryMd(o.pd, Dnnl.Q_SCRATCHPAD)));
            }
            b.append("forward ").append(Dnnl.impl(fwdPd));
            if (data != null) {
                b.append(", backward data ").append(Dnnl.impl(data.pd));
            }
            b.append(", backward weights ").append(Dnnl.impl(weightsPd));
            scratchpad = most;
            impls = b.toString();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private MemorySegment md(int type, int tag, long... dims) {
        MemorySegment m = Dnnl.md(type, tag, dims);
        mds.add(m);
        return m;
    }

    private MemorySegment mem(MemorySegment md) {
        MemorySegment m = Dnnl.memory(md);
        memories.add(m);
        return m;
    }

    /** A memory over a buffer of ours (weights in a primitive's preferred layout). */
    private MemorySegment ours(MemorySegment md) {
        MemorySegment m = mem(md);
        Dnnl.setHandle(m, arena.allocate(Math.max(Dnnl.size(md), 4), 64).address());
        return m;
    }

    private Op op(MemorySegment pd, Object... args) {
        MemorySegment prim = null;
        try {
            prim = Dnnl.primitive(pd);
        } catch (RuntimeException e) {
            Dnnl.destroy("pd", pd);
            throw e;
        }
        MemorySegment smd = Dnnl.queryMd(pd, Dnnl.Q_SCRATCHPAD);
        MemorySegment scratch = null;
        Object[] all = args;
        if (Dnnl.size(smd) > 0) {
            scratch = mem(smd);
            all = java.util.Arrays.copyOf(args, args.length + 2);
            all[args.length] = Dnnl.ARG_SCRATCHPAD;
            all[args.length + 1] = scratch;
        }
        Op o = new Op(pd, prim, scratch, Dnnl.args(all));
        ops.add(o);
        return o;
    }

    ConvShape shape() {
        return shape;
    }

    long scratchpadBytes() {
        return scratchpad;
    }

    /** The implementations oneDNN chose, for a log or a test. */
    String impls() {
        return impls;
    }

    private static void run(Op o, MemorySegment stream, long scratch) {
        if (o.scratch != null) {
            Dnnl.setHandle(o.scratch, scratch);
        }
        Dnnl.execute(o.primitive, stream, o.args);
    }

    /** dst = conv(src, w) + b; all raw addresses of c-contiguous arrays in the layouts of the shape. */
    void forward(MemorySegment stream, long scratch, long src, long w, long b, long dst) {
        Dnnl.setHandle(mSrc, src);
        Dnnl.setHandle(mWPlain, w);
        Dnnl.setHandle(mBias, b);
        Dnnl.setHandle(mDst, dst);
        if (wToFwd != null) {
            run(wToFwd, stream, scratch);
        }
        run(fwd, stream, scratch);
    }

    /** diffSrc = the input gradient; only when made {@code withData}. */
    void backwardData(MemorySegment stream, long scratch, long diffDst, long w, long diffSrc) {
        if (!withData) {
            throw new IllegalStateException("made without backward data");
        }
        Dnnl.setHandle(mDiffDst, diffDst);
        Dnnl.setHandle(mWPlain, w);
        Dnnl.setHandle(mDiffSrc, diffSrc);
        if (wToBwd != null) {
            run(wToBwd, stream, scratch);
        }
        run(bwdData, stream, scratch);
    }

    /** dw (OIHW) and db = the weight and bias gradients. */
    void backwardWeights(MemorySegment stream, long scratch, long src, long diffDst, long dw, long db) {
        Dnnl.setHandle(mSrc, src);
        Dnnl.setHandle(mDiffDst, diffDst);
        Dnnl.setHandle(mDwPlain, dw);
        Dnnl.setHandle(mDb, db);
        run(bwdWeights, stream, scratch);
        if (dwToPlain != null) {
            run(dwToPlain, stream, scratch);
        }
    }

    @Override
    public void close() {
        for (Op o : ops) {
            Dnnl.destroy("primitive", o.primitive);
            Dnnl.destroy("pd", o.pd);
        }
        ops.clear();
        Dnnl.destroy("memory", memories.toArray(MemorySegment[]::new));
        memories.clear();
        Dnnl.destroy("md", mds.toArray(MemorySegment[]::new));
        mds.clear();
        arena.close();
    }
}
