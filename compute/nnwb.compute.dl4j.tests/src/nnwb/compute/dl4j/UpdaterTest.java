package nnwb.compute.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nnwb.compute.ComputeService;
import nnwb.compute.UpdaterSpec;
import nnwb.compute.UpdaterState;
import nnwb.compute.UpdaterStep;
import nnwb.test.harness.ComputeServices;

/** Each updater stepped by the service for several steps against {@link ReferenceUpdaters}. */
class UpdaterTest {

    static Stream<UpdaterSpec> updaters() {
        // epsilons large enough that where they enter the formula shows in the result
        return Stream.of(UpdaterSpec.sgd(0.1), UpdaterSpec.momentum(0.05, 0.9), UpdaterSpec.nesterov(0.05, 0.9),
                UpdaterSpec.rmsProp(0.01, 0.95, 1e-2), UpdaterSpec.adam(0.02, 0.9, 0.99, 1e-2),
                UpdaterSpec.adaGrad(0.1, 1e-2), UpdaterSpec.amsGrad(0.02, 0.9, 0.99, 1e-2),
                UpdaterSpec.adaMax(0.02, 0.9, 0.99, 1e-2), UpdaterSpec.adamW(0.02, 0.9, 0.99, 1e-2, 0.1),
                UpdaterSpec.sgd(0.1).withL2(0.3), UpdaterSpec.momentum(0.05, 0.9).withWeightDecay(0.01, false),
                UpdaterSpec.rmsProp(0.01, 0.95, 1e-2).withL2(0.2).withWeightDecay(0.05, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("updaters")
    void stepsMatchTheFormula(UpdaterSpec u) throws Exception {
        ComputeService s = ComputeServices.started();
        Random r = new Random(u.kind().ordinal() + (long) (1000 * (u.l2() + u.weightDecay())));
        int n = 9;
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = r.nextGaussian();
        }
        double[] expected = p.clone();
        double[][] refState = new double[u.kind().stateSlots()][n];
        UpdaterState state = s.newUpdaterState(u, n);
        for (int t = 1; t <= 4; t++) {
            double[] g = new double[n];
            for (int i = 0; i < n; i++) {
                g[i] = r.nextGaussian();
            }
            UpdaterStep step = s.step(u, p, g, state);
            ReferenceUpdaters.step(u, expected, g, refState, t);
            p = step.parameters();
            state = step.state();
            assertArrayEquals(expected, p, 1e-12, u + " parameters after step " + t);
            assertEquals(t, state.iteration());
            for (int k = 0; k < refState.length; k++) {
                assertArrayEquals(refState[k], state.slots()[k], 1e-12, u.kind() + " state " + k + " after step " + t);
            }
        }
    }
}
