package io.leadflow.console.application.service;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ConversionRow;
import io.leadflow.console.application.FunnelReport;
import io.leadflow.console.application.SlaRow;
import io.leadflow.console.application.StalledSqlRow;
import io.leadflow.console.application.port.in.FindReportsQuery;
import io.leadflow.console.application.port.out.ReportApi;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class FindReportsService implements FindReportsQuery {

    private final ReportApi reports;

    FindReportsService(ReportApi reports) {
        this.reports = reports;
    }

    @Override
    public List<SlaRow> sla(Caller caller, Instant from, Instant to, String by) {
        return reports.sla(caller, from, to, by);
    }

    @Override
    public List<ConversionRow> conversion(Caller caller, Instant from, Instant to, String by) {
        return reports.conversion(caller, from, to, by);
    }

    @Override
    public FunnelReport funnel(Caller caller, Instant from, Instant to, String by) {
        return reports.funnel(caller, from, to, by);
    }

    @Override
    public List<StalledSqlRow> stalledSqls(Caller caller, Instant from, Instant to) {
        return reports.stalledSqls(caller, from, to);
    }
}
