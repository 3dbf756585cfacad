package org.colloquy.seminar.guest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.colloquy.identity.AccountService;
import org.colloquy.seminar.session.SeminarAnswer;

/**
 * Who wrote each live answer, for the people who run the session: the leader's console, and the class's instructors
 * reading its results. A student's name, or the name a guest gave; callers mark guests' names as such (an answer with
 * a guest id is a guest's). No entry for an answer whose account no longer exists.
 */
public final class GuestNames {

    private GuestNames() {
    }

    /** Answer id to author name. */
    public static Map<Long, String> authorsOf(List<SeminarAnswer> answers, AccountService accounts,
                                       SeminarGuestRepository guests) {
        Map<Long, String> students = accounts.displayNames(answers.stream().map(SeminarAnswer::getUserId)
                .filter(Objects::nonNull).toList());
        Map<Long, String> guestNames = new HashMap<>();
        guests.findByIdIn(answers.stream().map(SeminarAnswer::getGuestId).filter(Objects::nonNull).toList())
                .forEach(guest -> guestNames.put(guest.requireId(), guest.getDisplayName()));
        Map<Long, String> authors = new HashMap<>();
        for (SeminarAnswer answer : answers) {
            String name = answer.getUserId() != null ? students.get(answer.getUserId())
                    : answer.getGuestId() != null && guestNames.containsKey(answer.getGuestId())
                    ? guestNames.get(answer.getGuestId()) : null;
            if (name != null) {
                authors.put(answer.requireId(), name);
            }
        }
        return authors;
    }
}
