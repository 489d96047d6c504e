package nnwb.assignment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nnwb.assignment.berkeley.hw3.Hw3Assignment;
import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.Analyzer;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.SubmissionResult;
import nnwb.core.check.Answer;
import nnwb.core.memory.ConventionMemory;
import nnwb.core.memory.MemoryEstimate;
import nnwb.core.memory.MemoryReport;
import nnwb.core.memory.PyTorchConvention;
import nnwb.core.optim.problem.DropoutLeastSquares;
import nnwb.core.optim.problem.Problems;
import nnwb.core.templates.Templates;

/** The earlier Berkeley homework as a student works it; numbers by hand or from independent engine paths. */
class BerkeleyHw3Test {

    private static Hw3Assignment provider;
    private static Assignment a;

    @BeforeAll
    static void build() {
        provider = new Hw3Assignment();
        a = provider.assignment();
    }

    /** Training memory of ResNet-152 (10 classes, 32×32) at batch 64 in GiB, from the template's own analysis. */
    private static String gib(int optimizerValues) {
        return gib(optimizerValues, 64);
    }

    /** The same at another batch size, from the analysis at that batch. */
    private static String gib(int optimizerValues, long batch) {
        MemoryReport m = Analyzer.analyze(Templates.text("resnet152"), AnalysisOptions.defaults().with("classes", 10)
                .with("size", 32).withBatch(batch)).memory();
        // parameters, their gradients, the optimizer's values per parameter, batch-norm buffers, stored activations
        double bytes = 4.0 * (m.params().longValue() * (2 + optimizerValues) + m.buffers().longValue()
                + batch * m.storedValues().longValue());
        return String.format(Locale.ROOT, "%.3f GiB", bytes / (1L << 30));
    }

    /** 4(h): Adam's training memory at batch 4, 16, 64 and 256, one row each. */
    static Answer batchTable(java.util.function.LongFunction<String> cell) {
        Map<String, Answer> rows = new java.util.LinkedHashMap<>();
        for (long b : new long[] {4, 16, 64, 256}) {
            rows.put("b" + b, new Answer.Fields(Map.of("adam", Answer.text(cell.apply(b)))));
        }
        return new Answer.Fields(rows);
    }

    static Student solved() {
        return new Student(a)
                .answer("p1.a", "1.0891, 0.10891")                 // 11·(10, 1)/101
                .answer("p1.b", "p/(1-p)")
                .answer("p1.c", "0.366667, 3.666667")              // λ = 1: xᵢwᵢ = 11/3
                .answer("p1.d", "7.3333")
                .answer("p1.e", "Batch one jumps around the regularised solution; a large batch settles on it.")
                .answer("p1.f", "2*11*(1-p)/(2-p)")                // xᵢwᵢ = 11/(2 + λ), λ = p/(1 − p)
                .answer("p1.g", "Adam moves both weights at the same pace.")
                .answer("p1.h", "10 0; 0 1")                       // √λ·diag(10, 1) with λ = 1
                .answer("p1.i", "Without dropout the clean accuracy is near chance; dropout makes it use the other inputs.")
                .answer("p2.a", "5 -2 5; 5 1 1; 4 -1 0")
                .answer("p2.b", "0 0 0 0; 0 4 0 -1; 0 0 3 0; 0 2 0 0")
                .answer("p2.c", "1 1 -0.25 -0.25; 1 1 -0.25 -0.25; 0.5 0.5 0.75 0.75; 0.5 0.5 0.75 0.75")
                .answer("p3.a", "Many more.")
                .answer("p3.b", "100, 6154400")                    // 3·3·10 + 10; 784·7840 + 7840
                .answer("p3.c", "Weight sharing makes the features shift with the image.")
                .answer("p4.a", "58,164,298")                      // torchvision's 60 192 808 − 2048·990 − 990
                .answer("p4.b", "232.66 MB")
                .answer("p4.c", gib(0))
                .answer("p4.d", gib(1))
                .answer("p4.e", gib(2))
                .answer("p4.g", "About 300 MB of context; the batch is limited by activations.")
                .answer("p4.h", batchTable(b -> gib(2, b)))
                // X = [3 0; 4 2], y = (1, 2), keep p = 0.8: worked out in the test below
                .answer("p5.a", "14.44")
                .answer("p5.b", "0.249322, 0.401084")
                .answer("p5.c", "1.2 0; 1.6 2")
                .answer("p5.d", "2")
                .answer("p5.e", "It gives every column the same norm, as batch normalisation gives every feature one scale.");
    }

    @Test
    void aStudentWhoGetsEverythingRightGetsFullMarksButTheLargestBatch() {
        Student s = solved();
        MemoryReport one = Analyzer.analyze(Templates.text("resnet152"), AnalysisOptions.defaults().with("classes", 10)
                .with("size", 32)).memory();
        long fixed = 4 * (4 * one.params().longValue() + one.buffers().longValue());
        long perExample = 4 * one.storedValues().longValue();
        long largest = ((16L << 30) - fixed) / perExample;
        s.answer("p4.f", Long.toString(largest));
        SubmissionResult r = s.grade();
        Student.assertFullMarks(r);
        Student.assertNoHiddenKeyIn(r);
        s.assertNotCorrect("p4.f", Long.toString(largest + 1));
    }

