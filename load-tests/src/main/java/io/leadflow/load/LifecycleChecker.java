package io.leadflow.load;

import io.leadflow.deploy.traffic.SyntheticLeads;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Compares what happened to leads beyond their engagements with what the suite shows:
 * <ul>
 * <li><b>profiles</b>: a profile the suite accepted is what ingestion shows for the contact (title, seniority,
 * department, company and its size), and once scoring knows the lead its explanation shows the fit rules that
 * profile meets (e.g. "Senior title"), so the profile reached scoring too;</li>
 * <li><b>nurturing</b>: every lead whose hand-off was rejected is enrolled exactly once (nurturing's enrolments);
 * one that asked for a demo again afterwards is recycled once ({@code RECYCLED}, recycle count 1), an MQL again,
 * with a second hand-off; the others stay {@code ACTIVE} in stage NURTURING; a lead nobody rejected is never
 * enrolled (enrolment below the threshold is off by default).</li>
 * </ul>
 */
final class LifecycleChecker {

    private static final int MAX_NOTES = 8;

    private LifecycleChecker() {}

    static ScenarioResult.Lifecycle check(
            Collection<Attempt> history,
            Map<String, LeadState> states,
            Map<String, LeadFollowUp> followUps,
            Map<String, SyntheticLeads.Person> profiles,
            Map<String, SalesDesk.Decision> decisions,
            List<String> notes) {
        Map<String, List<Attempt>> byRequest = new HashMap<>();
        history.forEach(a -> byRequest
                .computeIfAbsent(a.requestId(), id -> new ArrayList<>())
                .add(a));
        List<String> found = new ArrayList<>();
        int profilesAccepted = 0;
        int profileViolations = 0;
        for (Map.Entry<String, SyntheticLeads.Person> entry : profiles.entrySet()) {
            String email = entry.getKey();
            List<Attempt> attempts = byRequest.getOrDefault(email, List.of()).stream()
                    .filter(a -> a.kind().equals(Attempt.PROFILE))
                    .toList();
            if (attempts.isEmpty() || Checker.outcome(attempts) != Outcome.ACCEPTED) {
                continue;
            }
            profilesAccepted++;
            LeadFollowUp followUp = followUps.get(email);
            String wrong = followUp == null ? "not read" : mismatch(entry.getValue(), followUp);
            if (wrong != null) {
                profileViolations++;
                note(found, "profile: " + email + " " + wrong);
                continue;
            }
            LeadState state = states.get(email);
            if (state != null && state.scored()) {
                Set<String> shown = new TreeSet<>();
                state.reasons().forEach(r -> shown.add(r.replaceAll(" (x\\d+ )?\\([+-]?\\d+\\)$", "")));
                List<String> missing = ScoringTable.fitLabels(entry.getValue()).stream()
                        .filter(label -> !shown.contains(label))
                        .toList();
                if (!missing.isEmpty()) {
                    profileViolations++;
                    note(found, "profile: " + email + " accepted, scoring's explanation lacks " + missing);
                }
            }
        }

        int rejected = 0;
        int recycled = 0;
        int nurtureViolations = 0;
        for (LeadState state : states.values()) {
            String email = state.email();
            LeadFollowUp followUp = followUps.get(email);
            if (followUp == null || followUp.enrollments() < 0) {
                continue;
            }
            SalesDesk.Decision decision = decisions.get(email);
            if (decision == null || !decision.rejected()) {
                if (followUp.enrollments() != 0) {
                    nurtureViolations++;
                    note(found, "nurturing: " + email + " never rejected, enrolled " + followUp.enrollments() + "x");
                }
                continue;
            }
            rejected++;
            if (followUp.enrollments() != 1) {
                nurtureViolations++;
                note(found, "nurturing: rejected " + email + " enrolled " + followUp.enrollments() + "x, not once");
                continue;
            }
            Outcome demo = decision.reEngaged()
                    ? Checker.outcome(byRequest.getOrDefault(decision.reEngagementId(), List.of()))
                    : null;
            if (demo == Outcome.ACCEPTED) {
                recycled++;
                if (!"RECYCLED".equals(followUp.enrollmentStatus())
                        || followUp.recycleCount() != 1
                        || state.handoffs() != 2
                        || !"MQL".equals(state.stage())) {
                    nurtureViolations++;
                    note(
                            found,
                            "nurturing: " + email + " asked for a demo again, shows enrolment "
                                    + followUp.enrollmentStatus() + " recycled " + followUp.recycleCount() + "x, stage "
                                    + state.stage() + ", " + state.handoffs()
                                    + " hand-offs (expected RECYCLED 1x, MQL, 2)");
                }
            } else if (demo == null) {
                if (!"ACTIVE".equals(followUp.enrollmentStatus())
                        || state.handoffs() != 1
                        || !"NURTURING".equals(state.stage())) {
                    nurtureViolations++;
                    note(
                            found,
                            "nurturing: rejected " + email + " shows enrolment " + followUp.enrollmentStatus()
                                    + ", stage " + state.stage() + ", " + state.handoffs()
                                    + " hand-offs (expected ACTIVE, "
                                    + "NURTURING, 1)");
                }
            }
        }
        notes.addAll(found);
        return new ScenarioResult.Lifecycle(profilesAccepted, profileViolations, rejected, recycled, nurtureViolations);
    }

    /** What ingestion shows differently from the profile sent, or null when it shows it. */
    private static String mismatch(SyntheticLeads.Person sent, LeadFollowUp followUp) {
        if (followUp.contactStatus() != 200 || followUp.contact() == null) {
            return "accepted, contact answers " + followUp.contactStatus();
        }
        JsonNode shown = followUp.contact();
        Map<String, String> expected = Map.of(
                "jobTitle",
                sent.jobTitle(),
                "seniority",
                sent.seniority(),
                "department",
                sent.department(),
                "company.name",
                sent.company().name(),
                "company.employees",
                Integer.toString(sent.company().employees()));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> field : new TreeSet<>(expected.keySet())
                .stream().map(k -> Map.entry(k, expected.get(k))).toList()) {
            JsonNode value = shown;
            for (String part : field.getKey().split("\\.")) {
                value = value.path(part);
            }
            if (!field.getValue().equalsIgnoreCase(value.asString(""))) {
                wrong.add(field.getKey() + "=" + value.asString("") + " (sent " + field.getValue() + ")");
            }
        }
        return wrong.isEmpty() ? null : "accepted, ingestion shows " + String.join(", ", wrong);
    }

    private static void note(List<String> notes, String note) {
        if (notes.size() < MAX_NOTES) {
            notes.add(note);
        }
    }
}
