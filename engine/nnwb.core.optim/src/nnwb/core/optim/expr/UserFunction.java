package nnwb.core.optim.expr;

import java.util.List;

/**
 * A user-typed function of x and y with its gradient by symbolic differentiation (exact up to
 * floating point, no step size to choose). The function and both derivatives are compiled into one
 * program that evaluates each shared subexpression once. Immutable and thread-safe.
 */
public final class UserFunction {

    private final String text;
    private final Node f;
    private final Node dfdx;
    private final Node dfdy;
    private final Program program;

    private UserFunction(String text, Node f) {
        this.text = text;
        this.f = f;
        this.dfdx = Derivative.of(f, 0);
        this.dfdy = Derivative.of(f, 1);
        this.program = Program.of(List.of(f, dfdx, dfdy));
    }

    /** Parses and differentiates {@code text}; throws IllegalArgumentException (with the column) on bad input. */
    public static UserFunction parse(String text) {
        return new UserFunction(text, ExprParser.parse(text));
    }

    /** The text as typed. */
    public String text() {
        return text;
    }

    /** The parsed function. */
    public Node f() {
        return f;
    }

    /** {@code ∂f/∂x}. */
    public Node dfdx() {
        return dfdx;
    }

    /** {@code ∂f/∂y}. */
    public Node dfdy() {
        return dfdy;
    }

    /** {@code f(x, y)}. */
    public double value(double x, double y) {
        return f.eval(x, y);
    }

    /** Writes the gradient at {@code (x, y)} into {@code out[0..1]}. */
    public void gradient(double x, double y, double[] out) {
        double[] all = new double[3];
        program.eval(x, y, all);
        out[0] = all[1];
        out[1] = all[2];
    }

    /** Writes {@code f}, {@code ∂f/∂x} and {@code ∂f/∂y} at {@code (x, y)} into {@code out[0..2]}, in one pass. */
    public void valueAndGradient(double x, double y, double[] out) {
        program.eval(x, y, out);
    }
}
