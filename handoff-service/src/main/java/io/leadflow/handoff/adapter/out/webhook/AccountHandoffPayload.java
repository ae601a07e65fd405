package io.leadflow.handoff.adapter.out.webhook;

import io.leadflow.handoff.application.port.out.AccountHandoffNotice;
import io.leadflow.handoff.domain.AccountHandoff;
import io.leadflow.handoff.domain.AccountPerson;
import io.leadflow.handoff.domain.SalesRep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of an {@code account.handoff.assigned} webhook: the account that qualified as a whole, its roll-up
 * score, and the people behind it with their titles, personas, scores and stages, so the rep can work the company
 * without asking. Every value is written by the JSON mapper, so text from outside arrives as data, never as markup.
 */
final class AccountHandoffPayload {

    static final String TYPE = "account.handoff.assigned";

    private AccountHandoffPayload() {}

    /** The body; {@code links.open} opens the account's page in the console at {@code consoleUrl}. */
    static Map<String, Object> of(AccountHandoffNotice notice, String consoleUrl) {
        AccountHandoff handoff = notice.handoff();
        SalesRep rep = notice.rep();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE);
        body.put("handoffId", handoff.id().toString());
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", handoff.accountId().toString());
        account.put("name", handoff.name());
        account.put("domain", handoff.domain());
        account.put("tier", handoff.tier());
        account.put("size", handoff.size());
        account.put("industry", handoff.industry());
        account.put("country", handoff.country());
        account.put(
                "ownerRepId",
                handoff.ownerRepId() == null ? null : handoff.ownerRepId().toString());
        body.put("account", account);
        Map<String, Object> repBody = new LinkedHashMap<>();
        repBody.put("id", rep.id().toString());
        repBody.put("name", rep.name());
        repBody.put("email", rep.email().value());
        body.put("rep", repBody);
        body.put("score", handoff.score());
        body.put("threshold", handoff.threshold());
        body.put("qualification", handoff.qualification());
        body.put("qualifiedAt", handoff.qualifiedAt().toString());
        body.put(
                "assignedAt",
                handoff.assignedAt() == null ? null : handoff.assignedAt().toString());
        body.put("assignedBy", handoff.assignedBy());
        body.put("teamId", handoff.team() == null ? null : handoff.team().toString());
        body.put("people", people(handoff.people()));
        String console = consoleUrl.replaceAll("/+$", "");
        body.put("links", Map.of("open", console + "/accounts/" + handoff.accountId()));
        return body;
    }

    private static List<Map<String, Object>> people(List<AccountPerson> people) {
        return people.stream()
                .map(person -> {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("leadId", person.leadId().toString());
                    p.put("email", person.email());
                    p.put("firstName", person.firstName());
                    p.put("lastName", person.lastName());
                    p.put("jobTitle", person.jobTitle());
                    p.put("personas", person.personas());
                    p.put("score", person.score());
                    p.put("stage", person.stage());
                    return p;
                })
                .toList();
    }
}
