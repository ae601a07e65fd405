package io.leadflow.support.idempotency;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tombstones of erased leads, in the service's {@code erased_lead} table (lead_id primary key, erased_at): the
 * erasure records them in its own transaction, and every consumer that would write about a lead asks here first, so a
 * message about an erased lead that is still queued, redelivered, late or re-driven from the dead letters creates
 * nothing. A lead id is a random UUID, not personal data. A transaction-scoped advisory lock per lead (exclusive for the
 * erasure, shared for a consumer) orders the two: a consumer that got in first has committed before the erasure
 * deletes, one that comes second sees the tombstone.
 */
public class ErasedLeads {

    /** The advisory locks' first key: the lead's locks here never meet another user of advisory locks. */
    private static final int LOCK_SPACE = 0x1EADE5ED;

    private static final String SKIPPED = "leadflow.privacy.erased.skipped";

    private static final Logger LOG = LoggerFactory.getLogger(ErasedLeads.class);

    private final JdbcClient jdbc;
    private final MeterRegistry meters;

    public ErasedLeads(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
    }

    public ErasedLeads(JdbcClient jdbc) {
        this(jdbc, Metrics.globalRegistry);
    }

    /**
     * Records the leads as erased, in the caller's transaction, after waiting for the consumers that are writing about
     * them to commit; returns how many were new.
     */
    public int record(Collection<UUID> leadIds) {
        List<UUID> sorted = leadIds.stream().distinct().sorted().toList();
        if (sorted.isEmpty()) {
            return 0;
        }
        lock(sorted, "pg_advisory_xact_lock");
        return jdbc.sql("insert into erased_lead (lead_id) select unnest(:ids::uuid[]) on conflict do nothing")
                .param("ids", sorted.toArray(UUID[]::new))
                .update();
    }

    /**
     * Of these leads, those erased, in the caller's transaction; the others stay unerased until it ends (an erasure
     * waits for it). Each one found is counted ({@value #SKIPPED}) and logged at debug by its id.
     */
    public Set<UUID> among(Collection<UUID> leadIds) {
        List<UUID> sorted = leadIds.stream().distinct().sorted().toList();
        if (sorted.isEmpty()) {
            return new HashSet<>();
        }
        lock(sorted, "pg_advisory_xact_lock_shared");
        // a statement of its own, so that its snapshot is taken after the locks were granted
        Set<UUID> erased = new HashSet<>(jdbc.sql("select lead_id from erased_lead where lead_id = any(:ids::uuid[])")
                .param("ids", sorted.toArray(UUID[]::new))
                .query(UUID.class)
                .list());
        if (!erased.isEmpty()) {
            meters.counter(SKIPPED).increment(erased.size());
            LOG.debug("skipping what arrived about erased lead(s) {}", erased);
        }
        return erased;
    }

    /** Whether the lead was erased (see {@link #among}). */
    public boolean erased(UUID leadId) {
        return !among(List.of(leadId)).isEmpty();
    }

    private void lock(List<UUID> sorted, String function) {
        jdbc.sql("select count(" + function + "(:space, k)) from unnest(:keys::int[]) k")
                .param("space", LOCK_SPACE)
                .param(
                        "keys",
                        sorted.stream()
                                .map(ErasedLeads::key)
                                .distinct()
                                .sorted()
                                .toArray(Integer[]::new))
                .query(Long.class)
                .single();
    }

    private static int key(UUID leadId) {
        return leadId.hashCode();
    }
}
