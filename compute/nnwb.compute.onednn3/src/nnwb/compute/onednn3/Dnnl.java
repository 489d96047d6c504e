package nnwb.compute.onednn3;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

/**
 * The functions of oneDNN 3's C API (dnnl.h of 3.8.1) the kernels need, bound with Java's FFM API: no JavaCPP,
 * so nothing clashes with the JavaCPP 1.5.7 that ND4J loads, and oneDNN 3 lives beside the oneDNN 2.3 inside
 * libnd4jcpu (issue 29's spike: no symbol crosses, one OpenMP runtime). Every handle is a MemorySegment; every
 * status is checked and a failure becomes a {@link DnnlException} naming the call. {@link #load} once first.
 */
public final class Dnnl {

    // enum values of dnnl_types.h / dnnl_common_types.h 3.8.1
    public static final int F32 = 3, F64 = 7;
    public static final int TAG_ANY = 1, TAG_A = 2, TAG_NCHW = 5, TAG_NHWC = 22, TAG_OIHW = 5;
    public static final int FORWARD_TRAINING = 64, BACKWARD = 128;
    public static final int CONV_DIRECT = 1, CONV_AUTO = 3, POOL_MAX = 511;
    public static final int USE_SCALE = 2, USE_SHIFT = 4;
    public static final int ARG_SRC = 1, ARG_DST = 17, ARG_WEIGHTS = 33, ARG_BIAS = 41, ARG_DIFF_SRC = 129,
            ARG_DIFF_DST = 145, ARG_DIFF_WEIGHTS = 161, ARG_DIFF_BIAS = 169, ARG_SCRATCHPAD = 80,
            ARG_WORKSPACE = 64, ARG_MEAN = 49, ARG_VARIANCE = 50, ARG_SCALE = 51, ARG_SHIFT = 52,
            ARG_DIFF_SCALE = 255, ARG_DIFF_SHIFT = 256, ARG_FROM = 1, ARG_TO = 17;
    public static final int Q_SRC = 129, Q_DIFF_SRC = 130, Q_WEIGHTS = 131, Q_DIFF_WEIGHTS = 132, Q_DST = 133,
            Q_DIFF_DST = 134, Q_WORKSPACE = 135, Q_SCRATCHPAD = 136, Q_IMPL_INFO_STR = 8;
    static final int SCRATCHPAD_USER = 1, ENGINE_CPU = 1, STREAM_DEFAULT = 1;

    private static final Linker L = Linker.nativeLinker();
    private static SymbolLookup lib;
    private static MethodHandle engineCreate, streamCreate, streamWait, streamDestroy, mdCreateTag, mdDestroy, mdSize,
            mdEqual, attrCreate, attrScratchpad, convFwd, convBwdData, convBwdWeights, poolFwd, poolBwd, bnFwd, bnBwd,
            reorder, queryMd, query, pdDestroy, primCreate, primDestroy, memCreate, memSetHandle, memDestroy, execute,
            version;

    /** Small long-lived structures (out-parameters of creation calls, dims); freed with the class loader. */
    static final Arena ARENA = Arena.ofAuto();
    static MemorySegment engine, attr;
    private static Path loadedFrom;

    private Dnnl() {
    }

    /** A call oneDNN refused: its dnnl_status_t and the call's name. */
    public static final class DnnlException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final int status;

        DnnlException(String what, int status) {
            super("oneDNN 3 refused " + what + ": dnnl_status_t " + status + name(status));
            this.status = status;
        }

