package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.ManageEventTypesUseCase;
import io.leadflow.ingestion.application.port.out.EventTypeRegistry;
import io.leadflow.ingestion.domain.CustomEventType;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

class ManageEventTypesService implements ManageEventTypesUseCase {

    private final EventTypeRegistry registry;

    ManageEventTypesService(EventTypeRegistry registry) {
        this.registry = registry;
    }

    @Override
    @Transactional
    public boolean registerEventType(CustomEventType type) {
        return registry.add(type);
    }

    @Override
    @Transactional
    public boolean removeEventType(String name) {
        return registry.remove(CustomEventType.normalise(name));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CustomEventType> listEventTypes() {
        return registry.all();
    }
}
