package nnwb.core.filter.op;

import java.util.List;
import java.util.stream.Collectors;

import nnwb.core.filter.Num;

/**
 * How one output cell is made: the products of input values and kernel weights, in tap order (kernel row by
 * row of the sliding kernel), and their sum.
 *
 * @param channel   the channel
 * @param outputRow the output row
 * @param outputCol the output column
 * @param terms     one term per tap
 */
public record SumOfProducts(int channel, int outputRow, int outputCol, List<Term> terms) {

    public SumOfProducts {
        terms = List.copyOf(terms);
    }

    /** The sum of the products: the output value. */
    public double value() {
        double s = 0;
        for (Term t : terms) {
            s += t.product();
        }
        return s;
    }

    /** {@code "y[0,0] = x[0,0]*w[2,2] + x[0,1]*w[2,1] + ..."}. */
    public String symbolic() {
        return "y[" + outputRow + "," + outputCol + "] = "
                + terms.stream().map(Term::symbolic).collect(Collectors.joining(" + "));
    }

    /** {@code "1*(-1) + 2*(-2) + ... = -24"}. */
    public String numeric() {
        return terms.stream().map(Term::numeric).collect(Collectors.joining(" + ")) + " = " + Num.format(value());
    }

    /** Both lines. */
    public String text() {
        return symbolic() + "\n  = " + numeric();
    }
}
