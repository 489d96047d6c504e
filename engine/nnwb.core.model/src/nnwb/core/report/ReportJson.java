package nnwb.core.report;

import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.LayerRow;
import nnwb.core.memory.ConventionMemory;
import nnwb.core.memory.MemoryEstimate;
import nnwb.core.memory.MemoryReport;
import nnwb.core.cost.ReceptiveField;
import nnwb.core.analysis.Totals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nnwb.core.json.Json;
import nnwb.core.model.Finding;

/**
 * The report as a JSON tree ({@link Json} maps and lists) with the public keys
 * of {@code nnwb analyze --json}: {@code layers} (name, type, outputShape,
 * params, macs, backwardMults, receptiveField, activationBytes and more),
 * {@code totals}, {@code memory} (inferenceBytes, trainingBytes with sgd,
 * momentum, adam, and their derivations; {@code conventions}: the same under each named convention,
 * textbook, pytorch, dl4j, as inferenceBytes, trainingBytes and derivation) and {@code findings}. In symbolic mode
 * every count is a formula string.
 */
public final class ReportJson {

    private ReportJson() {
    }

    public static Map<String, Object> of(AnalysisReport r) {
        ReportValues v = new ReportValues(r.format(), r.symbolic());
        Map<String, Object> root = Json.object();
        root.put("network", r.graph().name());
        root.put("symbolic", r.symbolic());
        root.put("batch", v.json(r.options().effectiveBatch()));
        root.put("dtype", r.options().dtype().label());
        Map<String, Object> symbols = Json.object();
        r.graph().symbols().values().forEach((k, p) -> symbols.put(k, v.json(p)));
        root.put("symbols", symbols);
        List<Object> layers = new ArrayList<>();
        for (LayerRow row : r.rows()) {
            layers.add(layer(row, v, r.graph().channelsLast()));
        }
        root.put("layers", layers);
        Totals t = r.totals();
        Map<String, Object> totals = Json.object();
        totals.put("params", v.json(t.params()));
        totals.put("macs", v.json(t.macs()));
        totals.put("backwardMults", v.json(t.backwardMults()));
        totals.put("inputGradMults", v.json(t.inputGradMults()));
        totals.put("weightGradMults", v.json(t.weightGradMults()));
        totals.put("trainingMults", v.json(t.trainingMults()));
        totals.put("weights", v.json(t.weights()));
        totals.put("biases", v.json(t.biases()));
        totals.put("buffers", v.json(t.buffers()));
        totals.put("activationValues", v.json(t.activationValues()));
        root.put("totals", totals);
        root.put("memory", memory(r.memory(), v));
        List<Object> findings = new ArrayList<>();
        for (Finding f : r.findings()) {
            Map<String, Object> m = Json.object();
            m.put("severity", f.severity());
            m.put("line", f.line());
            m.put("column", f.column());
            m.put("length", f.length());
            m.put("message", f.message());
            findings.add(m);
        }
        root.put("findings", findings);
        return root;
    }

    private static Map<String, Object> layer(LayerRow row, ReportValues v, boolean channelsLast) {
        Map<String, Object> m = Json.object();
        m.put("name", row.name());
        m.put("type", row.type());
        m.put("outputShape", v.text(row.outputShape(), channelsLast));
        Map<String, Object> dims = Json.object();
        dims.put("channels", v.json(row.outputShape().channels()));
        dims.put("spatial", row.outputShape().spatial().stream().map(v::json).toList());
        m.put("outputDims", dims);
        m.put("params", v.json(row.params()));
        m.put("macs", v.json(row.macs()));
        m.put("backwardMults", v.json(row.backwardMults()));
        m.put("inputGradMults", v.json(row.inputGradMults()));
        m.put("weightGradMults", v.json(row.weightGradMults()));
        Map<String, Object> rf = receptiveField(row.receptiveField(), v);
        m.put("receptiveField", rf == null ? null : rf.get("size"));
        m.put("receptiveFieldDetail", rf);
        m.put("activationBytes", v.json(row.activationBytes()));
        m.put("outputValues", v.json(row.outputValues()));
        m.put("repeat", v.json(row.multiplier()));
        m.put("line", row.node().pos().line());
        m.put("column", row.node().pos().column());
        return m;
    }

    /** Size (one value when all axes agree, else one per axis), jump, start and whether it is the whole input. */
    private static Map<String, Object> receptiveField(ReceptiveField rf, ReportValues v) {
        if (rf == null || !rf.defined()) {
            return null;
        }
        Map<String, Object> m = Json.object();
        boolean one = rf.uniform();
        m.put("size", one ? v.json(rf.size().get(0)) : rf.size().stream().map(v::json).toList());
        m.put("jump", one ? v.json(rf.jump().get(0)) : rf.jump().stream().map(v::json).toList());
        m.put("start", one ? v.json(rf.start().get(0)) : rf.start().stream().map(v::json).toList());
        m.put("global", rf.global());
        return m;
    }

    private static Map<String, Object> memory(MemoryReport mem, ReportValues v) {
        Map<String, Object> m = Json.object();
        m.put("inferenceBytes", v.json(mem.inference().totalBytes()));
        Map<String, Object> training = Json.object();
        training.put("sgd", v.json(mem.sgd().totalBytes()));
        training.put("momentum", v.json(mem.momentum().totalBytes()));
        training.put("adam", v.json(mem.adam().totalBytes()));
        m.put("trainingBytes", training);
        m.put("params", v.json(mem.params()));
        m.put("buffers", v.json(mem.buffers()));
        m.put("peakActivationValues", v.json(mem.peakValues()));
        m.put("peakLayer", mem.peakLayer());
        m.put("storedActivationValues", v.json(mem.storedValues()));
        Map<String, Object> split = Json.object();
        split.put("inference", estimate(mem.inference(), v));
        split.put("sgd", estimate(mem.sgd(), v));
        split.put("momentum", estimate(mem.momentum(), v));
        split.put("adam", estimate(mem.adam(), v));
        m.put("breakdown", split);
        Map<String, Object> conventions = Json.object();
        mem.conventions().forEach((name, c) -> conventions.put(name, convention(c, v)));
        m.put("conventions", conventions);
        return m;
    }

    /** One convention: inferenceBytes, trainingBytes (sgd, momentum, adam) and derivation; null bytes when it has no number. */
    private static Map<String, Object> convention(ConventionMemory c, ReportValues v) {
        Map<String, Object> m = Json.object();
        m.put("inferenceBytes", c.available() ? v.json(c.inference().totalBytes()) : null);
        Map<String, Object> training = Json.object();
        training.put("sgd", c.available() ? v.json(c.sgd().totalBytes()) : null);
        training.put("momentum", c.available() ? v.json(c.momentum().totalBytes()) : null);
        training.put("adam", c.available() ? v.json(c.adam().totalBytes()) : null);
        m.put("trainingBytes", training);
        m.put("derivation", c.derivation());
        return m;
    }

    private static Map<String, Object> estimate(MemoryEstimate e, ReportValues v) {
        Map<String, Object> m = Json.object();
        m.put("fixedBytes", v.json(e.fixedBytes()));
        m.put("perExampleBytes", v.json(e.perExampleBytes()));
        m.put("totalBytes", v.json(e.totalBytes()));
        m.put("derivation", e.derivation());
        return m;
    }
}
