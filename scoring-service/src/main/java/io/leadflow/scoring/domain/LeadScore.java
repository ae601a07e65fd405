package io.leadflow.scoring.domain;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.StageOwner;
import io.leadflow.scoring.domain.account.AccountFacts;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One lead's score state under every published model: an incremental {@link ModelState} per model version, its
 * profile, first touch and stage timeline. Its score under a model is a pure function of its set of events, profile,
 * the model and the time, whatever the arrival order; adding an event costs the number of rules, not the history.
 * A lead that is NEW or RECYCLED becomes an MQL once, by its segment's model, when its score reaches the threshold or
 * a buying signal fast-tracks it; what changed is collected as {@link LeadScoreEvent}s.
 */
public final class LeadScore {

    /** The actor named on the stage moves scoring makes. */
    public static final String ACTOR = "scoring-service";

    private final LeadId leadId;
    private final ModelStates scoring;
    private final Timeline timeline;
    private ProfileFacts profile;
    private AccountFacts account = AccountFacts.none();
    private Touch firstTouch;
    private ScoreSummary summary;
    private Instant qualifiedAt;
    private Explanation qualification;
    private RecycleRequest pendingRecycle;
    private List<String> waitingFor = List.of();
    private ConsentStanding consent = ConsentStanding.NONE;
    private final LeadLikelihoods likelihoods = new LeadLikelihoods();
    private final List<LeadScoreEvent> events = new ArrayList<>();

    private LeadScore(
            LeadId leadId,
            List<ScoringModel> models,
            Map<String, ModelState> states,
            ProfileFacts profile,
            Touch firstTouch,
            Collection<StageChange> timeline,
            ScoreSummary summary,
            Instant qualifiedAt,
            Explanation qualification,
            RecycleRequest pendingRecycle) {
        if (leadId == null || models == null || profile == null) {
            throw new InvalidValueException("leadId", "leadScore.required", "a lead score needs a lead and models");
        }
        this.leadId = leadId;
        this.scoring = new ModelStates(models, states);
        this.profile = profile;
        this.firstTouch = firstTouch;
        this.timeline = new Timeline(timeline);
        this.summary = summary == null ? ScoreSummary.none() : summary;
        this.qualifiedAt = qualifiedAt;
        this.qualification = qualification;
        this.pendingRecycle = pendingRecycle;
    }

    /** A lead scoring has just heard of: NEW, no events, profile unknown. */
    public static LeadScore start(LeadId leadId, List<ScoringModel> models) {
        Map<String, ModelState> empty = new HashMap<>();
        models.forEach(model -> empty.put(model.key(), ModelState.empty()));
        return new LeadScore(leadId, models, empty, ProfileFacts.unknown(), null, List.of(), null, null, null, null);
    }

    /** A lead as stored; states missing for some models must be {@link #rebuild rebuilt} before events are added. */
    public static LeadScore restore(
            LeadId leadId,
            List<ScoringModel> models,
            Map<String, ModelState> states,
            ProfileFacts profile,
            Touch firstTouch,
            Collection<StageChange> timeline,
            ScoreSummary summary,
            Instant qualifiedAt,
            Explanation qualification,
            RecycleRequest pendingRecycle) {
        return new LeadScore(
                leadId,
                models,
                states,
                profile,
                firstTouch,
                timeline,
                summary,
                qualifiedAt,
                qualification,
                pendingRecycle);
    }

    /** The published models this lead has no state for yet (published since it was last scored). */
    public List<ScoringModel> modelsWithoutState() {
        return scoring.withoutState();
    }

    /** Builds the state of {@code model} from the lead's stored events: once per lead and model version. */
    public void rebuild(ScoringModel model, Collection<Engagement> history) {
        ModelState state = ModelState.empty();
        for (Engagement event : history) {
            state.add(model, event);
            firstTouch = Touch.of(event).earlier(firstTouch);
        }
        scoring.put(model, state);
    }

