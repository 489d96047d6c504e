package nnwb.filter.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import nnwb.cli.Cli;
import nnwb.cli.Command;
import nnwb.core.json.Json;
import nnwb.filter.cli.Filter1dCommand;
import nnwb.filter.cli.FilterBenchCommand;
import nnwb.filter.cli.FilterCommand;
import nnwb.test.harness.ComputeServices;

/** {@code nnwb filter} and {@code nnwb filter1d} through the real command line and compute service. */
class FilterCommandTest {

    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    private int run(String... argv) throws Exception {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        var s = ComputeServices.started();
        Cli cli = new Cli(List.of(new FilterCommand(s), new Filter1dCommand(s), new FilterBenchCommand(s)));
        return cli.run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json(String... argv) throws Exception {
        assertEquals(0, run(argv), () -> err.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        return (Map<String, Object>) Json.parse(out.toString(StandardCharsets.UTF_8));
    }

    /** The JSON matrix as doubles. */
    private static double[][] rows(Object output) {
        List<?> rows = (List<?>) output;
        double[][] m = new double[rows.size()][];
        for (int r = 0; r < m.length; r++) {
            m[r] = ((List<?>) rows.get(r)).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        }
        return m;
    }

    /*
     * The sheet's Sobel kernel over 1..25 as true convolution. With x[r,c] = 5r + c + 1 and the flipped kernel
     * (rows 1,2,1 / 0 / -1,-2,-1), let A(r, j) = x[r,j-1] + 2 x[r,j] + x[r,j+1] with zeros outside: inside the
     * matrix A = 4 x[r,j] = 20r + 4j + 4; at the left edge A(r,0) = 2x[r,0] + x[r,1] = 15r + 4, at the right edge
     * A(r,4) = x[r,3] + 2x[r,4] = 15r + 14. Output cell (i, j) of the padded grid is A(i-1, j) - A(i+1, j).
     */
    private static double a(int r, int j) {
        if (r < 0 || r > 4) {
            return 0;
        }
        return j == 0 ? 15 * r + 4 : j == 4 ? 15 * r + 14 : 20 * r + 4 * j + 4;
    }

    private static double[][] sobelByHand(int stride) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < 5; i += stride) {
            List<Double> row = new ArrayList<>();
            for (int j = 0; j < 5; j += stride) {
                row.add(a(i - 1, j) - a(i + 1, j));
            }
            out.add(row.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return out.toArray(double[][]::new);
    }

    @Test
    void sobelOverOneToTwentyFiveWithoutPadding() throws Exception {
        Map<String, Object> m = json("filter", "--kernel", "-1,-2,-1;0,0,0;1,2,1", "--input", "matrix", "--mode", "convolution", "--json");
        // every inner cell: A(i, j+1) - A(i+2, j+1) = -40
        assertEquals(List.of(3L, 3L), m.get("outputShape"));
        assertTrue(java.util.Arrays.deepEquals(new double[][] {{-40, -40, -40}, {-40, -40, -40}, {-40, -40, -40}}, rows(m.get("output"))));
    }

    @ParameterizedTest(name = "stride {0}, pad 1")
    @CsvSource({"1, 5", "2, 3"})
    void sobelOverOneToTwentyFiveWithStrideAndPadding(int stride, long side) throws Exception {
        Map<String, Object> m = json("filter", "--kernel", "-1,-2,-1;0,0,0;1,2,1", "--input", "1..25", "--mode", "convolution",
                "--stride", String.valueOf(stride), "--pad", "1", "--json");
        assertEquals(List.of(side, side), m.get("outputShape"));
        double[][] expected = sobelByHand(stride);
        assertTrue(java.util.Arrays.deepEquals(expected, rows(m.get("output"))),
                () -> java.util.Arrays.deepToString(expected) + " vs " + m.get("output"));
        // e.g. stride 1: the top-left cell is 0 - A(1, 0) = -19, the bottom-right A(3, 4) - 0 = 59
        assertEquals(-19, rows(m.get("output"))[0][0]);
        assertEquals(59, rows(m.get("output"))[(int) side - 1][(int) side - 1]);
    }

    @Test
    void correlationGivesTheOppositeSignForThisKernel() throws Exception {
        Map<String, Object> m = json("filter", "--kernel", "sobel-y", "--input", "matrix", "--json");
        assertTrue(java.util.Arrays.deepEquals(new double[][] {{40, 40, 40}, {40, 40, 40}, {40, 40, 40}}, rows(m.get("output"))));
        assertEquals("correlation", m.get("mode"));
    }

    @Test
    void jsonHasTheIssueKeys() throws Exception {
        Set<String> keys = new TreeSet<>(json("filter", "--kernel", "box-blur", "--input", "checkerboard:size=8,cell=2", "--pad", "same",
                "--padding", "reflect", "--json").keySet());
        assertTrue(keys.containsAll(Set.of("output", "outputShape")), keys.toString());
    }

    @Test
    void rgbInputsKeepTheirChannels() throws Exception {
        Map<String, Object> m = json("filter", "--kernel", "gaussian:sigma=1", "--input", "scene:size=20", "--dilation", "2",
                "--padding", "replicate", "--pad", "3", "--json");
        // 20 + 6 - (2*(7-1) + 1) + 1 = 14
        assertEquals(List.of(3L, 14L, 14L), m.get("outputShape"));
    }

    @Test
    void writesAPngAndReadsOne(@TempDir Path dir) throws Exception {
        Path outFile = dir.resolve("edges.png");
        assertEquals(0, run("filter", "--kernel", "sobel-x", "--input", "scene:size=40", "--gray", "--pad", "1", "--png", outFile.toString()),
                () -> err.toString(StandardCharsets.UTF_8));
        BufferedImage im = ImageIO.read(outFile.toFile());
        assertEquals(40, im.getWidth());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("blue -"), "signed output on the diverging map: " + out);
        // read the written PNG back as input: 40 x 40 RGB, filtered with a 3 x 3 box without padding
        Map<String, Object> m = json("filter", "--kernel", "box-blur", "--input", outFile.toString(), "--json");
        assertEquals(List.of(3L, 38L, 38L), m.get("outputShape"));
    }

    @Test
    void readsAJpegAsRgb(@TempDir Path dir) throws Exception {
        BufferedImage im = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 20; x++) {
                im.setRGB(x, y, (x * 12) << 16 | (y * 25) << 8 | 128);
            }
        }
        Path jpg = dir.resolve("photo.jpg");
        assertTrue(ImageIO.write(im, "jpeg", jpg.toFile()));
        Map<String, Object> m = json("filter", "--kernel", "identity", "--input", jpg.toString(), "--pad", "1", "--json");
        assertEquals(List.of(3L, 10L, 20L), m.get("outputShape"));
        Map<String, Object> g = json("filter", "--kernel", "identity", "--input", jpg.toString(), "--gray", "--json");
        assertEquals(List.of(8L, 18L), g.get("outputShape"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown kernel|--kernel,wobble,--input,matrix|--kernel: unknown kernel 'wobble'",
        "ragged kernel|--kernel,'1,2;3',--input,matrix|--kernel: kernel row 2 has 1 values, row 1 has 2",
        "missing file|--kernel,sobel-x,--input,nothere.png|--input: no image file nothere.png",
        "bad mode|--kernel,sobel-x,--input,matrix,--mode,flip|--mode: unknown mode 'flip'",
        "bad padding|--kernel,sobel-x,--input,matrix,--padding,mirror2|--padding: unknown padding 'mirror2'",
        "kernel too big|--kernel,box-blur:size=7,--input,matrix|kernel",
        "reflect too wide|--kernel,sobel-x,--input,matrix,--pad,5,--padding,reflect|padding",
        "stride zero|--kernel,sobel-x,--input,matrix,--stride,0|stride",
        "pad word|--kernel,sobel-x,--input,matrix,--pad,lots|--pad must be a whole number of cells or same",
        "json and png|--kernel,sobel-x,--input,matrix,--json,--png,x.png|give --json or --png OUT, not both"})
    void badInputExitsTwoWithOneLine(String name, String args, String message) throws Exception {
        List<String> argv = new ArrayList<>(List.of("filter"));
        for (String a : args.split(",(?=(?:[^']*'[^']*')*[^']*$)")) {
            argv.add(a.replace("'", ""));
        }
        assertEquals(2, run(argv.toArray(String[]::new)), () -> out.toString(StandardCharsets.UTF_8));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("nnwb filter: ") && e.contains(message), e);
    }

    /* The sheet's rect of length 7 through (1/2)^n u(n) from -6 to 12: 0 before 0, 2 - 2^-n up to 6, then halving. */
    @Test
    void rectThroughHalfToTheN() throws Exception {
        Map<String, Object> m = json("filter1d", "--signal", "rect:L=7,shift=0", "--response", "geometric:r=0.5,n=20",
                "--from", "-6", "--to", "12", "--json");
        assertEquals(Set.of("indices", "output"), m.keySet());
        List<?> indices = (List<?>) m.get("indices");
        List<?> output = (List<?>) m.get("output");
        assertEquals(19, indices.size());
        for (int k = 0; k < 19; k++) {
            int n = k - 6;
            double expected = n < 0 ? 0 : n <= 6 ? 2 - Math.pow(2, -n) : Math.pow(2, -(n - 6)) * (2 - Math.pow(2, -6));
            assertEquals((long) n, indices.get(k));
            assertEquals(expected, ((Number) output.get(k)).doubleValue(), 1e-15, "n = " + n);
        }
    }

    @Test
    void shiftingTheRectByFiveShiftsTheOutputByFive() throws Exception {
        Map<String, Object> a = json("filter1d", "--signal", "rect:L=7", "--response", "geometric:r=0.5,n=20", "--from", "-6", "--to", "12", "--json");
        Map<String, Object> b = json("filter1d", "--signal", "rect:L=7,shift=5", "--response", "geometric:r=0.5,n=20", "--from", "-1", "--to", "17", "--json");
        assertEquals(a.get("output"), b.get("output"));
    }

    @Test
    void withoutARangeTheWholeOutputIsPrinted() throws Exception {
        assertEquals(0, run("filter1d", "--signal", "1,2,3@-1", "--response", "1,1"));
        // support -1..2: 1, 3, 5, 3
        assertEquals(List.of("n\ty[n]", "-1\t1", "0\t3", "1\t5", "2\t3"), out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void badSignalsExitTwo() throws Exception {
        assertEquals(2, run("filter1d", "--signal", "triangle", "--response", "impulse"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("nnwb filter1d: --signal: unknown signal 'triangle'"), err.toString());
        assertEquals(2, run("filter1d", "--signal", "impulse", "--response", "impulse", "--from", "4", "--to", "2"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("index range 4..2 is empty"), err.toString());
    }

    @Test
    void theBenchRunsOnASmallImage() throws Exception {
        Map<String, Object> m = json("filter-bench", "--size", "32", "--kernels", "3", "--runs", "2", "--json");
        assertEquals(3, ((List<?>) m.get("rows")).size());
        assertTrue(m.containsKey("loadAverage"));
    }

    @Test
    void theCommandsAreDeclarativeServicesForTheCliWhiteboard() throws Exception {
        BundleContext ctx = ComputeServices.context();
        ComputeServices.startBundle("nnwb.filter");
        Set<String> names = new TreeSet<>();
        long until = System.currentTimeMillis() + 20_000;
        while (names.size() < 3 && System.currentTimeMillis() < until) {
            for (ServiceReference<Command> ref : ctx.getServiceReferences(Command.class, null)) {
                Command c = ctx.getService(ref);
                if (c != null) {
                    names.add(c.name());
                    ctx.ungetService(ref);
                }
            }
            Thread.sleep(100);
        }
        assertTrue(names.containsAll(Set.of("filter", "filter1d", "filter-bench")), names.toString());
    }

    @Test
    void helpDescribesTheJsonKeys() throws Exception {
        assertEquals(0, run("filter", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"outputShape\""));
        assertTrue(Files.notExists(Path.of("x.png")));
    }
}
