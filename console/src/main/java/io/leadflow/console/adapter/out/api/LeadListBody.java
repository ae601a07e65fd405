package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.LeadList;
import io.leadflow.console.application.LeadSummary;
import io.leadflow.console.application.ListPaging;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Scoring's {@code LeadPage}: a page of leads by their segment score. */
@JsonIgnoreProperties(ignoreUnknown = true)
record LeadListBody(@Nullable List<Row> leads, int page, int size, long total) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Row(
            UUID leadId,
            String stage,
            @Nullable String segment,
            int score,
            @Nullable String fitGrade,
            int engagementGrade,
            @Nullable Instant qualifiedAt,
            @Nullable Instant updatedAt,
            @Nullable String email,
            @Nullable String company,
            @Nullable String channel,
            @Nullable List<String> needsData) {

        LeadSummary toSummary() {
            String grade = fitGrade == null ? "" : fitGrade + engagementGrade;
            return new LeadSummary(
                    leadId,
                    email,
                    company,
                    stage,
                    score,
                    grade,
                    segment,
                    channel,
                    qualifiedAt,
                    updatedAt,
                    needsData == null ? List.of() : needsData);
        }
    }

    LeadList toList() {
        List<LeadSummary> rows =
                leads == null ? List.of() : leads.stream().map(Row::toSummary).toList();
        return new LeadList(rows, new ListPaging(page, Math.max(1, size), total));
    }
}
