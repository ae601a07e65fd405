package io.leadflow.support.privacy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything one service holds about leads, as far as a data subject's request reaches: a service implements it over
 * its own tables. Both methods run in the transaction that records the request's event id and writes the answer, so
 * an erasure is done completely and answered exactly once, or not at all.
 */
public interface PersonalData {

    /**
     * Deletes, or irreversibly anonymises where reports count the rows, everything about these leads; returns how many
     * rows it deleted or anonymised. Doing it again finds nothing and returns 0.
     */
    int erase(List<UUID> leadIds);

    /** Everything held about these leads, as JSON-ready maps and lists (the service's part of an export). */
    Map<String, Object> export(List<UUID> leadIds);
}