        private static String name(int s) {
            return switch (s) {
                case 1 -> " (out of memory)";
                case 2 -> " (invalid arguments)";
                case 3 -> " (unimplemented)";
                case 5 -> " (runtime error)";
                default -> "";
            };
        }
    }

    private static MethodHandle f(String name, FunctionDescriptor d) {
        return L.downcallHandle(lib.find(name).orElseThrow(() -> new IllegalStateException("no symbol " + name
                + " in " + loadedFrom)), d);
    }

    private static FunctionDescriptor st(MemoryLayout... args) {
        return FunctionDescriptor.of(JAVA_INT, args);
    }

    /** Whether {@link #load} succeeded. */
    public static synchronized boolean loaded() {
        return engine != null;
    }

    /** Where the library was loaded from, or null. */
    public static synchronized Path loadedFrom() {
        return loaded() ? loadedFrom : null;
    }

    /**
     * Loads libdnnl.so.3 from {@code path} (once: later calls return at once), binds the functions, creates the
     * CPU engine and the user-scratchpad attribute. Its OpenMP calls bind to the libgomp.so.1 already loaded
     * (ND4J's), or the system's.
     */
    public static synchronized void load(Path path) {
        if (engine != null) {
            return;
        }
        loadedFrom = path;
        lib = SymbolLookup.libraryLookup(path, Arena.global());
        var a = ADDRESS;
        engineCreate = f("dnnl_engine_create", st(a, JAVA_INT, JAVA_LONG));
        streamCreate = f("dnnl_stream_create", st(a, a, JAVA_INT));
        streamWait = f("dnnl_stream_wait", st(a));
        streamDestroy = f("dnnl_stream_destroy", st(a));
        mdCreateTag = f("dnnl_memory_desc_create_with_tag", st(a, JAVA_INT, a, JAVA_INT, JAVA_INT));
        mdDestroy = f("dnnl_memory_desc_destroy", st(a));
        mdSize = f("dnnl_memory_desc_get_size", FunctionDescriptor.of(JAVA_LONG, a));
        mdEqual = f("dnnl_memory_desc_equal", FunctionDescriptor.of(JAVA_INT, a, a));
        attrCreate = f("dnnl_primitive_attr_create", st(a));
        attrScratchpad = f("dnnl_primitive_attr_set_scratchpad_mode", st(a, JAVA_INT));
        convFwd = f("dnnl_convolution_forward_primitive_desc_create",
                st(a, a, JAVA_INT, JAVA_INT, a, a, a, a, a, a, a, a, a));
        convBwdData = f("dnnl_convolution_backward_data_primitive_desc_create",
                st(a, a, JAVA_INT, a, a, a, a, a, a, a, a, a));
        convBwdWeights = f("dnnl_convolution_backward_weights_primitive_desc_create",
                st(a, a, JAVA_INT, a, a, a, a, a, a, a, a, a, a));
        poolFwd = f("dnnl_pooling_forward_primitive_desc_create", st(a, a, JAVA_INT, JAVA_INT, a, a, a, a, a, a, a, a));
        poolBwd = f("dnnl_pooling_backward_primitive_desc_create", st(a, a, JAVA_INT, a, a, a, a, a, a, a, a, a));
        bnFwd = f("dnnl_batch_normalization_forward_primitive_desc_create",
                st(a, a, JAVA_INT, a, a, JAVA_FLOAT, JAVA_INT, a));
        bnBwd = f("dnnl_batch_normalization_backward_primitive_desc_create",
                st(a, a, JAVA_INT, a, a, a, JAVA_FLOAT, JAVA_INT, a, a));
        reorder = f("dnnl_reorder_primitive_desc_create", st(a, a, a, a, a, a));
        queryMd = f("dnnl_primitive_desc_query_md", FunctionDescriptor.of(a, a, JAVA_INT, JAVA_INT));
        query = f("dnnl_primitive_desc_query", st(a, JAVA_INT, JAVA_INT, a));
        pdDestroy = f("dnnl_primitive_desc_destroy", st(a));
        primCreate = f("dnnl_primitive_create", st(a, a));
        primDestroy = f("dnnl_primitive_destroy", st(a));
        memCreate = f("dnnl_memory_create", st(a, a, a, a));
        memSetHandle = f("dnnl_memory_set_data_handle", st(a, a));
        memDestroy = f("dnnl_memory_destroy", st(a));
        execute = f("dnnl_primitive_execute", st(a, a, JAVA_INT, a));
        version = f("dnnl_version", FunctionDescriptor.of(a.withTargetLayout(
                MemoryLayout.structLayout(JAVA_INT, JAVA_INT, JAVA_INT))));
        MemorySegment p = out();
        check("dnnl_engine_create", call(engineCreate, p, ENGINE_CPU, 0L));
        MemorySegment e = p.get(ADDRESS, 0);
        p = out();
        check("dnnl_primitive_attr_create", call(attrCreate, p));
        attr = p.get(ADDRESS, 0);
        check("scratchpad mode", call(attrScratchpad, attr, SCRATCHPAD_USER));
        engine = e;
    }

    /** oneDNN's version, e.g. "3.8.1". */
    public static String version() {
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
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    static void check(String what, int status) {
        if (status != 0) {
            throw new DnnlException(what, status);
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

    /** A stream on the CPU engine (one per helper: streams are not shared between threads). */
    public static MemorySegment stream() {
        MemorySegment p = out();
        check("dnnl_stream_create", call(streamCreate, p, engine, STREAM_DEFAULT));
        return p.get(ADDRESS, 0);
    }

    /** A memory descriptor of {@code type} with the given dims and format tag; {@link #destroyMd} it. */
    public static MemorySegment md(int type, int tag, long... d) {
        MemorySegment p = out();
        check("a memory descriptor (data type " + type + ")", call(mdCreateTag, p, d.length, dims(d), type, tag));
        return p.get(ADDRESS, 0);
    }

    public static long size(MemorySegment md) {
        try {
            return (long) mdSize.invokeExact(md);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    public static boolean equal(MemorySegment a, MemorySegment b) {
        return call(mdEqual, a, b) == 1;
    }

    /** A descriptor owned by the primitive descriptor {@code pd} (never destroyed by us). */
    public static MemorySegment queryMd(MemorySegment pd, int what) {
        try {
            return (MemorySegment) queryMd.invokeExact(pd, what, 0);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The implementation oneDNN chose, e.g. "brg_conv_fwd:avx512_core". */
    public static String impl(MemorySegment pd) {
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

    private static MemorySegment orNull(MemorySegment s) {
        return s == null ? MemorySegment.NULL : s;
    }

    /** Geometry of a 2-D convolution: strides, dilations (oneDNN's: 0 = none), left/top and right/bottom pads. */
    public record Geometry(long[] strides, long[] dilates, long[] padL, long[] padR) {
    }

    public static MemorySegment convFwdPd(MemorySegment src, MemorySegment w, MemorySegment b, MemorySegment dst,
            Geometry g) {
        return pd("convolution forward", convFwd, FORWARD_TRAINING, CONV_DIRECT, src, w, orNull(b), dst,
                dims(g.strides), dims(g.dilates), dims(g.padL), dims(g.padR), attr);
    }

    public static MemorySegment convBwdDataPd(MemorySegment diffSrc, MemorySegment w, MemorySegment diffDst,
            Geometry g, MemorySegment hint) {
        return pd("convolution backward data", convBwdData, CONV_DIRECT, diffSrc, w, diffDst, dims(g.strides),
                dims(g.dilates), dims(g.padL), dims(g.padR), hint, attr);
    }

    public static MemorySegment convBwdWeightsPd(MemorySegment src, MemorySegment dw, MemorySegment db,
            MemorySegment diffDst, Geometry g, MemorySegment hint) {
        return pd("convolution backward weights", convBwdWeights, CONV_DIRECT, src, dw, orNull(db), diffDst,
                dims(g.strides), dims(g.dilates), dims(g.padL), dims(g.padR), hint, attr);
    }

    public static MemorySegment poolFwdPd(MemorySegment src, MemorySegment dst, long k, long stride) {
        return pd("pooling forward", poolFwd, FORWARD_TRAINING, POOL_MAX, src, dst, dims(stride, stride), dims(k, k),
                dims(0, 0), dims(0, 0), dims(0, 0), attr);
    }

    public static MemorySegment poolBwdPd(MemorySegment diffSrc, MemorySegment diffDst, long k, long stride,
            MemorySegment hint) {
        return pd("pooling backward", poolBwd, POOL_MAX, diffSrc, diffDst, dims(stride, stride), dims(k, k),
                dims(0, 0), dims(0, 0), dims(0, 0), hint, attr);
    }

    public static MemorySegment bnFwdPd(MemorySegment src, float eps) {
        return pd("batch normalization forward", bnFwd, FORWARD_TRAINING, src, src, eps, USE_SCALE | USE_SHIFT, attr);
    }

    public static MemorySegment bnBwdPd(MemorySegment src, float eps, MemorySegment hint) {
        return pd("batch normalization backward", bnBwd, BACKWARD, src, src, src, eps, USE_SCALE | USE_SHIFT, hint,
                attr);
    }

    public static MemorySegment reorderPd(MemorySegment from, MemorySegment to) {
        MemorySegment p = out();
        check("reorder", call(reorder, p, from, engine, to, engine, attr));
        return p.get(ADDRESS, 0);
    }

    public static MemorySegment primitive(MemorySegment pd) {
        MemorySegment p = out();
        check("dnnl_primitive_create", call(primCreate, p, pd));
        return p.get(ADDRESS, 0);
    }

    /** A dnnl_memory without a buffer: {@link #setHandle} gives it one before each use. */
    public static MemorySegment memory(MemorySegment md) {
        MemorySegment p = out();
        check("dnnl_memory_create", call(memCreate, p, md, engine, MemorySegment.NULL));
        return p.get(ADDRESS, 0);
    }

    /** Points {@code memory} at the buffer at {@code address} (a raw pointer: an ND4J buffer or ours). */
    public static void setHandle(MemorySegment memory, long address) {
        try {
            int s = (int) memSetHandle.invokeExact(memory, MemorySegment.ofAddress(address));
            if (s != 0) {
                check("dnnl_memory_set_data_handle", s);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Execution arguments (dnnl_exec_arg_t: int arg, 4 bytes padding, dnnl_memory_t), built once per op. */
    public static MemorySegment args(Object... pairs) {
        MemorySegment s = ARENA.allocate(16L * (pairs.length / 2), 8);
        for (int i = 0; i < pairs.length / 2; i++) {
            s.set(JAVA_INT, 16L * i, (Integer) pairs[2 * i]);
            s.set(ADDRESS, 16L * i + 8, (MemorySegment) pairs[2 * i + 1]);
        }
        return s;
    }

    public static void execute(MemorySegment primitive, MemorySegment stream, MemorySegment args) {
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

    /** Frees oneDNN objects; nulls are skipped. Kinds: "md", "pd", "primitive", "memory", "stream". */
    public static void destroy(String kind, MemorySegment... handles) {
        MethodHandle h = switch (kind) {
            case "md" -> mdDestroy;
            case "pd" -> pdDestroy;
            case "primitive" -> primDestroy;
            case "memory" -> memDestroy;
            case "stream" -> streamDestroy;
            default -> throw new IllegalArgumentException(kind);
        };
        for (MemorySegment m : handles) {
            if (m != null && !m.equals(MemorySegment.NULL)) {
                call(h, m);
            }
        }
    }
}
