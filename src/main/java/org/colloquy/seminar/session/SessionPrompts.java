package org.colloquy.seminar.session;

import org.colloquy.base.i18n.Text;
import org.colloquy.base.i18n.HasReason;
import java.util.Comparator;
import java.util.List;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.Lesson;
import org.springframework.stereotype.Component;

/** The prompts a session asks, the one on screen and the title it goes by, read from the shared course content. */
@Component
public class SessionPrompts {

    private final CourseCatalog catalog;

    public SessionPrompts(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    public Course courseOf(SeminarSession session) {
        return catalog.require(session.getCourseKey());
    }

    public List<SeminarPrompt> of(SeminarSession session) {
        return of(courseOf(session), session);
    }

    public SeminarPrompt current(SeminarSession session) {
        return current(courseOf(session), session);
    }

    /** The prompt on screen; the last one if the course has since lost prompts. */
    public static int currentIndex(SeminarSession session, List<SeminarPrompt> prompts) {
        return Math.min(session.getPromptIndex(), prompts.size() - 1);
    }

    /** The session's own prompt list; a session from before prompts were stored asks its lesson's prompts. */
    public static List<SeminarPrompt> of(Course course, SeminarSession session) {
        List<SeminarPrompt> prompts = session.getPromptKeys().isEmpty()
                ? SeminarPrompt.of(lessonOf(course, session))
                : SeminarPrompt.of(course, session.getPromptKeys());
        if (prompts.isEmpty()) {
            throw new PromptsGone();
        }
        return prompts;
    }

    public static SeminarPrompt current(Course course, SeminarSession session) {
        List<SeminarPrompt> prompts = of(course, session);
        return prompts.get(currentIndex(session, prompts));
    }

    public Text title(SeminarSession session) {
        return title(courseOf(session), session);
    }

    /**
     * The lesson's title when every prompt comes from one lesson (as the course words it), otherwise the numbers of
     * the lessons, said in the reader's language.
     */
    public static Text title(Course course, SeminarSession session) {
        List<String> lessons = of(course, session).stream().map(SeminarPrompt::lessonKey).distinct().toList();
        if (lessons.size() == 1) {
            return Text.of("seminar.session.title", course.lesson(lessons.getFirst()).map(Lesson::title)
                    .orElse(course.title()));
        }
        List<String> numbers = lessons.stream()
                .map(key -> String.valueOf(course.lessons().stream().map(Lesson::key).toList().indexOf(key) + 1))
                .sorted(Comparator.comparingInt(Integer::parseInt)).toList();
        return Text.of("seminar.session.from-lessons", String.join(", ", numbers.subList(0, numbers.size() - 1)),
                numbers.getLast());
    }

    /** The lesson a session from before prompts were stored asks; gone from the course, so are its prompts. */
    private static Lesson lessonOf(Course course, SeminarSession session) {
        return course.lesson(session.getLessonKey()).orElseThrow(PromptsGone::new);
    }

    /** The course no longer has any of the session's prompts: a state the leader cannot change, said in her language. */
    static final class PromptsGone extends IllegalStateException implements HasReason {

        private static final Text REASON = Text.of("seminar.refused.prompts-gone");

        PromptsGone() {
            super(REASON.english());
        }

        @Override
        public Text reason() {
            return REASON;
        }
    }
}
