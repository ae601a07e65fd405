package io.leadflow.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import io.leadflow.kernel.EmailAddress;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * A plain-text log line's stack trace, as Spring Boot writes it ({@code %wEx}), with every e-mail address in the
 * exceptions' messages (a duplicate key, an invalid address quoted back) replaced by its short hash.
 */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return EmailAddress.maskAll(super.throwableProxyToString(proxy));
    }
}
