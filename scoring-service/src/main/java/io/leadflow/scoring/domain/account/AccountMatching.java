package io.leadflow.scoring.domain.account;

import io.leadflow.kernel.event.ProfileAttributes;
import java.util.Map;
import java.util.Optional;

/**
 * Which company a lead works for, by domain: the company domain its profile names (from a form, a CRM sync or a
 * Segment {@code group} call), else the domain of its e-mail address. A free-mail domain names no company, so it
 * never makes or matches an account.
 */
public final class AccountMatching {

    private AccountMatching() {}

    public static Optional<CompanyDomain> domainOf(String email, Map<String, String> attributes) {
        Optional<CompanyDomain> named = CompanyDomain.parse(attributes.get(ProfileAttributes.COMPANY_DOMAIN))
                .filter(domain -> !domain.isFreeMail());
        if (named.isPresent()) {
            return named;
        }
        int at = email == null ? -1 : email.lastIndexOf('@');
        return at < 0
                ? Optional.empty()
                : CompanyDomain.parse(email.substring(at + 1)).filter(domain -> !domain.isFreeMail());
    }

    /** What the profile says of the company behind {@code domain}, for a new account or an account's gaps. */
    public static Firmographics discovered(CompanyDomain domain, Map<String, String> attributes) {
        return Firmographics.discovered(
                domain,
                attributes.get(ProfileAttributes.COMPANY_NAME),
                attributes.get(ProfileAttributes.COMPANY_EMPLOYEES),
                attributes.get(ProfileAttributes.COMPANY_INDUSTRY));
    }
}
