package io.leadflow.scoring.domain.model;

import io.leadflow.scoring.domain.FitGrade;

/**
 * The thresholds of the two grades: fit A to D from the fit points, engagement 1 to 4 from the engagement points.
 * Each value is the least points for that grade; below the last one is D, or 4.
 */
public record Grades(int fitA, int fitB, int fitC, int engagement1, int engagement2, int engagement3) {

    public FitGrade fit(int points) {
        if (points >= fitA) {
            return FitGrade.A;
        }
        if (points >= fitB) {
            return FitGrade.B;
        }
        return points >= fitC ? FitGrade.C : FitGrade.D;
    }

    public int engagement(int points) {
        if (points >= engagement1) {
            return 1;
        }
        if (points >= engagement2) {
            return 2;
        }
        return points >= engagement3 ? 3 : 4;
    }
}
