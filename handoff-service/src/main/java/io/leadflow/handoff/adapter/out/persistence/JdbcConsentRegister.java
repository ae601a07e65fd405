package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.ConsentRegister;
import io.leadflow.kernel.LeadId;
import io.leadflow.support.consent.ConsentCopy;
import io.leadflow.support.consent.JdbcConsentCopies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consent register on service-support's consent copies, in hand-off's {@code consent_copy} table. */
@Repository
class JdbcConsentRegister extends JdbcConsentCopies implements ConsentRegister {

    JdbcConsentRegister(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public boolean profilingObjected(LeadId lead) {
        return find(lead.value()).map(ConsentCopy::profilingObjected).orElse(false);
    }
}
