package io.leadflow.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.leadflow.kernel.EmailAddress;

/** A plain-text log line's message ({@code %m}) with every e-mail address replaced by its short hash. */
public class MaskedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return EmailAddress.maskAll(super.convert(event));
    }
}
