package nnwb.core.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The named memory conventions, in the order JSON and tables list them. */
public final class MemoryConventions {

    /** The conventions. */
    public static final List<MemoryConvention> ALL = List.of(new TextbookConvention(), new PyTorchConvention(), new Dl4jConvention());

    /** Their names: {@code textbook}, {@code pytorch}, {@code dl4j}. */
    public static final List<String> NAMES = ALL.stream().map(MemoryConvention::name).toList();

    private MemoryConventions() {
    }

    /** Every convention's memory for the network in {@code in}, by name (a model without layers: only the textbook's zeros). */
    public static Map<String, ConventionMemory> estimate(MemoryInputs in) {
        Map<String, ConventionMemory> m = new LinkedHashMap<>();
        for (MemoryConvention c : ALL) {
            boolean counts = c instanceof TextbookConvention || !in.graph().nodes().isEmpty();
            m.put(c.name(), counts ? c.estimate(in) : ConventionMemory.unavailable(c.name(), "the model has no layers"));
        }
        return m;
    }
}
