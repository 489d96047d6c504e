package nnwb.train;

/** A run cannot start because of its configuration, model or data; the message is one line saying why. */
public class RunProblem extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public RunProblem(String message) {
        super(message);
    }
}
