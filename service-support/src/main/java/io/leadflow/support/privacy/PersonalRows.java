package io.leadflow.support.privacy;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statements every {@link PersonalData} adapter needs over tables keyed by {@code lead_id}: delete a lead's rows,
 * move its rows to a fresh random id (anonymised rows that reports still count, unlinkable from the person), and read
 * them as JSON for an export. Table and column names come from the adapter's code, never from input.
 */
public class PersonalRows {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public PersonalRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Deletes the leads' rows of {@code table}; returns how many. */
    public int delete(String table, List<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("delete from " + table + " where lead_id in (:ids)")
                .param("ids", leadIds)
                .update();
    }

    /**
     * Gives one lead's rows of {@code table} the id {@code pseudonym} and runs {@code clear} (a SET list, e.g.
     * {@code note = null}) on them; returns how many rows changed.
     */
    public int anonymise(String table, UUID leadId, UUID pseudonym, String clear) {
        return jdbc.sql("update " + table + " set lead_id = :pseudonym" + (clear.isBlank() ? "" : ", " + clear)
                        + " where lead_id = :id")
                .param("pseudonym", pseudonym)
                .param("id", leadId)
                .update();
    }

    /** The leads' rows of {@code table} as a JSON array of objects, one per row, columns as fields. */
    public JsonNode export(String table, List<UUID> leadIds) {
        return query(
                "select coalesce(jsonb_agg(to_jsonb(t)), '[]'::jsonb)::text from " + table
                        + " t where lead_id in (:ids)",
                leadIds);
    }

    /** Any query with an {@code :ids} parameter whose single text column is JSON. */
    public JsonNode query(String sql, List<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return json.createArrayNode();
        }
        return json.readTree(
                jdbc.sql(sql).param("ids", leadIds).query(String.class).single());
    }

    /** A fresh random id that a lead's anonymised rows take: nothing links it to the person. */
    public static UUID pseudonym() {
        return UUID.randomUUID();
    }
}
