package org.colloquy.studio;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.content.ContentKeys;
import org.colloquy.content.Course;
import org.colloquy.content.CourseArchive;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.CourseCheck;
import org.colloquy.content.CoursePublisher;
import org.colloquy.identity.CurrentUser;
import org.colloquy.identity.Role;
import org.colloquy.identity.UserRef;
import org.colloquy.studio.draft.CourseDrafter;
import org.colloquy.studio.draft.DraftCourse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The drafts of the course studio (decision 0042): a drafted, imported or published course kept as its files under
 * the person who drafts it, saved with a version so that a stale page cannot overwrite a newer save, and published
 * one course key at a time, across sessions and nodes. A draft is hers (and any admin's): anyone else is told there
 * is no such draft, whatever its number.
 */
@Service
public class DraftService {

    /** The longest name of the essay or file a draft came from, as the list shows it. */
    public static final int LONGEST_SOURCE = 300;
    /** The longest file of a draft, in characters (a long essay's reading fits several times). */
    public static final int LONGEST_FILE = 1_000_000;
    private static final int LONGEST_TITLE = 300;
    private static final Pattern YAML_KEY = Pattern.compile("(?m)^key:[ \\t]*[\"']?([^\"'\\s#]+)");
    private static final Pattern YAML_TITLE = Pattern.compile("(?m)^title:[ \\t]*[\"']?([^\"'\\r\\n]+)");
    private static final Logger log = LoggerFactory.getLogger(DraftService.class);

    private final DraftRepository drafts;
    private final PublishLockRepository locks;
    private final CoursePublisher publisher;
    private final CourseCatalog catalog;
    private final StudioCourseOwners owners;
    private final CurrentUser currentUser;
    private final EntityManager entities;
    private final TransactionTemplate separately;
    private final Clock clock;

    DraftService(DraftRepository drafts, PublishLockRepository locks, CoursePublisher publisher, CourseCatalog catalog,
                 StudioCourseOwners owners, CurrentUser currentUser, EntityManager entities,
                 PlatformTransactionManager transactions, Clock clock) {
        this.drafts = drafts;
        this.locks = locks;
        this.publisher = publisher;
        this.catalog = catalog;
        this.owners = owners;
        this.currentUser = currentUser;
        this.entities = entities;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Drafts a course from the essay's kept questions under the key and keeps it as a new draft of the signed-in
     * person, with the essay it came from (its file name, else its title).
     *
     * @throws Refusal if the key is no course key or names a course she may not publish over, or nothing is kept
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public OpenedDraft draftFromEssay(Essay essay, List<OpenQuestion> kept, String courseKey) {
        requirePublishable(courseKey);
        DraftCourse course = new CourseDrafter().draft(essay, kept, courseKey);
        return keep(course, essay.source().isBlank() ? essay.title() : essay.source());
    }

    /**
     * A course archive (a zip of a course folder, as "Download as zip" gives) as a new draft, with its problems if it
     * has any. A folder cannot be uploaded from a browser: zip it first.
     *
     * @throws Refusal if it is no zip, unpacks beyond the limits, holds anything but course files or a path that
     *                 climbs out, is not UTF-8, or names a course she may not publish over
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public OpenedDraft importArchive(String fileName, byte[] archive) {
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw Refusal.of("studio.archive.not-zip", fileName);
        }
        Map<String, String> files = textOf(unpacked(archive));
        String key = keyOf(files, fileName);
        requirePublishable(key);
        return keep(new DraftCourse(key, files), shortened(fileName));
    }

    /**
     * A new draft of a published course she owns (or any, for an admin), from the files of its folder as they are
     * served: publishing it again makes a new content version, and student work stays (decision 0002).
     *
     * @throws AccessDeniedException if she does not own the course
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public OpenedDraft editPublished(String courseKey) {
        Course course = catalog.course(courseKey).orElseThrow(() -> Refusal.of("studio.course.unknown", courseKey));
        if (!publisher.mayPublish(courseKey)) {
            throw new AccessDeniedException("Only the owners of a course edit it.");
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try {
            catalog.writeArchive(course.key(), zip);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot read the folder of course " + courseKey, failed);
        }
        return keep(new DraftCourse(courseKey, textOf(unpacked(zip.toByteArray()))), null);
    }

    /** The signed-in person's drafts, the last saved first. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<DraftSummary> myDrafts() {
        return drafts.findByOwnerIdOrderByUpdatedAtDesc(currentUser.require().id()).stream().map(DraftSummary::of)
                .toList();
    }

    /**
     * Her draft with its files and what the strict loader makes of them.
     *
     * @throws AccessDeniedException if there is no such draft of hers (an admin opens any)
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public OpenedDraft open(long draftId) {
        Draft draft = mine(draftId);
        DraftCourse course = draft.course();
        return new OpenedDraft(DraftSummary.of(draft), course, publisher.check(course.key(), course.files()));
    }

    /**
     * Saves a changed draft (from the editor, an autosave) over the version she opened, and says what the loader
     * makes of it now; a draft with problems is kept too, to be fixed later.
     *
     * @throws DraftConflict if the draft was saved since {@code expectedVersion} (another tab, another session)
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public OpenedDraft save(long draftId, DraftCourse changed, long expectedVersion) {
        Draft draft = mine(draftId);
        if (draft.version() != expectedVersion) {
            throw new DraftConflict();
        }
        requireFitting(changed);
        if (!changed.key().equals(draft.courseKey())) {
            requirePublishable(changed.key());
        }
        CourseCheck check = publisher.check(changed.key(), changed.files());
        draft.change(changed, titleOf(changed, check), clock.instant());
        drafts.saveAndFlush(draft);
        return new OpenedDraft(DraftSummary.of(draft), draft.course(), check);
    }

    /** Deletes her draft; a course published from it stays published. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public void delete(long draftId) {
        drafts.delete(mine(draftId));
    }

    /**
     * Publishes her draft at the version she sees: refused with its problems if it has any, else the course is
     * served at once and she becomes one of its owners. Publishing a course key waits for any other publish of the
     * same key to finish (a row lock, so across nodes too); the second of two then finds the draft changed.
     *
     * @throws DraftConflict if the draft was saved or published since {@code expectedVersion}
     * @throws Refusal       if the content folder cannot be written (nothing changed), or the course is not hers
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public CourseCheck publish(long draftId, long expectedVersion) {
        String key = mine(draftId).courseKey();
        ensureLockRow(key);
        locks.lockKey(key).orElseThrow();
        Draft draft = mine(draftId);
        entities.refresh(draft);
        if (draft.version() != expectedVersion || !draft.courseKey().equals(key)) {
            throw new DraftConflict();
        }
        CourseCheck check;
        try {
            check = publisher.publish(key, draft.course().files());
        } catch (UncheckedIOException failed) {
            log.error("Could not publish course {} from draft {}: {}", key, draftId, failed.getMessage(), failed);
            throw Refusal.of("studio.publish.disk-error", key);
        }
        if (check instanceof CourseCheck.Passed) {
            owners.addCurrentUser(key);
            draft.published(clock.instant());
            drafts.saveAndFlush(draft);
        }
        return check;
    }

    /** Writes her draft's files as a zip under its course key, as a course folder to keep or bring elsewhere. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public void writeArchive(long draftId, OutputStream out) throws IOException {
        DraftCourse course = mine(draftId).course();
        ZipOutputStream zip = new ZipOutputStream(out);
        for (var file : course.files().entrySet()) {
            zip.putNextEntry(new ZipEntry(course.key() + "/" + file.getKey()));
            zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    private OpenedDraft keep(DraftCourse course, @Nullable String essaySource) {
        requireFitting(course);
        CourseCheck check = publisher.check(course.key(), course.files());
        Draft draft = drafts.saveAndFlush(new Draft(currentUser.require().id(), course, titleOf(course, check),
                essaySource == null ? null : shortened(essaySource), clock.instant()));
        return new OpenedDraft(DraftSummary.of(draft), draft.course(), check);
    }

    private static void requireFitting(DraftCourse course) {
        for (var file : course.files().entrySet()) {
            if (file.getValue().length() > LONGEST_FILE) {
                throw Refusal.of("studio.draft.file-too-long", file.getKey(), LONGEST_FILE);
            }
            if (file.getKey().length() > 200) {
                throw Refusal.of("studio.archive.not-course-file", file.getKey());
            }
        }
    }

    private void requirePublishable(String key) {
        if (!ContentKeys.isValid(key) || key.length() > ContentKeys.LONGEST_COURSE_KEY) {
            throw Refusal.of("studio.draft.bad-course-key", key);
        }
        if (!publisher.mayPublish(key)) {
            throw Refusal.of("studio.draft.key-taken", key);
        }
    }

    private Draft mine(long draftId) {
        return drafts.findById(draftId).filter(this::isMineOrAdmin)
                .orElseThrow(() -> new AccessDeniedException("No draft of yours has this number."));
    }

    private boolean isMineOrAdmin(Draft draft) {
        return isMineOrAdmin(draft, currentUser.require());
    }

    static boolean isMineOrAdmin(Draft draft, UserRef me) {
        return draft.ownerId() == me.id() || me.has(Role.ADMIN);
    }

    /** The key's lock row, made in a transaction of its own so that two first publishers do not collide. */
    private void ensureLockRow(String key) {
        if (locks.existsById(key)) {
            return;
        }
        try {
            separately.executeWithoutResult(status -> locks.saveAndFlush(new PublishLock(key)));
        } catch (DataIntegrityViolationException madeMeanwhile) {
            // another session made it first: that row is as good
        }
    }

    private static String titleOf(DraftCourse course, CourseCheck check) {
        String title = check instanceof CourseCheck.Passed passed ? passed.course().title()
                : Optional.ofNullable(course.files().get("course.yaml")).map(YAML_TITLE::matcher)
                .filter(Matcher::find).map(found -> found.group(1).strip()).orElse(course.key());
        return shortened(title.isBlank() ? course.key() : title);
    }

    private static String shortened(String text) {
        return text.length() <= LONGEST_TITLE ? text : text.substring(0, LONGEST_TITLE - 1) + "…";
    }

    private static Map<String, byte[]> unpacked(byte[] archive) {
        try {
            return CourseArchive.read(new ByteArrayInputStream(archive));
        } catch (CourseArchive.Refused refused) {
            throw switch (refused.why()) {
                case TOO_MANY_ENTRIES -> Refusal.of("studio.archive.too-many", CourseArchive.MAX_ENTRIES);
                case TOO_LARGE -> Refusal.of("studio.archive.too-large",
                        CourseArchive.MAX_UNPACKED_BYTES / (1024 * 1024));
                case NOT_A_COURSE_FILE -> Refusal.of("studio.archive.not-course-file", refused.entry());
                case NO_COURSE_FILE -> Refusal.of("studio.archive.empty");
            };
        } catch (IOException damaged) {
            throw Refusal.of("studio.archive.damaged");
        }
    }

    private static Map<String, String> textOf(Map<String, byte[]> files) {
        Map<String, String> text = new LinkedHashMap<>();
        for (var file : files.entrySet()) {
            try {
                text.put(file.getKey(), StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(file.getValue())).toString());
            } catch (CharacterCodingException notUtf8) {
                throw Refusal.of("studio.archive.not-utf8", file.getKey());
            }
        }
        if (!text.containsKey("course.yaml")) {
            throw Refusal.of("studio.archive.no-course-yaml");
        }
        return text;
    }

    private static String keyOf(Map<String, String> files, String fileName) {
        Matcher key = YAML_KEY.matcher(files.get("course.yaml"));
        if (key.find()) {
            return key.group(1);
        }
        String name = fileName.substring(0, fileName.length() - ".zip".length());
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
    }
}
