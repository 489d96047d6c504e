package nnwb.core.assignment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnwb.core.check.Answer;
import nnwb.core.check.DerivedChecker;
import nnwb.core.check.Domain;
import nnwb.core.check.FormulaChecker;
import nnwb.core.check.Freedom;
import nnwb.core.check.FreeTextChecker;
import nnwb.core.check.IntegerChecker;
import nnwb.core.check.MatrixChecker;
import nnwb.core.check.NumberRule;
import nnwb.core.check.RealChecker;
import nnwb.core.check.StudentWork;
import nnwb.core.check.Symbol;
import nnwb.core.check.TableChecker;
import nnwb.core.check.Tolerance;
import nnwb.core.check.Units;
import nnwb.core.conv.ConvArithmetic;
import nnwb.core.symbolic.Poly;

/**
 * A small assignment in the spirit of the EPFL and Berkeley sheets (restated in our words), with
 * one part of every kind, and the answers a student who gets everything right would hand in.
 * Every key is computed here from its closed form or from the engine.
 */
final class SampleAssignment {

    static final long K = 512;
    static final long LAYERS = 4;
    static final long BATCH = 64;
    static final long WEIGHT_BYTES = 4 * K * K * LAYERS;
    static final long TRAINING_MULTIPLICATIONS = 3 * BATCH * K * K * LAYERS;
    static final long CONV_OUT = ConvArithmetic.convOutput(7, 3, 2, 2, 1);
    static final double[][] SOBEL = {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}};
    static final long CONV_PARAMS = (3 * 3 + 1) * 10;
    static final long FC_PARAMS = (13 * 13 * 10 + 1) * 3;

    private SampleAssignment() {
    }

    static Assignment build() {
        Symbol n = Symbol.of("n", Domain.positiveIntegers());
        Symbol k = Symbol.of("K", Domain.positiveIntegers());
        Symbol l = Symbol.of("L", Domain.positiveIntegers());
        Poly forward = Poly.var("n").multiply(Poly.var("K").pow(2)).multiply(Poly.var("L"));
        Problem p1 = Problem.of("p1", "Cost of a wide MLP", "statements/p1.md", List.of(
                Part.of("a", "Forward multiplications for n inputs", 2, FormulaChecker.of(forward, n, k, l)),
                Part.of("b", "Weight memory in fp32 for K = 512, L = 4", 2,
                        RealChecker.of(WEIGHT_BYTES, "B", Tolerance.relative(0.01))).withPreset(Preset.model("models/mlp.nnet"))
                        .revealingKey(),
                Part.of("c", "Training multiplications for a batch of 64", 1, IntegerChecker.of(TRAINING_MULTIPLICATIONS))
                        .hiddenKey()));
        TableChecker table = TableChecker.of(List.of("conv", "fc"), List.of("params"),
                (r, c) -> IntegerChecker.of(r.equals("conv") ? CONV_PARAMS : FC_PARAMS));
        DerivedChecker own = new DerivedChecker("the parameter count of your network", SampleAssignment::mlpParameters,
                Units.COUNT, NumberRule.of(Tolerance.EXACT));
        Problem p2 = Problem.of("p2", "Convolutions", "statements/p2.md", List.of(
                Part.of("a", "Output width of the layer", 1, IntegerChecker.of(CONV_OUT))
                        .withPreset(Preset.convLayer(Map.of("in", "7", "k", "3", "s", "2", "p", "1"))),
                Part.of("b", "A Sobel kernel for vertical edges", 2, MatrixChecker.matrix(SOBEL, Tolerance.EXACT, Freedom.SIGN)),
                Part.of("c", "Parameters per layer", 2, table),
                Part.of("d", "Why pooling helps", 1, FreeTextChecker.of()),
                Part.of("w", "Widths of your own network", 0, FreeTextChecker.of()),
                Part.of("e", "Parameters of your own network", 1, own)));
        return new Assignment("sample-ps", "Sample course", "Sample problem set",
                OffsetDateTime.parse("2026-12-15T23:59:00+01:00"), List.of(p1, p2));
    }

    static BigDecimal mlpParameters(StudentWork work) {
        String[] widths = work.text("p2.w").split(",");
        long total = 0;
        for (int i = 1; i < widths.length; i++) {
            try {
                total += (Long.parseLong(widths[i - 1].strip()) + 1) * Long.parseLong(widths[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("widths must be whole numbers separated by commas");
            }
        }
        return new BigDecimal(total);
    }

    /** Everything right; the student's own network has widths 8, 4, 2. */
    static Map<String, Answer> correctAnswers() {
        Map<String, Answer> a = new LinkedHashMap<>();
        a.put("p1.a", Answer.text("n K^2 L"));
        a.put("p1.b", Answer.text(WEIGHT_BYTES / (1 << 20) + " MiB"));
        a.put("p1.c", Answer.text(Long.toString(TRAINING_MULTIPLICATIONS)));
        a.put("p2.a", Answer.text(Long.toString(CONV_OUT)));
        a.put("p2.b", Answer.text("1 0 -1; 2 0 -2; 1 0 -1"));
        a.put("p2.c", new Answer.Fields(Map.of("conv", new Answer.Fields(Map.of("params", Answer.text("" + CONV_PARAMS))),
                "fc", new Answer.Fields(Map.of("params", Answer.text("" + FC_PARAMS))))));
        a.put("p2.d", Answer.text("It makes the features tolerant to small shifts."));
        a.put("p2.w", Answer.text("8, 4, 2"));
        a.put("p2.e", Answer.text(Long.toString(9 * 4 + 5 * 2)));
        return a;
    }
}
