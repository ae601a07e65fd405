package io.leadflow.scoring.domain.model;

import java.util.List;

/** A model document that cannot be used; every violation names the offending place in the document. */
public class InvalidModelException extends RuntimeException {

    private final transient List<ModelViolation> violations;

    public InvalidModelException(List<ModelViolation> violations) {
        super(
                violations.isEmpty()
                        ? "invalid model"
                        : violations.getFirst().field() + ": "
                                + violations.getFirst().detail()
                                + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
        this.violations = List.copyOf(violations);
    }

    public List<ModelViolation> violations() {
        return violations;
    }
}
