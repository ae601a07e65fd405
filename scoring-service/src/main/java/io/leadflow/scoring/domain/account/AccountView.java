package io.leadflow.scoring.domain.account;

import java.util.Comparator;
import java.util.List;

/**
 * An account as sales looks at it: its people with their stages and scores (highest first), the account score rolled
 * up from theirs, and which buying-committee personas have engaged and through whom.
 */
public record AccountView(
        Account account, List<Member> members, int score, int engagedPeople, List<Coverage> coverage) {

    public AccountView {
        members = List.copyOf(members);
        coverage = List.copyOf(coverage);
    }

    /** Builds the view of {@code account} from its people, by the roll-up and the personas configured. */
    public static AccountView of(Account account, List<Member> people, Rollup rollup, List<Persona> personas) {
        List<Member> sorted = people.stream()
                .sorted(Comparator.comparingInt(Member::score).reversed().thenComparing(Member::leadId))
                .toList();
        List<Member> engaged =
                sorted.stream().filter(m -> rollup.engaged(m.score())).toList();
        List<Coverage> coverage = personas.stream()
                .map(persona -> new Coverage(
                        persona.name(),
                        engaged.stream()
                                .filter(m -> persona.matches(m.jobTitle()))
                                .map(Member::leadId)
                                .toList()))
                .toList();
        return new AccountView(
                account, sorted, rollup.score(sorted.stream().map(Member::score).toList()), engaged.size(), coverage);
    }

    /** One person of the account: their lead, stage, segment score as last computed, address and title. */
    public record Member(String leadId, String stage, int score, String email, String jobTitle) {}

    /** A persona and the engaged people who play it; {@code covered} when there is one. */
    public record Coverage(String persona, List<String> leadIds) {

        public Coverage {
            leadIds = List.copyOf(leadIds);
        }

        public boolean covered() {
            return !leadIds.isEmpty();
        }
    }
}
