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
    void a_servlet_service_answers_its_error_path_with_a_problem_instead_of_spring_boots_default_body() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        WebSupportAutoConfiguration.class,
                        org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
                        org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasSingleBean(org.springframework.boot.webmvc.error.ErrorController.class);
                    assertThat(context).hasSingleBean(ProblemErrorController.class);
                });
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
