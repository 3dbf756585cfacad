package org.colloquy.discussion;

import java.time.Clock;
import org.colloquy.base.i18n.Text;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.DiscussStep;
import org.colloquy.lesson.PeerVisibility;
import org.colloquy.lesson.AnswerSubmitted;
import org.colloquy.lesson.UnknownLessonException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a class discussion about who reads whose posts, which the lesson asks about through
 * {@link PeerVisibility}:
 * <ul>
 *   <li><b>Post first, then see peers</b>: a student reads her classmates' posts on a discuss prompt only once she
 *   has submitted her own.</li>
 *   <li><b>Anonymity never weakens</b>: a prompt is anonymous to peers if the course file says so, or if anyone
 *   posted while it said so. A post written under anonymity therefore never gets its author's name shown to
 *   classmates, whatever the file says later (decision record 0015).</li>
 * </ul>
 */
@Component
class DiscussionRules implements PeerVisibility {

    private final CourseCatalog catalog;
    private final AnonymityRecordRepository records;
    private final Clock clock;

    DiscussionRules(CourseCatalog catalog, AnonymityRecordRepository records, Clock clock) {
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

    @Override
    public void requireMayReadPeers(String courseKey, String promptKey, boolean submittedOwn) {
        if (step(courseKey, promptKey) == null) {
            throw new UnknownLessonException(Text.of("discussion.not-found", promptKey));
        }
        if (!submittedOwn) {
            throw new PostFirstException();
        }
    }

    /** Runs inside the submission's transaction: the post and the record of its rule are stored together. */
    @EventListener
    void recordTheRuleOfAPost(AnswerSubmitted submitted) {
        AnonymityRecord.Key key = new AnonymityRecord.Key(submitted.courseKey(), submitted.promptKey());
        if (fileSaysAnonymous(submitted.courseKey(), submitted.promptKey()) && !records.existsById(key)) {
            records.save(new AnonymityRecord(submitted.courseKey(), submitted.promptKey(), clock.instant()));
        }
    }

    private boolean fileSaysAnonymous(String courseKey, String promptKey) {
        DiscussStep step = step(courseKey, promptKey);
        return step != null && step.anonymity() == DiscussStep.Anonymity.ANONYMOUS_TO_PEERS;
    }

    private @Nullable DiscussStep step(String courseKey, String promptKey) {
        return catalog.course(courseKey).flatMap(course -> course.step(promptKey))
                .filter(DiscussStep.class::isInstance).map(DiscussStep.class::cast)
                .orElse(null);
    }
}
