package io.leadflow.scoring.adapter.in.web;

import io.leadflow.scoring.domain.account.AccountView;
import java.time.Instant;
import java.util.List;

/**
 * The account view: the account, its people (highest score first) with stage and score, the rolled-up account score,
 * how many people engaged, per persona whether it is covered and by whom, and its account-level MQL.
 */
record AccountViewResponse(
        AccountResponse account,
        int score,
        int engagedPeople,
        List<Person> people,
        List<Persona> buyingCommittee,
        Qualification qualification) {

    record Person(String leadId, String email, String jobTitle, String stage, int score) {}

    /**
     * The account-level MQL: {@code qualified} while the account stands qualified; {@code qualifiedAt} and
     * {@code qualifiedScore} of its last qualification; {@code qualifications} how often it qualified; {@code lapsedAt}
     * when its roll-up last fell below the {@code threshold}.
     */
    record Qualification(
            boolean qualified,
            int threshold,
            Instant qualifiedAt,
            Integer qualifiedScore,
            int qualifications,
            Instant lapsedAt) {}

    record Persona(String persona, boolean covered, List<String> leadIds) {}

    static AccountViewResponse of(AccountView view) {
        return new AccountViewResponse(
                AccountResponse.of(view.account()),
                view.score(),
                view.engagedPeople(),
                view.members().stream()
                        .map(m -> new Person(m.leadId(), m.email(), m.jobTitle(), m.stage(), m.score()))
                        .toList(),
                view.coverage().stream()
                        .map(c -> new Persona(c.persona(), c.covered(), c.leadIds()))
                        .toList(),
                new Qualification(
                        view.qualification().qualified(),
                        view.mqlThreshold(),
                        view.qualification().qualifiedAt(),
                        view.qualification().qualifiedScore(),
                        view.qualification().count(),
                        view.qualification().lapsedAt()));
    }
}
