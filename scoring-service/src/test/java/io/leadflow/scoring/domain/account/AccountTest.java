package io.leadflow.scoring.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.event.ProfileAttributes;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final UUID REP = UUID.fromString("00000000-0000-4000-8000-00000000000a");

    @Test
    void a_website_as_people_write_it_is_the_company_domain() {
        assertThat(CompanyDomain.of("https://www.Acme.com/about?x=1").value()).isEqualTo("acme.com");
        assertThat(CompanyDomain.of("ACME.co.uk.").value()).isEqualTo("acme.co.uk");
        assertThat(CompanyDomain.of("jane@Sub.Acme.io").value()).isEqualTo("sub.acme.io");
    }

    @Test
    void text_that_is_no_domain_is_refused_naming_the_field_and_rule() {
        assertThatThrownBy(() -> CompanyDomain.of("not a domain"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("domain");
                    assertThat(e.rule()).isEqualTo("domain.invalid");
                });
        assertThatThrownBy(() -> CompanyDomain.of(" ")).hasMessageContaining("required");
        assertThat(CompanyDomain.parse("<script>")).isEmpty();
    }

    @Test
    void a_corporate_address_matches_its_domain_and_free_mail_matches_nothing() {
        assertThat(AccountMatching.domainOf("jane@acme.com", Map.of())).contains(new CompanyDomain("acme.com"));
        assertThat(AccountMatching.domainOf("jane@gmail.com", Map.of())).isEmpty();
        assertThat(AccountMatching.domainOf(null, Map.of())).isEmpty();
    }

    @Test
    void the_company_domain_of_the_profile_wins_over_the_address_unless_it_is_free_mail() {
        assertThat(AccountMatching.domainOf(
                        "jane@gmail.com", Map.of(ProfileAttributes.COMPANY_DOMAIN, "https://www.acme.com")))
                .contains(new CompanyDomain("acme.com"));
        assertThat(AccountMatching.domainOf("jane@acme.com", Map.of(ProfileAttributes.COMPANY_DOMAIN, "gmail.com")))
                .contains(new CompanyDomain("acme.com"));
    }

    @Test
    void firmographics_refuse_an_unknown_country_a_tier_out_of_range_and_a_tier_off_the_target_list() {
        assertThatThrownBy(() -> new Firmographics("Acme", 10, null, "XX", false, null, null))
                .hasFieldOrPropertyWithValue("rule", "country.unknown");
        assertThatThrownBy(() -> new Firmographics("Acme", 10, null, null, true, 4, null))
                .hasFieldOrPropertyWithValue("rule", "tier.range");
        assertThatThrownBy(() -> new Firmographics("Acme", 10, null, null, false, 1, null))
                .hasFieldOrPropertyWithValue("rule", "tier.requiresTarget");
        assertThatThrownBy(() -> new Firmographics(" ", 10, null, null, false, null, null))
                .hasFieldOrPropertyWithValue("field", "name");
        assertThat(new Firmographics("Acme", 10, null, "de", false, null, null).country())
                .isEqualTo("DE");
    }

    @Test
    void a_contact_made_account_takes_only_gaps_from_later_profiles_and_a_curated_one_nothing() {
        CompanyDomain acme = new CompanyDomain("acme.com");
        Account discovered = Account.create(
                AccountId.random(),
                acme,
                Firmographics.discovered(acme, "Acme", null, null),
                AccountOrigin.CONTACT,
                T0);

        Account completed = discovered.completedBy(
                Firmographics.discovered(acme, "ACME Inc", "250", "Software"), T0.plusSeconds(5));

        assertThat(completed.firmographics().name()).isEqualTo("Acme");
        assertThat(completed.firmographics().employees()).isEqualTo(250);
        assertThat(completed.firmographics().industry()).isEqualTo("Software");
        Account curated = completed.revisedTo(completed.firmographics(), T0);
        Account imported = new Account(
                curated.id(),
                acme,
                new Firmographics("Acme", null, null, null, true, 1, REP),
                AccountOrigin.IMPORT,
                T0,
                T0);
        assertThat(imported.completedBy(Firmographics.discovered(acme, "X", "9", "Y"), T0))
                .isSameAs(imported);
    }

    @Test
    void an_account_names_its_attributes_as_rules_use_them() {
        Account account = Account.create(
                AccountId.random(),
                new CompanyDomain("acme.com"),
                new Firmographics("Acme", 250, "Software", "DE", true, 1, REP),
                AccountOrigin.API,
                T0);

        AccountFacts facts = account.facts();

        assertThat(facts.get("account.tier")).isEqualTo("1");
        assertThat(facts.get("account.targetAccount")).isEqualTo("true");
        assertThat(facts.get("account.size")).isEqualTo("250");
        assertThat(facts.get("account.industry")).isEqualTo("Software");
        assertThat(facts.ownerRepId()).contains(REP);
        assertThat(facts.accountId()).contains(account.id().value());
    }
}
