package io.leadflow.scoring.domain;

/**
 * The lead's score under its segment's model, as last announced and as lists filter on.
 *
 * @param modelId {@code null} while no model applies
 */
public record ScoreSummary(
        String modelId, int modelVersion, String segment, int score, FitGrade fitGrade, int engagementGrade) {

    public static ScoreSummary none() {
        return new ScoreSummary(null, 0, null, 0, FitGrade.D, 4);
    }

    public static ScoreSummary of(ModelScore score) {
        return new ScoreSummary(
                score.modelId(),
                score.modelVersion(),
                score.segment(),
                score.score(),
                score.fitGrade(),
                score.engagementGrade());
    }
}
