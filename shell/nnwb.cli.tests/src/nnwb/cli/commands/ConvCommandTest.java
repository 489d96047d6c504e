package nnwb.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nnwb.cli.Cli;
import nnwb.core.json.Json;

class ConvCommandTest {

    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    private int run(String... argv) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        Cli cli = new Cli(List.of(new ConvCommand(), new RfCommand()));
        return cli.run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json(String... argv) {
        assertEquals(0, run(argv), () -> err.toString(StandardCharsets.UTF_8));
        return (Map<String, Object>) Json.parse(out.toString(StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneDimensionalJsonHasTheIssueKeys() {
        Map<String, Object> m = json("conv", "--in", "7", "--k", "3", "--s", "2", "--p", "1", "--target", "4", "--json");
        assertEquals(4L, m.get("outputSize"));
        assertEquals("out = floor((in + p_before + p_after - d*(k-1) - 1) / s) + 1 = floor((7 + 1 + 1 - 1*(3-1) - 1) / 2) + 1"
                + " = floor(6 / 2) + 1 = 3 + 1 = 4", m.get("formula"));
        assertEquals(List.of(), m.get("warnings"));
        // in_min = (4-1)*2 + 3 - 2 = 7
        assertEquals(7L, m.get("minInput"));
        assertEquals(List.of(1L), m.get("paddings"));
        assertFalse(m.containsKey("solutions"));
    }

    @Test
    void withoutTargetThereIsNoMinInput() {
        Map<String, Object> m = json("conv", "--in", "8", "--k", "3", "--s", "3", "--json");
        assertEquals(2L, m.get("outputSize"));
        assertFalse(m.containsKey("minInput"));
        List<?> warnings = (List<?>) m.get("warnings");
        assertEquals(1, warnings.size());
        assertTrue(((String) warnings.get(0)).contains("6..7"), warnings.toString());
    }

    @Test
    void transposedSolutionsAreListedAsObjects() {
        Map<String, Object> m = json("conv", "--in", "8", "--k", "3", "--s", "2", "--p", "1", "--op", "1",
                "--kind", "transposed", "--target", "16", "--json");
        assertEquals(16L, m.get("outputSize"));
        assertEquals(List.of(Map.of("padding", 1L, "outputPadding", 1L)), m.get("solutions"));
        assertFalse(m.containsKey("minInput"));
        assertFalse(m.containsKey("samePadding"));
    }

    @Test
    void twoDimensionalNumbersBecomeWidthHeightPairs() {
        Map<String, Object> m = json("conv", "--in", "32x20", "--k", "3x5", "--s", "1x2", "--p", "1x0:1", "--d", "1x2",
                "--target", "16x7", "--json");
        // width: floor((32 + 2 - 2 - 1)/1) + 1 = 32; height: floor((20 + 1 - 8 - 1)/2) + 1 = 7.
        assertEquals(List.of(32L, 7L), m.get("outputSize"));
        assertEquals(2, ((List<?>) m.get("formula")).size());
        // width min input for 16: 15 + 3 - 2 = 16; height for 7: 6*2 + 9 - 1 = 20.
        assertEquals(List.of(16L, 20L), m.get("minInput"));
        // same padding, height: ceil(20/2) = 10 outputs need (10-1)*2 + 9 - 20 = 7 cells, 3 before and 4 after.
        Map<?, ?> same = (Map<?, ?>) m.get("samePadding");
        assertEquals(List.of(1L, 3L), same.get("before"));
        assertEquals(List.of(1L, 4L), same.get("after"));
    }

    @Test
    void twoDimensionalTransposedSolutionsCombineTheAxes() {
        Map<String, Object> m = json("conv", "--in", "8x4", "--k", "4", "--s", "2", "--kind", "transposed",
                "--target", "16x8", "--json");
        // both axes: 2p = (in-1)*2 + 4 - target + op = 2 + op -> p 1, op 0 only.
        assertEquals(List.of(Map.of("padding", List.of(1L, 1L), "outputPadding", List.of(0L, 0L))), m.get("solutions"));
    }

    @Test
    void impossibleMinInputIsNull() {
        Map<String, Object> m = json("conv", "--in", "3", "--k", "1", "--p", "5", "--target", "3", "--json");
        assertTrue(m.containsKey("minInput"));
        assertNull(m.get("minInput"));
    }

    @Test
    void textAnswerIsReadable() {
        assertEquals(0, run("conv", "--in", "8", "--k", "3", "--s", "2", "--kind", "transposed", "--target", "16"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("output size 17"), text);
        assertTrue(text.contains("padding 1, output_padding 1"), text);
        assertTrue(text.contains("why output_padding"), text);
        assertEquals(0, run("conv", "--in", "10", "--k", "2", "--s", "3", "--d", "3"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("warning: "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--k 3|--in",
        "--in 5|--k",
        "--in 3 --k 5|--k",
        "--in abc --k 3|--in",
        "--in 5 --k 3 --s 0|--s",
        "--in 5 --k 3 --p -1|--p",
        "--in 5 --k 3 --d 0|--d",
        "--in 5 --k 3 --mode wavy|--mode",
        "--in 5 --k 3 --kind dense|--kind",
        "--in 5 --k 3 --kind transposed --s 2 --op 2|--op",
        "--in 5 --k 3 --op 1|--op",
        "--in 5 --k 3 --kind pool --mode circular|--mode",
        "--in 5 --k 3 --target 0|--target",
        "--in 5 --k 3x3|--k",
        "--in 5x5x5 --k 3|--in",
        "--in 5x2 --k 3|--k (height)",
        "--in 5 --k 3 --p 1:2:3|--p",
        "--in 5 --k 3 --mode reflect --p 5|--p",
        "--in 5 --k 3 --bogus 1|--bogus"})
    void badInputExitsTwoNamingTheOption(String args, String option) {
        List<String> argv = new ArrayList<>(List.of("conv"));
        argv.addAll(List.of(args.split(" ")));
        assertEquals(2, run(argv.toArray(String[]::new)));
        String e = stderr();
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.contains(option), e);
    }

    @Test
    void helpShowsUsage() {
        assertEquals(0, run("conv", "--help"));
        String u = out.toString(StandardCharsets.UTF_8);
        assertTrue(u.startsWith("Usage: nnwb conv"), u);
        assertTrue(u.contains("--in=W[xH]"), u);
    }

    @Test
    void randomLayersMatchSlidingWindowCount() {
        Random r = new Random(51);
        for (int c = 0; c < 300; c++) {
            long in = 1 + r.nextInt(30), k = 1 + r.nextInt(5), s = 1 + r.nextInt(4), p = r.nextInt(3), d = 1 + r.nextInt(3);
            long windows = 0;
            for (long start = 0; start + d * (k - 1) < in + 2 * p; start += s) {
                windows++;
            }
            String[] argv = {"conv", "--in", "" + in, "--k", "" + k, "--s", "" + s, "--p", "" + p, "--d", "" + d, "--json"};
            if (windows == 0) {
                assertEquals(2, run(argv));
                assertTrue(stderr().contains("--k"), stderr());
            } else {
                assertEquals(windows, json(argv).get("outputSize"));
            }
        }
    }

    @Test
    void torontoQuestion54ThroughTheCli() {
        // kernel 4: conv 32 -> 16 needs padding 1; transposed 8 -> 16 needs padding 1, output_padding 0.
        assertEquals(List.of(List.of(1L), List.of(1L)),
                json("conv", "--in", "32x32", "--k", "4", "--s", "2", "--target", "16", "--json").get("paddings"));
        assertEquals(List.of(Map.of("padding", 1L, "outputPadding", 0L)),
                json("conv", "--in", "8", "--k", "4", "--s", "2", "--kind", "transposed", "--target", "16", "--json").get("solutions"));
        // kernel 5: conv padding 2; transposed padding 2, output_padding 1.
        assertEquals(List.of(2L), json("conv", "--in", "32", "--k", "5", "--s", "2", "--target", "16", "--json").get("paddings"));
        assertEquals(List.of(Map.of("padding", 2L, "outputPadding", 1L)),
                json("conv", "--in", "8", "--k", "5", "--s", "2", "--kind", "transposed", "--target", "16", "--json").get("solutions"));
    }

    @Test
    void epflAndBerkeleyProblem4ThroughTheCli() {
        // EPFL: W_in 10, K 3, P 1, S 2 -> floor(9/2) + 1 = 5; minimum input for 5 outputs: 4*2 + 3 - 2 = 9.
        Map<String, Object> m = json("conv", "--in", "10", "--k", "3", "--s", "2", "--p", "1", "--target", "5", "--json");
        assertEquals(5L, m.get("outputSize"));
        assertEquals(9L, m.get("minInput"));
        // Berkeley (e): CONV3 pad 1 keeps 28x28, POOL2 (stride defaults to the kernel) gives 14x14.
        assertEquals(List.of(28L, 28L), json("conv", "--in", "28x28", "--k", "3", "--p", "1", "--json").get("outputSize"));
        assertEquals(List.of(14L, 14L), json("conv", "--in", "28x28", "--k", "2", "--kind", "pool", "--json").get("outputSize"));
        assertEquals(List.of(7L, 7L), json("conv", "--in", "14x14", "--k", "2", "--kind", "pool", "--json").get("outputSize"));
        // Berkeley (f): CONV2, stride 1, circular padding 1 on 6x6 gives 7x7.
        assertEquals(List.of(7L, 7L), json("conv", "--in", "6x6", "--k", "2", "--p", "1", "--mode", "circular", "--json")
                .get("outputSize"));
    }
}
