package io.leadflow.logging;

import ch.qos.logback.classic.PatternLayout;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes plain-text log lines (a service or the gateway started without {@code logging.structured.format.*}, e.g. from
 * an IDE) keep no e-mail address either: before Spring Boot sets up Logback, the message words of every pattern
 * ({@code %m}, {@code %msg}, {@code %message}) become {@link MaskedMessageConverter}, and the stack trace's
 * conversion word defaults to {@code %maskedWEx} ({@link MaskedThrowableConverter}), which a deployment can still
 * override with {@code logging.exception-conversion-word}. JSON lines are masked by {@link EmailMaskingLogCustomizer}.
 */
public class EmailMaskingLogPatterns implements EnvironmentPostProcessor, Ordered {

    static final String THROWABLE_WORD = "maskedWEx";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        for (String word : new String[] {"m", "msg", "message"}) {
            PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.put(word, MaskedMessageConverter::new);
        }
        PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.put(THROWABLE_WORD, MaskedThrowableConverter::new);
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "leadflowLogMasking", Map.of("logging.exception-conversion-word", "%" + THROWABLE_WORD)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
