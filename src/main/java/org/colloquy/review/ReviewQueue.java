package org.colloquy.review;

import java.util.List;
import org.colloquy.identity.UserRef;

/**
 * The review queue of one prompt as the instructor works through it: its entries, the number each student carries in
 * blind grading, and how many feedback drafts wait to be released.
 */
public final class ReviewQueue {

    private final List<QueueEntry> entries;
    private final BlindNumbers blindNumbers;

    private ReviewQueue(List<QueueEntry> entries) {
        this.entries = List.copyOf(entries);
        this.blindNumbers = BlindNumbers.of(entries.stream().map(QueueEntry::student).toList());
    }

    public static ReviewQueue of(List<QueueEntry> entries) {
        return new ReviewQueue(entries);
    }

    public List<QueueEntry> entries() {
        return entries;
    }

    /**
     * The number this student carries in blind grading, 1 to the size of the queue: the same for as long as the
     * class has the same students, and in an order that follows neither names nor ids. 0 for a student not in it.
     */
    public int blindNumber(UserRef student) {
        return blindNumbers.of(student);
    }

    /** How many feedback drafts wait to be released. */
    public long waitingDrafts() {
        return entries.stream().filter(entry -> entry.feedback() == FeedbackState.DRAFT).count();
    }
}
