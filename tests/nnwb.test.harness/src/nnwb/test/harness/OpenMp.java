package nnwb.test.harness;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Sets {@code OMP_WAIT_POLICY=PASSIVE} in this process's environment before ND4J loads its natives, as the product's
 * start script does: on a shared machine, OpenMP threads that spin while waiting made these tests twenty times
 * slower. Does nothing when the variable is set already or libc cannot be reached.
 */
@SuppressWarnings("deprecation") // loadLibrary: the call JNA 4 and 5 both have (the runtime may offer either)
public final class OpenMp {

    interface C extends Library {
        int setenv(String name, String value, int overwrite);
    }

    private OpenMp() {
    }

    /** Sets the policy unless it is set already. */
    public static void passive() {
        try {
            Native.loadLibrary("c", C.class).setenv("OMP_WAIT_POLICY", "PASSIVE", 0);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            // tests still run, only slower under load
        }
    }
}
