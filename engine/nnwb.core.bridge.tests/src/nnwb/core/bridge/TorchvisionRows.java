package nnwb.core.bridge;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The rows PyTorch recorded: {@code torchvision-params.csv} and {@code torchvision-shapes.csv}. */
public final class TorchvisionRows {

    /** One model: its opset, parameter count, input and output shapes ({@code 3x224x224}, {@code 1000}). */
    public record Model(String name, int opset, long params, String input, String output) {
    }

    private TorchvisionRows() {
    }

    public static List<Model> models() {
        List<Model> r = new ArrayList<>();
        for (CSVRecord c : read("torchvision-params.csv")) {
            r.add(new Model(c.get("model"), Integer.parseInt(c.get("opset")), Long.parseLong(c.get("params")), c.get("input"), c.get("output")));
        }
        return r;
    }

    /** Module path to per-example output shape, for the modules model {@code name}'s forward pass calls once. */
    public static Map<String, String> shapes(String name) {
        Map<String, String> r = new LinkedHashMap<>();
        for (CSVRecord c : read("torchvision-shapes.csv")) {
            if (c.get("model").equals(name)) {
                r.put(c.get("module"), c.get("shape"));
            }
        }
        return r;
    }

    private static List<CSVRecord> read(String file) {
        try {
            String text = new String(Fixtures.bytes(file), StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
