package io.leadflow.support.deadletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** The {@code dead_letter} table of the service's own database (migration {@code V40__dead_letters.sql}). */
public class JdbcDeadLetters {

    private static final TypeReference<Map<String, Object>> HEADERS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public JdbcDeadLetters(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(String queue, String failure, String stacktrace, Map<String, Object> headers, byte[] body) {
        jdbc.sql("""
                        insert into dead_letter (queue, event_id, event_type, lead_id, failure, stacktrace, headers, body)
                        values (:queue, :eventId, :eventType, :leadId, :failure, :stacktrace, cast(:headers as jsonb), :body)
                        """)
                .param("queue", queue)
                .param("eventId", text(headers.get(DeadLetterHeaders.EVENT_ID)))
                .param("eventType", text(headers.get(DeadLetterHeaders.EVENT_TYPE)))
                .param("leadId", text(headers.get(DeadLetterHeaders.LEAD_ID)))
                .param("failure", failure)
                .param("stacktrace", stacktrace)
                .param("headers", json.writeValueAsString(headers))
                .param("body", body)
                .update();
    }

    /** The oldest {@code limit} dead letters, optionally of one queue. */
    public List<DeadLetter> list(Optional<String> queue, int limit) {
        return jdbc.sql(
                        "select * from dead_letter where (:queue::text is null or queue = :queue) order by id limit :limit")
                .param("queue", queue.orElse(null))
                .param("limit", limit)
                .query(this::deadLetter)
                .list();
    }

    public Optional<DeadLetter> find(long id) {
        return jdbc.sql("select * from dead_letter where id = ?")
                .param(id)
                .query(this::deadLetter)
                .optional();
    }

    /** Every dead letter's id, oldest first. */
    List<Long> allIds() {
        return jdbc.sql("select id from dead_letter order by id")
                .query(Long.class)
                .list();
    }

    boolean remove(long id) {
        return jdbc.sql("delete from dead_letter where id = ?").param(id).update() == 1;
    }

    /**
     * Forgets what the dead letters hold about erased leads, in the caller's transaction: a message about one of them
     * is deleted; a message carrying many events (a JSON array) loses the events about them and keeps the others, and
     * is deleted when none is left. Returns how many dead letters were deleted or changed.
     */
    public int forget(List<UUID> leadIds) {
        int forgotten = 0;
        for (UUID lead : leadIds) {
            List<Object[]> naming = jdbc.sql("""
                            select id, body from dead_letter
                            where lead_id = :lead or position(convert_to(:lead, 'UTF8') in body) > 0""")
                    .param("lead", lead.toString())
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)})
                    .list();
            for (Object[] row : naming) {
                forgotten += forget((Long) row[0], (byte[]) row[1], lead.toString());
            }
        }
        return forgotten;
    }

    private int forget(long id, byte[] body, String lead) {
        if (readJson(body) instanceof ArrayNode array) {
            List<JsonNode> kept = new ArrayList<>();
            for (JsonNode event : array.values()) {
                if (!event.toString().contains(lead)) {
                    kept.add(event);
                }
            }
            if (!kept.isEmpty()) {
                return jdbc.sql("update dead_letter set body = :body, lead_id = null where id = :id")
                        .param(
                                "body",
                                json.writeValueAsBytes(json.createArrayNode().addAll(kept)))
                        .param("id", id)
                        .update();
            }
        }
        return jdbc.sql("delete from dead_letter where id = :id")
                .param("id", id)
                .update();
    }

    private JsonNode readJson(byte[] body) {
        try {
            return json.readTree(body);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** How many dead letters each queue has (queues with none are absent). */
    Map<String, Long> countByQueue() {
        return jdbc
                .sql("select queue, count(*) as n from dead_letter group by queue")
                .query((rs, row) -> Map.entry(rs.getString("queue"), rs.getLong("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private DeadLetter deadLetter(ResultSet rs, int row) throws SQLException {
        return new DeadLetter(
                rs.getLong("id"),
                rs.getString("queue"),
                rs.getString("event_id"),
                rs.getString("event_type"),
                rs.getString("lead_id"),
                rs.getString("failure"),
                rs.getString("stacktrace"),
                rs.getTimestamp("dead_lettered_at").toInstant(),
                json.readValue(rs.getString("headers"), HEADERS),
                rs.getBytes("body"));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
