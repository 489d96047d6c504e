package nnwb.compute.net;

/**
 * The result of evaluating a network on labelled examples.
 *
 * @param examples how many
 * @param loss     the mean loss
 * @param accuracy the fraction whose arg-max output matches the arg-max label
 */
public record Evaluation(int examples, double loss, double accuracy) {
}
