package vn.tdkt.workflow.proposal;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import vn.tdkt.domain.shared.DomainException;

/**
 * Turns the losing side of a race (two clicks, two leaders on one task) into the domain's clear message
 * instead of a technical failure; the caller's transaction then rolls back as a whole.
 */
final class Transitions {

    private Transitions() {
    }

    /** Runs a write that another transaction may have beaten; a lost race becomes {@code messageKey}. */
    static <T> T guarded(String messageKey, Object argument, Supplier<T> write) {
        try {
            return write.get();
        } catch (OptimisticLockException | OptimisticLockingException lost) {
            throw new DomainException(messageKey, argument);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new DomainException(messageKey, argument);
            }
            throw e;
        }
    }

    static void guarded(String messageKey, Object argument, Runnable write) {
        guarded(messageKey, argument, () -> {
            write.run();
            return null;
        });
    }
}
