package io.leadflow.scoring.domain;

import io.leadflow.kernel.event.ProfileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Why a lead qualified, frozen at that moment: the trigger, the model and version, the fit and engagement parts with
 * every contributing rule and the events behind it, the profile (without names or phone), the first touch, and for
 * a recycled lead the history of its earlier cycles from nurturing, and how each likelihood condition read.
 * It adds up: score = fit + engagement + scale adjustment.
 */
public record Explanation(
        String trigger,
        String modelId,
        int modelVersion,
        String segment,
        int threshold,
        int score,
        int fitPoints,
        String fitGrade,
        int engagementPoints,
        int engagementGrade,
        int scaleAdjustment,
        List<Contribution> contributions,
        List<UUID> fastTrackEvents,
        Map<String, String> profile,
        Touch channel,
        List<String> history,
        Instant at,
        List<String> likelihoods) {

    /** Profile attributes that say who the person is rather than what fits: not copied into explanations. */
    private static final Set<String> PERSONAL =
            Set.of(ProfileAttributes.FIRST_NAME, ProfileAttributes.LAST_NAME, ProfileAttributes.PHONE);

    public Explanation {
        contributions = List.copyOf(contributions);
        fastTrackEvents = List.copyOf(fastTrackEvents);
        profile = Map.copyOf(profile);
        history = history == null ? List.of() : List.copyOf(history);
        likelihoods = likelihoods == null ? List.of() : List.copyOf(likelihoods);
    }

    public static Explanation of(
            String trigger,
            ModelScore score,
            int threshold,
            ProfileFacts profile,
            Touch touch,
            List<String> history,
            Instant at) {
        Map<String, String> shown = new TreeMap<>();
        profile.attributes().forEach((name, value) -> {
            if (!PERSONAL.contains(name)) {
                shown.put(name, value);
            }
        });
        return new Explanation(
                trigger,
                score.modelId(),
                score.modelVersion(),
                score.segment(),
                threshold,
                score.score(),
                score.fitPoints(),
                score.fitGrade().name(),
                score.engagementPoints(),
                score.engagementGrade(),
                score.scaleAdjustment(),
                score.contributions(),
                score.fastTrackEvents(),
                shown,
                touch,
                history,
                at,
                score.likelihoods());
    }

    /** The explanation as lines a rep reads, in the order: trigger, sum, rules, profile, channel. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(trigger);
        lines.add("Model " + modelId + " v" + modelVersion + " (segment " + segment + "): score " + score + " = fit "
                + fitPoints + " (grade " + fitGrade + ") + engagement " + engagementPoints + " (grade "
                + engagementGrade + ")" + (scaleAdjustment == 0 ? "" : " + scale cap " + scaleAdjustment)
                + "; threshold " + threshold);
        for (Contribution contribution : contributions) {
            lines.add(contribution.text());
        }
        for (String likelihood : likelihoods) {
            lines.add("Likelihood: " + likelihood);
        }
        for (Contribution contribution : contributions) {
            if (!contribution.eventIds().isEmpty()) {
                lines.add("Events behind " + contribution.ruleId() + ": "
                        + contribution.eventIds().stream().map(UUID::toString).toList());
            }
        }
        if (!profile.isEmpty()) {
            lines.add("Profile: "
                    + String.join(
                            ", ",
                            profile.entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .toList()));
        }
        if (channel != null) {
            lines.add("Channel (first touch): " + channel.describe());
        }
        for (String earlier : history) {
            lines.add("Earlier: " + earlier);
        }
        return lines;
    }
}
