package org.colloquy.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one live view received over its push connection: when each push arrived and the count of answers it showed
 * then, read from the text the server sent (such as {@code "300 answers"}), not from the server's own state.
 */
final class PushWatch implements Consumer<String> {

    /** One push: when it arrived (epoch milliseconds) and the count it carried, or -1 if it changed no count. */
    record Push(long atMillis, int count) {
    }

    private final Pattern count;
    private final List<Push> pushes = new ArrayList<>();

    /** {@code count} finds the count in a pushed message; its first group is the number, thousands grouped or not. */
    PushWatch(Pattern count) {
        this.count = count;
    }

    @Override
    public synchronized void accept(String message) {
        int last = -1;
        Matcher matcher = count.matcher(message);
        while (matcher.find()) {
            last = Integer.parseInt(matcher.group(1).replace(",", ""));
        }
        pushes.add(new Push(System.currentTimeMillis(), last));
        notifyAll();
    }

    /** The first moment a push carried exactly this count, waiting up to {@code limit} for it. */
    synchronized OptionalLong awaitCount(int expected, Duration limit) throws InterruptedException {
        long deadline = System.currentTimeMillis() + limit.toMillis();
        while (true) {
            OptionalLong reached = pushes.stream().filter(push -> push.count() == expected)
                    .mapToLong(Push::atMillis).findFirst();
            long left = deadline - System.currentTimeMillis();
            if (reached.isPresent() || left <= 0) {
                return reached;
            }
            wait(left);
        }
    }

    synchronized int lastCount() {
        return pushes.stream().mapToInt(Push::count).filter(count -> count >= 0).reduce((first, second) -> second)
                .orElse(-1);
    }

    /** Pushes received between the two moments. */
    synchronized int pushesBetween(long fromMillis, long toMillis) {
        return (int) pushes.stream().filter(push -> push.atMillis() >= fromMillis && push.atMillis() <= toMillis).count();
    }

    /** The most pushes received within any one second (counted in whole seconds since {@code fromMillis}). */
    synchronized int mostPushesInOneSecond(long fromMillis, long toMillis) {
        TreeMap<Long, Integer> perSecond = new TreeMap<>();
        pushes.stream().filter(push -> push.atMillis() >= fromMillis && push.atMillis() <= toMillis)
                .forEach(push -> perSecond.merge((push.atMillis() - fromMillis) / 1000, 1, Integer::sum));
        return perSecond.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
