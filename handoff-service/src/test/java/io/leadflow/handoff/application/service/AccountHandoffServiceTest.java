package io.leadflow.handoff.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.AssignAccountHandoffCommand;
import io.leadflow.handoff.application.port.in.AssignAccountHandoffUseCase;
import io.leadflow.handoff.application.port.in.AssignmentOutcome;
import io.leadflow.handoff.application.port.in.FindAccountHandoffsQuery;
import io.leadflow.handoff.application.port.in.NotFoundException;
import io.leadflow.handoff.application.port.in.RecordConsentUseCase;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.domain.AccountHandoff;
import io.leadflow.handoff.domain.AccountPerson;
import io.leadflow.handoff.domain.HandoffStatus;
import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.kernel.event.EventMetadata;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountHandoffServiceTest {

    private static final UUID ACME = UUID.fromString("11111111-0000-4000-8000-000000000001");

    private final HandoffFixture app = new HandoffFixture();
    private final InMemoryAccountHandoffs accountHandoffs = new InMemoryAccountHandoffs();
    private final AssignAccountHandoffUseCase assign = HandoffServices.assignAccountHandoff(app.ports, accountHandoffs);
    private final FindAccountHandoffsQuery find = HandoffServices.findAccountHandoffs(app.ports, accountHandoffs);

    private AssignAccountHandoffCommand qualified(UUID eventId, UUID owner) {
        return new AssignAccountHandoffCommand(
                eventId,
                ACME,
                "Acme <Inc>",
                "acme.com",
                1,
                owner,
                1200,
                "Software",
                "DE",
                130,
                100,
                1,
                List.of(
                        new AccountPerson(
                                UUID.randomUUID(),
                                "jane@acme.com",
                                "Jane",
                                "Doe",
                                "CTO",
                                List.of("decision-maker"),
                                90,
                                "MQL"),
                        new AccountPerson(
                                UUID.randomUUID(), "joe@acme.com", null, null, "Analyst", List.of("user"), 40, "NEW")),
                app.clock.instant(),
                "account-" + ACME);
    }

    @Test
    void people_who_objected_to_profiling_are_left_out_and_an_account_of_objectors_goes_to_nobody() {
        app.rep("Anna", true);
        RecordConsentUseCase consent = HandoffServices.recordConsent(app.ports);
        AssignAccountHandoffCommand command = qualified(UUID.randomUUID(), null);
        UUID jane = command.people().getFirst().leadId();
        UUID joe = command.people().getLast().leadId();
        consent.recordConsent(objection(jane));

        assertThat(assign.assignAccountHandoff(command)).isEqualTo(AssignmentOutcome.ASSIGNED);
        assertThat(all().getFirst().people()).extracting(AccountPerson::email).containsExactly("joe@acme.com");

        consent.recordConsent(objection(joe));
        AssignAccountHandoffCommand again = qualified(UUID.randomUUID(), null);
        AssignAccountHandoffCommand samePeople = new AssignAccountHandoffCommand(
                again.eventId(),
                again.accountId(),
                again.name(),
                again.domain(),
                again.tier(),
                again.ownerRepId(),
                again.size(),
                again.industry(),
                again.country(),
                again.score(),
                again.threshold(),
                again.qualification(),
                command.people(),
                again.qualifiedAt(),
                again.correlationId());
        assertThat(assign.assignAccountHandoff(samePeople)).isEqualTo(AssignmentOutcome.PROFILING_OBJECTED);
        assertThat(all()).hasSize(1);
    }

    private ConsentChangedEvent objection(UUID lead) {
        Instant at = app.clock.instant();
        return new ConsentChangedEvent(
                EventMetadata.create(ConsentChangedEvent.TYPE, 1, new LeadId(lead), at, "c"),
                false,
                null,
                null,
                true,
                at,
                1);
    }

    private List<AccountHandoff> all() {
        return find.findAccountHandoffs(Actor.system(), ACME);
    }

    @Test
    void a_qualified_account_goes_to_its_owner_who_is_told_with_the_people_behind_it() {
        app.rep("Anna", true);
        RepView owner = app.rep("Owen", true);

        AssignmentOutcome outcome = assign.assignAccountHandoff(qualified(UUID.randomUUID(), owner.id()));

        assertThat(outcome).isEqualTo(AssignmentOutcome.ASSIGNED);
        AccountHandoff handoff = all().getFirst();
        assertThat(handoff.repId().value()).isEqualTo(owner.id());
        assertThat(handoff.assignedBy()).isEqualTo("account-owner");
        assertThat(handoff.people()).extracting(AccountPerson::email).containsExactly("jane@acme.com", "joe@acme.com");
        app.clock.advance(Duration.ofSeconds(1));
        assertThat(app.deliveries.claimDue(NotificationChannel.WEBHOOK, app.clock.instant(), 10, app.clock.instant()))
                .singleElement()
                .satisfies(delivery -> {
                    assertThat(delivery.handoffId()).isEqualTo(handoff.id());
                    assertThat(delivery.payload()).isEqualTo("ACCOUNT|Owen|Acme <Inc>|jane@acme.com,joe@acme.com");
                });
    }

    @Test
    void the_same_event_twice_hands_the_account_off_once() {
        RepView owner = app.rep("Owen", true);
        UUID event = UUID.randomUUID();

        assign.assignAccountHandoff(qualified(event, owner.id()));
        AssignmentOutcome again = assign.assignAccountHandoff(qualified(event, owner.id()));

        assertThat(again).isEqualTo(AssignmentOutcome.DUPLICATE_EVENT);
        assertThat(all()).hasSize(1);
    }

    @Test
    void an_account_without_an_available_owner_is_routed_like_a_lead() {
        RepView anna = app.rep("Anna", true);
        RepView away = app.rep("Owen", false);

        assign.assignAccountHandoff(qualified(UUID.randomUUID(), away.id()));
        assign.assignAccountHandoff(qualified(UUID.randomUUID(), null));

        assertThat(all()).allSatisfy(handoff -> {
            assertThat(handoff.repId().value()).isEqualTo(anna.id());
            assertThat(handoff.assignedBy()).isEqualTo("round-robin");
        });
    }

    @Test
    void an_account_waits_unassigned_when_nobody_is_available() {
        AssignmentOutcome outcome = assign.assignAccountHandoff(qualified(UUID.randomUUID(), null));

        assertThat(outcome).isEqualTo(AssignmentOutcome.UNASSIGNED);
        assertThat(all()).singleElement().extracting(AccountHandoff::status).isEqualTo(HandoffStatus.UNASSIGNED);
    }

    @Test
    void a_rep_sees_the_accounts_they_hold_and_no_other_rep_does() {
        RepView owner = app.rep("Owen", true);
        app.rep("Anna", true);
        assign.assignAccountHandoff(qualified(UUID.randomUUID(), owner.id()));
        AccountHandoff handoff = all().getFirst();

        Actor owen = new Actor("owen@seller.example", Set.of("sales_rep"));
        Actor anna = new Actor("anna@seller.example", Set.of("sales_rep"));

        assertThat(find.findAccountHandoffs(owen, null))
                .extracting(AccountHandoff::id)
                .containsExactly(handoff.id());
        assertThat(find.findAccountHandoffs(anna, null)).isEmpty();
        assertThatThrownBy(() -> find.findAccountHandoff(handoff.id(), anna)).isInstanceOf(NotFoundException.class);
        assertThat(find.findAccountHandoff(handoff.id(), owen).name()).isEqualTo("Acme <Inc>");
    }
}
