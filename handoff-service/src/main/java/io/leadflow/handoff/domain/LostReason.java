package io.leadflow.handoff.domain;

/** Why a deal was lost: the list a rep or a CRM's stage mapping chooses from. */
public enum LostReason {
    PRICE,
    COMPETITOR,
    NO_BUDGET,
    NO_DECISION,
    TIMING,
    PRODUCT_FIT,
    UNRESPONSIVE,
    OTHER;

    public static LostReason parse(String text) {
        return Choices.parse(LostReason.class, "lostReason", text);
    }
}
