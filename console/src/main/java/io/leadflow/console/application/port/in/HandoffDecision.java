package io.leadflow.console.application.port.in;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a rep decided, in the hand-off API's words. The console checks nothing the API checks (reason codes, BANT
 * rules, the status): a refusal comes back in the API's words.
 */
public sealed interface HandoffDecision {

    /** The API action path segment: {@code accept}, {@code qualify}, ... */
    String action();

    record Accept() implements HandoffDecision {
        @Override
        public String action() {
            return "accept";
        }
    }

    /** BANT as the rep confirmed it (the API's {@code QualifyHandoffRequest}); currency defaults to EUR there. */
    record Qualify(
            @Nullable String budget,
            @Nullable String authority,
            @Nullable String need,
            @Nullable String timeline,
            @Nullable BigDecimal amount,
            @Nullable String currency)
            implements HandoffDecision {
        @Override
        public String action() {
            return "qualify";
        }
    }

    /** A reason code of the API's list (e.g. {@code timing}, {@code no_budget}) and an optional note. */
    record Reject(String reason, @Nullable String note) implements HandoffDecision {
        @Override
        public String action() {
            return "reject";
        }
    }

    /** Two-tier hand-off: to an account executive of the second team (no body). */
    record Pass() implements HandoffDecision {
        @Override
        public String action() {
            return "pass";
        }
    }

    record Disqualify(@Nullable String reason) implements HandoffDecision {
        @Override
        public String action() {
            return "disqualify";
        }
    }
}
