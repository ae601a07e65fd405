package io.leadflow.scoring.domain.model;

/** The range a model's scores live on (e.g. 0 to 100); when {@code capped}, totals outside it are cut to it. */
public record Scale(int min, int max, boolean capped) {

    public int apply(int points) {
        return capped ? Math.max(min, Math.min(max, points)) : points;
    }
}