    @Test
    void pytorchsOwnCountIsAwardedAndExplained() {
        Student s = solved();
        MemoryReport batch64 = Analyzer.analyze(Templates.text("resnet152"), AnalysisOptions.defaults().with("classes", 10)
                .with("size", 32).withBatch(64)).memory();
        // what autograd keeps (releng/bench/pytorch_memory.py measures it): in-place ReLUs and sums, each storage once
        ConventionMemory pytorch = batch64.convention(PyTorchConvention.NAME);
        String sgd = pytorch.sgd().totalBytes().longValue() + " B";
        s.assertCorrect("p4.c", sgd);
        assertTrue(s.check("p4.c", sgd).verdict().reason().contains("that is PyTorch's count"));
        assertTrue(s.check("p4.c", sgd).verdict().reason().contains("CUDA context"));
        MemoryEstimate adam = Analyzer.analyze(Templates.text("resnet152"), AnalysisOptions.defaults().with("classes", 10)
                .with("size", 32)).memory().convention(PyTorchConvention.NAME).adam();
        long largest = ((16L << 30) - adam.fixedBytes().longValue()) / adam.perExampleBytes().longValue();
        s.assertCorrect("p4.f", Long.toString(largest));
        assertTrue(largest > 4000, "PyTorch fits more than the textbook count's 3,390: " + largest);
    }

    @Test
    void memoryAtEachBatchSizeIsCheckedPerCellUnderEitherCount() {
        Student s = solved();
        s.assertCorrect("p4.h", batchTable(b -> gib(2, b)));
        // PyTorch's count at each batch, from the analysis at that batch
        s.assertCorrect("p4.h", batchTable(b -> Analyzer.analyze(Templates.text("resnet152"), AnalysisOptions.defaults()
                .with("classes", 10).with("size", 32).withBatch(b)).memory().convention(PyTorchConvention.NAME).adam()
                .totalBytes().longValue() + " B"));
        // every row given batch 64's memory: only that row is right
        var r = s.check("p4.h", batchTable(b -> gib(2, 64)));
        assertEquals(nnwb.core.check.Status.PARTIAL, r.verdict().status());
        assertEquals(0.25, r.verdict().credit(), 1e-12);
        // SGD's memory instead of Adam's, and a number without its unit
        assertEquals(nnwb.core.check.Status.WRONG, s.check("p4.h", batchTable(b -> gib(0, b))).verdict().status());
        s.assertNotCorrect("p4.h", batchTable(b -> gib(2, b).replace(" GiB", "")));
        Student.assertNoHiddenKeyIn(s.answer("p4.h", batchTable(b -> "1 GiB")).grade(), gib(2, 4), gib(2, 256));
    }

    @Test
    void theBundlesModelIsTheTemplateWithTenClassesAndCifarImages() {
        String model = EpflPs08Test.text(provider, Hw3Assignment.RESNET);
        assertEquals(Analyzer.analyze(Templates.text("resnet152"), AnalysisOptions.defaults().with("classes", 10).with("size", 32))
                .totals().params(), Analyzer.analyze(model, AnalysisOptions.defaults()).totals().params());
    }

    @Test
    void wrongAnswersFailWithAReason() {
        Student s = solved();
        s.assertNotCorrect("p1.a", "10, 1");
        s.assertNotCorrect("p1.b", "p");
        s.assertNotCorrect("p1.c", "1.0891, 0.10891");                    // dropout changes the answer
        assertTrue(s.assertNotCorrect("p4.b", "232.66").contains("unit"));
        assertTrue(s.assertNotCorrect("p4.a", "60192808").contains("not the expected number"));
        s.assertNotCorrect("p2.b", "4 4 -1 -1; 4 4 -1 -1; 2 2 3 3; 2 2 3 3");   // average pooling's answer is not max's
        s.assertCorrect("p4.b", "0.2327 GB");
        s.assertCorrect("p4.b", "221.9 MiB");
    }

