package io.leadflow.support.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applies a service's retention rules: for each rule, removes (or clears) the rows older than its {@code keep}, one
 * short statement of at most {@code batch-size} rows after the other, each committed on its own, so that a big backlog
 * never holds a long lock. Counts what it removed in {@code leadflow.retention.rows.removed} (tags {@code rule},
 * {@code table}) and, after each run, publishes each table's size ({@code leadflow.retention.table.bytes}) and its
 * estimated row count ({@code leadflow.retention.table.rows}, from the statistics it refreshes after removing rows). Which replica runs it is the scheduler's business.
 */
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final JdbcClient jdbc;
    private final RetentionProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, AtomicLong> bytes = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> rows = new ConcurrentHashMap<>();

    public RetentionJob(JdbcClient jdbc, RetentionProperties properties, MeterRegistry meters, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    /** Applies every enabled rule once; answers the rows removed or cleared, by rule name. */
    public Map<String, Long> apply() {
        Map<String, Long> removed = new LinkedHashMap<>();
        Instant now = clock.instant();
        properties.rules().forEach((name, rule) -> {
            if (rule.enabled()) {
                long count = apply(name, rule, now.minus(rule.keep()));
                removed.put(name, count);
                if (count > 0) {
                    log.info("retention rule {} removed {} rows of {}", name, count, rule.table());
                    // fresh statistics, so that the planner and the row-count gauge see the smaller table
                    jdbc.sql("analyze " + rule.table()).update();
                }
            }
        });
        measureTables();
        return removed;
    }

    private long apply(String name, RetentionRule rule, Instant cutoff) {
        Counter counter = Counter.builder("leadflow.retention.rows.removed")
                .description("rows removed (or whose personal columns were cleared) by retention")
                .tag("rule", name)
                .tag("table", rule.table())
                .register(meters);
        String sql = statement(rule);
        OffsetDateTime before = cutoff.atOffset(ZoneOffset.UTC);
        long total = 0;
        int done;
        do {
            done = jdbc.sql(sql)
                    .param("cutoff", before)
                    .param("batch", properties.batchSize())
                    .update();
            total += done;
            counter.increment(done);
        } while (done >= properties.batchSize());
        return total;
    }

    static String statement(RetentionRule rule) {
        String old =
                rule.timeColumn() + " < :cutoff" + (rule.condition() == null ? "" : " and (" + rule.condition() + ")");
        if (rule.clear().isEmpty()) {
            return "delete from " + rule.table() + " where ctid in (select ctid from " + rule.table() + " where " + old
                    + " limit :batch)";
        }
        String anySet = rule.clear().stream().map(c -> c + " is not null").collect(Collectors.joining(" or "));
        String clearing = rule.clear().stream().map(c -> c + " = null").collect(Collectors.joining(", "));
        return "update " + rule.table() + " set " + clearing + " where ctid in (select ctid from " + rule.table()
                + " where " + old + " and (" + anySet + ") limit :batch)";
    }

    private void measureTables() {
        properties.rules().values().stream()
                .map(RetentionRule::table)
                .distinct()
                .forEach(table -> {
                    jdbc.sql("select pg_total_relation_size(c.oid) as bytes, greatest(c.reltuples, 0)::bigint as rows"
                                    + " from pg_class c where c.oid = to_regclass(:table)")
                            .param("table", table)
                            .query((rs, n) -> {
                                gauge(
                                                bytes,
                                                "leadflow.retention.table.bytes",
                                                "size of the table with its indexes",
                                                table)
                                        .set(rs.getLong("bytes"));
                                gauge(rows, "leadflow.retention.table.rows", "estimated rows of the table", table)
                                        .set(rs.getLong("rows"));
                                return table;
                            })
                            .list();
                });
    }

    private AtomicLong gauge(Map<String, AtomicLong> values, String meter, String description, String table) {
        return values.computeIfAbsent(table, t -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder(meter, value, AtomicLong::get)
                    .description(description)
                    .tag("table", t)
                    .register(meters);
            return value;
        });
    }
}
