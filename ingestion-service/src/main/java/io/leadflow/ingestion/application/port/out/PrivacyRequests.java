package io.leadflow.ingestion.application.port.out;

import io.leadflow.ingestion.application.port.in.PrivacyRequestView;
import io.leadflow.ingestion.domain.PrivacyRequestKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Data subjects' requests and each service's answer. A request keeps the lead ids it was resolved to, never the
 * e-mail; an export's parts and document are deleted when it expires, or when the person is erased.
 */
public interface PrivacyRequests {

    /** A new request that waits for {@code services}; {@code expiresAt} only for an export. */
    void create(
            UUID id,
            PrivacyRequestKind kind,
            List<UUID> leadIds,
            String requestedBy,
            Instant requestedAt,
            Instant expiresAt,
            List<String> services);

    /**
     * Records one service's answer; false when the request is unknown (an expired export) or the service had
     * answered before. {@code document} is an export part as JSON text.
     */
    boolean answer(UUID requestId, String service, Instant at, Integer records, String document);

    /** Marks the request complete at {@code at} if every service answered, assembling an export's document. */
    void completeIfAnswered(UUID requestId, Instant at);

    Optional<PrivacyRequestView> find(UUID id, PrivacyRequestKind kind);

    /** Requests of {@code kind}, newest first, without their documents: {@code limit} from {@code offset}. */
    List<PrivacyRequestView> list(PrivacyRequestKind kind, long offset, int limit);

    /** How many requests of {@code kind} there are. */
    long count(PrivacyRequestKind kind);

    /** Deletes exports of any of these leads, however far they got; returns how many. */
    int deleteExportsOf(List<UUID> leadIds);

    /** Deletes exports whose retention ended at or before {@code now}; returns how many. */
    int deleteExpiredExports(Instant now);
}
