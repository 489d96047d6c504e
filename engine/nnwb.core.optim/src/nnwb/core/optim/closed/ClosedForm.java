package nnwb.core.optim.closed;

/** The parameters an optimizer reaches after {@code t} steps, from a formula rather than by stepping. */
public interface ClosedForm {

    /** One line naming the formula, for labels and reports. */
    String formula();

    /** The parameters after {@code t ≥ 0} steps (a fresh array). */
    double[] paramsAt(int t);
}
