package nnwb.train.ui.tests;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * {@code OMP_WAIT_POLICY=PASSIVE} before ND4J loads its natives, as the product's start script sets it (the test
 * workbench is not started by the script); spinning OpenMP threads made training on a shared machine many times
 * slower.
 */
final class OpenMp {

    interface C extends Library {
        int setenv(String name, String value, int overwrite);
    }

    private OpenMp() {
    }

    static void passive() {
        try {
            Native.load("c", C.class).setenv("OMP_WAIT_POLICY", "PASSIVE", 0);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            // slower, not wrong
        }
    }
}
