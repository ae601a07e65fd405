package io.leadflow.handoff.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.handoff.application.port.in.RegisterRepCommand;
import io.leadflow.handoff.application.port.out.NotificationTargetPolicy;
import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A configured notification URL that points inside is refused when it is configured, naming the field. */
class TargetChecksTest {

    private final InMemorySalesReps reps = new InMemorySalesReps();
    private final NotificationTargetPolicy insideIsRefused =
            url -> url.getHost().endsWith(".internal")
                    ? Optional.of("host " + url.getHost() + " resolves to a private address")
                    : Optional.empty();

    @Test
    void a_rep_whose_webhook_points_inside_is_refused_and_not_registered() {
        var register = new RegisterRepService(
                reps,
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                insideIsRefused,
                new InMemoryWebhookSecrets(),
                new OrganisationAudit(
                        new InMemoryOrganisationChanges(),
                        java.util.Optional::empty,
                        Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)));

        assertThatThrownBy(() -> register.registerRep(new RegisterRepCommand(
                        "Rita",
                        EmailAddress.of("rita@seller.example"),
                        WebhookUrl.parse("http://crm.internal/hook"),
                        true)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("webhookUrl");
                    assertThat(e.rule()).isEqualTo("webhookUrl.internal");
                });
        assertThat(reps.byId).isEmpty();
        assertThat(register.registerRep(new RegisterRepCommand(
                                "Rita",
                                EmailAddress.of("rita@seller.example"),
                                WebhookUrl.parse("https://crm.example.com/hook"),
                                true))
                        .name())
                .isEqualTo("Rita");
    }
}
