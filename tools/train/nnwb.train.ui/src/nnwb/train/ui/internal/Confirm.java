package nnwb.train.ui.internal;

/** Asks the user a yes/no question (on the UI thread, from a job); tests answer without a dialog. */
@FunctionalInterface
public interface Confirm {

    boolean ask(String title, String question);
}
