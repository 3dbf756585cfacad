package org.colloquy.lesson.work;

import org.colloquy.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.colloquy.lesson.ResponseRepository;

/**
 * Whether an answer, named by its id, is the signed-in student's own: the check a feature asks before it lends the
 * lesson anything about an answer by id (released feedback), so that no id reaches another student's work.
 */
@Component
@PreAuthorize("hasRole('STUDENT')")
public class MyAnswers {

    private final ResponseRepository responses;
    private final CurrentUser currentUser;

    MyAnswers(ResponseRepository responses, CurrentUser currentUser) {
        this.responses = responses;
        this.currentUser = currentUser;
    }

    /** False for another person's answer and for an id that names no answer alike. */
    @Transactional(readOnly = true)
    public boolean isMine(long responseId) {
        long me = currentUser.require().id();
        return responses.findById(responseId).filter(response -> response.getUserId() == me).isPresent();
    }
}
