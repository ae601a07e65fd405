package io.leadflow.kernel;

/**
 * Why sales turned a lead down. Hand-off records it, nurturing chooses a track by it, and marketing reads it back
 * to improve the lead definition, so the set is shared and small.
 */
public enum RejectionReason {
    TIMING(true),
    NO_BUDGET(true),
    NOT_DECISION_MAKER(true),
    NO_NEED_YET(true),
    ALREADY_IN_CONTACT(true),
    UNREACHABLE(true),
    BAD_DATA(false),
    COMPETITOR(false),
    NOT_A_BUYER(false),
    OTHER(true);

    private final boolean nurturable;

    RejectionReason(boolean nurturable) {
        this.nurturable = nurturable;
    }

    /** False where the person will never buy (fake data, a competitor, a student): such leads are disqualified. */
    public boolean isNurturable() {
        return nurturable;
    }

    public static RejectionReason parse(String text) {
        return Codes.parse(RejectionReason.class, "reason", text);
    }
}
