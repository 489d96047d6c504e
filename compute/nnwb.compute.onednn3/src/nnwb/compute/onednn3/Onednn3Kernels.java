package nnwb.compute.onednn3;

import java.nio.file.Path;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.layers.convolution.ConvolutionHelper;
import org.nd4j.linalg.api.buffer.DataType;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nnwb.compute.dl4j.kernels.Kernels;
import nnwb.compute.dl4j.kernels.LayerKernels;

/**
 * The {@code onednn3} layer kernels, a Declarative Services component the compute service takes optionally. The
 * native library loads on the first {@link #unavailable()} (on the compute worker, after ND4J, so that its OpenMP
 * calls bind to the libgomp.so.1 ND4J already loaded); any failure becomes the reason, never an exception.
 */
@Component(service = LayerKernels.class)
public final class Onednn3Kernels implements LayerKernels {

    private BundleContext context;
    private Path fallbackCache = Path.of(System.getProperty("java.io.tmpdir"), "nnwb-" + System.getProperty(
            "user.name", "user"));
    private String reason;
    private boolean tried;

    /** For Declarative Services, or a plain JVM (the library from {@code nnwb.dnnl.lib} or the class path). */
    public Onednn3Kernels() {
    }

    @Activate
    void activate(BundleContext c) {
        this.context = c;
        this.fallbackCache = c.getDataFile("cache").toPath();
    }

    @Override
    public String name() {
        return Kernels.ONEDNN3;
    }

    @Override
    public synchronized String description() {
        return unavailable() == null ? "oneDNN " + Dnnl.version() + ", " + Dnnl.loadedFrom() : "oneDNN 3: " + reason;
    }

    @Override
    public synchronized String unavailable() {
        if (!tried) {
            tried = true;
            reason = NativeLibrary.unsupportedPlatform();
            if (reason == null) {
                try {
                    Dnnl.load(NativeLibrary.locate(context, fallbackCache));
                } catch (Throwable t) { // UnsatisfiedLinkError, IllegalArgumentException (dlopen failed), I/O
                    reason = t.getClass().getSimpleName() + ": " + firstLine(t.getMessage());
                }
            }
        }
        return reason;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * A helper, once oneDNN has accepted this layer's primitives on a nominal input (batch 2, the smallest size
     * the kernel covers twice): the data type, dilation and padding are what it could refuse.
     */
    @Override
    public ConvolutionHelper convolution(ConvolutionLayer layer, DataType type, boolean first) throws KernelRefusal {
        String why = unavailable();
        if (why != null) {
            throw new KernelRefusal(why);
        }
        int dnnlType = switch (type) {
            case FLOAT -> Dnnl.F32;
            case DOUBLE -> Dnnl.F64;
            default -> throw new KernelRefusal("data type " + type + " is not supported");
        };
        int[] k = layer.getKernelSize();
        int[] s = layer.getStride();
        int[] d = layer.getDilation();
        int[] p = layer.getPadding();
        CNN2DFormat f = layer.getCnn2dDataFormat() == null ? CNN2DFormat.NCHW : layer.getCnn2dDataFormat();
        ConvolutionMode mode = layer.getConvolutionMode();
        if (mode != ConvolutionMode.Same && mode != ConvolutionMode.Truncate && mode != ConvolutionMode.Strict) {
            throw new KernelRefusal("convolution mode " + mode + " is not supported");
        }
        long h = 2L * ((k[0] - 1L) * d[0] + 1) + s[0];
        long w = 2L * ((k[1] - 1L) * d[1] + 1) + s[1];
        long c = layer.getNIn();
        long[] in = f == CNN2DFormat.NHWC ? new long[] {2, h, w, c} : new long[] {2, c, h, w};
        try (ConvPrimitives trial = new ConvPrimitives(ConvShape.of(in, layer.getNOut(), k, s, p, d, mode, f, dnnlType),
                !first)) {
            if (dnnlType != Dnnl.F32) {
                throw new KernelRefusal("data type " + type + " is accepted by oneDNN here but not by the helper");
            }
        } catch (Dnnl.DnnlException | IllegalArgumentException e) {
            throw new KernelRefusal(e.getMessage() + " (" + type + ")");
        }
        return new Onednn3ConvolutionHelper(first, layer.hasBias());
    }
}
