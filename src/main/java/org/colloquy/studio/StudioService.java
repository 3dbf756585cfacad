package org.colloquy.studio;

import java.util.List;
import java.util.Locale;
import org.colloquy.base.AnswerText;
import org.colloquy.base.i18n.InterfaceLanguage;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.content.CourseCheck;
import org.colloquy.content.Sentences;
import org.colloquy.content.CoursePublisher;
import org.colloquy.studio.draft.CourseDrafter;
import org.colloquy.studio.draft.DraftCourse;
import org.colloquy.studio.essay.EssayImport;
import org.colloquy.studio.questions.QuestionFinder;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course studio's path, for instructors and admins: import an essay, find its open questions, draft a course from
 * the ones kept, and publish it (decision 0038). Each step refuses bad input with a {@link Refusal} that says why.
 */
@Service
public class StudioService {

    /** The longest question a teacher may add in her own words, in characters. */
    public static final int MAX_OWN_QUESTION = 500;
    static final String OWN_REASON = "asked by the teacher";

    private final CoursePublisher publisher;
    private final StudioCourseOwners owners;

    StudioService(CoursePublisher publisher, StudioCourseOwners owners) {
        this.publisher = publisher;
        this.owners = owners;
    }

    /** Pasted text as an essay, in the chosen language ({@code en}, {@code zh}, {@code ru}) or, if null, detected. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public Essay importPasted(String text, @Nullable String language) {
        return new EssayImport().pasted(text, language);
    }

    /** An uploaded file as an essay: .txt, .md, .docx or .pdf of less than {@value EssayImport#MAX_MEGABYTES} MB. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public Essay importFile(String fileName, byte[] content, @Nullable String language) {
        return new EssayImport().file(fileName, content, language);
    }

    /** The open questions of the essay, in reading order, each with why it was picked in the reader's language. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public List<OpenQuestion> findQuestions(Essay essay, Locale reader) {
        return new QuestionFinder().find(essay, InterfaceLanguage.closestTo(reader));
    }

    /**
     * A question the teacher asks of paragraph {@code paragraph} in her own words, numbered after the paragraph's
     * sentences and after the questions already listed for it, so that each keeps its own step in the draft.
     *
     * @throws Refusal if the words are empty or too long, or the essay has no such paragraph
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public OpenQuestion ownQuestion(Essay essay, List<OpenQuestion> listed, int paragraph, String words) {
        String text = AnswerText.clean(words).strip();
        if (text.isEmpty()) {
            throw Refusal.of("studio.own.empty");
        }
        if (text.length() > MAX_OWN_QUESTION) {
            throw Refusal.of("studio.own.too-long", MAX_OWN_QUESTION);
        }
        if (paragraph < 1 || paragraph > essay.paragraphs().size()) {
            throw Refusal.of("studio.draft.unknown-paragraph", paragraph, essay.paragraphs().size());
        }
        int sentences = Sentences.split(essay.paragraphs().get(paragraph - 1).text()).size();
        int after = listed.stream().filter(question -> question.paragraph() == paragraph)
                .mapToInt(OpenQuestion::sentence).max().orElse(0);
        return new OpenQuestion(paragraph, Math.max(sentences, after) + 1, text, OpenQuestion.Kind.EXPLICIT,
                OWN_REASON);
    }

    /**
     * A course drafted from the kept questions under a key the signed-in person may publish to, checked as strictly
     * as a course at start-up.
     *
     * @throws Refusal if the key is no course key, is taken by a course she does not own, or nothing is kept
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public DraftedCourse draft(Essay essay, List<OpenQuestion> kept, String courseKey) {
        if (!publisher.mayPublish(courseKey)) {
            throw Refusal.of("studio.draft.key-taken", courseKey);
        }
        DraftCourse draft = new CourseDrafter().draft(essay, kept, courseKey);
        return new DraftedCourse(draft, publisher.check(courseKey, draft.files()));
    }

    /**
     * Every problem of a draft's files, checked as strictly as a course at start-up and as publishing will check it;
     * nothing is kept. The course editor calls it as the teacher types (decision 0041).
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public CourseCheck check(DraftCourse draft) {
        return publisher.check(draft.key(), draft.files());
    }

    /**
     * Publishes the drafted course into the content folder and serves it at once; the publisher becomes one of its
     * owners. A draft with problems is refused with all of them, and nothing changes.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public CourseCheck publish(DraftCourse draft) {
        CourseCheck check = publisher.publish(draft.key(), draft.files());
        if (check instanceof CourseCheck.Passed) {
            owners.addCurrentUser(draft.key());
        }
        return check;
    }
}
