package org.colloquy.discussion;

import java.time.Clock;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.DiscussStep;
import org.colloquy.lesson.PromptAnonymity;
import org.colloquy.lesson.ResponseSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymity rule in force on a discuss prompt: anonymous to peers if the course file says so, or if anyone
 * posted while it said so. A post written under anonymity therefore never gets its author's name shown to
 * classmates, whatever the file says later (decision record 0015).
 */
@Component
class DiscussionAnonymity implements PromptAnonymity {

    private final CourseCatalog catalog;
    private final AnonymityRecordRepository records;
    private final Clock clock;

    DiscussionAnonymity(CourseCatalog catalog, AnonymityRecordRepository records, Clock clock) {
        this.catalog = catalog;
        this.records = records;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean anonymousToPeers(String courseKey, String promptKey) {
        return fileSaysAnonymous(courseKey, promptKey)
                || records.existsById(new AnonymityRecord.Key(courseKey, promptKey));
    }

    /** Runs inside the submission's transaction: the post and the record of its rule are stored together. */
    @EventListener
    void recordTheRuleOfAPost(ResponseSubmitted submitted) {
        AnonymityRecord.Key key = new AnonymityRecord.Key(submitted.courseKey(), submitted.promptKey());
        if (fileSaysAnonymous(submitted.courseKey(), submitted.promptKey()) && !records.existsById(key)) {
            records.save(new AnonymityRecord(submitted.courseKey(), submitted.promptKey(), clock.instant()));
        }
    }

    private boolean fileSaysAnonymous(String courseKey, String promptKey) {
        return catalog.course(courseKey).flatMap(course -> course.step(promptKey))
                .filter(DiscussStep.class::isInstance).map(DiscussStep.class::cast)
                .map(step -> step.anonymity() == DiscussStep.Anonymity.ANONYMOUS_TO_PEERS)
                .orElse(false);
    }
}
