package nnwb.optim.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nnwb.compute.OptimizerSteps;
import nnwb.compute.UpdaterMatch;
import nnwb.core.json.Json;
import nnwb.core.optim.TraceRequest;
import nnwb.core.optim.TraceResult;
import nnwb.optim.compute.BackendTrace;
import nnwb.optim.compute.ComputeTraces;

/**
 * {@code nnwb trace --backend nd4j}: the only class of the command that names the compute service's
 * types (with {@link ComputeTraces}), so the command works where the (optional) compute bundle is not installed.
 */
final class Nd4jBackend {

    /** The traces and, per optimizer, how the service stepped it. */
    record Run(TraceResult result, List<Map<String, Object>> steppedBy, List<String> steppers) {
    }

    private Nd4jBackend() {
    }

    static Run trace(Object service, TraceRequest request) {
        BackendTrace bt = ComputeTraces.trace((OptimizerSteps) service, request);
        List<Map<String, Object>> json = new ArrayList<>();
        List<String> steppers = new ArrayList<>();
        for (UpdaterMatch m : bt.steppedBy()) {
            Map<String, Object> o = Json.object();
            o.put("optimizer", m.optimizer());
            o.put("route", m.route().name().toLowerCase(Locale.ROOT));
            o.put("stepper", m.stepper());
            o.put("reason", m.reason());
            json.add(o);
            steppers.add(m.stepper());
        }
        return new Run(bt.result(), json, steppers);
    }
}
