package io.leadflow.identity.security;

import io.leadflow.identity.config.IdentityProperties;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The configured people as Spring Security users: the e-mail is the user name, each role an authority
 * {@code ROLE_<role>}. Plain passwords are hashed once at start-up; a password already in {@code {id}hash}
 * form is kept as it is.
 */
@Configuration(proxyBeanMethods = false)
class ConfiguredUsers {

    static final String ROLE_PREFIX = "ROLE_";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(IdentityProperties identity, PasswordEncoder passwords) {
        List<UserDetails> users = identity.users().stream()
                .map(user -> User.withUsername(user.email())
                        .password(user.password().startsWith("{") ? user.password() : passwords.encode(user.password()))
                        .roles(user.roles().toArray(String[]::new))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }
}
