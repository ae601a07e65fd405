package io.leadflow.nurturing.adapter.in.web;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.application.port.in.FindRejectedLeadsQuery;
import io.leadflow.nurturing.application.port.in.RejectedLeadPage;
import io.leadflow.nurturing.application.port.in.RejectedLeadView;
import io.leadflow.nurturing.application.port.in.RejectedLeadsFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/nurture/rejected")
class RejectedLeadController {

    static final String[] CSV_HEADER = {
        "lead_id", "rejected_at", "reason", "rejected_by", "note", "track_key", "track_name", "status"
    };
    /** At most this many rows in one export (a narrower filter gets the rest). */
    static final int MAX_EXPORT_PAGES = 500;

    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final FindRejectedLeadsQuery findRejectedLeads;

    private final NurtureWebMapper mapper;

    RejectedLeadController(FindRejectedLeadsQuery findRejectedLeads, NurtureWebMapper mapper) {
        this.findRejectedLeads = findRejectedLeads;
        this.mapper = mapper;
    }

    /**
     * Rejected leads, newest first. Filters: {@code reason} (code), {@code rep} (who rejected), {@code from} /
     * {@code to} (ISO instants or dates, UTC; to exclusive), {@code track} (key), {@code status}; {@code page} from
     * 0, {@code size} 1 to 200.
     */
    @GetMapping
    RejectedLeadPageResponse rejected(
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String rep,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String track,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        return mapper.toResponse(findRejectedLeads.findRejectedLeads(filter(
                reason,
                rep,
                from,
                to,
                track,
                status,
                number(page, "page", 0),
                number(size, "size", RejectedLeadsFilter.DEFAULT_SIZE))));
    }

    /** The same list as CSV (RFC 4180, UTF-8, header row), every page of the filter. */
    @GetMapping("/export")
    void export(
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String rep,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String track,
            @RequestParam(required = false) String status,
            HttpServletResponse response)
            throws IOException {
        RejectedLeadsFilter filter = filter(reason, rep, from, to, track, status, 0, RejectedLeadsFilter.MAX_SIZE);
        RejectedLeadPage first = findRejectedLeads.findRejectedLeads(filter);
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"rejected-leads.csv\"");
        Writer writer = response.getWriter();
        try (CSVPrinter csv =
                CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get().print(writer)) {
            RejectedLeadPage page = first;
            for (int n = 0; n < MAX_EXPORT_PAGES; n++) {
                for (RejectedLeadView v : page.items()) {
                    csv.printRecord(
                            v.leadId().toString(),
                            v.rejectedAt().toString(),
                            mapper.code(v.reason()),
                            cell(v.rejectedBy()),
                            cell(v.note()),
                            v.track().map(t -> t.key()).orElse(""),
                            cell(v.track().map(t -> t.name()).orElse("")),
                            v.status().toLowerCase(Locale.ROOT));
                }
                if ((long) (n + 1) * filter.size() >= page.total()) {
                    break;
                }
                page = findRejectedLeads.findRejectedLeads(filter.page(n + 1));
            }
        }
    }

    /** Guards spreadsheets against formula injection: a cell that would start a formula is quoted as text. */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    private static RejectedLeadsFilter filter(
            String reason, String rep, String from, String to, String track, String status, int page, int size) {
        Optional<RejectionReason> only =
                reason == null || reason.isBlank() ? Optional.empty() : Optional.of(RejectionReason.parse(reason));
        return new RejectedLeadsFilter(
                only,
                Optional.ofNullable(rep),
                instant(from, "from"),
                instant(to, "to"),
                Optional.ofNullable(track),
                Optional.ofNullable(status),
                page,
                size);
    }

    static Optional<Instant> instant(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Instant instant;
        try {
            instant = t.length() == 10
                    ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(
                    field,
                    field + ".format",
                    field + " must be a date (2026-11-01) or an instant (2026-11-01T00:00:00Z)");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new InvalidValueException(field, field + ".range", field + " must lie between 1970 and 9999");
        }
        return Optional.of(instant);
    }

    static int number(String text, String field, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, field + ".format", field + " must be a whole number");
        }
    }
}
