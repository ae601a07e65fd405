package io.leadflow.deploy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people who may sign in to a local run (the console, and tools acting as a person with a bearer token), each
 * with one LeadFlow role and a password made up at start: the local identity provider gets them through its
 * environment ({@code leadflow.identity.users[n]}), and the launcher prints them, since nobody else knows the
 * passwords. A new start makes new passwords.
 */
public final class ConsolePeople {

    /** The admin of a plain {@code ./leadflow}. */
    public static final String LOCAL_ADMIN = "admin@leadflow.local";

    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One person who can sign in; the password is plain text, for this local run only. */
    public record Person(String email, String role, String password) {

        @Override
        public String toString() {
            return "Person[" + email + ", " + role + "]";
        }
    }

    private final List<Person> people;

    private ConsolePeople(List<Person> people) {
        if (people.isEmpty()) {
            throw new IllegalArgumentException("the console needs at least one person who can sign in");
        }
        this.people = List.copyOf(people);
    }

    /** One admin, {@value #LOCAL_ADMIN}, who can create the others' data through the console. */
    public static ConsolePeople admin() {
        return withRoles(Map.of(LOCAL_ADMIN, "admin"));
    }

    /** These e-mails with these roles (in the map's order), each with a new password. */
    public static ConsolePeople withRoles(Map<String, String> roleByEmail) {
        List<Person> made = new ArrayList<>();
        roleByEmail.forEach((email, role) -> made.add(new Person(email, role, password())));
        return new ConsolePeople(made);
    }

    public List<Person> all() {
        return people;
    }

    /** The first person with that role. */
    public Person withRole(String role) {
        return people.stream()
                .filter(person -> person.role().equals(role))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("nobody with the role " + role));
    }

    /** The person with this e-mail. */
    public Person person(String email) {
        return people.stream()
                .filter(person -> person.email().equals(email))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("nobody with the e-mail " + email));
    }

    /** E-mail to password, in the order given, for tools that sign people in. */
    public Map<String, String> passwords() {
        Map<String, String> passwords = new LinkedHashMap<>();
        people.forEach(person -> passwords.put(person.email(), person.password()));
        return passwords;
    }

    /** {@code leadflow.identity.users[n].email|password|roles[0]} as environment variables. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            env.put("LEADFLOW_IDENTITY_USERS_" + i + "_EMAIL", person.email());
            env.put("LEADFLOW_IDENTITY_USERS_" + i + "_PASSWORD", person.password());
            env.put("LEADFLOW_IDENTITY_USERS_" + i + "_ROLES_0", person.role());
        }
        return env;
    }

    /** Sixteen letters and digits in four groups, easy to type from a terminal: about 80 bits. */
    static String password() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return password.toString();
    }
}
