import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

/**
 * The few functions of oneDNN 3's C API (dnnl.h of 3.8.1) the spike needs, bound with Java's FFM API
 * (no JavaCPP, so nothing clashes with the JavaCPP 1.5.7 that ND4J loads). The library is the
 * libdnnl.so.3 of org.bytedeco:dnnl:3.8.1-1.5.12's linux-x86_64 jar, extracted by run-all and named by
 * the system property dnnl.lib. Every handle is a MemorySegment; every call is checked.
 */
final class Dnnl {

    // enum values of dnnl_types.h / dnnl_common_types.h 3.8.1 (printed from the headers by a C program)
    static final int F32 = 3, TAG_ANY = 1, TAG_A = 2, TAG_NCHW = 5, TAG_NHWC = 22, TAG_OIHW = 5;
    static final int FORWARD_TRAINING = 64, BACKWARD = 128;
    static final int CONV_DIRECT = 1, CONV_AUTO = 3, POOL_MAX = 511;
    static final int USE_SCALE = 2, USE_SHIFT = 4;
    static final int ARG_SRC = 1, ARG_DST = 17, ARG_WEIGHTS = 33, ARG_BIAS = 41, ARG_DIFF_SRC = 129,
            ARG_DIFF_DST = 145, ARG_DIFF_WEIGHTS = 161, ARG_DIFF_BIAS = 169, ARG_SCRATCHPAD = 80,
            ARG_WORKSPACE = 64, ARG_MEAN = 49, ARG_VARIANCE = 50, ARG_SCALE = 51, ARG_SHIFT = 52,
            ARG_DIFF_SCALE = 255, ARG_DIFF_SHIFT = 256, ARG_FROM = 1, ARG_TO = 17;
    static final int Q_SRC = 129, Q_DIFF_SRC = 130, Q_WEIGHTS = 131, Q_DIFF_WEIGHTS = 132, Q_DST = 133,
            Q_DIFF_DST = 134, Q_WORKSPACE = 135, Q_SCRATCHPAD = 136, Q_IMPL_INFO_STR = 8;
    static final int SCRATCHPAD_USER = 1, ENGINE_CPU = 1, STREAM_DEFAULT = 1;

    private static final Linker L = Linker.nativeLinker();
    private static SymbolLookup lib;
    private static MethodHandle engineCreate, streamCreate, streamWait, mdCreateTag, mdSize, mdEqual, attrCreate,
            attrScratchpad, convFwd, convBwdData, convBwdWeights, poolFwd, poolBwd, bnFwd, bnBwd, reorder, queryMd,
            query, primCreate, memCreate, execute, version;

    static final Arena ARENA = Arena.ofAuto();
    static MemorySegment engine, stream, attr;

    private Dnnl() {
    }

    private static MethodHandle f(String name, FunctionDescriptor d) {
        return L.downcallHandle(lib.find(name).orElseThrow(() -> new IllegalStateException("no symbol " + name)), d);
    }

    private static FunctionDescriptor st(java.lang.foreign.MemoryLayout... args) {
        return FunctionDescriptor.of(JAVA_INT, args);
    }

