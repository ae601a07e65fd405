package io.leadflow.scoring.application.port.out;

import io.leadflow.scoring.domain.account.AccountId;
import io.leadflow.scoring.domain.account.AccountQualification;
import io.leadflow.scoring.domain.account.AccountView;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which accounts stand qualified as a whole, and which must be looked at again. A lead change only marks its account
 * (in its own transaction); the evaluator looks at marked accounts after those changes committed, one account at a
 * time under the lock of its qualification, so two people of one company scoring at once are never both missed and an
 * account never qualifies twice for one crossing.
 */
public interface AccountQualifications {

    /**
     * Notes, in the lead change's transaction, that these accounts' roll-ups may have changed. Marks are only ever
     * added (no lock is taken), so the lead's path never waits for the evaluator; the evaluator sees a mark only once
     * the change that wrote it committed, and the change with it.
     */
    void mark(Collection<AccountId> accountIds);

    /** Takes up to {@code limit} marked accounts (marks another replica holds are skipped) and clears their marks. */
    List<AccountId> claimMarked(int limit);

    /** The account's qualification, locked for this transaction (an account never evaluated has a fresh one). */
    AccountQualification lock(AccountId accountId);

    Optional<AccountQualification> find(AccountId accountId);

    void save(AccountQualification qualification, Instant evaluatedAt);

    /**
     * The account's people as last scored (stage, segment score, address, title, name), as committed now, except those
     * who objected to profiling: they count in no account score and are named in no account hand-off.
     */
    List<AccountView.Member> members(AccountId accountId);
}
