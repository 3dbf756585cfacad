package org.colloquy.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.colloquy.identity.UserRef;

/**
 * The review queue of one prompt as the instructor works through it: its entries, the number each student carries in
 * blind grading, and how many feedback drafts wait to be released.
 */
public final class ReviewQueue {

    /** Spreads the ids (Knuth's multiplicative hash), so a student's number says nothing about when she joined. */
    private static final long SPREAD = 2654435761L;

    private final List<QueueEntry> entries;
    private final Map<Long, Integer> blindNumbers = new HashMap<>();

    private ReviewQueue(List<QueueEntry> entries) {
        this.entries = List.copyOf(entries);
        List<QueueEntry> shuffled = new ArrayList<>(entries);
        shuffled.sort(Comparator.comparingLong(entry -> Long.hashCode(entry.student().id() * SPREAD)));
        for (int i = 0; i < shuffled.size(); i++) {
            blindNumbers.put(shuffled.get(i).student().id(), i + 1);
        }
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
        return blindNumbers.getOrDefault(student.id(), 0);
    }

    /** How many feedback drafts wait to be released. */
    public long waitingDrafts() {
        return entries.stream().filter(entry -> entry.feedback() == FeedbackState.DRAFT).count();
    }
}
