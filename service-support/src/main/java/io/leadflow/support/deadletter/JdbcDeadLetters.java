package io.leadflow.support.deadletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

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
