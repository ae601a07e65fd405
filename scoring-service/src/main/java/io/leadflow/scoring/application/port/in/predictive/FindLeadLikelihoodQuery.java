package io.leadflow.scoring.application.port.in.predictive;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.domain.predictive.Likelihood;
import java.util.List;

/** A lead's likelihood of being won, as of now, under every published predictive version, with its reasons. */
public interface FindLeadLikelihoodQuery {

    /** Empty when no predictive version is published or scoring does not know the lead. */
    List<Likelihood> likelihoods(LeadId leadId);
}
