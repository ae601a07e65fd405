package io.leadflow.scoring.application.port.out.predictive;

/**
 * Trained trees that turn a lead's row of numbers into a likelihood of being won, and say how much each number moved
 * it, so a rep can read why. Rows are row-major, NaN where a value is unknown.
 */
public interface LikelihoodModel {

    /** The likelihood (0 to 1) of each of {@code rows} leads. */
    double[] predict(float[] matrix, int rows);

    /** Each feature's contribution in log-odds for one lead, then the base value (length = features + 1). */
    double[] contributions(float[] row);

    /** The trees as bytes, to be kept with the version and loaded again. */
    byte[] trees();
}
