package io.leadflow.identity.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The people who may sign in locally, with their passwords and roles, and the audience their access tokens
 * name (the gateway checks it, {@code leadflow.security.jwt.audience}).
 */
@ConfigurationProperties(prefix = "leadflow.identity")
public record IdentityProperties(
        @DefaultValue List<User> users,
        @DefaultValue("leadflow") String audience) {

    /** The roles a person can hold, as the gateway's access matrix names them. */
    public static final Set<String> ROLES =
            Set.of("marketing", "sales_rep", "sales_manager", "admin", "privacy_officer");

    public IdentityProperties {
        users = List.copyOf(users);
    }

    /** One person: the e-mail is the user name; the password is plain text (local only) or a {@code {id}} hash. */
    public record User(
            String email, String password, @DefaultValue List<String> roles) {

        public User {
            if (email == null || !email.contains("@")) {
                throw new IllegalArgumentException("leadflow.identity.users[].email must be an e-mail address");
            }
            if (password == null || password.isBlank()) {
                throw new IllegalArgumentException("leadflow.identity.users[].password is required for " + email);
            }
            email = email.strip().toLowerCase(Locale.ROOT);
            roles = roles.stream()
                    .map(role -> role.strip().toLowerCase(Locale.ROOT))
                    .toList();
            for (String role : roles) {
                if (!ROLES.contains(role)) {
                    throw new IllegalArgumentException("leadflow.identity.users[].roles of " + email
                            + " must be among marketing, sales_rep, sales_manager, admin, privacy_officer, not "
                            + role);
                }
            }
        }

        @Override
        public String toString() {
            return "User[" + email + ", " + roles + "]";
        }
    }
}
