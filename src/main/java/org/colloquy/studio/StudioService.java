package org.colloquy.studio;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.HeldBackCourse;
import org.colloquy.identity.AccountService;
import org.colloquy.identity.CurrentUser;
import org.colloquy.identity.Role;
import org.colloquy.identity.UserRef;
import org.springframework.security.access.AccessDeniedException;
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
    static final String MERGED_REASON = "merged by the teacher";

    private final CoursePublisher publisher;
    private final StudioCourseOwners owners;
    private final CourseOwnerRepository ownerRows;
    private final CourseCatalog catalog;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    StudioService(CoursePublisher publisher, StudioCourseOwners owners, CourseOwnerRepository ownerRows,
                  CourseCatalog catalog, AccountService accounts, CurrentUser currentUser, Clock clock) {
        this.publisher = publisher;
        this.owners = owners;
        this.ownerRows = ownerRows;
        this.catalog = catalog;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
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
     * Two questions the teacher merges into one, where the first of them stands in the essay: both their words, one
     * after the other, asked outright if either was. Merged again, the words keep growing in reading order.
     *
     * @throws Refusal if the merged words would be longer than a teacher's own question may be
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public OpenQuestion merge(OpenQuestion one, OpenQuestion other) {
        boolean oneFirst = one.paragraph() < other.paragraph()
                || one.paragraph() == other.paragraph() && one.sentence() <= other.sentence();
        OpenQuestion first = oneFirst ? one : other;
        OpenQuestion second = oneFirst ? other : one;
        String text = first.text().strip() + " " + second.text().strip();
        if (text.length() > MAX_OWN_QUESTION) {
            throw Refusal.of("studio.merge.too-long", MAX_OWN_QUESTION);
        }
        boolean explicit = first.kind() == OpenQuestion.Kind.EXPLICIT || second.kind() == OpenQuestion.Kind.EXPLICIT;
        return new OpenQuestion(first.paragraph(), first.sentence(), text,
                explicit ? OpenQuestion.Kind.EXPLICIT : OpenQuestion.Kind.IMPLIED, MERGED_REASON);
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

    /**
     * The published courses the signed-in person owns, each with the names of all its owners; for an admin every
     * served course (an admin may edit any).
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<OwnedCourse> myCourses() {
        UserRef me = currentUser.require();
        Set<String> mine = ownerRows.findByUserId(me.id()).stream().map(CourseOwner::courseKey)
                .collect(Collectors.toSet());
        List<Course> courses = catalog.courses().stream()
                .filter(course -> me.has(Role.ADMIN) || mine.contains(course.key())).toList();
        List<CourseOwner> rows = ownerRows.findAllByOrderByCourseKey();
        Map<Long, String> names = accounts.staffNames(rows.stream().map(CourseOwner::userId).distinct().toList());
        return courses.stream().map(course -> new OwnedCourse(course.key(), course.title(), rows.stream()
                .filter(row -> row.courseKey().equals(course.key()))
                .map(row -> names.getOrDefault(row.userId(), "?")).toList())).toList();
    }

    /** The held-back course folders the signed-in person owns (an admin: all), each with its file:line problems. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<HeldBackCourse> myHeldBackCourses() {
        UserRef me = currentUser.require();
        Set<String> mine = ownerRows.findByUserId(me.id()).stream().map(CourseOwner::courseKey)
                .collect(Collectors.toSet());
        return catalog.heldBack().stream().filter(course -> me.has(Role.ADMIN)
                || mine.contains(course.folder().getFileName().toString())).toList();
    }

    /**
     * The names of the owners of a course, for one of them or an admin.
     *
     * @throws AccessDeniedException if the signed-in person neither owns the course nor is an admin
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<String> owners(String courseKey) {
        requireOwnerOrAdmin(courseKey);
        List<CourseOwner> rows = ownerRows.findByCourseKeyOrderBySince(courseKey);
        Map<Long, String> names = accounts.staffNames(rows.stream().map(CourseOwner::userId).toList());
        return rows.stream().map(row -> names.getOrDefault(row.userId(), "?")).toList();
    }

    /**
     * Makes an instructor, named by her username, a co-owner of the course: she may edit and publish it too. Only an
     * owner or an admin may; another instructor may already use the published course in her classes without owning it.
     *
     * @throws AccessDeniedException if the signed-in person neither owns the course nor is an admin
     * @throws Refusal               if no instructor has this username, or she owns the course already
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public String addOwner(String courseKey, String username) {
        requireOwnerOrAdmin(courseKey);
        if (catalog.course(courseKey).isEmpty()) {
            throw Refusal.of("studio.course.unknown", courseKey);
        }
        UserRef colleague = accounts.findInstructor(username)
                .orElseThrow(() -> Refusal.of("studio.owners.no-such-instructor", username.strip()));
        if (ownerRows.existsByCourseKeyAndUserId(courseKey, colleague.id())) {
            throw Refusal.of("studio.owners.already", colleague.displayName());
        }
        ownerRows.save(new CourseOwner(courseKey, colleague.id(), clock.instant()));
        return colleague.displayName();
    }

    private void requireOwnerOrAdmin(String courseKey) {
        UserRef me = currentUser.require();
        if (!me.has(Role.ADMIN) && !ownerRows.existsByCourseKeyAndUserId(courseKey, me.id())) {
            throw new AccessDeniedException("Only the owners of a course and admins see and change its owners.");
        }
    }
}
