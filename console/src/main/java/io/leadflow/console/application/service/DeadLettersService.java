package io.leadflow.console.application.service;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.in.DeadLettersUseCase;
import io.leadflow.console.application.port.out.DeadLetterApi;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
class DeadLettersService implements DeadLettersUseCase {

    private final DeadLetterApi api;

    DeadLettersService(DeadLetterApi api) {
        this.api = api;
    }

    @Override
    public List<DeadLetterApi.ServiceDeadLetters> deadLetters(Caller caller) {
        return DeadLetterApi.SERVICES.stream()
                .map(service -> api.deadLetters(caller, service))
                .toList();
    }

    @Override
    public DeadLetterApi.RedriveOutcome redrive(Caller caller, String service, Long id) {
        String known = known(service);
        return id == null ? api.redriveAll(caller, known) : api.redrive(caller, known, List.of(id));
    }

    @Override
    public void discard(Caller caller, String service, long id) {
        api.discard(caller, known(service), id);
    }

    private static String known(String service) {
        if (!DeadLetterApi.SERVICES.contains(service)) {
            throw new ApiRefusal(
                    400,
                    "no service " + service,
                    Map.of("service", "one of " + String.join(", ", DeadLetterApi.SERVICES)));
        }
        return service;
    }
}
