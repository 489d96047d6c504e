package nnwb.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nnwb.core.optim.problem.DropoutLeastSquares;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.update.Optimizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dropout questions of the Berkeley sheet the coursework README summarises, in our own words:
 * two weights, features 10 and 1, target 11; plain least squares against dropout with inverted scaling;
 * batch size 1 against a large batch; the rate sweep; dropout as Tikhonov regularisation.
 */
class DropoutSheetTest {

    private static DropoutLeastSquares problem(String p) {
        return (DropoutLeastSquares) Problems.parse("dropout-least-squares", Map.of("p", p));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.1", "0.5", "0.8"})
    void regularisedSolutionIsYOverXiTimesLambdaPlusD(String rate) {
        double p = Double.parseDouble(rate);
        double lambda = p / (1 - p);
        // stationarity of (y − x·w)² + λ Σ xᵢ²wᵢ²: xᵢ(x·w − y) + λxᵢ²wᵢ = 0 gives xᵢwᵢ = y/(λ + 2) for both i
        double[] w = problem(rate).regularisedSolution();
        assertEquals(11 / (10 * (lambda + 2)), w[0], 1e-12);
        assertEquals(11 / (1 * (lambda + 2)), w[1], 1e-12);
    }

    @Test
    void withoutDropoutGradientDescentFromZeroFindsTheMinimumNormFit() {
        DropoutLeastSquares plain = problem("0");
        var t = TraceRunner.run(TraceRequest.of(plain, List.of(Optimizers.parse("sgd", Map.of("lr", "0.004"))), 2000))
                .traces().get(0);
        assertEquals(110.0 / 101, t.finalState().params()[0], 1e-12);
        assertEquals(11.0 / 101, t.finalState().params()[1], 1e-12);
    }

    @Test
    void largeBatchSgdSettlesOnTheRegularisedSolutionAndBatchOneWandersMore() {
        DropoutLeastSquares d = problem("0.5");
        double[] star = d.regularisedSolution();
        var sgd = Optimizers.parse("sgd", Map.of("lr", "0.0005"));
        Trace big = TraceRunner.run(new TraceRequest(d, List.of(sgd), 20000, 256, 3, 0, null)).traces().get(0);
        Trace one = TraceRunner.run(new TraceRequest(d, List.of(sgd), 20000, 1, 3, 0, null)).traces().get(0);
        assertEquals(star[0], average(big.paramSeries(0)), 0.01);
        assertEquals(star[1], average(big.paramSeries(1)), 0.05);
        assertEquals(star[1], average(one.paramSeries(1)), 0.3);
        double spreadBig = spread(big.paramSeries(1));
        double spreadOne = spread(one.paramSeries(1));
        assertTrue(spreadOne > 5 * spreadBig, "batch 1 spread " + spreadOne + " vs batch 256 " + spreadBig);
    }

    private static double average(double[] v) {
        double s = 0;
        for (int i = v.length / 2; i < v.length; i++) {
            s += v[i];
        }
        return s / (v.length - v.length / 2);
    }

    private static double spread(double[] v) {
        double m = average(v);
        double s = 0;
        for (int i = v.length / 2; i < v.length; i++) {
            s += (v[i] - m) * (v[i] - m);
        }
        return Math.sqrt(s / (v.length - v.length / 2));
    }

    @Test
    void higherRatesShrinkThePredictionTowardsZero() {
        double previous = Double.POSITIVE_INFINITY;
        for (String rate : List.of("0", "0.2", "0.5", "0.8", "0.95")) {
            double[] w = problem(rate).regularisedSolution();
            double prediction = 10 * w[0] + w[1];
            assertTrue(prediction < previous || rate.equals("0"));
            previous = prediction;
        }
        assertEquals(11, 10 * problem("0").regularisedSolution()[0] + problem("0").regularisedSolution()[1], 1e-12);
    }

    @Test
    void theExpectedLossIsLeastSquaresPlusTikhonovWithGammaSquaredLambdaDiagX2() {
        DropoutLeastSquares d = problem("0.5");
        double[] w = {0.3, -2};
        double lambda = 1;
        double expected = Math.pow(11 - (10 * 0.3 - 2), 2) + lambda * (100 * 0.09 + 1 * 4);
        assertEquals(expected, d.loss(w), 1e-12);
    }
}
