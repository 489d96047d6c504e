package nnwb.cli;

/** Bad input on the command line: the CLI prints the one-line message on stderr and exits 2. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
