package io.leadflow.gateway.apikey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.leadflow.gateway.config.SecurityProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The keys in the gateway's PostgreSQL database. JDBC blocks, so every call runs on the bounded elastic
 * scheduler, never on an event-loop thread. Lookups by id (hits and misses alike) are cached for the
 * configured TTL; a revocation clears this replica's entry at once, other replicas' within the TTL.
 */
@Component
public class ApiKeyStore {

    private static final RowMapper<ApiKey> ROWS = (rs, row) -> new ApiKey(
            rs.getString("key_id"),
            rs.getString("name"),
            rs.getBytes("secret_sha256"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getString("created_by"),
            Optional.ofNullable(rs.getTimestamp("revoked_at"))
                    .map(Timestamp::toInstant)
                    .orElse(null),
            rs.getString("revoked_by"),
            KeyScope.fromWireName(rs.getString("scope")).orElse(KeyScope.SERVER),
            Arrays.stream(rs.getString("allowed_origins").split(" "))
                    .filter(origin -> !origin.isEmpty())
                    .toList(),
            rs.getBoolean("buying_signals"));

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Cache<String, Optional<ApiKey>> byId;

    public ApiKeyStore(JdbcClient jdbc, Clock clock, SecurityProperties security) {
        this.jdbc = jdbc;
        this.clock = clock;
        Duration ttl = security.apiKeys().cacheTtl();
        this.byId = Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfterWrite(ttl)
                .maximumSize(10_000)
                .build();
    }

    /** The key with this id, from the cache when it was looked up within the TTL. */
    public Mono<Optional<ApiKey>> find(String id) {
        Optional<ApiKey> cached = byId.getIfPresent(id);
        if (cached != null) {
            return Mono.just(cached);
        }
        return blocking(() -> {
            Optional<ApiKey> found = jdbc.sql("select * from api_key where key_id = :id")
                    .param("id", id)
                    .query(ROWS)
                    .optional();
            byId.put(id, found);
            return found;
        });
    }

    public Mono<List<ApiKey>> list() {
        return blocking(() -> jdbc.sql("select * from api_key order by created_at, key_id")
                .query(ROWS)
                .list());
    }

    /** A new key of this scope; a server key has no origins and no buying-signal allowance. */
    public Mono<ApiKeySecrets.Minted> create(
            String name, String createdBy, KeyScope scope, List<String> allowedOrigins, boolean buyingSignals) {
        ApiKeySecrets.Minted minted = ApiKeySecrets.mint();
        Instant now = clock.instant();
        return blocking(() -> {
            jdbc.sql("""
                    insert into api_key (key_id, name, secret_sha256, created_at, created_by,
                                         scope, allowed_origins, buying_signals)
                    values (:id, :name, :hash, :at, :by, :scope, :origins, :buyingSignals)""")
                    .param("id", minted.id())
                    .param("name", name)
                    .param("hash", minted.sha256())
                    .param("at", Timestamp.from(now))
                    .param("by", createdBy)
                    .param("scope", scope.wireName())
                    .param("origins", String.join(" ", allowedOrigins))
                    .param("buyingSignals", buyingSignals)
                    .update();
            byId.invalidate(minted.id());
            return minted;
        });
    }

    /** Revokes the key; true if it exists (revoked now or before). */
    public Mono<Boolean> revoke(String id, String revokedBy) {
        Instant now = clock.instant();
        return blocking(() -> {
            jdbc.sql("update api_key set revoked_at = :at, revoked_by = :by where key_id = :id and revoked_at is null")
                    .param("at", Timestamp.from(now))
                    .param("by", revokedBy)
                    .param("id", id)
                    .update();
            byId.invalidate(id);
            return jdbc.sql("select count(*) from api_key where key_id = :id")
                            .param("id", id)
                            .query(Long.class)
                            .single()
                    > 0;
        });
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
