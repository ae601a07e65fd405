package io.leadflow.ingestion.adapter.out.persistence;

import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.domain.Contact;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcContactRepository implements ContactRepository {

    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    JdbcContactRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    @Override
    public Optional<Contact> findByEmail(EmailAddress email) {
        return jdbc.sql("select lead_id, email, attributes::text from contact where email = :email")
                .param("email", email.value())
                .query(this::map)
                .optional();
    }

    @Override
    public Optional<Contact> findByLeadId(LeadId lead) {
        return jdbc.sql("select lead_id, email, attributes::text from contact where lead_id = :lead")
                .param("lead", lead.value())
                .query(this::map)
                .optional();
    }

    @Override
    public Map<EmailAddress, Contact> findByEmails(Collection<EmailAddress> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        Map<EmailAddress, Contact> found = new HashMap<>();
        jdbc.sql("select lead_id, email, attributes::text from contact where email in (:emails)")
                .param("emails", emails.stream().map(EmailAddress::value).toList())
                .query(this::map)
                .list()
                .forEach(c -> found.put(c.email(), c));
        return found;
    }

    @Override
    public List<Contact> addAllIfAbsent(List<Contact> candidates) {
        int[][] counts = template.batchUpdate("""
                insert into contact (lead_id, email, attributes) values (?, ?, cast(? as jsonb))
                on conflict (email) do nothing""", candidates, candidates.size(), (ps, c) -> {
            ps.setObject(1, c.leadId().value());
            ps.setString(2, c.email().value());
            ps.setString(3, json.writeValueAsString(c.attributes()));
        });
        List<Contact> added = new ArrayList<>();
        int i = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count == 1) {
                    added.add(candidates.get(i));
                }
                i++;
            }
        }
        return added;
    }

    @Override
    public Optional<Contact> findForUpdate(EmailAddress email) {
        return jdbc.sql("select lead_id, email, attributes::text from contact where email = :email for update")
                .param("email", email.value())
                .query(this::map)
                .optional();
    }

    @Override
    public void update(Contact contact) {
        jdbc.sql("update contact set attributes = cast(:attributes as jsonb), updated_at = now() where lead_id = :lead")
                .param("attributes", json.writeValueAsString(contact.attributes()))
                .param("lead", contact.leadId().value())
                .update();
    }

    @Override
    public boolean exists(LeadId lead) {
        return jdbc.sql("select count(*) from contact where lead_id = :lead")
                        .param("lead", lead.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Contact map(ResultSet rs, int row) throws SQLException {
        return new Contact(
                new LeadId(rs.getObject(1, UUID.class)),
                EmailAddress.of(rs.getString(2)),
                json.readValue(rs.getString(3), ATTRIBUTES));
    }
}
