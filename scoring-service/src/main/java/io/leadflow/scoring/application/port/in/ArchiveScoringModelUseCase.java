package io.leadflow.scoring.application.port.in;

/** Retires a version: a draft or published version becomes archived and scores nobody from then on. */
public interface ArchiveScoringModelUseCase {

    ModelVersionView archive(ChangeModelStatusCommand command);
}
