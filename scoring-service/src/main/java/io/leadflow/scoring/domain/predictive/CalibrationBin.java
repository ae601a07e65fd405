package io.leadflow.scoring.domain.predictive;

/**
 * One decile of the hold-out by predicted likelihood (1 = lowest): the mean predicted likelihood and the share that was
 * really won. A calibrated model has the two close in every decile.
 */
public record CalibrationBin(int decile, int leads, double predicted, double observed) {}
