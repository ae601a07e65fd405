package io.leadflow.handoff.application.port.in;

/** A rep with this e-mail is registered already; registering twice would split their hand-offs. */
public class RepAlreadyRegisteredException extends RuntimeException {

    private final String email;

    public RepAlreadyRegisteredException(String email) {
        super("a sales rep with e-mail " + email + " is registered already");
        this.email = email;
    }

    public String email() {
        return email;
    }
}
