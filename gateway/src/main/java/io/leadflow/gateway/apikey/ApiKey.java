package io.leadflow.gateway.apikey;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One stored key, without its secret: what an admin sees and what authentication needs. */
public record ApiKey(
        String id,
        String name,
        byte[] secretSha256,
        Instant createdAt,
        String createdBy,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
