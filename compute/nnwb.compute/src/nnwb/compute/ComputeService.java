package nnwb.compute;

/**
 * The one compute service of the workbench: all its roles in one type. The backend starts lazily on
 * the service's own worker thread, at {@link #start()} or at the first operation; nothing is loaded
 * before.
 * <p>
 * The implementing component publishes this type and each role ({@link BackendInformation},
 * {@link TensorOperations}, {@link OptimizerSteps}, {@link NetworkTraining}, {@link MemoryReadings})
 * as services; a tool asks for the role it needs. Operations block until the backend is ready and
 * run on the worker thread; call them from a job, never from the UI thread. When the backend
 * cannot start, {@link #status()} says why and operations throw {@link ComputeException} with
 * that reason.
 */
public interface ComputeService extends BackendInformation, TensorOperations, OptimizerSteps, NetworkTraining,
        MemoryReadings {
}
