package io.leadflow.scoring.application.port.out;

/** The figures operations watch: leads scored and qualified. */
public interface ScoringMetrics {

    void scored();

    void qualified(boolean fastTrack);
}
