package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.kernel.LeadId;
import io.leadflow.nurturing.application.port.out.ConsentRegister;
import io.leadflow.support.consent.ConsentCopy;
import io.leadflow.support.consent.JdbcConsentCopies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consent register on service-support's consent copies, in nurturing's {@code consent_copy} table. */
@Repository
class JdbcConsentRegister extends JdbcConsentCopies implements ConsentRegister {

    JdbcConsentRegister(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public boolean contactSuppressed(LeadId lead) {
        return find(lead.value()).map(ConsentCopy::contactSuppressed).orElse(false);
    }
}
