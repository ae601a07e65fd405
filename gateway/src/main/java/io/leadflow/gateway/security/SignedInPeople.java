package io.leadflow.gateway.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * Who a person signed in through the browser is, by the same rules as a bearer token ({@link JwtIdentity}):
 * the e-mail claim (lower case) is their name, the roles claim their LeadFlow roles, unknown roles ignored and
 * {@code source} never granted. The ID token (and user info, when the provider has it) is what is read; a
 * sign-in whose token has no e-mail fails as a login error.
 */
final class SignedInPeople implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcReactiveOAuth2UserService provider = new OidcReactiveOAuth2UserService();
    private final JwtIdentity identity;

    SignedInPeople(JwtIdentity identity) {
        this.identity = identity;
    }

    @Override
    public Mono<OidcUser> loadUser(OidcUserRequest request) {
        return provider.loadUser(request).flatMap(user -> {
            OidcIdToken idToken = user.getIdToken();
            Jwt asJwt = Jwt.withTokenValue(idToken.getTokenValue())
                    .header("alg", "none")
                    .claims(claims -> claims.putAll(user.getClaims()))
                    .build();
            return identity.convert(asJwt)
                    .<OidcUser>map(person ->
                            new Person(person.getAuthorities(), idToken, user.getUserInfo(), person.getName()))
                    .onErrorMap(
                            error -> !(error instanceof OAuth2AuthenticationException),
                            error -> new OAuth2AuthenticationException(
                                    new OAuth2Error("invalid_id_token", error.getMessage(), null), error));
        });
    }

    /** A signed-in person whose name is their lower-case e-mail, as the identity headers carry it. */
    private static final class Person extends DefaultOidcUser {

        private final String email;

        Person(Collection<? extends GrantedAuthority> roles, OidcIdToken idToken, OidcUserInfo userInfo, String email) {
            super(roles, idToken, userInfo, IdTokenClaimNames.SUB);
            this.email = email;
        }

        @Override
        public String getName() {
            return email;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Person person && super.equals(other) && email.equals(person.email);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + email.hashCode();
        }
    }
}
