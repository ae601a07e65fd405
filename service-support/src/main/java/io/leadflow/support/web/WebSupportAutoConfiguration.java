package io.leadflow.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Registers the HTTP infrastructure every service shares as soon as {@code service-support} is on a servlet web
 * application's class path: the correlation id filter and the error path's problem answer
 * ({@link ProblemErrorController}, in place of Spring Boot's default error body). Each service's own problem handler
 * extends {@link BaseProblemHandler} and is picked up by the service's component scan.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebSupportAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CorrelationIdFilter correlationIdFilter() {
        return new CorrelationIdFilter();
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController(Environment environment) {
        return new ProblemErrorController(environment.getProperty("spring.application.name", "the service"));
    }
}
