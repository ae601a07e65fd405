package io.leadflow.logging;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.EmailAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * An application with this module on its classpath, as every service and the gateway are, logs a line naming a
 * person in its message, in a request path and in an exception's message: neither the JSON nor the plain-text output
 * holds the address, and both hold its stand-in.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmailMaskingLogTest {

    private static final String ADDRESS = "Dana.Price@northwind.example";
    private static final String MASK = EmailAddress.of(ADDRESS).hash();

    @Configuration(proxyBeanMethods = false)
    static class AnyApplication {}

    @Test
    void a_plain_text_line_keeps_no_address_in_its_message_path_or_stack_trace(CapturedOutput output) {
        logInAnApplication();

        assertThat(output.getOut())
                .contains("no answer for " + MASK + " on GET /api/v1/contacts/" + MASK)
                .contains("IllegalStateException: duplicate key " + MASK)
                .doesNotContainIgnoringCase("dana.price")
                .doesNotContain("northwind");
    }

    @Test
    void a_json_line_keeps_no_address_either(CapturedOutput output) {
        logInAnApplication("--logging.structured.format.console=ecs");

        assertThat(output.getOut())
                .contains("\"message\":\"no answer for " + MASK + " on GET /api/v1/contacts/" + MASK + "\"")
                .contains("duplicate key " + MASK)
                .doesNotContainIgnoringCase("dana.price")
                .doesNotContain("northwind");
    }

    @Test
    void a_line_without_an_address_is_written_as_it_is(CapturedOutput output) {
        logInAnApplication();

        assertThat(output.getOut()).contains("POST /api/v1/events answered 202");
    }

    private static void logInAnApplication(String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AnyApplication.class)
                .web(WebApplicationType.NONE)
                .run(args)) {
            var log = LoggerFactory.getLogger(EmailMaskingLogTest.class);
            log.warn(
                    "no answer for {} on GET /api/v1/contacts/{}",
                    ADDRESS,
                    ADDRESS.replace("@", "%40"),
                    new IllegalStateException("duplicate key " + ADDRESS));
            log.info("POST /api/v1/events answered 202");
        }
    }
}
