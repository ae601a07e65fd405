package io.leadflow.console.application.port.out;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ConversionRow;
import io.leadflow.console.application.SlaRow;
import java.time.Instant;
import java.util.List;

/**
 * The hand-off service's management reports for hand-offs created in [from, to); a manager sees their own team's,
 * as the service decides, so the console cannot widen what a person sees.
 */
public interface ReportApi {

    /** @param by {@code rep} or {@code team} */
    List<SlaRow> sla(Caller caller, Instant from, Instant to, String by);

    /** @param by {@code channel}, {@code campaign}, {@code segment} or {@code rep} */
    List<ConversionRow> conversion(Caller caller, Instant from, Instant to, String by);
}
