package org.colloquy.review;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.colloquy.identity.UserRef;

/**
 * The numbers students of a class carry where names are hidden (the review queue's and the gradebook's anonymous
 * switch): 1 to the size of the class, the same for as long as the class has the same students, and in an order that
 * follows neither names nor ids. The same class gives the same numbers on both pages.
 */
public final class BlindNumbers {

    /** Spreads the ids (Knuth's multiplicative hash), so a student's number says nothing about when she joined. */
    private static final long SPREAD = 2654435761L;

    private final Map<Long, Integer> numbers = new HashMap<>();

    private BlindNumbers(Collection<UserRef> students) {
        List<UserRef> shuffled = students.stream()
                .sorted(Comparator.comparingLong(student -> Long.hashCode(student.id() * SPREAD))).toList();
        for (int i = 0; i < shuffled.size(); i++) {
            numbers.put(shuffled.get(i).id(), i + 1);
        }
    }

    public static BlindNumbers of(Collection<UserRef> students) {
        return new BlindNumbers(students);
    }

    /** This student's number; 0 for a student not among them. */
    public int of(UserRef student) {
        return numbers.getOrDefault(student.id(), 0);
    }
}
