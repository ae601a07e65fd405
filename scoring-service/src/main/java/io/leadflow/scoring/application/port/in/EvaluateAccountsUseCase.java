package io.leadflow.scoring.application.port.in;

/**
 * Looks at the accounts whose people changed since the last look: an account whose roll-up reached the account MQL
 * threshold qualifies as a whole (and is announced as {@code AccountQualified}), one that fell below it lapses.
 */
public interface EvaluateAccountsUseCase {

    /** Evaluates up to {@code limit} marked accounts in one transaction; returns how many it took. */
    int evaluateAccounts(int limit);
}
