package nnwb.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nnwb.core.symbolic.Rational;

/**
 * The coursework's layer notation: {@code CONVk-F} is a convolution with F
 * filters of size k, stride 1 and padding {@code k//2} (1 for k = 3, as the
 * Berkeley sheet defines it); {@code POOLk} is k×k max pooling with stride k;
 * {@code FC-K} a fully connected layer with K outputs.
 */
final class Shorthand {

    private static final Pattern SIZED = Pattern.compile("(?i)(conv|pool)(\\d+)");

    private Shorthand() {
    }

    /** The layer kind word for a kind token, shorthand or not. */
    static String kindOf(Token kind) {
        Matcher m = SIZED.matcher(kind.text());
        if (m.matches()) {
            return m.group(1).equalsIgnoreCase("conv") ? "conv" : "maxpool";
        }
        return kind.text();
    }

    /** The arguments a shorthand kind stands for (consuming {@code -F}), or none. */
    static List<Arg> expand(Token kind, TokenCursor c) {
        List<Arg> args = new ArrayList<>();
        Matcher m = SIZED.matcher(kind.text());
        boolean conv = m.matches() && m.group(1).equalsIgnoreCase("conv");
        boolean fc = kind.text().toLowerCase(Locale.ROOT).equals("fc") && !c.atEnd() && c.peek().is(TokenKind.MINUS);
        if (m.matches()) {
            long k = Long.parseLong(m.group(2));
            args.add(num("kernel", k, kind.pos()));
            if (conv) {
                args.add(num("padding", k / 2, kind.pos()));
            }
        }
        if (conv || fc) {
            if (!c.accept(TokenKind.MINUS)) {
                throw new SyntaxError(kind.pos(), kind.text() + " needs a size after '-', e.g. " + kind.text() + "-10");
            }
            Token size = c.next();
            if (!(size.is(TokenKind.NUMBER) && size.text().chars().allMatch(Character::isDigit)) && !size.is(TokenKind.IDENT)) {
                throw new SyntaxError(size.pos(), "size expected after '-'");
            }
            Expr e = size.is(TokenKind.NUMBER) ? new Expr.Num(Rational.of(new java.math.BigInteger(size.text())), size.pos())
                    : new Expr.Name(size.text(), size.pos());
            args.add(new Arg(conv ? "filters" : "out", kind.pos(), List.of(e), kind.pos()));
        }
        return args;
    }

    private static Arg num(String key, long v, Pos at) {
        return new Arg(key, at, List.of(new Expr.Num(Rational.of(v), at)), at);
    }
}
