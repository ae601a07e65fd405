package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.RepId;
import io.leadflow.kernel.InvalidValueException;
import java.time.Duration;

/**
 * A new signing secret for a rep's webhook endpoint; the former one keeps signing alongside for {@code gracePeriod}
 * (zero: it stops at once), at most {@link #LONGEST_GRACE}.
 */
public record RotateWebhookSecretCommand(RepId rep, Duration gracePeriod) {

    public static final Duration DEFAULT_GRACE = Duration.ofHours(24);
    public static final Duration LONGEST_GRACE = Duration.ofDays(30);

    public RotateWebhookSecretCommand {
        Commands.require(rep, "id");
        gracePeriod = gracePeriod == null ? DEFAULT_GRACE : gracePeriod;
        if (gracePeriod.isNegative() || gracePeriod.compareTo(LONGEST_GRACE) > 0) {
            throw new InvalidValueException(
                    "gracePeriod", "gracePeriod.range", "the grace period is between PT0S and P30D");
        }
    }
}
