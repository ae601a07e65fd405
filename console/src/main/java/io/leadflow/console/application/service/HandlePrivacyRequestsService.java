package io.leadflow.console.application.service;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.PrivacyRequest;
import io.leadflow.console.application.PrivacyRequestList;
import io.leadflow.console.application.port.in.HandlePrivacyRequestsUseCase;
import io.leadflow.console.application.port.out.PrivacyApi;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

@Service
class HandlePrivacyRequestsService implements HandlePrivacyRequestsUseCase {

    private static final Set<String> KINDS = Set.of("erasure", "export");

    private final PrivacyApi api;

    HandlePrivacyRequestsService(PrivacyApi api) {
        this.api = api;
    }

    @Override
    public PrivacyRequest request(Caller caller, String kind, String email) {
        return api.request(caller, known(kind), email.strip());
    }

    @Override
    public PrivacyRequestList recent(Caller caller, String kind, int page) {
        return api.recent(caller, known(kind), Math.max(0, page), PAGE_SIZE);
    }

    @Override
    public PrivacyRequest find(Caller caller, String kind, UUID id) {
        return api.find(caller, known(kind), id);
    }

    private static String known(String kind) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("a privacy request is an erasure or an export, not " + kind);
        }
        return kind;
    }
}
