package io.leadflow.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailMaskingLogCustomizerTest {

    @Test
    void a_logged_request_path_keeps_no_address_and_names_it_as_the_services_do() {
        String masked = EmailMaskingLogCustomizer.mask("GET /api/v1/contacts/Dana.Price%40northwind.example answered"
                + " 503; caller dana.price@northwind.example");

        assertThat(masked).doesNotContainIgnoringCase("dana.price").doesNotContain("northwind");
        // email# + the first 10 hex digits of sha256("dana.price@northwind.example"), as EmailAddress.hash() gives
        assertThat(masked).matches("GET /api/v1/contacts/(email#[0-9a-f]{10}) answered 503; caller \\1");
    }

    @Test
    void text_without_an_address_is_left_alone() {
        assertThat(EmailMaskingLogCustomizer.mask("POST /api/v1/events answered 202"))
                .isEqualTo("POST /api/v1/events answered 202");
    }
}
