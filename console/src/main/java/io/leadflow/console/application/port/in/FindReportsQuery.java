package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ConversionRow;
import io.leadflow.console.application.SlaRow;
import java.time.Instant;
import java.util.List;

/** The figures managers and marketing watch for a period: team SLA and MQL to SAL to SQL conversion. */
public interface FindReportsQuery {

    /** @param by {@code rep} or {@code team} */
    List<SlaRow> sla(Caller caller, Instant from, Instant to, String by);

    /** @param by {@code channel}, {@code campaign}, {@code segment} or {@code rep} */
    List<ConversionRow> conversion(Caller caller, Instant from, Instant to, String by);
}
