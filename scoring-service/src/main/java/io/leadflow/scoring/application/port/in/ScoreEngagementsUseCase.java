package io.leadflow.scoring.application.port.in;

/**
 * Adds many engagements at once, all in one transaction: each event id counts once, each lead is locked, loaded and
 * saved once however many of its events arrived, and what changed is announced in the same transaction. If any
 * engagement fails, none is applied; the caller may then score them one by one.
 */
public interface ScoreEngagementsUseCase {

    /** Returns how many engagements were new and applied; the others had been handled before. */
    int scoreEngagements(ScoreEngagementsCommand command);
}
