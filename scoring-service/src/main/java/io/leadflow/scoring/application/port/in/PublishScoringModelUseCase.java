package io.leadflow.scoring.application.port.in;

/**
 * Publishes a draft: the model's previously published version is archived, and every lead is re-scored by the new
 * version in the background (progress in the returned run). Refused when its segment may overlap another published
 * model's segment of the same priority.
 */
public interface PublishScoringModelUseCase {

    RescoringView publish(ChangeModelStatusCommand command);
}
