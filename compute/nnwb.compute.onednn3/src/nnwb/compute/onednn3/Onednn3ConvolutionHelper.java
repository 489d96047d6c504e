package nnwb.compute.onednn3;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer.AlgoMode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer.BwdDataAlgo;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer.BwdFilterAlgo;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer.FwdAlgo;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionHelper;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;

/**
 * A DL4J convolution helper on oneDNN 3 (issue 29): DL4J's {@code ConvolutionLayer} hands it the input, its
 * parameters and the gradient at its output, and it runs oneDNN 3's forward, backward-data and backward-weights
 * primitives on the arrays' own buffers (raw addresses; arrays that are not c-contiguous are copied first).
 * Primitives are cached by shape (the last {@value #CACHE} shapes: training and evaluation batches differ), one
 * scratchpad per helper, grown to the largest primitive's need. A network's first layer computes no input
 * gradient: it returns zeros there, which DL4J drops (MultiLayerNetwork and ComputationGraph keep the input
 * gradient only when a caller asks for it; nothing in NN Workbench does).
 *
 * <p>Any failure throws; DL4J then counts a helper failure and takes its built-in path for the layer
 * ({@code cudnnAllowFallback}, true by default), so a refused primitive never stops training.
 */
public final class Onednn3ConvolutionHelper implements ConvolutionHelper {

    static final int CACHE = 4;

    private final boolean first;
    private final boolean hasBias;
    private final Map<ConvShape, ConvPrimitives> cache = new LinkedHashMap<>(8, 0.75f, true);
    private MemorySegment stream;
    private Arena scratchArena;
    private MemorySegment scratch = MemorySegment.NULL;

    /**
     * @param first   the network's first layer: no input gradient
     * @param hasBias whether the layer has a bias (its gradient is reported only then)
     */
    public Onednn3ConvolutionHelper(boolean first, boolean hasBias) {
        this.first = first;
        this.hasBias = hasBias;
    }

    @Override
    public boolean checkSupported() {
        return Dnnl.loaded();
    }

    /** The primitives for a shape, from the cache or new (evicting the least recently used). */
    synchronized ConvPrimitives primitives(ConvShape s) {
        ConvPrimitives p = cache.get(s);
        if (p == null) {
            if (stream == null) {
                stream = Dnnl.stream();
            }
            p = new ConvPrimitives(s, !first);
            cache.put(s, p);
            if (cache.size() > CACHE) {
                Iterator<ConvPrimitives> eldest = cache.values().iterator();
                eldest.next().close();
                eldest.remove();
            }
            if (p.scratchpadBytes() > scratch.byteSize()) {
                if (scratchArena != null) {
                    scratchArena.close();
                }
                scratchArena = Arena.ofShared();
                scratch = scratchArena.allocate(p.scratchpadBytes(), 64);
            }
        }
        return p;
    }

    private static ConvShape shape(INDArray input, INDArray weights, int[] kernel, int[] strides, int[] pad,
            int[] dilation, ConvolutionMode mode, CNN2DFormat format) {
        if (input.dataType() != DataType.FLOAT || weights.dataType() != DataType.FLOAT) {
            throw new IllegalArgumentException("oneDNN 3 kernels take float32 only, not " + input.dataType());
        }
        return ConvShape.of(input.shape(), weights.size(0), kernel, strides, pad, dilation, mode, format, Dnnl.F32);
    }

    /** An array that can be read through its raw address: c order, default strides, no gaps. */
    private static INDArray plain(INDArray a) {
        return a.ordering() == 'c' && Shape.hasDefaultStridesForShape(a) ? a : a.dup('c');
    }

    /**
     * The raw address of a plain array's first element. A view's buffer is itself a view (libnd4j's
     * InteropDataBuffer with an offset) whose primary pointer already includes the offset: {@code offset()} is
     * that buffer's, and adding it again would point past the array.
     */
    static long address(INDArray a) {
        return a.data().addressPointer().address();
    }

