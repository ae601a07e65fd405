package io.leadflow.handoff.adapter.out.notification;

import io.leadflow.handoff.application.port.out.HandoffNotice;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffStatus;
import io.leadflow.handoff.domain.LeadProfile;
import io.leadflow.handoff.domain.SlaDeadline;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.WinLikelihood;
import io.leadflow.kernel.event.ProfileAttributes;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every channel says about a hand-off, in words: who the lead is, the company, the top reasons it qualified, its
 * likelihood of being won under each published predictive model with the reasons behind it,
 * the channel it came through, the deadline in the team's time zone, and the absolute link to the hand-off's page in
 * the console, where the rep accepts or rejects (a link never acts by itself).
 */
record NoticeContent(
        HandoffNotice.Kind kind,
        String headline,
        String who,
        String email,
        String company,
        List<String> topReasons,
        String channel,
        String deadline,
        String pageLink,
        List<String> history,
        List<String> likelihoods) {

    static final int TOP_REASONS = 3;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm zzz", Locale.ENGLISH);

    static NoticeContent of(HandoffNotice notice, NotificationProperties properties) {
        Handoff h = notice.handoff();
        Map<String, String> attributes =
                notice.profile().map(LeadProfile::attributes).orElse(Map.of());
        String name = (attributes.getOrDefault(ProfileAttributes.FIRST_NAME, "") + " "
                        + attributes.getOrDefault(ProfileAttributes.LAST_NAME, ""))
                .strip();
        String email = notice.profile().map(LeadProfile::email).orElse(null);
        String title = attributes.get(ProfileAttributes.JOB_TITLE);
        String who = (name.isEmpty() ? (email == null ? "lead " + h.leadId() : email) : name)
                + (title == null ? "" : ", " + title);
        String company = attributes.getOrDefault(ProfileAttributes.COMPANY_NAME, "unknown company");
        List<String> reasons =
                h.qualification().reasons().stream().limit(TOP_REASONS).toList();
        String channel = h.qualification().channel() == null
                ? "unknown channel"
                : h.qualification().channel().toLowerCase(Locale.ROOT).replace('_', ' ');
        ZoneId zone = notice.team().map(Team::calendar).map(c -> c.zone()).orElse(ZoneOffset.UTC);
        String deadline = deadline(h, zone);
        String priority = h.qualification().fastTrack() ? "hot" : "new";
        String headline = switch (notice.kind()) {
            case ASSIGNED -> "A " + priority + " lead for " + notice.rep().name() + ": " + who + " (" + company + ")";
            case REMINDER ->
                "Reminder: " + who + " (" + company + ") is waiting for "
                        + notice.rep().name();
            case BREACH -> "SLA missed: " + notice.rep().name() + " did not act on " + who + " (" + company + ")";
        };
        return new NoticeContent(
                notice.kind(),
                headline,
                who,
                email,
                company,
                reasons,
                channel,
                deadline,
                properties.handoffPage(h.id().toString()),
                notice.history(),
                h.qualification().likelihoods().stream()
                        .map(WinLikelihood::text)
                        .toList());
    }

    private static String deadline(Handoff h, ZoneId zone) {
        if (h.sla() == null) {
            return "no deadline";
        }
        String which = h.status() == HandoffStatus.ACCEPTED ? SlaDeadline.DECIDE : SlaDeadline.ACCEPT;
        Instant due = h.sla().dueAt(which);
        return due == null ? "no deadline" : which + " by " + WHEN.format(due.atZone(zone));
    }

    /** Plain text for e-mail. */
    String text() {
        StringBuilder b = new StringBuilder(headline).append("\n\n");
        b.append("Who: ")
                .append(who)
                .append(email == null ? "" : " <" + email + ">")
                .append('\n');
        b.append("Company: ").append(company).append('\n');
        b.append("Channel: ").append(channel).append('\n');
        b.append("Deadline: ").append(deadline).append('\n');
        likelihoods.forEach(l -> b.append(l).append('\n'));
        b.append("Why it qualified:\n");
        topReasons.forEach(r -> b.append("  - ").append(r).append('\n'));
        if (!history.isEmpty()) {
            b.append("Earlier:\n");
            history.forEach(r -> b.append("  - ").append(r).append('\n'));
        }
        b.append("\nAccept or reject in LeadFlow: ").append(pageLink).append('\n');
        return b.toString();
    }
}