    /** Counts an event that the lead's event store has just taken for the first time. */
    public void record(Engagement event, Instant now) {
        likelihoods.forget();
        scoring.add(event);
        firstTouch = Touch.of(event).earlier(firstTouch);
        reassess(now);
    }

    /** Takes newer profile facts; false (and no change) when they are not newer than what is known. */
    public boolean updateProfile(ProfileFacts facts, Instant now) {
        return updateProfile(facts, account, now);
    }

    /**
     * Takes newer profile facts together with the account they match (one re-evaluation for both); false (and no
     * change) when the facts are not newer than what is known.
     */
    public boolean updateProfile(ProfileFacts facts, AccountFacts matched, Instant now) {
        if (!facts.supersedes(profile)) {
            return false;
        }
        profile = facts;
        account = matched == null ? AccountFacts.none() : matched;
        likelihoods.forget();
        reassess(now);
        return true;
    }

    /**
     * Takes the attributes of the lead's account (or {@link AccountFacts#none()} when it has none) and re-evaluates
     * the lead; false (and no change) when they are what is known.
     */
    public boolean updateAccount(AccountFacts facts, Instant now) {
        AccountFacts next = facts == null ? AccountFacts.none() : facts;
        if (next.equals(account)) {
            return false;
        }
        account = next;
        likelihoods.forget();
        reassess(now);
        return true;
    }

    /** The account attributes as stored with the lead; for restoring a stored lead only. */
    public LeadScore withStoredAccount(AccountFacts facts) {
        account = facts == null ? AccountFacts.none() : facts;
        return this;
    }

    /** The person's consent standing as stored next to the lead; for restoring a stored lead only. */
    public LeadScore withStoredConsent(ConsentStanding standing) {
        consent = standing == null ? ConsentStanding.NONE : standing;
        return this;
    }

    /**
     * Where the lead's likelihoods come from while it is scored: the published predictive versions, read as the lead
     * stands at each change (none when not given: every likelihood condition is then false).
     */
    public LeadScore withLikelihoods(LikelihoodSource source) {
        likelihoods.from(source);
        return this;
    }

    /** The person's consent standing: an objection to profiling keeps the automation from qualifying them. */
    public ConsentStanding consent() {
        return consent;
    }

    /** Adds a stage move made by any service; false when it is already on the timeline. */
    public boolean recordStageChange(StageChange change, Instant now) {
        if (!timeline.add(change)) {
            return false;
        }
        likelihoods.forget();
        if (pendingRecycle != null && stage() == LifecycleStage.RECYCLED) {
            requalifyFromRecycling(pendingRecycle, now);
        }
        noteWaiting(segmentScore(now));
        return true;
    }

    /** Nurturing recycled the lead: a RECYCLED lead becomes an MQL again, a NURTURING one waits for that move. */
    public Recycling recycle(RecycleRequest request, Instant now) {
        return switch (stage()) {
            case RECYCLED -> {
                requalifyFromRecycling(request, now);
                noteWaiting(segmentScore(now));
                yield Recycling.REQUALIFIED;
            }
            case NURTURING -> {
                pendingRecycle = request;
                yield Recycling.AWAITING_STAGE;
            }
            default -> Recycling.NOT_APPLICABLE;
        };
    }

    /** The lead's score under every published model at {@code asOf}, its segment's model first. */
    public List<ModelScore> scores(Instant asOf) {
        return scoring.scores(facts(), asOf);
    }

    /** The score by the lead's segment model: the highest-priority published model whose filter matches. */
    public Optional<ModelScore> segmentScore(Instant asOf) {
        return scores(asOf).stream().filter(ModelScore::inSegment).findFirst();
    }

    /** Re-evaluates the lead now: announces a changed score and qualifies it if its stage allows. */
    public void reassess(Instant now) {
        Optional<ModelScore> current = segmentScore(now);
        ScoreSummary next = current.map(ScoreSummary::of).orElse(ScoreSummary.none());
        if (!next.equals(summary)) {
            summary = next;
            if (current.isPresent()) {
                events.add(new LeadScored(
                        leadId,
                        next.modelId(),
                        next.modelVersion(),
                        next.score(),
                        next.fitGrade(),
                        next.engagementGrade()));
            }
        }
        ScoringModel model = current.map(scoring::modelOf).orElse(null);
        if (qualifiable() && model != null && MinimumData.qualifies(model, current.get(), facts())) {
            ModelScore score = current.get();
            qualify(score, model, model.fastTracks(score), MinimumData.trigger(score, model), List.of(), now);
        }
        noteWaiting(current); // the score just computed: one scoring per change
    }

