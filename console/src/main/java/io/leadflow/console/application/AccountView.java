package io.leadflow.console.application;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An account with its people (highest score first), the account score rolled up from them, how many of them count as
 * engaged, and per persona of the buying committee whether an engaged person plays it.
 */
public record AccountView(
        Account account, int score, int engagedPeople, List<Person> people, List<Persona> buyingCommittee) {

    public AccountView {
        people = List.copyOf(people);
        buyingCommittee = List.copyOf(buyingCommittee);
    }

    /** A lead of the account with its stage and segment score. */
    public record Person(
            UUID leadId, @Nullable String email, @Nullable String jobTitle, String stage, int score) {}

    /** A persona of the buying committee and the engaged leads who play it (none: the persona is missing). */
    public record Persona(String persona, boolean covered, List<UUID> leadIds) {

        public Persona {
            leadIds = List.copyOf(leadIds);
        }
    }

    /** The personas some engaged person plays. */
    public List<Persona> covered() {
        return buyingCommittee.stream().filter(Persona::covered).toList();
    }

    /** The personas nobody engaged plays yet. */
    public List<Persona> missing() {
        return buyingCommittee.stream().filter(persona -> !persona.covered()).toList();
    }

    /** The e-mail (or id) of a person of this account, to name who plays a persona. */
    public String nameOf(UUID leadId) {
        return people.stream()
                .filter(person -> person.leadId().equals(leadId))
                .map(person -> person.email() == null ? leadId.toString() : person.email())
                .findFirst()
                .orElse(leadId.toString());
    }
}
