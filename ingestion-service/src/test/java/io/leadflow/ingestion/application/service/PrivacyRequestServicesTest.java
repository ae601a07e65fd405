package io.leadflow.ingestion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.ingestion.application.port.in.PrivacyRequestCommand;
import io.leadflow.ingestion.application.port.in.PrivacyRequestView;
import io.leadflow.ingestion.application.port.in.PrivacyServiceStatus;
import io.leadflow.ingestion.application.port.in.RecordPrivacyAnswerCommand;
import io.leadflow.ingestion.application.port.out.PrivacyRequests;
import io.leadflow.ingestion.application.port.out.SubjectData;
import io.leadflow.ingestion.domain.PrivacyRequestKind;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.event.ErasureRequestedEvent;
import io.leadflow.kernel.event.IntegrationEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The erasure use case against in-memory ports: what ingestion does at once, what it waits for, and when it is done. */
class PrivacyRequestServicesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");
    private static final EmailAddress EMAIL = EmailAddress.of("wren.canary@northwind.example");
    private static final UUID LEAD = UUID.randomUUID();

    private final List<IntegrationEvent> published = new ArrayList<>();
    private final Set<UUID> seen = new HashSet<>();
    private final List<String> erased = new ArrayList<>();
    private final Requests requests = new Requests();

    private final PrivacyServices.Ports ports = new PrivacyServices.Ports(
            new SubjectData() {
                @Override
                public List<UUID> leadsOf(EmailAddress email) {
                    return email.equals(EMAIL) ? List.of(LEAD) : List.of();
                }

                @Override
                public int erase(EmailAddress email, List<UUID> leadIds) {
                    erased.add(email.value());
                    return leadIds.size() * 4;
                }

                @Override
                public String export(EmailAddress email, List<UUID> leadIds) {
                    return "{}";
                }
            },
            requests,
            seen::add,
            published::add,
            Clock.fixed(NOW, ZoneOffset.UTC),
            new PrivacySettings("ingestion-service", List.of("scoring-service"), Duration.ofDays(7)));

    @Test
    void an_erasure_erases_ingestions_copy_at_once_tells_the_others_by_lead_id_and_completes_on_their_receipt() {
        PrivacyRequestView asked = PrivacyServices.requestErasure(ports)
                .requestErasure(new PrivacyRequestCommand(EMAIL, "dpo@leadflow.example", "corr-1"));

        assertThat(erased).containsExactly(EMAIL.value());
        assertThat(asked.complete()).isFalse();
        assertThat(asked.services())
                .extracting(PrivacyServiceStatus::service, PrivacyServiceStatus::done)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ingestion-service", true),
                        org.assertj.core.groups.Tuple.tuple("scoring-service", false));
        ErasureRequestedEvent sent = (ErasureRequestedEvent) published.getFirst();
        assertThat(sent.leadIds()).containsExactly(LEAD);
        assertThat(sent.requestId()).isEqualTo(asked.id());
        assertThat(sent.metadata().correlationId()).isEqualTo("corr-1");

        RecordPrivacyAnswerCommand receipt =
                new RecordPrivacyAnswerCommand(UUID.randomUUID(), asked.id(), "scoring-service", NOW, 7, null);
        PrivacyServices.recordPrivacyAnswer(ports).recordPrivacyAnswer(receipt);
        PrivacyServices.recordPrivacyAnswer(ports).recordPrivacyAnswer(receipt);

        PrivacyRequestView done = PrivacyServices.findPrivacyRequest(ports)
                .findPrivacyRequest(asked.id(), PrivacyRequestKind.ERASURE)
                .orElseThrow();
        assertThat(done.complete()).isTrue();
        assertThat(done.services().get(1).records()).isEqualTo(7);
        assertThat(requests.answers)
                .as("the redelivered receipt was recorded once")
                .isEqualTo(2);
    }

    @Test
    void an_unknown_person_is_a_request_that_reaches_every_service_with_no_lead() {
        PrivacyRequestView asked = PrivacyServices.requestErasure(ports)
                .requestErasure(new PrivacyRequestCommand(
                        EmailAddress.of("nobody@northwind.example"), "dpo@leadflow.example", "corr-2"));

        assertThat(((ErasureRequestedEvent) published.getFirst()).leadIds()).isEmpty();
        assertThat(asked.complete()).isFalse();
    }

    @Test
    void the_recent_requests_are_paged_and_a_page_out_of_range_is_refused_by_name() {
        var erasure = PrivacyServices.requestErasure(ports);
        PrivacyRequestView first = erasure.requestErasure(new PrivacyRequestCommand(EMAIL, "dpo", "corr-1"));
        PrivacyRequestView second = erasure.requestErasure(new PrivacyRequestCommand(EMAIL, "dpo", "corr-2"));
        var find = PrivacyServices.findPrivacyRequest(ports);

        var page = find.findPrivacyRequests(PrivacyRequestKind.ERASURE, 0, 1);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(PrivacyRequestView::id).containsExactly(second.id());
        assertThat(find.findPrivacyRequests(PrivacyRequestKind.ERASURE, 1, 1).items())
                .extracting(PrivacyRequestView::id)
                .containsExactly(first.id());
        assertThat(find.findPrivacyRequests(PrivacyRequestKind.EXPORT, 0, 20).items())
                .isEmpty();
        assertThatThrownBy(() -> find.findPrivacyRequests(PrivacyRequestKind.ERASURE, -1, 20))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("page"));
        assertThatThrownBy(() -> find.findPrivacyRequests(PrivacyRequestKind.ERASURE, 0, 101))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("size"));
    }

    /** Requests in memory, as the JDBC adapter keeps them. */
    private static final class Requests implements PrivacyRequests {

        private final Map<UUID, PrivacyRequestKind> kinds = new LinkedHashMap<>();
        private final Map<UUID, Map<String, PrivacyServiceStatus>> statuses = new LinkedHashMap<>();
        private final Map<UUID, Instant> completed = new LinkedHashMap<>();
        int answers;

        @Override
        public void create(
                UUID id,
                PrivacyRequestKind kind,
                List<UUID> leadIds,
                String requestedBy,
                Instant requestedAt,
                Instant expiresAt,
                List<String> services) {
            kinds.put(id, kind);
            Map<String, PrivacyServiceStatus> byService = new LinkedHashMap<>();
            services.forEach(s -> byService.put(s, new PrivacyServiceStatus(s, null, null)));
            statuses.put(id, byService);
        }

        @Override
        public boolean answer(UUID requestId, String service, Instant at, Integer records, String document) {
            Map<String, PrivacyServiceStatus> byService = statuses.get(requestId);
            if (byService == null
                    || !byService.containsKey(service)
                    || byService.get(service).done()) {
                return false;
            }
            answers++;
            byService.put(service, new PrivacyServiceStatus(service, at, records));
            return true;
        }

        @Override
        public void completeIfAnswered(UUID requestId, Instant at) {
            if (statuses.get(requestId).values().stream().allMatch(PrivacyServiceStatus::done)) {
                completed.putIfAbsent(requestId, at);
            }
        }

        @Override
        public Optional<PrivacyRequestView> find(UUID id, PrivacyRequestKind kind) {
            return kind == kinds.get(id)
                    ? Optional.of(new PrivacyRequestView(
                            id,
                            kind,
                            NOW,
                            completed.get(id),
                            null,
                            List.copyOf(statuses.get(id).values()),
                            null))
                    : Optional.empty();
        }

        @Override
        public List<PrivacyRequestView> list(PrivacyRequestKind kind, long offset, int limit) {
            List<PrivacyRequestView> newestFirst = new ArrayList<>();
            kinds.forEach((id, k) -> {
                if (k == kind) {
                    newestFirst.addFirst(find(id, kind).orElseThrow());
                }
            });
            return newestFirst.stream().skip(offset).limit(limit).toList();
        }

        @Override
        public long count(PrivacyRequestKind kind) {
            return kinds.values().stream().filter(kind::equals).count();
        }

        @Override
        public int deleteExportsOf(List<UUID> leadIds) {
            return 0;
        }

        @Override
        public int deleteExpiredExports(Instant now) {
            return 0;
        }
    }
}
