package nnwb.cli;

/** Bad input to a command: exit code 2 and this message as one line on stderr. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
