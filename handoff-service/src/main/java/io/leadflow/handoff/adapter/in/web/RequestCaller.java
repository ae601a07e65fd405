package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.out.CurrentCaller;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The caller of the HTTP request being handled on this thread, from the gateway's {@code X-LeadFlow-User}. */
@Component
class RequestCaller implements CurrentCaller {

    @Override
    public Optional<String> user() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return Optional.empty();
        }
        String user = request.getRequest().getHeader(Identity.USER);
        if (user == null || user.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Identity.required(user, null).user());
    }
}
