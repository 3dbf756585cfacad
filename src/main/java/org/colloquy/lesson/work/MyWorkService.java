package org.colloquy.lesson.work;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.colloquy.identity.CurrentUser;
import org.colloquy.identity.UserRef;
import org.colloquy.base.i18n.InterfaceLanguage;
import org.colloquy.base.i18n.MessageBundles;
import org.colloquy.content.CheckStep;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.Lesson;
import org.colloquy.content.PositionStep;
import org.colloquy.content.PromptKey;
import org.colloquy.content.Step;
import org.colloquy.content.StepText;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.colloquy.lesson.Response;
import org.colloquy.lesson.ResponseRepository;
import org.colloquy.lesson.Submission;
import org.colloquy.lesson.SubmissionRecord;
import org.colloquy.lesson.SubmissionRepository;
import org.colloquy.lesson.UnknownLessonException;

/** Everything the signed-in student wrote in a course, including answers to prompts since removed. */
@Service
@PreAuthorize("hasRole('STUDENT')")
public class MyWorkService {

    private static final DateTimeFormatter EXPORT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final CourseCatalog catalog;
    private final ResponseRepository responses;
    private final SubmissionRepository submissions;
    private final CurrentUser currentUser;
    private final Clock clock;

    MyWorkService(CourseCatalog catalog, ResponseRepository responses, SubmissionRepository submissions,
                  CurrentUser currentUser, Clock clock) {
        this.catalog = catalog;
        this.responses = responses;
        this.submissions = submissions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WorkItem> myWork(String courseKey) {
        Course course = catalog.course(courseKey).orElseThrow(() -> UnknownLessonException.noCourse(courseKey));
        List<Response> mine = responses.findByUserIdAndCourseKeyOrderByCreatedAtAsc(currentUser.require().id(), courseKey);
        Map<Long, List<SubmissionRecord>> history = submissions
                .findByResponseIdInOrderByNumberAsc(mine.stream().map(Response::getId).filter(Objects::nonNull).toList())
                .stream()
                .collect(Collectors.groupingBy(Submission::getResponseId,
                        Collectors.mapping(SubmissionRecord::of, Collectors.toList())));
        return mine.stream()
                .map(response -> item(course, response, history.getOrDefault(response.getId(), List.of())))
                .sorted(Comparator.comparingInt((WorkItem item) -> courseOrder(course, item.promptKey())))
                .toList();
    }

    /**
     * The same as {@link #myWork}, as one Markdown document to download, its headings and labels in the reader's
     * interface language; the course's texts and the student's answers stay as written.
     */
    @Transactional(readOnly = true)
    public String myWorkMarkdown(String courseKey, InterfaceLanguage language) {
        Course course = catalog.course(courseKey).orElseThrow(() -> UnknownLessonException.noCourse(courseKey));
        UserRef me = currentUser.require();
        MessageBundles words = MessageBundles.shared();
        StringBuilder md = new StringBuilder()
                .append("# ").append(words.text("lesson.my-work.md.title", language, course.title())).append("\n\n")
                .append(words.text("lesson.my-work.md.exported", language, me.displayName(), me.username(),
                        EXPORT_TIME.format(clock.instant()))).append("\n");
        String lessonTitle = null;
        for (WorkItem item : myWork(courseKey)) {
            if (!item.lessonTitle().equals(lessonTitle)) {
                lessonTitle = item.lessonTitle();
                md.append("\n## ").append(lessonTitle.isEmpty()
                        ? words.text("lesson.my-work.removed-lesson", language) : lessonTitle).append("\n");
            }
            md.append("\n### ").append(firstLine(promptShown(item, language))).append("\n\n");
            md.append("*").append(words.text("lesson.my-work.md.state", language,
                    words.text(item.submitted() ? "lesson.my-work.md.submitted" : "lesson.my-work.md.draft", language),
                    EXPORT_TIME.format(item.savedAt()), item.contentVersion())).append("*\n\n");
            String choice = item.position() > 0
                    ? words.text(PositionStep.pointName(item.position()), language) : item.choiceLabel();
            if (choice != null) {
                md.append("**").append(choice).append("**\n\n");
            }
            if (!item.body().isBlank()) {
                md.append(item.body().strip()).append("\n");
            }
            if (item.submissions().size() > 1) {
                md.append("\n").append(words.text("lesson.my-work.md.earlier", language)).append("\n");
                item.submissions().subList(0, item.submissions().size() - 1).forEach(earlier -> md
                        .append("\n- ").append(EXPORT_TIME.format(earlier.submittedAt())).append(": ")
                        .append(earlier.body().strip().replace("\n", "\n  ")));
                md.append("\n");
            }
        }
        return md.toString();
    }

    private static String promptShown(WorkItem item, InterfaceLanguage language) {
        MessageBundles words = MessageBundles.shared();
        if (item.removed()) {
            return words.text("lesson.my-work.removed-prompt", language, item.promptKey());
        }
        return item.positionClaim()
                ? words.text("lesson.my-work.your-position", language) + " " + item.prompt() : item.prompt();
    }

    private static WorkItem item(Course course, Response response, List<SubmissionRecord> history) {
        Optional<PromptKey> key = PromptKey.parse(response.getPromptKey());
        Optional<Lesson> lesson = key.flatMap(k -> course.lesson(k.lessonKey()));
        Optional<Step> step = course.step(response.getPromptKey());
        String lessonTitle = lesson.map(Lesson::title).orElse("");
        String prompt = step.map(MyWorkService::promptOf).orElse(response.getPromptKey());
        @Nullable String choice = response.getChoice();
        int position = step.orElse(null) instanceof PositionStep ? PositionStep.point(choice) : 0;
        return new WorkItem(response.getPromptKey(), lessonTitle, prompt, step.orElse(null) instanceof PositionStep,
                response.getStepKind(), response.getBody(), position > 0 ? null : choiceLabel(step.orElse(null), choice),
                position, response.getSubmittedAt() != null, response.getSavedAt(), response.getContentVersion(),
                history, step.isEmpty());
    }

    /** The course's words of a step: its question, or the claim a position step asks about. */
    static String promptOf(Step step) {
        return step instanceof PositionStep position
                ? position.claim().plainText()
                : StepText.question(step).plainText();
    }

    private static @Nullable String choiceLabel(@Nullable Step step, @Nullable String choice) {
        if (choice == null) {
            return null;
        }
        return step instanceof CheckStep check ? check.option(choice).map(CheckStep.Option::text).orElse(choice) : choice;
    }

    private static int courseOrder(Course course, String promptKey) {
        Optional<PromptKey> key = PromptKey.parse(promptKey);
        if (key.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        int lessonIndex = course.lessons().stream().map(Lesson::key).toList().indexOf(key.get().lessonKey());
        if (lessonIndex < 0) {
            return Integer.MAX_VALUE;
        }
        int stepIndex = course.lessons().get(lessonIndex).indexOf(key.get().stepKey());
        return lessonIndex * 1000 + (stepIndex < 0 ? 999 : stepIndex);
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 157) + "…" : line;
    }
}
