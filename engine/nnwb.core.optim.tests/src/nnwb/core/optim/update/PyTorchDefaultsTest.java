package nnwb.core.optim.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The trace's defaults against torch.optim's (issue 23): {@code torch-optim-defaults.csv} beside this class holds the
 * signature defaults of SGD, Adam, AdamW, RMSprop and Adagrad, read from PyTorch by {@code torch_optim_defaults.py} (also
 * beside it) and committed as test data. Every row must be mapped to one of our hyperparameters below, so an argument
 * PyTorch adds fails this test until it is considered. The two deliberate differences are asserted as such: SGD's lr
 * (PyTorch has no default; ours stays 0.1) and our {@code momentum} optimizer's β of 0.9 (PyTorch's SGD has momentum 0,
 * which is our {@code sgd}; an optimizer named momentum with β = 0 would be plain SGD).
 */
class PyTorchDefaultsTest {

    /** torch class and argument → our optimizer and key. */
    private static final Map<String, String> SAME = new LinkedHashMap<>();

    static {
        SAME.put("SGD,weight_decay", "sgd:l2");
        SAME.put("Adam,lr", "adam:lr");
        SAME.put("Adam,betas.0", "adam:beta1");
        SAME.put("Adam,betas.1", "adam:beta2");
        SAME.put("Adam,eps", "adam:eps");
        SAME.put("Adam,weight_decay", "adam:l2");
        SAME.put("Adam,amsgrad", "adam:amsgrad");
        SAME.put("AdamW,lr", "adamw:lr");
        SAME.put("AdamW,betas.0", "adamw:beta1");
        SAME.put("AdamW,betas.1", "adamw:beta2");
        SAME.put("AdamW,eps", "adamw:eps");
        SAME.put("AdamW,weight_decay", "adamw:wd");
        SAME.put("AdamW,amsgrad", "adamw:amsgrad");
        SAME.put("RMSprop,lr", "rmsprop:lr");
        SAME.put("RMSprop,alpha", "rmsprop:beta");
        SAME.put("RMSprop,eps", "rmsprop:eps");
        SAME.put("RMSprop,weight_decay", "rmsprop:l2");
        SAME.put("RMSprop,momentum", "rmsprop:momentum");
        SAME.put("RMSprop,centered", "rmsprop:centered");
        SAME.put("Adagrad,lr", "adagrad:lr");
        SAME.put("Adagrad,lr_decay", "adagrad:lr-decay");
        SAME.put("Adagrad,weight_decay", "adagrad:l2");
        SAME.put("Adagrad,initial_accumulator_value", "adagrad:init");
        SAME.put("Adagrad,eps", "adagrad:eps");
    }

    private static Map<String, String> table() throws IOException {
        try (InputStream s = PyTorchDefaultsTest.class.getResourceAsStream("torch-optim-defaults.csv")) {
            Map<String, String> rows = new LinkedHashMap<>();
            for (String line : new String(s.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("class,")) {
                    continue;
                }
                int last = line.lastIndexOf(',');
                rows.put(line.substring(0, last), line.substring(last + 1));
            }
            return rows;
        }
    }

    private static double ours(String optimizerAndKey) {
        String[] s = optimizerAndKey.split(":");
        Object v = Optimizers.param(s[0], s[1]).defaultValue();
        return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue();
    }

    @Test
    void everyPyTorchDefaultIsOursOrADeclaredDifference() throws IOException {
        Map<String, String> torch = table();
        assertTrue(torch.size() >= 25, "rows: " + torch.size());
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> row : torch.entrySet()) {
            String mapped = SAME.get(row.getKey());
            if (mapped != null) {
                double theirs = Double.parseDouble(row.getValue());
                if (ours(mapped) != theirs) {
                    failures.add(row.getKey() + " = " + theirs + " in PyTorch, " + mapped + " = " + ours(mapped) + " here");
                }
                continue;
            }
            switch (row.getKey()) {
                case "SGD,lr" -> {
                    assertEquals("required", row.getValue(), "PyTorch's SGD gained a default lr: adopt it");
                    assertEquals(0.1, ours("sgd:lr"));
                }
                case "SGD,momentum" -> {
                    assertEquals(0.0, Double.parseDouble(row.getValue()));
                    assertFalse(Optimizers.takes("sgd", "momentum"), "our sgd is PyTorch's SGD with momentum 0");
                    assertEquals(0.9, ours("momentum:momentum"));
                    assertEquals(0.9, ours("nesterov:momentum"));
                }
                case "SGD,dampening" -> {
                    // m ← βm + g is PyTorch's form with dampening 0; no optimizer of ours takes a dampening
                    assertEquals(0.0, Double.parseDouble(row.getValue()));
                    assertFalse(Optimizers.takes("momentum", "dampening"));
                }
                case "SGD,nesterov" -> {
                    assertEquals(0.0, Double.parseDouble(row.getValue()));
                    assertTrue(Optimizers.names().contains("nesterov"), "nesterov is its own optimizer here");
                }
                default -> failures.add(row.getKey() + " is not mapped to any hyperparameter of ours");
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void adamwsDecayIsScaledByTheLearningRateAsPyTorchsIsAndTheOthersIsNot() {
        // PyTorch's AdamW multiplies p by (1 - lr·weight_decay); our --wd elsewhere is p ← (1 - wd)·p unless wd-lr
        assertEquals(Boolean.TRUE, Optimizers.param("adamw", "wd-lr").defaultValue());
        for (String name : List.of("sgd", "momentum", "adam", "rmsprop", "adagrad")) {
            assertEquals(Boolean.FALSE, Optimizers.param(name, "wd-lr").defaultValue(), name);
            assertEquals(0.0, ours(name + ":wd"), name);
        }
    }
}
