package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.FindReportsQuery;
import io.leadflow.handoff.application.port.out.HandoffReports;
import io.leadflow.kernel.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;

class FindReportsService implements FindReportsQuery {

    private static final Set<String> CONVERSION_GROUPS = Set.of("channel", "campaign", "segment", "rep");
    private static final String MARKETING = "marketing";
    private static final Duration LONGEST_PERIOD = Duration.ofDays(3 * 366);

    private final HandoffReports reports;

    FindReportsService(HandoffReports reports) {
        this.reports = reports;
    }

    /** Whose teams a report covers: null (all) for admins and marketing, else the manager's own. */
    private static String managerScope(Actor caller) {
        return caller.isAdmin() || caller.roles().contains(MARKETING) ? null : caller.user();
    }

    private static void period(Instant from, Instant to) {
        if (from == null || to == null) {
            throw new InvalidValueException(
                    from == null ? "from" : "to",
                    "period.required",
                    "a report needs a period: from and to (ISO instants)");
        }
        if (!to.isAfter(from)) {
            throw new InvalidValueException("to", "period.order", "to must be after from");
        }
        if (Duration.between(from, to).compareTo(LONGEST_PERIOD) > 0) {
            throw new InvalidValueException("to", "period.length", "a report covers at most three years");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<SlaReportRow> slaCompliance(Instant from, Instant to, String by, Actor caller) {
        period(from, to);
        String group = by == null ? "rep" : by;
        if (!group.equals("rep") && !group.equals("team")) {
            throw new InvalidValueException("by", "by.value", "SLA compliance is by rep or by team");
        }
        return reports.sla(from, to, group.equals("team"), managerScope(caller));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConversionReportRow> conversion(Instant from, Instant to, String by, Actor caller) {
        period(from, to);
        String group = by == null ? "channel" : by;
        if (!CONVERSION_GROUPS.contains(group)) {
            throw new InvalidValueException("by", "by.value", "conversion is by channel, campaign, segment or rep");
        }
        return reports.conversion(from, to, group, managerScope(caller));
    }
}
