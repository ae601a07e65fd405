package io.leadflow.handoff.domain;

import java.util.List;
import java.util.UUID;

/**
 * One of the people behind a qualified account, as scoring last scored them: who they are, which buying-committee
 * personas they play, their score and their stage.
 */
public record AccountPerson(
        UUID leadId,
        String email,
        String firstName,
        String lastName,
        String jobTitle,
        List<String> personas,
        int score,
        String stage) {

    public AccountPerson {
        if (leadId == null) {
            throw new IllegalArgumentException("a person of an account is a lead");
        }
        personas = personas == null ? List.of() : List.copyOf(personas);
    }
}
