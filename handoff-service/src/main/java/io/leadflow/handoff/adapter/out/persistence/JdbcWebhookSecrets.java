package io.leadflow.handoff.adapter.out.persistence;

import io.leadflow.handoff.application.port.out.WebhookSecrets;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.support.webhook.WebhookSigner;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Webhook signing secrets per rep in table {@code webhook_secret}, sealed by {@link SecretCipher}. */
@Repository
class JdbcWebhookSecrets implements WebhookSecrets {

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();
    private final SecretCipher cipher;

    JdbcWebhookSecrets(
            JdbcClient jdbc,
            @Value("${leadflow.webhooks.secret-key:}") String key,
            @Value("${leadflow.local-run:false}") boolean localRun) {
        this.jdbc = jdbc;
        this.cipher = new SecretCipher(key, localRun, random);
    }

    @Override
    public String issue(RepId rep, Instant now, Instant previousValidUntil) {
        jdbc.sql("""
                update webhook_secret set valid_until = :until
                where rep_id = :rep and (valid_until is null or valid_until > :until)""")
                .param("rep", rep.value())
                .param("until", JdbcTimes.at(previousValidUntil))
                .update();
        String secret = WebhookSigner.newSecret(random);
        jdbc.sql("insert into webhook_secret (rep_id, secret, created_at) values (:rep, :secret, :at)")
                .param("rep", rep.value())
                .param("secret", cipher.seal(secret))
                .param("at", JdbcTimes.at(now))
                .update();
        return secret;
    }

    @Override
    public List<String> valid(RepId rep, Instant at) {
        return jdbc.sql("""
                select secret from webhook_secret
                where rep_id = :rep and (valid_until is null or valid_until > :at)
                order by created_at desc, id""")
                .param("rep", rep.value())
                .param("at", JdbcTimes.at(at))
                .query((rs, n) -> cipher.open(rs.getString(1)))
                .list();
    }
}
