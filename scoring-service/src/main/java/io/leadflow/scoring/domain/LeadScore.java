package io.leadflow.scoring.domain;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.StageOwner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One lead's score state: the set of its scored engagements (keyed by event id), its profile facts and its stage
 * timeline. The score is a pure function of that set, the profile and the model, so events may arrive in any order
 * and any number of times. A lead that is NEW or RECYCLED becomes an MQL once, when its score reaches the threshold
 * or a buying signal fast-tracks it; what changed is collected as {@link LeadScoreEvent}s.
 */
public final class LeadScore {

    /** The actor named on the stage moves scoring makes. */
    public static final String ACTOR = "scoring-service";

    private final LeadId leadId;
    private final ScoringModel model;
    private final Map<UUID, ScoredEngagement> engagements = new LinkedHashMap<>();
    private final Timeline timeline;
    private ProfileFacts profile;
    private int publishedScore;
    private Instant qualifiedAt;
    private String pendingRecycle;
    private final List<LeadScoreEvent> events = new ArrayList<>();

    private LeadScore(LeadId leadId, ScoringModel model, Collection<ScoredEngagement> engagements,
            ProfileFacts profile, Collection<StageChange> timeline, int publishedScore, Instant qualifiedAt,
            String pendingRecycle) {
        if (leadId == null || model == null || profile == null) {
            throw new InvalidValueException("leadId", "leadScore.required", "a lead score needs a lead and a model");
        }
        this.leadId = leadId;
        this.model = model;
        engagements.forEach(engagement -> this.engagements.putIfAbsent(engagement.eventId(), engagement));
        this.profile = profile;
        this.timeline = new Timeline(timeline);
        this.publishedScore = publishedScore;
        this.qualifiedAt = qualifiedAt;
        this.pendingRecycle = pendingRecycle;
    }

    /** A lead scoring has just heard of: NEW, no engagements, profile unknown, score 0. */
    public static LeadScore start(LeadId leadId, ScoringModel model) {
        return new LeadScore(leadId, model, List.of(), ProfileFacts.unknown(), List.of(), 0, null, null);
    }

    /** A lead as stored; {@code pendingRecycle} is the trigger of a recycle awaiting RECYCLED, or null. */
    public static LeadScore restore(LeadId leadId, ScoringModel model, Collection<ScoredEngagement> engagements,
            ProfileFacts profile, Collection<StageChange> timeline, int publishedScore, Instant qualifiedAt,
            String pendingRecycle) {
        return new LeadScore(leadId, model, engagements, profile, timeline, publishedScore, qualifiedAt,
                pendingRecycle);
    }

    /** Counts an engagement; false (and no change) when its event id was counted before. */
    public boolean record(ScoredEngagement engagement, Instant now) {
        if (engagements.putIfAbsent(engagement.eventId(), engagement) != null) {
            return false;
        }
        reassess(now);
        return true;
    }

    /** Takes newer profile facts; false (and no change) when they are not newer than what is known. */
    public boolean updateProfile(ProfileFacts facts, Instant now) {
        if (!facts.supersedes(profile)) {
            return false;
        }
        profile = facts;
        reassess(now);
        return true;
    }

    /** Adds a stage move made by any service; false when it is already on the timeline. */
    public boolean recordStageChange(StageChange change, Instant now) {
        if (!timeline.add(change)) {
            return false;
        }
        if (pendingRecycle != null && stage() == LifecycleStage.RECYCLED) {
            requalifyFromRecycling(pendingRecycle, now);
        }
        return true;
    }

    /** Nurturing recycled the lead: a RECYCLED lead becomes an MQL again, a NURTURING one waits for that move. */
    public Recycling recycle(String trigger, Instant now) {
        return switch (stage()) {
            case RECYCLED -> {
                requalifyFromRecycling(trigger, now);
                yield Recycling.REQUALIFIED;
            }
            case NURTURING -> {
                pendingRecycle = trigger == null ? "" : trigger;
                yield Recycling.AWAITING_STAGE;
            }
            default -> Recycling.NOT_APPLICABLE;
        };
    }

    /** The score now: a pure function of the engagements, the profile and the model. */
    public Score score() {
        return model.score(engagements.values(), profile);
    }

    public LifecycleStage stage() {
        return timeline.currentStage();
    }

    /** What happened since the last call, oldest first; the list is emptied. */
    public List<LeadScoreEvent> pullEvents() {
        List<LeadScoreEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    private void reassess(Instant now) {
        Score score = score();
        if (score.value() != publishedScore) {
            publishedScore = score.value();
            events.add(new LeadScored(leadId, score.value(), model.fitGrade(profile), model.engagementGrade(score)));
        }
        LifecycleStage stage = stage();
        if (stage != LifecycleStage.NEW && stage != LifecycleStage.RECYCLED) {
            return;
        }
        Optional<ScoredEngagement> signal = model.fastTrackSignal(engagements.values(), profile);
        if (signal.isPresent()) {
            qualify(score, true, "fast-track: " + ScoreReason.labelOf(signal.get().type()).toLowerCase(Locale.ROOT),
                    now);
        } else if (model.reachesThreshold(score)) {
            qualify(score, false, "score " + score.value() + " reached threshold " + model.threshold(), now);
        }
    }

    private void requalifyFromRecycling(String trigger, Instant now) {
        String why = trigger == null || trigger.isBlank()
                ? "recycled from nurturing" : "recycled from nurturing: " + trigger;
        qualify(score(), false, why, now);
    }

    private void qualify(Score score, boolean fastTrack, String why, Instant now) {
        LifecycleStage from = stage();
        LifecycleStage to = from.moveTo(LifecycleStage.MQL, StageOwner.SCORING);
        Instant at = timeline.nextMoveTime(now);
        StageChange change = new StageChange(UUID.randomUUID(), from, to, why, ACTOR, at);
        timeline.add(change);
        qualifiedAt = at;
        pendingRecycle = null;
        List<String> reasons = new ArrayList<>();
        reasons.add(Character.toUpperCase(why.charAt(0)) + why.substring(1));
        reasons.addAll(score.explanation());
        events.add(new LeadQualified(leadId, score.value(), model.fitGrade(profile), model.engagementGrade(score),
                fastTrack, reasons, change));
    }

    public LeadId leadId() {
        return leadId;
    }

    public ScoringModel model() {
        return model;
    }

    /** The scored engagements, oldest first. */
    public List<ScoredEngagement> engagements() {
        return engagements.values().stream()
                .sorted(Comparator.comparing(ScoredEngagement::occurredAt).thenComparing(ScoredEngagement::eventId))
                .toList();
    }

    public ProfileFacts profile() {
        return profile;
    }

    /** Every stage move, oldest first. */
    public List<StageChange> timeline() {
        return timeline.entries();
    }

    /** The score last announced in a {@link LeadScored}. */
    public int publishedScore() {
        return publishedScore;
    }

    /** When the lead last became an MQL; empty if it never did. */
    public Optional<Instant> qualifiedAt() {
        return Optional.ofNullable(qualifiedAt);
    }

    /** The trigger of a recycle waiting for the move to RECYCLED. */
    public Optional<String> pendingRecycle() {
        return Optional.ofNullable(pendingRecycle);
    }
}
