package io.leadflow.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

class WebSupportAutoConfigurationTest {

    private static final AutoConfigurations SUPPORT = AutoConfigurations.of(WebSupportAutoConfiguration.class);

    @Test
    void a_servlet_service_gets_the_correlation_id_filter() {
        new WebApplicationContextRunner()
                .withConfiguration(SUPPORT)
                .run(context -> assertThat(context).hasSingleBean(CorrelationIdFilter.class));
    }

    @Test
    void an_application_without_a_web_server_gets_no_filter() {
        new ApplicationContextRunner()
                .withConfiguration(SUPPORT)
                .run(context -> assertThat(context).doesNotHaveBean(CorrelationIdFilter.class));
    }

    @Test
    void the_auto_configuration_is_listed_for_spring_boot_to_find() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader())
                        .getCandidates())
                .contains(WebSupportAutoConfiguration.class.getName());
    }
}
