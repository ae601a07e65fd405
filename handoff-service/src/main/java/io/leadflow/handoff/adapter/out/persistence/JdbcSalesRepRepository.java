package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.kernel.EmailAddress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSalesRepRepository implements SalesRepRepository {

    private static final String COLUMNS =
            "select id, name, email, webhook_url, available, last_assigned_at, registered_at from sales_rep";

    private final JdbcClient jdbc;

    JdbcSalesRepRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(SalesRep rep) {
        return jdbc.sql("""
                insert into sales_rep (id, name, email, webhook_url, available, last_assigned_at, registered_at)
                values (:id, :name, :email, :webhookUrl, :available, :lastAssignedAt, :registeredAt)
                on conflict (email) do nothing""")
                .param("id", rep.id().value())
                .param("name", rep.name())
                .param("email", rep.email().value())
                .param("webhookUrl", rep.webhookUrl().toString())
                .param("available", rep.available())
                .param("lastAssignedAt", JdbcTimes.at(rep.lastAssignedAt()))
                .param("registeredAt", JdbcTimes.at(rep.registeredAt()))
                .update() == 1;
    }

    @Override
    public void save(SalesRep rep) {
        jdbc.sql("""
                update sales_rep set name = :name, webhook_url = :webhookUrl, available = :available,
                    last_assigned_at = :lastAssignedAt
                where id = :id""")
                .param("id", rep.id().value())
                .param("name", rep.name())
                .param("webhookUrl", rep.webhookUrl().toString())
                .param("available", rep.available())
                .param("lastAssignedAt", JdbcTimes.at(rep.lastAssignedAt()))
                .update();
    }

    @Override
    public Optional<SalesRep> find(RepId id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id.value()).query(this::map).optional();
    }

    @Override
    public List<SalesRep> findAll() {
        return jdbc.sql(COLUMNS + " order by lower(name), name, id").query(this::map).list();
    }

    @Override
    public List<SalesRep> lockAvailable() {
        return jdbc.sql(COLUMNS + " where available order by id for update").query(this::map).list();
    }

    private SalesRep map(ResultSet rs, int row) throws SQLException {
        return new SalesRep(new RepId(rs.getObject("id", UUID.class)), rs.getString("name"),
                EmailAddress.of(rs.getString("email")), WebhookUrl.parse(rs.getString("webhook_url")),
                rs.getBoolean("available"), JdbcTimes.instant(rs, "last_assigned_at"),
                JdbcTimes.instant(rs, "registered_at"));
    }
}
