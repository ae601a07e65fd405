package io.leadflow.kernel.event;

import java.util.List;
import java.util.UUID;

/**
 * An account qualified as a whole: its roll-up score crossed the account MQL threshold. It carries what the account's
 * owner (or the rep routing finds) needs without asking scoring: the company, its tier and owner, the roll-up score
 * and the people behind it. The metadata's lead id is the person whose change made the account cross; {@code
 * qualification} counts the account's qualifications (1 for the first; an account qualifies again only after its
 * roll-up fell below the threshold).
 *
 * @param tier 1 to 3 for a target account, null otherwise
 * @param ownerRepId the rep who owns the account (a hand-off rep id), null without an owner
 * @param size employees, null when unknown
 * @param country ISO 3166 two-letter code, null when unknown
 */
public record AccountQualifiedEvent(
        EventMetadata metadata,
        UUID accountId,
        String name,
        String domain,
        Integer tier,
        UUID ownerRepId,
        Integer size,
        String industry,
        String country,
        int score,
        int threshold,
        int qualification,
        List<Person> people)
        implements IntegrationEvent {

    public static final String TYPE = "AccountQualified";
    public static final int VERSION = 1;

    public AccountQualifiedEvent {
        metadata.requireType(TYPE);
        Events.require(accountId, "accountId");
        Events.require(name, "name");
        Events.require(domain, "domain");
        people = people == null ? List.of() : List.copyOf(people);
    }

    /**
     * One person of the account as scoring last scored them.
     *
     * @param personas the buying-committee roles their job title plays (decision-maker, ...), empty when none
     */
    public record Person(
            UUID leadId,
            String email,
            String firstName,
            String lastName,
            String jobTitle,
            List<String> personas,
            int score,
            String stage) {

        public Person {
            Events.require(leadId, "people.leadId");
            personas = personas == null ? List.of() : List.copyOf(personas);
        }
    }
}
