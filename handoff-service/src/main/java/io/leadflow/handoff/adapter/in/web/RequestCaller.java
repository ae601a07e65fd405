package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.out.CurrentCaller;
import io.leadflow.support.security.Caller;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The caller of the HTTP request being handled on this thread, as the gateway's signed token names them. */
@Component
class RequestCaller implements CurrentCaller {

    @Override
    public Optional<String> user() {
        return Caller.current().map(Caller::user);
    }
}
