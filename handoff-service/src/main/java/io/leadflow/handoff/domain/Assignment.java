package io.leadflow.handoff.domain;

/** The rep an assignment policy chose and the name of the rule that chose them, shown to sales and managers. */
public record Assignment(SalesRep rep, String rule) {

    public Assignment {
        if (rep == null || rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("an assignment names a rep and the rule that chose them");
        }
    }
}
