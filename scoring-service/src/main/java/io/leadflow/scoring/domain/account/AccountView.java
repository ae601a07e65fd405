package io.leadflow.scoring.domain.account;

import java.util.Comparator;
import java.util.List;

/**
 * An account as sales looks at it: its people with their stages and scores (highest first), the account score rolled
 * up from theirs, which buying-committee personas have engaged and through whom, and whether the account stands
 * qualified as a whole (its account-level MQL).
 */
public record AccountView(
        Account account,
        List<Member> members,
        int score,
        int engagedPeople,
        List<Coverage> coverage,
        int mqlThreshold,
        AccountQualification qualification) {

    public AccountView {
        members = List.copyOf(members);
        coverage = List.copyOf(coverage);
        qualification = qualification == null ? AccountQualification.none(account.id()) : qualification;
    }

    /** Builds the view of {@code account} from its people, by the roll-up and the personas configured. */
    public static AccountView of(Account account, List<Member> people, Rollup rollup, List<Persona> personas) {
        return of(account, people, rollup, personas, AccountQualification.none(account.id()));
    }

    /** The personas (by name) whose job-title patterns {@code jobTitle} matches. */
    public static List<String> personasOf(String jobTitle, List<Persona> personas) {
        return personas.stream()
                .filter(persona -> persona.matches(jobTitle))
                .map(Persona::name)
                .toList();
    }

    /** The view with the account's qualification as last evaluated. */
    public static AccountView of(
            Account account,
            List<Member> people,
            Rollup rollup,
            List<Persona> personas,
            AccountQualification qualification) {
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
                account,
                sorted,
                rollup.score(sorted.stream().map(Member::score).toList()),
                engaged.size(),
                coverage,
                rollup.mqlThreshold(),
                qualification);
    }

    /** One person of the account: their lead, stage, segment score as last computed, address, title and name. */
    public record Member(
            String leadId, String stage, int score, String email, String jobTitle, String firstName, String lastName) {

        public Member(String leadId, String stage, int score, String email, String jobTitle) {
            this(leadId, stage, score, email, jobTitle, null, null);
        }
    }

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
