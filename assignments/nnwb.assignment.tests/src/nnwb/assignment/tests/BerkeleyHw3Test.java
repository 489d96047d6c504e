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
        MemoryReport m = Analyzer.analyze(Templates.text("resnet152"), AnalysisOptions.defaults().with("classes", 10)
                .with("size", 32).withBatch(64)).memory();
        // parameters, their gradients, the optimizer's values per parameter, batch-norm buffers, stored activations
        double bytes = 4.0 * (m.params().longValue() * (2 + optimizerValues) + m.buffers().longValue()
                + 64 * m.storedValues().longValue());
        return String.format(Locale.ROOT, "%.3f GiB", bytes / (1L << 30));
    }

    static Student solved() {
        return new Student(a)
                .answer("p1.a", "1.0891, 0.10891")                 // 11·(10, 1)/101
                .answer("p1.b", "p/(1-p)")
                .answer("p1.c", "0.366667, 3.666667")              // λ = 1: xᵢwᵢ = 11/3
                .answer("p1.d", "7.3333")
                .answer("p1.e", "Batch one jumps around the regularised solution; a large batch settles on it.")
                .answer("p2.a", "5 -2 5; 5 1 1; 4 -1 0")
                .answer("p2.b", "0 0 0 0; 0 4 0 -1; 0 0 3 0; 0 2 0 0")
                .answer("p2.c", "1 1 -0.25 -0.25; 1 1 -0.25 -0.25; 0.5 0.5 0.75 0.75; 0.5 0.5 0.75 0.75")
                .answer("p3.a", "Many more.")
                .answer("p3.b", "Weight sharing makes the features shift with the image.")
                .answer("p4.a", "58,164,298")                      // torchvision's 60 192 808 − 2048·990 − 990
                .answer("p4.b", "232.66 MB")
                .answer("p4.c", gib(0))
                .answer("p4.d", gib(1))
                .answer("p4.e", gib(2))
                .answer("p4.g", "About 300 MB of context; the batch is limited by activations.");
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

    @Test
    void theLambdaKeyMatchesTheEngine() {
        Student s = new Student(a);
        for (double p : new double[] {0.1, 0.5, 0.8}) {
            DropoutLeastSquares d = (DropoutLeastSquares) Problems.parse("dropout-least-squares", Map.of("p", Double.toString(p)));
            assertEquals(d.lambda(), s.key("p1.b", p), 1e-12);
        }
    }
}
