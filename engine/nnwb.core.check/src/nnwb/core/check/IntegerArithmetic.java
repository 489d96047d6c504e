package nnwb.core.check;

import java.math.BigInteger;
import java.util.regex.Pattern;
import nnwb.core.expr.Fold;
import nnwb.core.expr.Grammar;
import nnwb.core.expr.PrecedenceParser;
import nnwb.core.expr.TextCursor;
import nnwb.core.symbolic.Rational;

/**
 * Whole-number arithmetic as the coursework writes counts: {@code 3×3×10×10 + 10},
 * {@code 14*14*10}, {@code (3*3*1 + 1)*10}, {@code 2^10 - 1}, {@code floor((32 + 2 - 3)/2) + 1},
 * {@code ceil(7/2)}. Integers, {@code + - * × · x / ^}, parentheses, {@code floor(...)} and
 * {@code ceil(...)}; division is exact (a fraction), and the value must come out whole. The text's length,
 * the nesting, each number's digits, each exponent and the result's size are bounded, so hostile input
 * costs a reason, not time. A grammar of the kernel's {@link PrecedenceParser}.
 */
final class IntegerArithmetic implements Grammar<Rational, Character> {

    /** The characters of a calculation once the words floor and ceil are taken out (a class: no backtracking on long text). */
    private static final Pattern SHAPE = Pattern.compile("[0-9\\s+\\-*/×·x^()]+");
    private static final Pattern OPERATOR = Pattern.compile("[*×·x+()]|\\d\\s*-|\\)\\s*-|floor|ceil");
    /** floor and ceil after normalising, one character each so that 'x' stays the only letter left. */
    private static final char FLOOR = '⌊';
    private static final char CEIL = '⌈';
    private static final int MAX_DEPTH = 10;
    private static final int MAX_DIGITS = 30;
    private static final int MAX_EXPONENT = 256;
    private static final int MAX_BITS = 4096;

    private final TextCursor s;

    private IntegerArithmetic(String s) {
        this.s = new TextCursor(s);
    }

    /** Whether {@code text} is arithmetic this class reads (rather than a plain number or a quantity with a unit). */
    static boolean applies(String text) {
        String t = text.strip();
        return !t.isEmpty() && SHAPE.matcher(t.replace("floor", "").replace("ceil", "")).matches()
                && OPERATOR.matcher(t.substring(1)).find();
    }

    /** The value of {@code text}; throws a one-line reason when it cannot be read within the bounds. */
    static BigInteger evaluate(String text, int maxChars) {
        if (text.length() > maxChars) {
            throw new IllegalArgumentException("the calculation is " + text.length() + " characters long; at most " + maxChars
                    + " allowed");
        }
        IntegerArithmetic p = new IntegerArithmetic(text.replace("floor", String.valueOf(FLOOR)).replace("ceil", String.valueOf(CEIL))
                .replace('×', '*').replace('·', '*').replace('x', '*'));
        Rational v = new PrecedenceParser<>(p).expression();
        p.s.skipSpace();
        if (!p.s.atEnd()) {
            throw new IllegalArgumentException("cannot read the calculation at '" + p.s.current() + "'");
        }
        if (!v.isInteger()) {
            throw new IllegalArgumentException("the calculation gives " + v + ", not a whole number; round it with floor(...) or ceil(...)");
        }
        return v.numerator();
    }


    @Override
    public Character infix(int level) {
        s.skipSpace();
        return s.eatAny(level == 0 ? "+-" : "*/");
    }

    @Override
    public Fold<Rational, Character> fold(int level, Rational first) {
        return Fold.left(first, (op, l, r) -> bounded(switch (op) {
            case '+' -> l.add(r);
            case '-' -> l.subtract(r);
            case '/' -> {
                if (r.signum() == 0) {
                    throw new IllegalArgumentException("division by zero in the calculation");
                }
                yield l.divide(r);
            }
            default -> l.multiply(r);
        }));
    }

    @Override
    public int maxDepth() {
        return MAX_DEPTH;
    }

    @Override
    public RuntimeException tooDeep() {
        return new IllegalArgumentException("the calculation nests deeper than " + MAX_DEPTH + " parentheses");
    }

    /** A power: an atom, then {@code ^} and a whole exponent up to {@value #MAX_EXPONENT}. */
    @Override
    public Rational primary(PrecedenceParser<Rational, Character> p) {
        Rational base = atom(p);
        s.skipSpace();
        if (s.eat('^')) {
            s.skipSpace();
            String digits = s.digits();
            if (digits.isEmpty() || digits.length() > 3 || Integer.parseInt(digits) > MAX_EXPONENT) {
                throw new IllegalArgumentException("an exponent is a whole number up to " + MAX_EXPONENT);
            }
            return bounded(base.pow(Integer.parseInt(digits)));
        }
        return base;
    }

    /** A number, a parenthesised calculation, floor/ceil of one, or either negated ({@code -2^2} is {@code (-2)^2}). */
    private Rational atom(PrecedenceParser<Rational, Character> p) {
        s.skipSpace();
        if (s.eat('-')) {
            return atom(p).negate();
        }
        if (s.at(FLOOR) || s.at(CEIL)) {
            boolean floor = s.eat(FLOOR);
            if (!floor) {
                s.eat(CEIL);
            }
            s.skipSpace();
            if (!s.at('(')) {
                throw new IllegalArgumentException((floor ? "floor" : "ceil") + " needs parentheses: " + (floor ? "floor" : "ceil") + "(...)");
            }
            Rational inner = atom(p);
            BigInteger down = inner.floor();
            return Rational.of(floor || inner.isInteger() ? down : down.add(BigInteger.ONE));
        }
        if (s.eat('(')) {
            return p.nested(() -> {
                Rational v = p.expression();
                s.skipSpace();
                if (!s.eat(')')) {
                    throw new IllegalArgumentException("')' expected in the calculation");
                }
                return v;
            });
        }
        String digits = s.digits();
        if (digits.isEmpty()) {
            throw new IllegalArgumentException(!s.atEnd() ? "cannot read the calculation at '" + s.current() + "'"
                    : "the calculation ends early");
        }
        if (digits.length() > MAX_DIGITS) {
            throw new IllegalArgumentException("a number in the calculation has more than " + MAX_DIGITS + " digits");
        }
        return Rational.of(new BigInteger(digits));
    }

    private static Rational bounded(Rational v) {
        if (v.numerator().bitLength() > MAX_BITS || v.denominator().bitLength() > MAX_BITS) {
            throw new IllegalArgumentException("the calculation's value is too large");
        }
        return v;
    }
}
