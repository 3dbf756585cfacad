package org.colloquy.review;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.colloquy.base.SearchText;

/** Which answers of a review queue to show, matching what text, in which order. */
public record QueueFilter(Show show, String search, Order order) {

    public static final QueueFilter ALL = new QueueFilter(Show.ALL, "", Order.NEWEST_FIRST);

    public enum Show {
        ALL("All students", entry -> true),
        SUBMITTED("Submitted", entry -> entry.status() == ResponseStatus.SUBMITTED),
        DRAFT_ONLY("Draft only", entry -> entry.status() == ResponseStatus.DRAFT_ONLY),
        NOT_STARTED("Not started", entry -> entry.status() == ResponseStatus.NOT_STARTED),
        FEEDBACK_GIVEN("Feedback given", entry -> entry.feedback() != FeedbackState.NONE),
        NO_FEEDBACK("No feedback yet", entry -> entry.status() != ResponseStatus.NOT_STARTED
                && entry.feedback() == FeedbackState.NONE),
        STARRED("Starred", QueueEntry::starred);

        private final String label;
        private final Predicate<QueueEntry> test;

        Show(String label, Predicate<QueueEntry> test) {
            this.label = label;
            this.test = test;
        }

        public String label() {
            return label;
        }
    }

    public enum Order {
        NEWEST_FIRST("Newest first"), OLDEST_FIRST("Oldest first"), LONGEST_FIRST("Longest first"),
        SHORTEST_FIRST("Shortest first");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
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
