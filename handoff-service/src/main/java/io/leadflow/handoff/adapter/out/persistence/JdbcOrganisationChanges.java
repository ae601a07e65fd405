package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.OrganisationChanges;
import io.leadflow.handoff.domain.OrganisationChange;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation's audit trail in table {@code organisation_change}, append-only. */
@Repository
class JdbcOrganisationChanges implements OrganisationChanges {

    private final JdbcClient jdbc;

    JdbcOrganisationChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(OrganisationChange change) {
        jdbc.sql("insert into organisation_change (at, actor, action, subject) values (:at, :actor, :action, :subject)")
                .param("at", JdbcTimes.at(change.at()))
                .param("actor", change.actor())
                .param("action", change.action())
                .param("subject", change.subject())
                .update();
    }

    @Override
    public List<OrganisationChange> latest(int limit) {
        return jdbc.sql("select at, actor, action, subject from organisation_change order by id desc limit :limit")
                .param("limit", limit)
                .query((rs, n) -> new OrganisationChange(
                        rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
