package nnwb.spark;

import nnwb.compute.dl4j.Dl4jComputeService;
import nnwb.train.TrainingRunner;

/**
 * The compute service of a task thread: a {@link Dl4jComputeService} made directly (no OSGi), one per thread so
 * that an executor's task slots train side by side (the service runs its work on its own thread). Defaults for a
 * plain JVM: one ND4J thread per task and JavaCPP's cache shared by the node ({@link NodeCache}) unless the system
 * properties say otherwise.
 */
final class ExecutorCompute {

    private static final ThreadLocal<TrainingRunner> RUNNERS = ThreadLocal.withInitial(ExecutorCompute::newRunner);

    private ExecutorCompute() {
    }

    /** This thread's runner. */
    static TrainingRunner runner() {
        return RUNNERS.get();
    }

    private static synchronized TrainingRunner newRunner() {
        if (System.getProperty("nnwb.compute.threads") == null) {
            System.setProperty("nnwb.compute.threads", "1");
        }
        return new TrainingRunner(Dl4jComputeService.outsideOsgi(NodeCache.dir()), null);
    }
}
