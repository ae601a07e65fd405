package io.leadflow.ingestion.application.port.out;

import io.leadflow.ingestion.domain.CustomEventType;
import java.util.List;
import java.util.Set;

/** The custom engagement types an admin registered. */
public interface EventTypeRegistry {

    boolean add(CustomEventType type);

    boolean remove(String name);

    List<CustomEventType> all();

    Set<String> names();
}
