package io.leadflow.scoring.application.port.out.predictive;

import io.leadflow.scoring.domain.predictive.PredictiveSettings;

/**
 * Learns gradient-boosted trees from labelled rows. Behind a port so the domain and the use cases never see the
 * learning library, and so a version's trees can be reloaded from storage.
 */
public interface PredictiveTrainer {

    /**
     * Trains on {@code labels.length} rows of {@code columns} numbers each (row-major, NaN = unknown), labels 1 (won)
     * and 0 (lost), with the settings' rounds, depth, learning rate and seed.
     */
    LikelihoodModel train(float[] matrix, int columns, float[] labels, PredictiveSettings settings);

    /** Trees kept earlier by {@link LikelihoodModel#trees()}. */
    LikelihoodModel load(byte[] trees);
}