    private boolean qualifiable() {
        return (stage() == LifecycleStage.NEW || stage() == LifecycleStage.RECYCLED) && !consent.profilingObjected();
    }

    private void noteWaiting(Optional<ModelScore> segmentScore) {
        waitingFor = needsData(segmentScore).map(NeedsData::missing).orElse(List.of());
    }

    /** Why the lead is not an MQL although its segment score qualifies: required data it lacks (else empty). */
    public Optional<NeedsData> needsData(Instant asOf) {
        return needsData(qualifiable() ? segmentScore(asOf) : Optional.empty());
    }

    private Optional<NeedsData> needsData(Optional<ModelScore> segmentScore) {
        return qualifiable()
                ? segmentScore.flatMap(score -> MinimumData.lacking(scoring.modelOf(score), score, facts()))
                : Optional.empty();
    }

    /** The lead's segment as it stands now (its facts without likelihoods); null when no model applies. */
    public String segment() {
        return scoring.segmentOf(new LeadFacts(profile, firstTouch, account));
    }

    /** The attributes the lead lacked to qualify at its last change, as the lead list filters on; empty: none. */
    public List<String> waitingFor() {
        return waitingFor;
    }

    private LeadFacts facts() {
        return new LeadFacts(profile, firstTouch, account, likelihoods.of(scoring.models(), consent));
    }

    private void requalifyFromRecycling(RecycleRequest request, Instant now) {
        String why = request.trigger().isBlank()
                ? "Recycled from nurturing"
                : "Recycled from nurturing: " + request.trigger();
        List<ModelScore> all = scores(now);
        if (all.isEmpty() || consent.profilingObjected()) {
            return;
        }
        ModelScore score = all.getFirst();
        qualify(score, scoring.modelOf(score), false, why, request.history(), now);
    }

    private void qualify(
            ModelScore score, ScoringModel model, boolean fastTrack, String why, List<String> history, Instant now) {
        LifecycleStage from = stage();
        LifecycleStage to = from.moveTo(LifecycleStage.MQL, StageOwner.SCORING);
        Instant at = timeline.nextMoveTime(now);
        StageChange change = new StageChange(UUID.randomUUID(), from, to, why, ACTOR, at);
        timeline.add(change);
        qualifiedAt = at;
        pendingRecycle = null;
        qualification = Explanation.of(why, score, model.threshold(), profile, firstTouch, history, at);
        events.add(new LeadQualified(leadId, fastTrack, qualification, change));
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

    public LeadId leadId() {
        return leadId;
    }

    public List<ScoringModel> models() {
        return scoring.models();
    }

    /** The incremental state per model key ({@code id@version}), for storage. */
    public Map<String, ModelState> states() {
        return scoring.snapshot();
    }

    public ProfileFacts profile() {
        return profile;
    }

    /** The attributes of the lead's account as of its last change; none when it has no account. */
    public AccountFacts account() {
        return account;
    }

    public Optional<Touch> firstTouch() {
        return Optional.ofNullable(firstTouch);
    }

    /** Every stage move, oldest first. */
    public List<StageChange> timeline() {
        return timeline.entries();
    }

    public ScoreSummary summary() {
        return summary;
    }

    public Optional<Instant> qualifiedAt() {
        return Optional.ofNullable(qualifiedAt);
    }

    /** Why the lead last qualified, frozen then; empty if it never did. */
    public Optional<Explanation> qualification() {
        return Optional.ofNullable(qualification);
    }

    public Optional<RecycleRequest> pendingRecycle() {
        return Optional.ofNullable(pendingRecycle);
    }
}
