package nnwb.core.optim.expr;

/** A parsed expression in the variables x and y. */
public sealed interface Node {

    /** The value at {@code (x, y)}; domain errors give NaN or an infinity, as Java's Math does. */
    double eval(double x, double y);

    /** A number. */
    record Num(double value) implements Node {
        @Override
        public double eval(double x, double y) {
            return value;
        }

        @Override
        public String toString() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        }
    }

    /** The variable x ({@code index} 0) or y (1). */
    record Var(int index) implements Node {
        @Override
        public double eval(double x, double y) {
            return index == 0 ? x : y;
        }

        @Override
        public String toString() {
            return index == 0 ? "x" : "y";
        }
    }

    /** {@code -u}. */
    record Neg(Node u) implements Node {
        @Override
        public double eval(double x, double y) {
            return -u.eval(x, y);
        }

        @Override
        public String toString() {
            return "(-" + u + ")";
        }
    }

    /** A binary operation; {@code op} is one of {@code + - * / ^}. */
    record Bin(char op, Node l, Node r) implements Node {
        @Override
        public double eval(double x, double y) {
            double a = l.eval(x, y);
            double b = r.eval(x, y);
            return switch (op) {
                case '+' -> a + b;
                case '-' -> a - b;
                case '*' -> a * b;
                case '/' -> a / b;
                default -> Math.pow(a, b);
            };
        }

        @Override
        public String toString() {
            return "(" + l + " " + op + " " + r + ")";
        }
    }

    /** A function call. */
    record Call(Fn fn, Node arg) implements Node {
        @Override
        public double eval(double x, double y) {
            return fn.apply(arg.eval(x, y));
        }

        @Override
        public String toString() {
            return fn.key() + "(" + arg + ")";
        }
    }
}
