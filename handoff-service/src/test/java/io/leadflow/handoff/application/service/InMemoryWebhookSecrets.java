package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.WebhookSecrets;
import io.leadflow.handoff.domain.RepId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Webhook secrets in memory: numbered, so a test can tell which one it got. */
final class InMemoryWebhookSecrets implements WebhookSecrets {

    private record Stored(String secret, Instant validUntil) {}

    private final Map<RepId, List<Stored>> byRep = new HashMap<>();
    private int issued;

    @Override
    public String issue(RepId rep, Instant now, Instant previousValidUntil) {
        List<Stored> secrets = byRep.computeIfAbsent(rep, ignored -> new ArrayList<>());
        secrets.replaceAll(s -> s.validUntil() == null || s.validUntil().isAfter(previousValidUntil)
                ? new Stored(s.secret(), previousValidUntil)
                : s);
        String secret = "whsec_test" + ++issued;
        secrets.addFirst(new Stored(secret, null));
        return secret;
    }

    @Override
    public List<String> valid(RepId rep, Instant at) {
        return byRep.getOrDefault(rep, List.of()).stream()
                .filter(s -> s.validUntil() == null || s.validUntil().isAfter(at))
                .map(Stored::secret)
                .toList();
    }
}
