package nnwb.compute.onednn3;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.TimeUnit;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.osgi.util.tracker.ServiceTracker;

import nnwb.compute.dl4j.kernels.LayerKernels;
import nnwb.test.harness.ComputeServices;

/** The {@code onednn3} kernels as Declarative Services registers them, after ND4J has loaded. */
final class Setup {

    private static LayerKernels kernels;

    private Setup() {
    }

    static synchronized LayerKernels kernels() throws Exception {
        if (kernels == null) {
            ComputeServices.started(); // ND4J first: libdnnl.so.3's OpenMP calls bind to its libgomp.so.1
            ComputeServices.startBundle("nnwb.compute.onednn3");
            ServiceTracker<LayerKernels, LayerKernels> t = new ServiceTracker<>(ComputeServices.context(),
                    LayerKernels.class, null);
            t.open();
            kernels = t.waitForService(TimeUnit.SECONDS.toMillis(30));
            assertNotNull(kernels, "no LayerKernels service within 30 s");
            assertNull(kernels.unavailable(), "oneDNN 3 unavailable");
        }
        return kernels;
    }

    /** max |a - b| / max |b|: the difference relative to the reference's scale. */
    static double relative(INDArray a, INDArray b) {
        double scale = b.amaxNumber().doubleValue();
        double diff = a.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE)
                .sub(b.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE)).amaxNumber().doubleValue();
        return scale == 0 ? diff : diff / scale;
    }
}
