package org.colloquy.seminar.cohort;

import org.colloquy.argument.ArgumentMapChanged;
import org.colloquy.seminar.session.SeminarEvent.ClassMapChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.colloquy.seminar.session.SeminarEvent;
import org.colloquy.seminar.session.SeminarSessionRepository;

/** Tells the live sessions that show a class's argument map on the projector that the map changed. */
@Component
class CohortMapRelay {

    private final SeminarSessionRepository sessions;
    private final ApplicationEventPublisher events;

    CohortMapRelay(SeminarSessionRepository sessions, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.events = events;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    void mapChanged(ArgumentMapChanged change) {
        sessions.findByCohortIdAndMapPromptKeyAndClosedAtIsNull(change.cohortId(), change.promptKey())
                .forEach(session -> events.publishEvent(new ClassMapChanged(session.requireId())));
    }
}
