package org.colloquy.base;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an in-memory reaction to an event once the transaction that published it has committed, or at once when it
 * was published outside a transaction: what {@code @TransactionalEventListener(fallbackExecution = true)} does, for
 * reactions that must stay out of the event publication registry (decision 0028). The registry stores every event
 * that has an after-commit {@code @TransactionalEventListener} until that listener has run; a push to this JVM's
 * live views would only cost a row per live answer there, and has nothing left to tell after a restart.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Like Spring's transactional listeners: a failure of {@code reaction} is logged, never thrown at the committer. */
    public static void run(Runnable reaction) {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        reaction.run();
                    }
                }
            });
        } else {
            reaction.run();
        }
    }
}
