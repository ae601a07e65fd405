package io.leadflow.ingestion.adapter.out.persistence;

import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.domain.Contact;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcContactRepository implements ContactRepository {

    private final JdbcClient jdbc;

    JdbcContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Contact> findByEmail(EmailAddress email) {
        return jdbc.sql("select lead_id from contact where email = :email")
                .param("email", email.value())
                .query((rs, n) -> new Contact(new LeadId(rs.getObject(1, UUID.class)), email))
                .optional();
    }

    @Override
    public Contact addIfAbsent(Contact candidate) {
        jdbc.sql("insert into contact (lead_id, email) values (:leadId, :email) on conflict (email) do nothing")
                .param("leadId", candidate.leadId().value())
                .param("email", candidate.email().value())
                .update();
        return findByEmail(candidate.email()).orElseThrow();
    }
}
