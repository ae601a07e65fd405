package io.leadflow.scoring.adapter.in.scheduling;

import io.leadflow.scoring.application.port.in.EvaluateAccountsUseCase;
import io.leadflow.support.resilience.DependencyOutages;
import io.leadflow.support.resilience.OutageBackoff;
import io.leadflow.support.resilience.ResilienceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drives the account-MQL evaluator: while accounts are marked, batch after batch (each its own transaction). Every
 * replica polls; marks are taken with SKIP LOCKED, so replicas share them and never evaluate one mark twice.
 */
@Component
class AccountEvaluationScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(AccountEvaluationScheduler.class);

    private final EvaluateAccountsUseCase evaluation;
    private final int batchSize;

    private final OutageBackoff backoff;

    AccountEvaluationScheduler(
            EvaluateAccountsUseCase evaluation,
            @Value("${leadflow.accounts.evaluation.batch-size:50}") int batchSize,
            DependencyOutages outages,
            ResilienceProperties resilience) {
        this.evaluation = evaluation;
        this.batchSize = batchSize;
        this.backoff = new OutageBackoff("account-evaluation", outages, resilience);
    }

    @Scheduled(fixedDelayString = "${leadflow.accounts.evaluation.poll-interval:1s}")
    void evaluate() {
        try {
            backoff.run(() -> {
                while (evaluation.evaluateAccounts(batchSize) == batchSize) {
                    // a full batch: more accounts may be waiting
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("account evaluation failed; the marks stay and are taken at the next poll", e);
        }
    }
}
