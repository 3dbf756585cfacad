package org.colloquy.review;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.colloquy.base.SearchText;

/** Which answers of a review queue to show, matching what text, in which order (views name the choices, {@code ReviewTexts}). */
public record QueueFilter(Show show, String search, Order order) {

    public static final QueueFilter ALL = new QueueFilter(Show.ALL, "", Order.NEWEST_FIRST);

    public enum Show {
        ALL(entry -> true),
        SUBMITTED(entry -> entry.status() == AnswerStatus.SUBMITTED),
        DRAFT_ONLY(entry -> entry.status() == AnswerStatus.DRAFT_ONLY),
        NOT_STARTED(entry -> entry.status() == AnswerStatus.NOT_STARTED),
        FEEDBACK_GIVEN(entry -> entry.feedback() != FeedbackState.NONE),
        NO_FEEDBACK(entry -> entry.status() != AnswerStatus.NOT_STARTED
                && entry.feedback() == FeedbackState.NONE),
        STARRED(QueueEntry::starred);

        private final Predicate<QueueEntry> test;

        Show(Predicate<QueueEntry> test) {
            this.test = test;
        }
    }

    public enum Order {
        NEWEST_FIRST, OLDEST_FIRST, LONGEST_FIRST, SHORTEST_FIRST
    }

    public QueueFilter withShow(Show newShow) {
        return new QueueFilter(newShow, search, order);
    }

    public QueueFilter withSearch(String newSearch) {
        return new QueueFilter(show, newSearch, order);
    }

    public QueueFilter withOrder(Order newOrder) {
        return new QueueFilter(show, search, newOrder);
    }

    /** The entries to show. Searching names is off in anonymous review, so a search cannot reveal who wrote what. */
    public List<QueueEntry> apply(List<QueueEntry> entries, boolean anonymous) {
        String needle = SearchText.folded(search.strip());
        return entries.stream()
                .filter(show.test)
                .filter(entry -> needle.isEmpty() || matches(entry, needle, anonymous))
                .sorted(comparator())
                .toList();
    }

    private static boolean matches(QueueEntry entry, String needle, boolean anonymous) {
        boolean inText = entry.response() != null && SearchText.contains(entry.response().body(), needle);
        boolean inName = !anonymous && SearchText.contains(entry.student().displayName(), needle);
        return inText || inName;
    }

    private Comparator<QueueEntry> comparator() {
        Comparator<QueueEntry> byTime = Comparator.comparing(QueueFilter::lastSaved);
        Comparator<QueueEntry> byLength = Comparator.comparingInt(QueueFilter::words);
        return switch (order) {
            case NEWEST_FIRST -> byTime.reversed();
            case OLDEST_FIRST -> byTime;
            case LONGEST_FIRST -> byLength.reversed();
            case SHORTEST_FIRST -> byLength;
        };
    }

    private static Instant lastSaved(QueueEntry entry) {
        return entry.response() == null ? Instant.EPOCH : entry.response().savedAt();
    }

    private static int words(QueueEntry entry) {
        return entry.response() == null ? 0 : entry.response().wordCount();
    }
}
