package io.leadflow.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void normalises_case_and_surrounding_blanks_so_one_person_is_one_lead() {
        assertThat(EmailAddress.of("  Jane.Doe@ACME.com ")).isEqualTo(EmailAddress.of("jane.doe@acme.com"));
        assertThat(EmailAddress.of("  Jane.Doe@ACME.com ").value()).isEqualTo("jane.doe@acme.com");
    }

    @Test
    void knows_its_domain() {
        assertThat(EmailAddress.of("jane@sales.acme.co.uk").domain()).isEqualTo("sales.acme.co.uk");
    }

    @Test
    void flags_consumer_mailboxes_as_free_mail_but_not_company_domains() {
        assertThat(EmailAddress.of("jane@gmail.com").isFreeMail()).isTrue();
        assertThat(EmailAddress.of("JANE@Outlook.com").isFreeMail()).isTrue();
        assertThat(EmailAddress.of("jane@acme.com").isFreeMail()).isFalse();
        assertThat(EmailAddress.of("jane@gmail.com.acme.com").isFreeMail()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jane",
                "jane@",
                "@acme.com",
                "jane@acme",
                "jane@@acme.com",
                "ja ne@acme.com",
                "jane@acme..com",
                ".jane@acme.com",
                "jane.@acme.com",
                "jane@-acme.com",
                "jane@acme.c",
                "jane@acme.123",
                "jane@ac_me.com"
            })
    void refuses_malformed_addresses_naming_the_field_and_rule(String text) {
        assertThatThrownBy(() -> EmailAddress.of(text)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("email");
            assertThat(e.rule()).isEqualTo("email.format");
        });
    }

    @Test
    void refuses_a_missing_address_as_required() {
        assertThatThrownBy(() -> EmailAddress.of("  "))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("email.required"));
    }

    @Test
    void refuses_addresses_longer_than_smtp_allows() {
        String local = "a".repeat(65);
        assertThatThrownBy(() -> EmailAddress.of(local + "@acme.com")).isInstanceOf(InvalidValueException.class);
        String domain = ("d".repeat(60) + ".").repeat(5) + "com";
        assertThatThrownBy(() -> EmailAddress.of("jane@" + domain)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void accepts_plus_addressing_and_subdomains() {
        assertThat(EmailAddress.of("jane+webinar@eu.acme-corp.io").value()).isEqualTo("jane+webinar@eu.acme-corp.io");
    }

    @Test
    void masks_every_address_in_a_text_with_its_short_hash_also_when_its_at_sign_is_percent_encoded() {
        String hash = EmailAddress.of("Dana.Price@Northwind.example").hash();

        String masked = EmailAddress.maskAll(
                "PUT /api/v1/contacts/dana.price%40northwind.example failed for dana.price@northwind.example;"
                        + " Key (email)=(DANA.PRICE@NORTHWIND.EXAMPLE) already exists");

        assertThat(masked)
                .doesNotContainIgnoringCase("dana.price")
                .doesNotContainIgnoringCase("northwind")
                .isEqualTo("PUT /api/v1/contacts/" + hash + " failed for " + hash + "; Key (email)=(" + hash
                        + ") already exists");
        assertThat(hash).matches("email#[0-9a-f]{10}");
    }

    @Test
    void leaves_text_without_an_address_as_it_is() {
        assertThat(EmailAddress.maskAll("lead 42 qualified @ 80 points")).isEqualTo("lead 42 qualified @ 80 points");
        assertThat(EmailAddress.maskAll("connected to amqp://guest@127.0.0.1:5672/"))
                .isEqualTo("connected to amqp://guest@127.0.0.1:5672/");
        assertThat(EmailAddress.maskAll(null)).isNull();
    }
}
