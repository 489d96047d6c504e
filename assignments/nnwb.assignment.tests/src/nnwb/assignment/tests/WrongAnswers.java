package nnwb.assignment.tests;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnwb.core.check.Answer;
import nnwb.core.check.Checker;
import nnwb.core.check.ConventionChecker;
import nnwb.core.check.Dimension;
import nnwb.core.check.FormulaChecker;
import nnwb.core.check.IntegerChecker;
import nnwb.core.check.MatrixChecker;
import nnwb.core.check.RealChecker;
import nnwb.core.check.TableChecker;
import nnwb.core.check.Units;

/**
 * Wrong answers a student may give to a part, built from its key: near misses on both sides, far misses, the wrong
 * unit, the wrong shape, another convention's count, a formula off by a term. None of them contains the key's digits
 * (a student who typed the key would see it echoed).
 */
final class WrongAnswers {

    private static final MathContext SIX = new MathContext(6);

    private WrongAnswers() {
    }

    static List<Answer> of(Checker c) {
        List<Answer> out = new ArrayList<>();
        switch (c) {
            case IntegerChecker i -> texts(integers(i.key()), "", out);
            case RealChecker r -> texts(reals(r.key(), r.rule().tolerance().relative(), r.rule().tolerance().absolute()),
                    r.unit().symbol(), out);
            case ConventionChecker k -> {
                out.addAll(of(k.sheet()));
                for (ConventionChecker.Alternative a : k.alternatives()) {
                    KeyNumbers.scalar(a.checker()).forEach(v -> out.add(Answer.text(v.toPlainString() + unitOf(a.checker()))));
                }
            }
            case MatrixChecker m -> matrices(m, out);
            case TableChecker t -> out.addAll(tables(t));
            case FormulaChecker f -> {
                out.add(Answer.text("(" + f.key().text() + ") * 2 + 1"));
                out.add(Answer.text("(" + f.key().text() + ") + 1"));
            }
            default -> out.add(Answer.text("17"));
        }
        if (c instanceof RealChecker r && r.unit().dimension() != Dimension.COUNT) {
            out.add(Answer.text(r.unit().dimension() == Dimension.TIME ? "3 MB" : "3 s"));
            out.add(Answer.text("7"));
            Units.sibling(r.unit()).ifPresent(twin -> out.add(Answer.text(r.key().stripTrailingZeros().toPlainString() + " "
                    + twin.symbol())));
        }
        return out;
    }

    private static String unitOf(Checker c) {
        return c instanceof RealChecker r && !r.unit().symbol().isEmpty() ? " " + r.unit().symbol() : "";
    }

    private static List<BigDecimal> integers(BigInteger key) {
        BigDecimal k = new BigDecimal(key);
        return List.of(k.add(BigDecimal.ONE), k.subtract(BigDecimal.ONE), k.multiply(BigDecimal.valueOf(3)).add(BigDecimal.valueOf(7)),
                BigDecimal.valueOf(-5), new BigDecimal("1.5"));
    }

    private static List<BigDecimal> reals(BigDecimal key, double relative, double absolute) {
        double step = Math.max(relative * 3, 0.02);
        BigDecimal up = key.multiply(BigDecimal.valueOf(1 + step), SIX);
        BigDecimal down = key.multiply(BigDecimal.valueOf(1 - step), SIX);
        BigDecimal off = BigDecimal.valueOf(Math.max(absolute * 3, 1e-3));
        return List.of(up, down, key.multiply(BigDecimal.valueOf(2.5), SIX).add(off), key.add(off.multiply(BigDecimal.TEN)),
                key.negate().subtract(off));
    }

    private static void texts(List<BigDecimal> values, String unit, List<Answer> out) {
        for (BigDecimal v : values) {
            out.add(Answer.text(v.stripTrailingZeros().toPlainString() + (unit.isEmpty() ? "" : " " + unit)));
        }
    }

    private static void matrices(MatrixChecker m, List<Answer> out) {
        double[][] key = m.key();
        StringBuilder off = new StringBuilder();
        StringBuilder half = new StringBuilder();
        for (int i = 0; i < key.length; i++) {
            off.append(i == 0 ? "" : "; ");
            half.append(i == 0 ? "" : "; ");
            for (int j = 0; j < key[i].length; j++) {
                off.append(j == 0 ? "" : " ").append(new BigDecimal(key[i][j] * 1.7 + 0.31).round(SIX).toPlainString());
                half.append(j == 0 ? "" : " ").append((i + j) % 2 == 0 ? "0.123" : "-9.87");
            }
        }
        out.add(Answer.text(off.toString()));
        out.add(Answer.text(half.toString()));
        out.add(Answer.text("1 2 3 4 5 6 7 8 9 10 11"));
    }

    private static List<Answer> tables(TableChecker t) {
        List<Answer> out = new ArrayList<>();
        for (int variant = 0; variant < 3; variant++) {
            Map<String, Answer> rows = new LinkedHashMap<>();
            for (int i = 0; i < t.rows().size(); i++) {
                Map<String, Answer> cells = new LinkedHashMap<>();
                for (int j = 0; j < t.columns().size(); j++) {
                    List<Answer> wrong = of(t.cells().get(i).get(j));
                    cells.put(t.columns().get(j), wrong.get(Math.min(variant, wrong.size() - 1)));
                }
                rows.put(t.rows().get(i), new Answer.Fields(cells));
            }
            out.add(new Answer.Fields(rows));
        }
        return out;
    }
}
