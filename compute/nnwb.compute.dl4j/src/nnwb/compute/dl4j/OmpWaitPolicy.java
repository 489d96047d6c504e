package nnwb.compute.dl4j;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * How ND4J's OpenMP threads (libgomp, shared by oneDNN and libnd4j) wait for work. libgomp reads
 * {@code OMP_WAIT_POLICY} once, when the native library loads, so the choice is made in the
 * process environment before ND4J's first use. The start script sets PASSIVE (threads sleep at
 * once: safe when anything else runs); a run on a dedicated machine removes it, so libgomp spins
 * for a while before sleeping, which is faster when the cores are free and collapses when they are
 * not (BENCHMARKS.md).
 */
final class OmpWaitPolicy {

    static final String VARIABLE = "OMP_WAIT_POLICY";

    /** The few libc functions needed; the JVM's own copy of the environment cannot be changed. */
    interface LibC extends Library {
        int unsetenv(String name);

        String getenv(String name);
    }

    private OmpWaitPolicy() {
    }

    /** Applies the choice (before ND4J loads) and says which policy libgomp will read. */
    static String apply(boolean dedicated) {
        try {
            LibC libc = Native.loadLibrary("c", LibC.class); // JNA 4 (as DL4J ships it)
            if (dedicated) {
                libc.unsetenv(VARIABLE);
            }
            return describe(libc.getenv(VARIABLE));
        } catch (LinkageError e) { // no libc through JNA: the environment stays as the process got it
            return describe(System.getenv(VARIABLE)) + " (unchanged: " + e.getClass().getSimpleName() + ")";
        }
    }

    static String describe(String value) {
        return value == null || value.isBlank() ? "libgomp default (spin, then sleep)" : value.trim();
    }
}
