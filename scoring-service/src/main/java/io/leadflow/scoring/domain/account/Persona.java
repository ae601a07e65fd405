package io.leadflow.scoring.domain.account;

import io.leadflow.kernel.InvalidValueException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A role of a buying committee (decision maker, technical evaluator, user, ...) recognised by job title: a person whose
 * title contains a match of any of the patterns (regular expressions, any case) plays it. One person may play several.
 */
public record Persona(String name, List<String> titlePatterns) {

    public Persona {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("personas.name", "persona.name", "a persona needs a name");
        }
        titlePatterns = List.copyOf(titlePatterns == null ? List.of() : titlePatterns);
        for (String pattern : titlePatterns) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new InvalidValueException(
                        "personas.titlePatterns", "persona.pattern", "persona " + name + ": " + e.getDescription());
            }
        }
    }

    public boolean matches(String jobTitle) {
        return jobTitle != null
                && titlePatterns.stream()
                        .anyMatch(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                                .matcher(jobTitle)
                                .find());
    }
}
