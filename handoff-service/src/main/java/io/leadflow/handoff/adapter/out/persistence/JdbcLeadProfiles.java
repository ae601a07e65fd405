package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.LeadProfiles;
import io.leadflow.handoff.domain.LeadProfile;
import io.leadflow.kernel.LeadId;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcLeadProfiles implements LeadProfiles {

    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcLeadProfiles(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One statement, so two profiles of one lead saved at once still leave the newer one. */
    @Override
    public boolean keepIfNewer(LeadProfile profile) {
        return jdbc.sql("""
                insert into lead_profile (lead_id, email, attributes, as_of)
                values (:leadId, :email, cast(:attributes as jsonb), :asOf)
                on conflict (lead_id) do update
                    set email = excluded.email, attributes = excluded.attributes, as_of = excluded.as_of
                    where lead_profile.as_of < excluded.as_of""")
                        .param("leadId", profile.leadId().value())
                        .param("email", profile.email())
                        .param("attributes", json.writeValueAsString(profile.attributes()))
                        .param("asOf", JdbcTimes.at(profile.asOf()))
                        .update()
                == 1;
    }

    @Override
    public Optional<LeadProfile> find(LeadId leadId) {
        return jdbc.sql("select email, attributes::text, as_of from lead_profile where lead_id = :leadId")
                .param("leadId", leadId.value())
                .query((rs, n) -> new LeadProfile(
                        leadId,
                        rs.getString(1),
                        json.readValue(rs.getString(2), ATTRIBUTES),
                        JdbcTimes.instant(rs, "as_of")))
                .optional();
    }

    @Override
    public Optional<LeadId> findLeadByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select lead_id from lead_profile where lower(email) = lower(:email)
                order by as_of desc limit 1""")
                .param("email", email.strip())
                .query((rs, n) -> new LeadId(rs.getObject(1, java.util.UUID.class)))
                .optional();
    }
}
