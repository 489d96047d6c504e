package nnwb.assignment;

import java.math.BigDecimal;

import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.Analyzer;
import nnwb.core.check.Deadline;
import nnwb.core.check.DerivedChecker;
import nnwb.core.check.NumberRule;
import nnwb.core.check.StudentWork;
import nnwb.core.check.Tolerance;
import nnwb.core.check.Units;
import nnwb.core.graph.ExpansionLimits;
import nnwb.core.model.Finding;
import nnwb.core.symbolic.Poly;

/** Keys an assignment computes from a model with the engine, and keys computed from a student's own model. */
public final class ModelKeys {

    /** Longest model text a student may hand in for a derived key. */
    public static final int MAX_MODEL_CHARS = 20_000;

    private ModelKeys() {
    }

    /** The engine's analysis of an instructor's model; throws when the model has errors (a bug in the assignment). */
    public static AnalysisReport analyze(String nnet, AnalysisOptions options) {
        AnalysisReport r = Analyzer.analyze(nnet, options);
        if (r.hasErrors()) {
            throw new IllegalStateException("the assignment's model does not analyse: " + r.firstError().message());
        }
        return r;
    }

    /**
     * A key computed from the student's own work: the trainable parameters of the {@code .nnet}
     * model they wrote as their answer to part {@code modelPart} (e.g. {@code p5.a}).
     */
    public static DerivedChecker parametersOfModelIn(String modelPart) {
        return new DerivedChecker("the parameter count of the model in " + modelPart, (w, d) -> parameters(w, modelPart, d),
                Units.COUNT, NumberRule.of(Tolerance.EXACT));
    }

    /**
     * The parameter count of the model in {@code modelPart}, analysed within what is left of {@code deadline}
     * (a model that expands too far or too slowly is a one-line reason, never a hang).
     */
    static BigDecimal parameters(StudentWork work, String modelPart, Deadline deadline) {
        String text = work.text(modelPart);
        if (text.length() > MAX_MODEL_CHARS) {
            throw new IllegalArgumentException("the model is longer than " + MAX_MODEL_CHARS + " characters");
        }
        AnalysisReport r = Analyzer.analyze(text, AnalysisOptions.defaults(),
                ExpansionLimits.DEFAULT.within(deadline.remaining()));
        deadline.check();
        Finding error = r.firstError();
        if (error != null) {
            throw new IllegalArgumentException("your model has an error at line " + error.line() + ": " + error.message());
        }
        Poly p = r.totals().params();
        if (!p.isInteger()) {
            throw new IllegalArgumentException("your model's parameter count is not a number (give every symbol a value)");
        }
        return new BigDecimal(p.bigIntegerValue());
    }
}
