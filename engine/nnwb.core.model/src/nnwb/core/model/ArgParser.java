package nnwb.core.model;

import java.util.ArrayList;
import java.util.List;

/** Reads the arguments of a line: {@code key=value} pairs and positional values. */
final class ArgParser {

    private ArgParser() {
    }

    static List<Arg> args(TokenCursor c) {
        List<Arg> args = new ArrayList<>();
        while (!c.atEnd()) {
            Token t = c.peek();
            Token after = c.peek(1);
            if (t.is(TokenKind.IDENT) && after != null && after.is(TokenKind.EQUALS)) {
                c.next();
                c.next();
                if (c.atEnd()) {
                    throw new SyntaxError(c.peekPos(), "value expected after '" + t.text() + "='");
                }
                args.add(new Arg(t.text(), t.pos(), values(c), t.pos()));
            } else {
                Pos at = c.peekPos();
                args.add(new Arg(null, null, values(c), at));
            }
        }
        return args;
    }

    /** One value: expressions joined by {@code x} or commas. */
    private static List<Expr> values(TokenCursor c) {
        List<Expr> values = new ArrayList<>();
        values.add(ExprParser.expr(c));
        while (c.accept(TokenKind.CROSS) || c.accept(TokenKind.COMMA)) {
            values.add(ExprParser.expr(c));
        }
        return values;
    }
}
