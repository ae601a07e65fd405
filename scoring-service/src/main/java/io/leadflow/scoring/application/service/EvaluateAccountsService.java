package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.AccountQualifiedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.scoring.application.port.in.EvaluateAccountsUseCase;
import io.leadflow.scoring.application.port.out.AccountQualifications;
import io.leadflow.scoring.application.port.out.AccountRepository;
import io.leadflow.scoring.application.port.out.LeadEventPublisher;
import io.leadflow.scoring.application.service.ScoringServices.Ports;
import io.leadflow.scoring.domain.account.Account;
import io.leadflow.scoring.domain.account.AccountId;
import io.leadflow.scoring.domain.account.AccountQualification;
import io.leadflow.scoring.domain.account.AccountView;
import io.leadflow.scoring.domain.account.Firmographics;
import io.leadflow.scoring.domain.account.Persona;
import io.leadflow.scoring.domain.account.Rollup;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates marked accounts after the lead changes behind the marks committed, each under its qualification's lock,
 * and announces an account that qualified just now with the people behind it, in the same transaction (outbox).
 */
class EvaluateAccountsService implements EvaluateAccountsUseCase {

    /** The most people one AccountQualified names (highest score first), so a huge account stays one message. */
    static final int MAX_PEOPLE = 100;

    private final AccountRepository accounts;
    private final AccountQualifications qualifications;
    private final LeadEventPublisher events;
    private final Clock clock;
    private final Rollup rollup;
    private final List<Persona> personas;

    EvaluateAccountsService(Ports ports, Rollup rollup, List<Persona> personas) {
        this.accounts = ports.accounts();
        this.qualifications = ports.qualifications();
        this.events = ports.events();
        this.clock = ports.clock();
        this.rollup = rollup;
        this.personas = List.copyOf(personas);
    }

    @Override
    @Transactional
    public int evaluateAccounts(int limit) {
        List<AccountId> marked = qualifications.claimMarked(limit);
        Instant now = clock.instant();
        marked.forEach(id -> accounts.find(id).ifPresent(account -> evaluate(account, now)));
        return marked.size();
    }

    private void evaluate(Account account, Instant now) {
        AccountQualification before = qualifications.lock(account.id());
        AccountView view = AccountView.of(account, qualifications.members(account.id()), rollup, personas, before);
        AccountQualification.Evaluation evaluation = before.evaluate(view.score(), rollup.mqlThreshold(), now);
        if (evaluation.changed(before)) {
            qualifications.save(evaluation.state(), now);
        }
        evaluation.qualifiedNow().ifPresent(qualified -> events.publish(announcement(view, qualified, now)));
    }

    private AccountQualifiedEvent announcement(AccountView view, AccountQualification qualified, Instant now) {
        Account account = view.account();
        Firmographics f = account.firmographics();
        List<AccountQualifiedEvent.Person> people = view.members().stream()
                .limit(MAX_PEOPLE)
                .map(m -> new AccountQualifiedEvent.Person(
                        UUID.fromString(m.leadId()),
                        m.email(),
                        m.firstName(),
                        m.lastName(),
                        m.jobTitle(),
                        AccountView.personasOf(m.jobTitle(), personas),
                        m.score(),
                        m.stage()))
                .toList();
        LeadId top = LeadId.parse(view.members().getFirst().leadId());
        return new AccountQualifiedEvent(
                EventMetadata.create(
                        AccountQualifiedEvent.TYPE,
                        AccountQualifiedEvent.VERSION,
                        top,
                        now,
                        AccountLinks.correlationId(account.id())),
                account.id().value(),
                f.name(),
                account.domain().value(),
                f.tier(),
                f.ownerRepId(),
                f.employees(),
                f.industry(),
                f.country(),
                qualified.qualifiedScore(),
                rollup.mqlThreshold(),
                qualified.count(),
                people);
    }
}
