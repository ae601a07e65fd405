package io.leadflow.scoring.domain.account;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether an account stands qualified as a whole (an account-level MQL) and since when. An account qualifies once
 * when its roll-up score reaches the threshold: it is then handed to sales, and stays qualified while its roll-up
 * stays at or above the threshold, however often its people change. When the roll-up is found below the threshold
 * the qualification lapses (recorded with the time), and the next crossing qualifies the account again (a new
 * hand-off, {@code count} one higher).
 *
 * @param qualified the account stands qualified now
 * @param qualifiedAt when it last qualified; null if it never did
 * @param qualifiedScore the roll-up score at that moment
 * @param count how many times the account qualified
 * @param lapsedAt when its last qualification lapsed (the roll-up fell below the threshold); null while it stands
 */
public record AccountQualification(
        AccountId accountId,
        boolean qualified,
        Instant qualifiedAt,
        Integer qualifiedScore,
        int count,
        Instant lapsedAt) {

    public AccountQualification {
        if (accountId == null || count < 0) {
            throw new IllegalArgumentException("a qualification needs an account and a count of 0 or more");
        }
    }

    /** An account that never qualified. */
    public static AccountQualification none(AccountId accountId) {
        return new AccountQualification(accountId, false, null, null, 0, null);
    }

    /**
     * The state after the account's roll-up was found to be {@code score}: qualified when it reaches the threshold
     * and the account does not stand qualified, lapsed when it fell below the threshold; else unchanged.
     */
    public Evaluation evaluate(int score, int threshold, Instant now) {
        if (score >= threshold && !qualified) {
            return new Evaluation(new AccountQualification(accountId, true, now, score, count + 1, null), true);
        }
        if (score < threshold && qualified) {
            return new Evaluation(
                    new AccountQualification(accountId, false, qualifiedAt, qualifiedScore, count, now), false);
        }
        return new Evaluation(this, false);
    }

    /** The qualification after an evaluation, and whether the account qualified just now (hand it to sales). */
    public record Evaluation(AccountQualification state, boolean crossed) {

        public boolean changed(AccountQualification before) {
            return !state.equals(before);
        }

        public Optional<AccountQualification> qualifiedNow() {
            return crossed ? Optional.of(state) : Optional.empty();
        }
    }
}
