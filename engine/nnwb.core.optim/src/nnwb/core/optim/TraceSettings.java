package nnwb.core.optim;

import java.util.List;
import java.util.Map;

/**
 * The settings recorded beside a result, so a comparison can be reproduced.
 *
 * @param problem         the problem's name
 * @param problemSettings its options, defaults included
 * @param paramNames      names of the parameters
 * @param steps           the step budget
 * @param batch           the batch size (0: exact gradient)
 * @param seed            the seed every optimizer started from
 * @param noise           added gradient noise
 * @param start           the starting point
 */
public record TraceSettings(String problem, Map<String, Object> problemSettings, List<String> paramNames, int steps,
        int batch, long seed, double noise, double[] start) {
}
