package io.leadflow.scoring.adapter.in.web;

import io.leadflow.scoring.domain.account.AccountView;
import java.util.List;

/**
 * The account view: the account, its people (highest score first) with stage and score, the rolled-up account score,
 * how many people engaged, and per persona whether it is covered and by whom.
 */
record AccountViewResponse(
        AccountResponse account, int score, int engagedPeople, List<Person> people, List<Persona> buyingCommittee) {

    record Person(String leadId, String email, String jobTitle, String stage, int score) {}

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
                        .toList());
    }
}
