/**
 * The predictive score: what a lead looked like when its outcome became known (features), the vocabulary that turns
 * it into numbers, the time-based hold-out and the evaluation maths (ROC AUC, lift, calibration) that a trained
 * version reports. Plain Java: the learning library itself sits behind a driven port in an adapter.
 */
package io.leadflow.scoring.domain.predictive;
