package org.nd4j.nativeblas;

/**
 * Compatibility shim that lets DL4J 1.0.0-M2.1 switch its oneDNN layer helpers on.
 * <p>
 * {@code org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper.mklDnnEnabled()} loads
 * {@code org.nd4j.nativeblas.Nd4jCpu$Environment} reflectively and calls {@code getInstance()}
 * and {@code isUseMKLDNN()}. In M2.1 that class moved to
 * {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment} and the method became
 * {@code isUseONEDNN()}, so the lookup fails and the helpers stay off for the whole JVM. This
 * class, in the same class loader as the DL4J jars, restores the old names and delegates.
 */
public final class Nd4jCpu {

    private Nd4jCpu() {
    }

    /** The old name of ND4J's native environment, delegating to the M2.1 bindings. */
    public static final class Environment {

        private static final Environment INSTANCE = new Environment();

        private Environment() {
        }

        /** The single environment, as the old binding offered it. */
        public static Environment getInstance() {
            return INSTANCE;
        }

        /** Whether libnd4j was built with oneDNN and uses it. */
        public boolean isUseMKLDNN() {
            return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().isUseONEDNN();
        }
    }
}
