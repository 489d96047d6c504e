package nnwb.core.check;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nnwb.core.symbolic.Poly;
import nnwb.core.symbolic.Rational;

/**
 * Decides whether a student's formula equals the key on the declared domains: exactly when
 * both are rational functions (cross-multiplied polynomials; a removable point such as x = 1
 * in (x²−1)/(x−1) versus x+1 does not count, as the two agree wherever both are defined),
 * otherwise by evaluation at seeded random points inside the domains, or at every point of a
 * small integer domain. Points where either side is undefined are skipped and counted; a
 * student's formula undefined where the key is defined, at more than a few points, is a
 * difference of its own. Every verdict against the student names a point.
 */
final class FormulaEquivalence {

    /** Finite domains up to this many points are checked at every point. */
    static final int MAX_ENUMERATED = 5000;
    private static final double REL = 1e-8;
    private static final double ABS = 1e-10;

    private final Formula key;
    private final Optional<RationalForm> keyForm;
    private final int points;
    private final long seed;

    FormulaEquivalence(Formula key, Optional<RationalForm> keyForm, int points, long seed) {
        this.key = key;
        this.keyForm = keyForm;
        this.points = points;
        this.seed = seed;
    }

    Verdict compare(Formula student, Deadline deadline) {
        if (keyForm.isPresent()) {
            Optional<RationalForm> sf = student.rational(deadline);
            Optional<Boolean> same = sf.flatMap(f -> keyForm.get().sameAs(f, deadline));
            if (same.orElse(false)) {
                return Verdict.correct("correct: equivalent as rational functions (checked exactly)");
            }
            if (same.isPresent()) {
                Verdict v = exactWitness(keyForm.get(), sf.get(), deadline);
                if (v != null) {
                    return v;
                }
            }
        }
        return numeric(student, deadline);
    }

    private Verdict exactWitness(RationalForm k, RationalForm s, Deadline deadline) {
        Sampler sampler = new Sampler(key.symbols(), seed);
        long finite = sampler.finiteSize();
        boolean all = finite > 0 && finite <= MAX_ENUMERATED;
        List<double[]> nice = sampler.nice(60);
        long tries = all ? finite : 200;
        for (long i = 0; i < nice.size() + tries; i++) {
            deadline.check();
            double[] x = i < nice.size() ? nice.get((int) i) : all ? sampler.enumerate(i - nice.size()) : sampler.next();
            Map<String, Poly> point = new HashMap<>();
            for (int j = 0; j < x.length; j++) {
                point.put(key.symbols().get(j).name(), Poly.of(FormulaText.rational(BigDecimal.valueOf(x[j]))));
            }
            Rational kv = k.at(point);
            Rational sv = s.at(point);
            if (kv != null && sv != null && !kv.equals(sv)) {
                return differs(x, Figures.format(kv.doubleValue()), Figures.format(sv.doubleValue()));
            }
        }
        return null;
    }

    private Verdict numeric(Formula student, Deadline deadline) {
        Sampler sampler = new Sampler(key.symbols(), seed);
        long finite = sampler.finiteSize();
        boolean all = finite > 0 && finite <= MAX_ENUMERATED;
        long attempts = all ? finite : 40L * points;
        int agree = 0;
        int skipped = 0;
        int studentOnly = 0;
        double[] undefinedAt = null;
        for (long i = 0; i < attempts && (all || agree < points); i++) {
            deadline.check();
            double[] x = all ? sampler.enumerate(i) : sampler.next();
            double k = key.expr().eval(x);
            double s = student.expr().eval(x);
            boolean kOk = Double.isFinite(k);
            boolean sOk = Double.isFinite(s);
            if (!kOk || !sOk) {
                skipped++;
                if (kOk) {
                    studentOnly++;
                    undefinedAt = undefinedAt == null ? x : undefinedAt;
                }
            } else if (!close(k, s)) {
                return nicer(student, x, deadline);
            } else {
                agree++;
            }
        }
        if (studentOnly >= Math.max(3, (agree + studentOnly) / 10)) {
            return Verdict.wrong("not equivalent: your formula is undefined at " + point(undefinedAt)
                    + ", where the expected one is defined", "");
        }
        if (agree == 0) {
            return Verdict.ungradable("the formulas could not be evaluated inside the declared domains");
        }
        String where = all ? "at every point of the declared domains (" + agree + " points)"
                : "at " + agree + " random points in the declared domains";
        String skip = skipped == 0 ? "" : "; " + skipped + " point" + (skipped == 1 ? "" : "s")
                + " skipped where a side is undefined";
        return Verdict.correct("correct: equal " + where + skip);
    }

    /** A difference at a small point when there is one, else at {@code x}. */
    private Verdict nicer(Formula student, double[] x, Deadline deadline) {
        for (double[] p : new Sampler(key.symbols(), seed).nice(100)) {
            deadline.check();
            double k = key.expr().eval(p);
            double s = student.expr().eval(p);
            if (Double.isFinite(k) && Double.isFinite(s) && !close(k, s)) {
                return differs(p, Figures.format(k), Figures.format(s));
            }
        }
        return differs(x, Figures.format(key.expr().eval(x)), Figures.format(student.expr().eval(x)));
    }

    private Verdict differs(double[] x, String keyValue, String studentValue) {
        return Verdict.wrong("not equivalent: differs at " + point(x),
                "there the expected formula gives " + keyValue + " and yours " + studentValue);
    }

    static boolean close(double k, double s) {
        return Math.abs(k - s) <= REL * Math.max(Math.abs(k), Math.abs(s)) + ABS;
    }

    private String point(double[] x) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < x.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(key.symbols().get(i).name()).append(" = ").append(Figures.format(x[i]));
        }
        return x.length == 0 ? "every point" : sb.toString();
    }
}
