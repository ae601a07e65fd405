package io.leadflow.ingestion.application.port.in;

import io.leadflow.ingestion.domain.CustomEventType;
import java.util.List;

/**
 * The admin's list of custom engagement types. Removing a type refuses new events of it; engagements already
 * recorded keep their type name.
 */
public interface ManageEventTypesUseCase {

    /** Registers the type; false when a type of that name exists already (the first registration stays). */
    boolean registerEventType(CustomEventType type);

    boolean removeEventType(String name);

    List<CustomEventType> listEventTypes();
}
