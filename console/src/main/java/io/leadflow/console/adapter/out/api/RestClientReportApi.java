package io.leadflow.console.adapter.out.api;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ConversionRow;
import io.leadflow.console.application.FunnelReport;
import io.leadflow.console.application.SlaRow;
import io.leadflow.console.application.StalledSqlRow;
import io.leadflow.console.application.port.out.ReportApi;
import java.time.Instant;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * The hand-off service's {@code /api/v1/reports/sla} and {@code /conversion}, and scoring's {@code /funnel}, called as
 * the person.
 */
@Component
class RestClientReportApi implements ReportApi {

    private static final ParameterizedTypeReference<List<SlaBody>> SLA = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<ConversionBody>> CONVERSION =
            new ParameterizedTypeReference<>() {};

    private static final ParameterizedTypeReference<FunnelBody> FUNNEL = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<StalledSqlRow>> STALLED =
            new ParameterizedTypeReference<>() {};

    private final GatewayApi gateway;

    RestClientReportApi(GatewayApi gateway) {
        this.gateway = gateway;
    }

    @Override
    public List<SlaRow> sla(Caller caller, Instant from, Instant to, String by) {
        List<SlaBody> rows = gateway.get(caller, "/api/v1/reports/sla?from={from}&to={to}&by={by}", SLA, from, to, by);
        return rows == null ? List.of() : rows.stream().map(SlaBody::toRow).toList();
    }

    @Override
    public List<ConversionRow> conversion(Caller caller, Instant from, Instant to, String by) {
        List<ConversionBody> rows =
                gateway.get(caller, "/api/v1/reports/conversion?from={from}&to={to}&by={by}", CONVERSION, from, to, by);
        return rows == null
                ? List.of()
                : rows.stream().map(ConversionBody::toRow).toList();
    }

    @Override
    public FunnelReport funnel(Caller caller, Instant from, Instant to, String by) {
        FunnelBody body =
                gateway.get(caller, "/api/v1/reports/funnel?from={from}&to={to}&by={by}", FUNNEL, from, to, by);
        return body == null ? new FunnelReport(List.of(), null) : body.toReport();
    }

    @Override
    public List<StalledSqlRow> stalledSqls(Caller caller, Instant from, Instant to) {
        List<StalledSqlRow> rows =
                gateway.get(caller, "/api/v1/reports/funnel/stalled?from={from}&to={to}", STALLED, from, to);
        return rows == null ? List.of() : rows;
    }
}
