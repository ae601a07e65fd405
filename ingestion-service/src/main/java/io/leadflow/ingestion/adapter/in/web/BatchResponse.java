package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.RecordedEngagement;
import io.leadflow.kernel.InvalidValueException;
import java.util.List;

/** The answer to a batch: counts, and one result per item in the order sent. */
public record BatchResponse(int accepted, int rejected, List<ItemResult> results) {

    static BatchResponse of(List<ItemResult> results) {
        int accepted = (int) results.stream().filter(r -> r.status() == 202).count();
        return new BatchResponse(accepted, results.size() - accepted, results);
    }

    /** Status 202 with the ids, or 400 with the field and rule that the item broke. */
    public record ItemResult(int index, int status, String eventId, String leadId, Boolean duplicate, ItemError error) {

        static ItemResult accepted(int index, RecordedEngagement recorded) {
            return new ItemResult(
                    index,
                    202,
                    recorded.eventId().toString(),
                    recorded.leadId() == null ? null : recorded.leadId().toString(),
                    recorded.duplicate(),
                    null);
        }

        static ItemResult refused(int index, InvalidValueException e) {
            return new ItemResult(index, 400, null, null, null, new ItemError(e.field(), e.rule(), e.getMessage()));
        }
    }

    public record ItemError(String field, String rule, String detail) {}
}
