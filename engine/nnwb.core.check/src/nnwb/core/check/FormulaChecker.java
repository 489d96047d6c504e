package nnwb.core.check;

import java.util.List;
import nnwb.core.symbolic.Poly;

/**
 * A formula in named symbols, checked for equivalence with a key: exactly where both are
 * rational functions, otherwise at seeded random points inside the symbols' domains (see
 * {@link FormulaEquivalence}). The key is validated when the checker is built: it must read,
 * and be defined at most points of the declared domains.
 */
public final class FormulaChecker implements Checker {

    /** Points that must agree when comparing by evaluation. */
    public static final int DEFAULT_POINTS = 40;
    /** Bounds for reading keys, which come from instructors, not students. */
    private static final Limits KEY_LIMITS = Limits.DEFAULT.withFormula(20_000, 200);

    private final Formula key;
    private final FormulaEquivalence equivalence;

    private FormulaChecker(Formula key, int points, long seed) {
        if (points < 1 || points > 10_000) {
            throw new IllegalArgumentException("points must be 1..10000, got " + points);
        }
        this.key = key;
        this.equivalence = new FormulaEquivalence(key, key.rational(Deadline.NONE), points, seed);
        requireDefined(key, seed);
    }

    /** The key {@code formula} in {@code symbols}, 40 points, a fixed seed. */
    public static FormulaChecker of(String formula, Symbol... symbols) {
        return of(formula, List.of(symbols), DEFAULT_POINTS, 13);
    }

    /** The key {@code formula} in {@code symbols}, compared at {@code points} points drawn from {@code seed}. */
    public static FormulaChecker of(String formula, List<Symbol> symbols, int points, long seed) {
        return new FormulaChecker(Formula.parse(formula, symbols, KEY_LIMITS), points, seed);
    }

    /** The key as an engine polynomial, e.g. a symbolic count the analysis computed. */
    public static FormulaChecker of(Poly formula, Symbol... symbols) {
        return new FormulaChecker(Formula.of(formula, List.of(symbols)), DEFAULT_POINTS, 13);
    }

    private static void requireDefined(Formula key, long seed) {
        Sampler s = new Sampler(key.symbols(), seed);
        int defined = 0;
        for (int i = 0; i < 200; i++) {
            if (Double.isFinite(key.expr().eval(s.next()))) {
                defined++;
            }
        }
        if (defined < 50) {
            throw new IllegalArgumentException("the key " + key.text() + " is undefined at most points of the declared"
                    + " domains; declare the symbols' domains (e.g. positive)");
        }
    }

    /** The key. */
    public Formula key() {
        return key;
    }

    /** A typed answer as LaTeX for a live preview; throws the reason it cannot be read, as a check would. */
    public String preview(String answer, Limits limits) {
        return Formula.parse(answer, key.symbols(), limits).latex();
    }

    @Override
    public Verdict check(Answer answer, CheckContext context) {
        Verdict refused = AnswerText.refusal(answer);
        if (refused != null) {
            return refused;
        }
        Formula student;
        try {
            student = Formula.parse(AnswerText.of(answer, "a formula"), key.symbols(), context.limits());
        } catch (IllegalArgumentException e) {
            return Verdict.ungradable(e.getMessage());
        }
        return equivalence.compare(student, context.deadline());
    }

    @Override
    public AnswerKind kind() {
        return AnswerKind.FORMULA;
    }

    @Override
    public String inputHint() {
        StringBuilder sb = new StringBuilder("a formula in ");
        for (int i = 0; i < key.symbols().size(); i++) {
            Symbol s = key.symbols().get(i);
            sb.append(i == 0 ? "" : ", ").append(s.name()).append(" (").append(s.domain().describe()).append(')');
        }
        return key.symbols().isEmpty() ? "a formula" : sb.toString();
    }
}