    private long scratch() {
        return scratch.address();
    }

    @Override
    public INDArray preOutput(INDArray input, INDArray weights, INDArray bias, int[] kernel, int[] strides, int[] pad,
            AlgoMode mode, FwdAlgo fwdAlgo, ConvolutionMode convolutionMode, int[] dilation, CNN2DFormat format,
            LayerWorkspaceMgr workspaceMgr) {
        ConvShape s = shape(input, weights, kernel, strides, pad, dilation, convolutionMode, format);
        synchronized (this) {
            ConvPrimitives p = primitives(s);
            INDArray x = plain(input);
            INDArray w = plain(weights);
            INDArray b = plain(bias);
            long[] outShape = s.nhwc() ? new long[] {s.n(), s.oh(), s.ow(), s.oc()}
                    : new long[] {s.n(), s.oc(), s.oh(), s.ow()};
            INDArray out = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, DataType.FLOAT, outShape, 'c');
            p.forward(stream, scratch(), address(x), address(w), address(b), address(out));
            return out;
        }
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray input, INDArray weights, INDArray bias, INDArray delta,
            int[] kernel, int[] strides, int[] pad, INDArray biasGradView, INDArray weightGradView, IActivation afn,
            AlgoMode mode, BwdFilterAlgo bwdFilterAlgo, BwdDataAlgo bwdDataAlgo, ConvolutionMode convolutionMode,
            int[] dilation, CNN2DFormat format, LayerWorkspaceMgr workspaceMgr) {
        ConvShape s = shape(input, weights, kernel, strides, pad, dilation, convolutionMode, format);
        synchronized (this) {
            ConvPrimitives p = primitives(s);
            INDArray x = plain(input);
            INDArray d = plain(delta);
            INDArray w = plain(weights);
            INDArray epsilon;
            if (first) {
                epsilon = workspaceMgr.create(ArrayType.ACTIVATION_GRAD, DataType.FLOAT, input.shape(), 'c');
            } else {
                epsilon = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, DataType.FLOAT, input.shape(),
                        'c');
                p.backwardData(stream, scratch(), address(d), address(w), address(epsilon));
            }
            INDArray dw = plainOrTemp(weightGradView);
            INDArray db = plainOrTemp(biasGradView);
            p.backwardWeights(stream, scratch(), address(x), address(d), address(dw), address(db));
            if (dw != weightGradView) {
                weightGradView.assign(dw);
            }
            if (db != biasGradView) {
                biasGradView.assign(db);
            }
            Gradient g = new DefaultGradient();
            if (hasBias) {
                g.gradientForVariable().put(ConvolutionParamInitializer.BIAS_KEY, biasGradView);
            }
            g.gradientForVariable().put(ConvolutionParamInitializer.WEIGHT_KEY, weightGradView);
            return new Pair<>(g, epsilon);
        }
    }

    /** The view itself when it can be written through its address, else a plain array to copy back. */
    private static INDArray plainOrTemp(INDArray view) {
        return view.ordering() == 'c' && Shape.hasDefaultStridesForShape(view) ? view
                : org.nd4j.linalg.factory.Nd4j.createUninitialized(view.dataType(), view.shape(), 'c');
    }

    @Override
    public INDArray activate(INDArray z, IActivation afn, boolean training) {
        return afn.getActivation(z, training);
    }

    @Override
    public synchronized Map<String, Long> helperMemoryUse() {
        return Map.of("onednn3Scratchpad", scratch.byteSize());
    }

    /** How many shapes hold primitives now (for tests). */
    synchronized int cachedShapes() {
        return cache.size();
    }

    /** The implementations oneDNN chose for the most recent shape, e.g. "forward brg_conv_fwd:avx512_core, ...". */
    synchronized String impls() {
        String last = null;
        for (ConvPrimitives p : cache.values()) {
            last = p.impls();
        }
        return last;
    }
}
