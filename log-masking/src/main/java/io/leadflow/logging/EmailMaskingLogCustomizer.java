package io.leadflow.logging;

import io.leadflow.kernel.EmailAddress;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Masks every e-mail address in every text value of a structured (JSON) log line, message and stack trace included,
 * with the address's short hash ({@link EmailAddress#maskAll}), so that no log line names a person whatever a log
 * statement or an exception message put into it. Plain-text lines are masked by {@link EmailMaskingLogPatterns}.
 */
public class EmailMaskingLogCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, EmailAddress::maskAll));
    }
}
