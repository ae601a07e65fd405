package io.leadflow.ingestion.adapter.out.persistence;

import io.leadflow.ingestion.application.port.out.EventTypeRegistry;
import io.leadflow.ingestion.domain.CustomEventType;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcEventTypeRegistry implements EventTypeRegistry {

    private final JdbcClient jdbc;

    JdbcEventTypeRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(CustomEventType type) {
        return jdbc.sql("""
                insert into event_type (name, description, registered_at, registered_by)
                values (:name, :description, :at, :by) on conflict (name) do nothing""")
                        .param("name", type.name())
                        .param("description", type.description())
                        .param("at", Timestamp.from(type.registeredAt()))
                        .param("by", type.registeredBy())
                        .update()
                == 1;
    }

    @Override
    public boolean remove(String name) {
        return jdbc.sql("delete from event_type where name = :name")
                        .param("name", name)
                        .update()
                == 1;
    }

    @Override
    public List<CustomEventType> all() {
        return jdbc.sql("select name, description, registered_at, registered_by from event_type order by name")
                .query((rs, n) -> new CustomEventType(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    @Override
    public Set<String> names() {
        return new HashSet<>(
                jdbc.sql("select name from event_type").query(String.class).list());
    }
}
