import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Conv2D;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The JavaCPP route of the coexistence check: one class path holding ND4J 1.0.0-M2.1 (built for JavaCPP
 * 1.5.7), ONE JavaCPP (whichever run-all puts first: 1.5.7 or 1.5.12) and oneDNN 3.8.1's presets (built for
 * 1.5.12). Runs a conv2d through ND4J, then loads the presets' natives through JavaCPP and asks oneDNN 3 for its
 * version and a CPU engine; prints what works and the exception where something fails.
 */
public class JavacppRoute {

    public static void main(String[] args) {
        System.out.println("JavaCPP on the class path: " + org.bytedeco.javacpp.Loader.class.getPackage().getImplementationVersion()
                + " (" + org.bytedeco.javacpp.Loader.class.getProtectionDomain().getCodeSource().getLocation() + ")");
        try {
            Nd4j.getRandom().setSeed(1);
            INDArray x = Nd4j.rand(DataType.FLOAT, 4, 1, 28, 28);
            INDArray w = Nd4j.rand(DataType.FLOAT, 10, 1, 3, 3);
            INDArray out = Nd4j.create(DataType.FLOAT, 4, 10, 26, 26);
            OpContext c = Nd4j.getExecutioner().buildContext();
            c.setIArguments(3, 3, 1, 1, 0, 0, 1, 1, 0, 0);
            c.setInputArray(0, x);
            c.setInputArray(1, w.permute(2, 3, 1, 0));
            c.setOutputArray(0, out);
            Nd4j.exec(new Conv2D(), c);
            System.out.println("ND4J conv2d: OK, sum " + out.sumNumber());
        } catch (Throwable t) {
            System.out.println("ND4J conv2d: FAILED: " + t);
            for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
                System.out.println("  caused by: " + c);
            }
        }
        try {
            org.bytedeco.javacpp.Loader.load(org.bytedeco.dnnl.global.dnnl.class);
            org.bytedeco.dnnl.dnnl_version_t v = org.bytedeco.dnnl.global.dnnl.dnnl_version();
            System.out.println("oneDNN 3 presets: loaded, version " + v.major() + "." + v.minor() + "." + v.patch());
            org.bytedeco.dnnl.dnnl_engine e = new org.bytedeco.dnnl.dnnl_engine();
            int st = org.bytedeco.dnnl.global.dnnl.dnnl_engine_create(e, org.bytedeco.dnnl.global.dnnl.dnnl_cpu, 0);
            System.out.println("oneDNN 3 presets: dnnl_engine_create status " + st);
        } catch (Throwable t) {
            System.out.println("oneDNN 3 presets: FAILED: " + t);
            for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
                System.out.println("  caused by: " + c);
            }
        }
    }
}