    /** Loads libdnnl.so.3 and creates the CPU engine, one stream and the user-scratchpad attribute. */
    static synchronized void init() {
        if (lib != null) {
            return;
        }
        String path = System.getProperty("dnnl.lib", System.getenv("NNWB_DNNL_LIB"));
        if (path == null) {
            throw new IllegalStateException("-Ddnnl.lib or NNWB_DNNL_LIB (the path of libdnnl.so.3) is missing (run-all sets it)");
        }
        lib = SymbolLookup.libraryLookup(Path.of(path), Arena.global());
        var A = ADDRESS;
        engineCreate = f("dnnl_engine_create", st(A, JAVA_INT, JAVA_LONG));
        streamCreate = f("dnnl_stream_create", st(A, A, JAVA_INT));
        streamWait = f("dnnl_stream_wait", st(A));
        mdCreateTag = f("dnnl_memory_desc_create_with_tag", st(A, JAVA_INT, A, JAVA_INT, JAVA_INT));
        mdSize = f("dnnl_memory_desc_get_size", FunctionDescriptor.of(JAVA_LONG, A));
        mdEqual = f("dnnl_memory_desc_equal", FunctionDescriptor.of(JAVA_INT, A, A));
        attrCreate = f("dnnl_primitive_attr_create", st(A));
        attrScratchpad = f("dnnl_primitive_attr_set_scratchpad_mode", st(A, JAVA_INT));
        convFwd = f("dnnl_convolution_forward_primitive_desc_create",
                st(A, A, JAVA_INT, JAVA_INT, A, A, A, A, A, A, A, A, A));
        convBwdData = f("dnnl_convolution_backward_data_primitive_desc_create",
                st(A, A, JAVA_INT, A, A, A, A, A, A, A, A, A));
        convBwdWeights = f("dnnl_convolution_backward_weights_primitive_desc_create",
                st(A, A, JAVA_INT, A, A, A, A, A, A, A, A, A, A));
        poolFwd = f("dnnl_pooling_forward_primitive_desc_create", st(A, A, JAVA_INT, JAVA_INT, A, A, A, A, A, A, A, A));
        poolBwd = f("dnnl_pooling_backward_primitive_desc_create", st(A, A, JAVA_INT, A, A, A, A, A, A, A, A, A));
        bnFwd = f("dnnl_batch_normalization_forward_primitive_desc_create",
                st(A, A, JAVA_INT, A, A, JAVA_FLOAT, JAVA_INT, A));
        bnBwd = f("dnnl_batch_normalization_backward_primitive_desc_create",
                st(A, A, JAVA_INT, A, A, A, JAVA_FLOAT, JAVA_INT, A, A));
        reorder = f("dnnl_reorder_primitive_desc_create", st(A, A, A, A, A, A));
        queryMd = f("dnnl_primitive_desc_query_md", FunctionDescriptor.of(A, A, JAVA_INT, JAVA_INT));
        query = f("dnnl_primitive_desc_query", st(A, JAVA_INT, JAVA_INT, A));
        primCreate = f("dnnl_primitive_create", st(A, A));
        memCreate = f("dnnl_memory_create", st(A, A, A, A));
        execute = f("dnnl_primitive_execute", st(A, A, JAVA_INT, A));
        version = f("dnnl_version", FunctionDescriptor.of(A.withTargetLayout(
                java.lang.foreign.MemoryLayout.structLayout(JAVA_INT, JAVA_INT, JAVA_INT))));
        MemorySegment p = out();
        check("dnnl_engine_create", call(engineCreate, p, ENGINE_CPU, 0L));
        engine = p.get(ADDRESS, 0);
        p = out();
        check("dnnl_stream_create", call(streamCreate, p, engine, STREAM_DEFAULT));
        stream = p.get(ADDRESS, 0);
        p = out();
        check("dnnl_primitive_attr_create", call(attrCreate, p));
        attr = p.get(ADDRESS, 0);
        check("scratchpad mode", call(attrScratchpad, attr, SCRATCHPAD_USER));
    }

