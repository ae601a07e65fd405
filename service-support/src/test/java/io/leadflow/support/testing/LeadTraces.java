package io.leadflow.support.testing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a service's database still mentions a lead: every table of its schema whose rows name the lead id in any
 * column (the row read as text, JSON and arrays included), with how many rows. The tombstones of erased leads, which
 * hold nothing but the id, are left out: after an erasure the answer must be empty.
 */
public final class LeadTraces {

    private LeadTraces() {}

    public static Map<String, Long> of(JdbcClient jdbc, UUID lead) {
        List<String> tables = jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = current_schema() and table_type = 'BASE TABLE'
                            and table_name not in ('erased_lead', 'flyway_schema_history')""").query(String.class).list();
        Map<String, Long> found = new TreeMap<>();
        for (String table : tables) {
            long rows = jdbc.sql("select count(*) from \"" + table + "\" r where strpos(r::text, :lead) > 0")
                    .param("lead", lead.toString())
                    .query(Long.class)
                    .single();
            if (rows > 0) {
                found.put(table, rows);
            }
        }
        return found;
    }
}
