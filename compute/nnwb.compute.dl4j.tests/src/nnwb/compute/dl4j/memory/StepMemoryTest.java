package nnwb.compute.dl4j.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import nnwb.test.harness.ComputeServices;

/**
 * Why a run's peak no longer reads ND4J's process-wide count of arrays outside workspaces (issue 26 item 7): arrays
 * of other work freed while the run trains (another run's network closed, garbage of earlier tests that JavaCPP frees
 * after a collection) take that count below the run's starting level, so a peak read from it falls, down to 0, and
 * arrays another run allocates raise it. {@link StepMemory} counts this run's own arrays, whatever happens beside it.
 */
class StepMemoryTest {

    @Test
    void arraysFreedOrAllocatedBesideTheRunDoNotChangeItsOwnLevel() throws Exception {
        ComputeServices.started(); // the backend is up
        Nd4j.getWorkspaceManager().destroyAllWorkspacesForCurrentThread();
        INDArray others = Nd4j.create(DataType.FLOAT, 4, 1024, 1024); // 16 MiB of another run, there before this one
        StepMemory m = new StepMemory();
        long processBase = MemoryReader.arrayBytes();
        m.start();
        INDArray params = Nd4j.create(DataType.FLOAT, 1000, 250); // 1,000,000 B
        INDArray state = Nd4j.create(DataType.DOUBLE, 1000); // 8,000 B
        m.own(params, state);
        INDArray x = Nd4j.create(DataType.FLOAT, 16, 784); // 50,176 B
        m.holding(x);
        long own = 1_000_000 + 8_000 + 50_176;
        assertEquals(own, m.read());

        others.close(); // the other run ends
        assertTrue(MemoryReader.arrayBytes() - processBase < 0, "the process-wide count fell below this run's start: "
                + (MemoryReader.arrayBytes() - processBase) + " B");
        assertEquals(own, m.read(), "this run's own level is unchanged");
        INDArray more = Nd4j.create(DataType.FLOAT, 2, 1024, 1024); // another run starts: 8 MiB
        assertEquals(own, m.read());
        more.close();

        x.close();
        m.holding();
        assertEquals(1_008_000, m.read(), "the minibatch closed");
        assertEquals(own, m.peak());
        assertEquals(Long.valueOf(own), m.atPeak().get(StepMemory.ARRAYS));
        params.close();
        state.close();
    }
}
