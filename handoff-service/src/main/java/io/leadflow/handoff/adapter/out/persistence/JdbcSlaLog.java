package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.SlaLog;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.SlaTimer;
import io.leadflow.handoff.domain.TeamId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSlaLog implements SlaLog {

    private final JdbcClient jdbc;

    JdbcSlaLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean recordOnce(SlaTimer timer, RepId rep, TeamId team, Instant at) {
        return jdbc.sql("""
                insert into sla_event (timer_key, handoff_id, kind, deadline, rep_id, team_id, at)
                values (:key, :handoff, :kind, :deadline, :rep, :team, :at) on conflict do nothing""")
                        .param("key", timer.key())
                        .param("handoff", timer.handoffId().value())
                        .param("kind", timer.kind().name())
                        .param("deadline", timer.deadline())
                        .param("rep", rep == null ? null : rep.value())
                        .param("team", team == null ? null : team.value())
                        .param("at", JdbcTimes.at(at))
                        .update()
                == 1;
    }

    @Override
    public Set<SlaTimer.Kind> recorded(HandoffId handoff, String deadline, int generation) {
        Set<SlaTimer.Kind> kinds = EnumSet.noneOf(SlaTimer.Kind.class);
        jdbc.sql("""
                select distinct kind from sla_event
                where handoff_id = :handoff and deadline = :deadline and timer_key like :prefix""")
                .param("handoff", handoff.value())
                .param("deadline", deadline)
                .param("prefix", handoff + ":" + deadline + ":" + generation + ":%")
                .query(String.class)
                .list()
                .forEach(kind -> kinds.add(SlaTimer.Kind.valueOf(kind)));
        return kinds;
    }
}
