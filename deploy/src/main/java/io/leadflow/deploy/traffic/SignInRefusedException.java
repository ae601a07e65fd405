package io.leadflow.deploy.traffic;

/** The local identity provider did not sign a person in: a wrong password, an unknown e-mail, no token. */
public final class SignInRefusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public SignInRefusedException(String message) {
        super(message);
    }
}
