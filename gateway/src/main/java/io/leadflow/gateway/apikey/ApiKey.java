package io.leadflow.gateway.apikey;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One stored key, without its secret: what an admin sees and what authentication needs. A browser key also names the
 * exact origins it may be sent from and whether it may send buying signals.
 */
public record ApiKey(
        String id,
        String name,
        byte[] secretSha256,
        Instant createdAt,
        String createdBy,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy,
        KeyScope scope,
        List<String> allowedOrigins,
        boolean buyingSignals) {

    public ApiKey {
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