    /** Problem 5 with the sheet's X = [3 0; 4 2], y = (1, 2), p = 0.8, by hand. */
    @Test
    void theTikhonovStepsOfTheSheetsNumbersByHand() {
        // row 1: mean 0.8·3 = 2.4, variance 0.16·9 = 1.44; row 2: mean 0.8·6 = 4.8, variance 0.16·20 = 3.2
        double loss = (1 - 2.4) * (1 - 2.4) + 1.44 + (2 - 4.8) * (2 - 4.8) + 3.2;
        assertEquals(14.44, loss, 1e-12);
        // Γ² = (0.2/0.8)·diag(25, 4); (XᵀX + Γ²) = [31.25 8; 8 5], Xᵀy = (11, 4): Cramer's rule
        double det = 31.25 * 5 - 8 * 8;
        double w1 = (5 * 11 - 8 * 4) / det;
        double w2 = (31.25 * 4 - 8 * 11) / det;
        Student s = new Student(a);
        s.assertCorrect("p5.a", Double.toString(loss));
        s.assertCorrect("p5.b", w1 + ", " + w2);
        s.assertNotCorrect("p5.b", w1 / 0.8 + ", " + w2 / 0.8);        // w̌ is not w
        // Γ = diag(2.5, 1): X̃ = [1.2 0; 1.6 2], columns of norm 2 = √(0.8/0.2)
        s.assertCorrect("p5.c", "1.2 0; 1.6 2");
        s.assertNotCorrect("p5.c", "0.6 0; 0.8 1");                   // XΓ̌⁻¹ has unit columns, not XΓ⁻¹
        s.assertCorrect("p5.d", "2");
        s.assertNotCorrect("p5.d", "1");
        s.assertNotCorrect("p3.b", "90, 6146560");                    // biases count
        s.assertNotCorrect("p1.h", "1 0; 0 1");
    }

    @Test
    void theFormerIdStillNamesTheAssignmentAndDrawsTheSameNumbers() {
        assertEquals("berkeley-dl-hw4-earlier", a.id());
        assertEquals(java.util.List.of("berkeley-dl-hw3"), a.aliases());
        assertTrue(a.answersTo("berkeley-dl-hw3") && a.answersTo("berkeley-dl-hw4-earlier") && !a.answersTo("berkeley-dl-hw4"));
        for (String id : java.util.List.of("ada", "student-1", "student-2")) {
            // the seed of each student's numbers is still the SHA-256 of berkeley-dl-hw3/ID
            assertEquals(nnwb.core.assignment.Variant.of("berkeley-dl-hw3", id).seed(), provider.assignment(id).variant().seed());
        }
    }

    /** Part 1(i)'s preset: the training runner's run file reads as a run configuration on the cheating data. */
    @Test
    void theCheatingRunIsARunConfigurationOnTheCheatingData() {
        nnwb.core.data.RunConfig c = nnwb.core.data.RunConfigJson.read(EpflPs08Test.text(provider, Hw3Assignment.CHEATING_RUN));
        assertTrue(c.dataset().startsWith("cheating:"), c.dataset());
        nnwb.core.data.Dataset d = nnwb.core.data.DatasetSpec.parse(c.dataset()).load();
        assertEquals(200, d.train().size());
        assertEquals(16, d.train().valuesPerExample());
        assertEquals(0.0, c.dropout());
        assertEquals(nnwb.core.assignment.Preset.run(Hw3Assignment.CHEATING_RUN), a.part("p1.i").orElseThrow().part().preset()
                .orElseThrow());
    }

    @Test
    void thePredictionFormulaMatchesTheEngine() {
        Student s = new Student(a);
        for (double p : new double[] {0.1, 0.5, 0.8}) {
            DropoutLeastSquares d = (DropoutLeastSquares) Problems.parse("dropout-least-squares", Map.of("p", Double.toString(p)));
            double[] w = d.regularisedSolution();
            assertEquals(10 * w[0] + w[1], s.key("p1.f", p), 1e-9);
        }
    }

    @Test
    void theLambdaKeyMatchesTheEngine() {
        Student s = new Student(a);
        for (double p : new double[] {0.1, 0.5, 0.8}) {
            DropoutLeastSquares d = (DropoutLeastSquares) Problems.parse("dropout-least-squares", Map.of("p", Double.toString(p)));
            assertEquals(d.lambda(), s.key("p1.b", p), 1e-12);
        }
    }

    /**
     * "Dropout p" read as the probability of keeping a feature: the engine's problem at drop probability 1 − p gives the
     * keep reading's λ and prediction; both formula parts accept that reading and say so, and reject a mix of the two.
     */
    @Test
    void theKeepReadingOfPPassesTheFormulaPartsAndIsNamed() {
        Student s = solved();
        for (double p : new double[] {0.1, 0.3, 0.5, 0.8}) {
            DropoutLeastSquares keep = (DropoutLeastSquares) Problems.parse("dropout-least-squares",
                    Map.of("p", Double.toString(1 - p)));
            double[] w = keep.regularisedSolution();
            assertEquals(keep.lambda(), s.key("p1.b", "keep", p), 1e-9);
            assertEquals(10 * w[0] + w[1], s.key("p1.f", "keep", p), 1e-9);
        }
        for (String[] a : new String[][] {{"p1.b", "(1 - p)/p"}, {"p1.f", "22 p/(1 + p)"}}) {
            s.assertCorrect(a[0], a[1]);
            String reason = s.check(a[0], a[1]).verdict().reason();
            assertTrue(reason.contains("probability of keeping a feature"), reason);
        }
        assertTrue(!s.check("p1.b", "p/(1-p)").verdict().reason().contains("keeping"), "the statement's reading is not the keep one");
        s.assertNotCorrect("p1.b", "1/p");
        s.assertNotCorrect("p1.f", "22 (1 - p)/(1 + p)");
        s.assertNotCorrect("p1.c", "1.0891, 0.10891");
    }
}
