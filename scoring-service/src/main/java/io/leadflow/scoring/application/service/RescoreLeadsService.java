package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.RescoreLeadsUseCase;
import io.leadflow.scoring.application.port.in.RescoringView;
import io.leadflow.scoring.application.port.out.AccountQualifications;
import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.port.out.RescoringJobs;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.application.service.ScoringServices.Ports;
import io.leadflow.scoring.domain.Engagement;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/**
 * One batch of a re-scoring run per call, in one transaction: the leads are locked like any real-time change, the
 * states of newly published versions built from the event store, the leads reassessed (a NEW lead that now reaches
 * the threshold qualifies, once, as the stage machine allows) and saved, and the run's progress stored with them.
 */
class RescoreLeadsService implements RescoreLeadsUseCase {

    static final String CORRELATION = "rescoring";

    private final LeadScoreRepository leads;
    private final LeadEventStore eventStore;
    private final ScoringModelRepository models;
    private final RescoringJobs rescoring;
    private final OutgoingEvents outgoing;
    private final Clock clock;
    private final int batchSize;
    private final AccountQualifications qualifications;
    private final PublishedLikelihoods likelihoods;

    RescoreLeadsService(Ports ports, int batchSize) {
        this.leads = ports.leads();
        this.eventStore = ports.eventStore();
        this.models = ports.models();
        this.rescoring = ports.rescoring();
        this.outgoing = new OutgoingEvents(ports);
        this.clock = ports.clock();
        this.batchSize = batchSize;
        this.qualifications = ports.qualifications();
        this.likelihoods = ports.likelihoods();
    }

    @Override
    @Transactional
    public boolean rescoreNextBatch() {
        Optional<RescoringView> next = rescoring.lockNext();
        if (next.isEmpty()) {
            return false;
        }
        RescoringView job = next.get();
        Instant now = clock.instant();
        List<ScoringModel> published = models.published();
        List<LeadScore> batch = leads.lockBatch(job.lastLead(), batchSize, published);
        List<LeadId> needHistory = batch.stream()
                .filter(lead -> !lead.modelsWithoutState().isEmpty())
                .map(LeadScore::leadId)
                .toList();
        Map<LeadId, List<Engagement>> histories = eventStore.histories(needHistory);
        LikelihoodReads reads = likelihoods.reads(
                eventStore, batch.stream().map(LeadScore::leadId).toList(), now);
        for (LeadScore lead : batch) {
            List<Engagement> history = histories.getOrDefault(lead.leadId(), List.of());
            lead.modelsWithoutState().forEach(model -> lead.rebuild(model, history));
            reads.attach(lead);
            lead.reassess(now);
            leads.save(lead);
            outgoing.publishChanges(lead, CORRELATION + "-" + job.id(), now);
        }
        AccountMarks.mark(qualifications, batch);
        if (!batch.isEmpty()) {
            rescoring.progress(job.id(), batch.getLast().leadId().value(), batch.size(), now);
        }
        if (batch.size() < batchSize) {
            rescoring.finish(job.id(), now);
            leads.forgetStatesOfUnpublishedModels();
        }
        return true;
    }
}
