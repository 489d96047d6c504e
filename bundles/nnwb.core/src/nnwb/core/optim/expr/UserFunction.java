package nnwb.core.optim.expr;

/**
 * A user-typed function of x and y with its gradient by symbolic differentiation (exact up to
 * floating point, no step size to choose).
 *
 * @param text the text as typed
 * @param f    the parsed function
 * @param dfdx {@code ∂f/∂x}
 * @param dfdy {@code ∂f/∂y}
 */
public record UserFunction(String text, Node f, Node dfdx, Node dfdy) {

    /** Parses and differentiates {@code text}; throws IllegalArgumentException (with the column) on bad input. */
    public static UserFunction parse(String text) {
        Node f = ExprParser.parse(text);
        return new UserFunction(text, f, Derivative.of(f, 0), Derivative.of(f, 1));
    }

    /** {@code f(x, y)}. */
    public double value(double x, double y) {
        return f.eval(x, y);
    }

    /** Writes the gradient at {@code (x, y)} into {@code out[0..1]}. */
    public void gradient(double x, double y, double[] out) {
        out[0] = dfdx.eval(x, y);
        out[1] = dfdy.eval(x, y);
    }
}
