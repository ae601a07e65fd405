package io.leadflow.ingestion.application.port.in;

import java.util.List;

/**
 * Stores many engagements in one transaction and answers each one on its own: valid ones are kept even when others
 * are refused. The outcomes come in the order of the commands.
 */
public interface RecordEngagementsUseCase {

    List<EngagementOutcome> recordEngagements(List<RecordEngagementCommand> commands);
}
