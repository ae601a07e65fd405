package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.FunnelReport;
import io.leadflow.console.application.FunnelRow;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Scoring's {@code GET /api/v1/reports/funnel}: the rows and their total. */
@JsonIgnoreProperties(ignoreUnknown = true)
record FunnelBody(@Nullable List<FunnelRow> rows, @Nullable FunnelRow total) {

    FunnelReport toReport() {
        List<FunnelRow> all = rows == null ? List.of() : rows;
        return new FunnelReport(all, all.isEmpty() ? null : total);
    }
}
