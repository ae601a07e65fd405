package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.scoring.application.port.out.ConsentRegister;
import io.leadflow.support.consent.JdbcConsentCopies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consent register on service-support's consent copies, in scoring's {@code consent_copy} table. */
@Repository
class JdbcConsentRegister extends JdbcConsentCopies implements ConsentRegister {

    JdbcConsentRegister(JdbcClient jdbc) {
        super(jdbc);
    }
}
