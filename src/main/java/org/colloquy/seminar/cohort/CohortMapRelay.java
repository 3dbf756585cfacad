package org.colloquy.seminar.cohort;

import org.colloquy.argument.ArgumentMapChanged;
import org.colloquy.base.AfterCommit;
import org.colloquy.seminar.session.SeminarEvent.ClassMapChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.colloquy.seminar.session.SeminarSessionRepository;

/**
 * Tells the live sessions that show a class's argument map on the projector that the map changed, once the change is
 * committed (in-memory only: not kept in the event publication registry, decision 0028), in a transaction of its own
 * that moves those rooms' versions on and tells the other nodes (decision 0047).
 */
@Component
class CohortMapRelay {

    private final SeminarSessionRepository sessions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate inItsOwnTransaction;

    CohortMapRelay(SeminarSessionRepository sessions, ApplicationEventPublisher events,
                   PlatformTransactionManager transactions) {
        this.sessions = sessions;
        this.events = events;
        this.inItsOwnTransaction = new TransactionTemplate(transactions);
        this.inItsOwnTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void mapChanged(ArgumentMapChanged change) {
        AfterCommit.run(() -> inItsOwnTransaction.executeWithoutResult(status -> sessions
                .findByCohortIdAndMapPromptKeyAndClosedAtIsNull(change.cohortId(), change.promptKey())
                .forEach(session -> events.publishEvent(new ClassMapChanged(session.requireId())))));
    }
}