    static String version() {
        try {
            MemorySegment v = (MemorySegment) version.invokeExact();
            return v.get(JAVA_INT, 0) + "." + v.get(JAVA_INT, 4) + "." + v.get(JAVA_INT, 8);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static int call(MethodHandle h, Object... args) {
        try {
            return (int) h.invokeWithArguments(args);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    static void check(String what, int status) {
        if (status != 0) {
            throw new IllegalStateException(what + " failed: dnnl_status_t " + status
                    + (status == 3 ? " (unimplemented)" : status == 2 ? " (invalid arguments)" : ""));
        }
    }

    static MemorySegment out() {
        return ARENA.allocate(ADDRESS);
    }

    static MemorySegment dims(long... d) {
        MemorySegment s = ARENA.allocate(JAVA_LONG, 12);
        for (int i = 0; i < d.length; i++) {
            s.setAtIndex(JAVA_LONG, i, d[i]);
        }
        return s;
    }

    /** A memory descriptor of f32 with the given dims and format tag. */
    static MemorySegment md(int tag, long... d) {
        MemorySegment p = out();
        check("dnnl_memory_desc_create_with_tag", call(mdCreateTag, p, d.length, dims(d), F32, tag));
        return p.get(ADDRESS, 0);
    }

    static long size(MemorySegment md) {
        try {
            return (long) mdSize.invokeExact(md);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    static boolean equal(MemorySegment a, MemorySegment b) {
        return call(mdEqual, a, b) == 1;
    }

    static MemorySegment queryMd(MemorySegment pd, int what) {
        try {
            return (MemorySegment) queryMd.invokeExact(pd, what, 0);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    static String impl(MemorySegment pd) {
        MemorySegment p = out();
        check("impl_info_str", call(query, pd, Q_IMPL_INFO_STR, 0, p));
        return p.get(ADDRESS, 0).reinterpret(256).getString(0);
    }

    private static MemorySegment pd(String what, MethodHandle h, Object... rest) {
        MemorySegment p = out();
        Object[] args = new Object[rest.length + 2];
        args[0] = p;
        args[1] = engine;
        System.arraycopy(rest, 0, args, 2, rest.length);
        check(what, call(h, args));
        return p.get(ADDRESS, 0);
    }

    static MemorySegment convFwdPd(int alg, MemorySegment src, MemorySegment w, MemorySegment b, MemorySegment dst,
            long stride, long pad) {
        return pd("convolution forward", convFwd, FORWARD_TRAINING, alg, src, w, b == null ? MemorySegment.NULL : b,
                dst, dims(stride, stride), dims(0, 0), dims(pad, pad), dims(pad, pad), attr);
    }

    static MemorySegment convBwdDataPd(int alg, MemorySegment diffSrc, MemorySegment w, MemorySegment diffDst,
            long stride, long pad, MemorySegment hint) {
        return pd("convolution backward data", convBwdData, alg, diffSrc, w, diffDst, dims(stride, stride), dims(0, 0),
                dims(pad, pad), dims(pad, pad), hint, attr);
    }

    static MemorySegment convBwdWeightsPd(int alg, MemorySegment src, MemorySegment dw, MemorySegment db,
            MemorySegment diffDst, long stride, long pad, MemorySegment hint) {
        return pd("convolution backward weights", convBwdWeights, alg, src, dw, db == null ? MemorySegment.NULL : db,
                diffDst, dims(stride, stride), dims(0, 0), dims(pad, pad), dims(pad, pad), hint, attr);
    }

    static MemorySegment poolFwdPd(MemorySegment src, MemorySegment dst, long k, long stride) {
        return pd("pooling forward", poolFwd, FORWARD_TRAINING, POOL_MAX, src, dst, dims(stride, stride), dims(k, k),
                dims(0, 0), dims(0, 0), dims(0, 0), attr);
    }

    static MemorySegment poolBwdPd(MemorySegment diffSrc, MemorySegment diffDst, long k, long stride,
            MemorySegment hint) {
        return pd("pooling backward", poolBwd, POOL_MAX, diffSrc, diffDst, dims(stride, stride), dims(k, k),
                dims(0, 0), dims(0, 0), dims(0, 0), hint, attr);
    }

    static MemorySegment bnFwdPd(MemorySegment src, float eps) {
        return pd("batch normalization forward", bnFwd, FORWARD_TRAINING, src, src, eps, USE_SCALE | USE_SHIFT, attr);
    }

    static MemorySegment bnBwdPd(MemorySegment src, float eps, MemorySegment hint) {
        return pd("batch normalization backward", bnBwd, BACKWARD, src, src, src, eps, USE_SCALE | USE_SHIFT, hint,
                attr);
    }

    static MemorySegment reorderPd(MemorySegment from, MemorySegment to) {
        MemorySegment p = out();
        check("reorder", call(reorder, p, from, engine, to, engine, attr));
        return p.get(ADDRESS, 0);
    }

    static MemorySegment primitive(MemorySegment pd) {
        MemorySegment p = out();
        check("dnnl_primitive_create", call(primCreate, p, pd));
        return p.get(ADDRESS, 0);
    }

    /** A dnnl_memory over a buffer we own. */
    static MemorySegment memory(MemorySegment md, MemorySegment buffer) {
        MemorySegment p = out();
        check("dnnl_memory_create", call(memCreate, p, md, engine, buffer));
        return p.get(ADDRESS, 0);
    }

    /** Execution arguments (dnnl_exec_arg_t: int arg, 4 bytes padding, dnnl_memory_t), built once per op. */
    static MemorySegment args(Object... pairs) {
        MemorySegment s = ARENA.allocate(16L * (pairs.length / 2), 8);
        for (int i = 0; i < pairs.length / 2; i++) {
            s.set(JAVA_INT, 16L * i, (Integer) pairs[2 * i]);
            s.set(ADDRESS, 16L * i + 8, (MemorySegment) pairs[2 * i + 1]);
        }
        return s;
    }

    static void execute(MemorySegment primitive, MemorySegment args) {
        try {
            int st = (int) execute.invokeExact(primitive, stream, (int) (args.byteSize() / 16), args);
            if (st != 0) {
                check("dnnl_primitive_execute", st);
            }
            st = (int) streamWait.invokeExact(stream);
            if (st != 0) {
                check("dnnl_stream_wait", st);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
