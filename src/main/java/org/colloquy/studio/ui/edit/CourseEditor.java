package org.colloquy.studio.ui.edit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.base.i18n.Translated;
import org.colloquy.base.ui.PlainText;
import org.colloquy.content.CourseCheck;
import org.colloquy.studio.StudioService;
import org.colloquy.studio.draft.DraftCourse;
import org.colloquy.studio.edit.CourseForm;
import org.colloquy.studio.edit.EditedCourse;
import org.colloquy.studio.edit.FilePart;
import org.colloquy.studio.edit.LessonForm;
import org.colloquy.studio.edit.ReadingForm;
import org.colloquy.studio.edit.Written;

/**
 * Edits a drafted course (decision 0041): the course, the reading and every lesson and step in forms, or any file as
 * text. After each pause in typing the draft is written back into its files and checked as strictly as publishing
 * will check it; each problem is shown at the field that wrote its line, in the loader's words. Every change is
 * told to the change listeners with the draft's files as they are now (for autosave).
 */
public class CourseEditor extends Div implements LessonSection.LessonMoves {

    private final StudioService studio;
    private final EditedCourse edited;
    private final ProblemSlots slots = new ProblemSlots();
    private final Forms forms = new Forms(slots, this::changed);
    private final List<Consumer<DraftCourse>> listeners = new ArrayList<>();
    private final Paragraph status = new Paragraph();
    private final Paragraph announcer = new Paragraph();
    private final Paragraph followed = new Paragraph();
    private final Div lessonsList = new Div();
    private final Map<FilePart<LessonForm>, LessonSection> lessonSections = new IdentityHashMap<>();
    private Written written;
    private List<Written.Placed> problems = List.of();

    public CourseEditor(StudioService studio, DraftCourse draft) {
        this.studio = studio;
        this.edited = EditedCourse.of(draft);
        setId("course-editor");
        addClassName("course-editor");
        status.setId("course-editor-status");
        status.addClassName("edit-status");
        status.getElement().setAttribute("role", "status");
        followed.setId("course-editor-followed");
        followed.addClassName("edit-followed");
        followed.getElement().setAttribute("aria-live", "polite");
        followed.setVisible(false);
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        lessonsList.addClassName("edit-lessons");
        Button addLesson = new Button(getTranslation("studio-edit.lesson.add"), click -> addLesson());
        addLesson.setId("add-lesson");
        speak();
        add(status, followed, announcer, new CourseSection(edited.course(), forms), new ReadingSection(edited.reading(), forms),
                PlainText.set(new H3(), getTranslation("studio-edit.lessons.heading")), lessonsList, new Div(addLesson));
        showLessons();
        this.written = edited.write();
        check();
    }

    /** Tells the listener the draft's files after every change. */
    public Registration addChangeListener(Consumer<DraftCourse> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The draft's files as they are now. */
    public DraftCourse draft() {
        return written.draft();
    }

    /** The problems the last check found, each in the loader's words. */
    public List<String> problems() {
        return problems.stream().filter(problem -> problem.part() != null).map(Written.Placed::said).toList();
    }

    /** Gives the fields the course's language and direction as course.yaml says them now. */
    private void speak() {
        CourseForm course = edited.course().form();
        if (course != null) {
            forms.language(course.language, course.direction);
        }
    }

    private void changed() {
        speak();
        written = edited.write();
        int renumbered = edited.takeFollowed();
        if (isAttached()) {
            forms.forgetDetached();
        }
        if (renumbered > 0) {
            forms.showAgain();
            PlainText.set(followed, getTranslation("studio-edit.reading.followed", renumbered));
            followed.setVisible(true);
        }
        check();
        lessonSections.values().forEach(LessonSection::number);
        DraftCourse draft = written.draft();
        List.copyOf(listeners).forEach(listener -> listener.accept(draft));
    }

    private void check() {
        try {
            problems = switch (studio.check(written.draft())) {
                case CourseCheck.Passed passed -> List.of();
                case CourseCheck.Failed failed -> written.place(failed.problems());
            };
            slots.show(problems);
            long count = problems().size();
            PlainText.set(status, count == 0 ? getTranslation("studio-edit.status.ok")
                    : getTranslation("studio-edit.status.problems", count));
            status.getElement().setAttribute("data-problems", String.valueOf(count));
        } catch (Refusal refused) {
            PlainText.set(status, Translated.text(refused.reason()));
        }
    }

    private void showLessons() {
        lessonsList.removeAll();
        for (FilePart<LessonForm> lesson : edited.lessons()) {
            lessonsList.add(lessonSections.computeIfAbsent(lesson, each -> new LessonSection(each, forms, this)));
        }
        lessonSections.values().forEach(LessonSection::number);
    }

    private void addLesson() {
        var lesson = edited.addLesson(edited.freeLessonKey("lesson"));
        showLessons();
        changed();
        announce(getTranslation("studio-edit.lesson.added", edited.lessons().size()));
        lessonSections.get(lesson).open(true);
        lessonSections.get(lesson).focusHeading();
    }

    @Override
    public void move(FilePart<LessonForm> lesson, int by, Button focusAfter) {
        int to = indexOf(lesson) + by;
        if (to < 0 || to >= count()) {
            return;
        }
        edited.moveLesson(lesson, to);
        showLessons();
        changed();
        announce(getTranslation("studio-edit.lesson.moved", to + 1, count()));
        if (focusAfter.isEnabled()) {
            focusAfter.focus();
        } else {
            lessonSections.get(lesson).focusHeading();
        }
    }

    @Override
    public void drop(FilePart<LessonForm> dragged, FilePart<LessonForm> target) {
        int to = edited.lessonDropPlace(dragged, target);
        if (to < 0) {
            return;
        }
        edited.moveLesson(dragged, to);
        showLessons();
        changed();
        announce(getTranslation("studio-edit.lesson.moved", to + 1, count()));
    }

    @Override
    public void remove(FilePart<LessonForm> lesson) {
        edited.removeLesson(lesson);
        lessonSections.remove(lesson);
        showLessons();
        changed();
        announce(getTranslation("studio-edit.lesson.removed"));
    }

    @Override
    public int indexOf(FilePart<LessonForm> lesson) {
        return edited.lessons().indexOf(lesson);
    }

    @Override
    public int count() {
        return edited.lessons().size();
    }

    @Override
    public void announce(String text) {
        PlainText.set(announcer, text);
    }

    private String t(String key) {
        return getTranslation("studio-edit." + key);
    }

    /** {@code course.yaml}: title, summary, language and where the essay comes from. */
    private final class CourseSection extends FileSection {

        CourseSection(FilePart<CourseForm> course, Forms forms) {
            super(course, forms);
            addClassName("edit-course");
            start(t("course.heading"));
            open(true);
        }

        @Override
        protected Component formsBody() {
            CourseForm form = edited.course().form();
            Div body = new Div(PlainText.set(new Paragraph(), getTranslation("studio-edit.course.key", edited.key())));
            body.addClassName("edit-fields");
            body.add(forms.text(t("course.title"), form, "title", () -> form.title, value -> form.title = value),
                    forms.area(t("course.summary"), form, "summary", () -> form.summary,
                            value -> form.summary = value),
                    forms.text(t("course.language"), form, "language", () -> form.language,
                            value -> form.language = value),
                    forms.text(t("course.source-title"), form, "sourceTitle", () -> form.sourceTitle,
                            value -> form.sourceTitle = value),
                    forms.text(t("course.source-author"), form, "sourceAuthor", () -> form.sourceAuthor,
                            value -> form.sourceAuthor = value),
                    forms.text(t("course.source-published"), form, "sourcePublished", () -> form.sourcePublished,
                            value -> form.sourcePublished = value),
                    forms.area(t("course.source-note"), form, "sourceNote", () -> form.sourceNote,
                            value -> form.sourceNote = value));
            return body;
        }
    }

    /** The reading: its title, section headings and paragraphs (their ids stay, so citations keep pointing). */
    private final class ReadingSection extends FileSection {

        private final Map<ReadingForm.Block, Component> blockFields = new IdentityHashMap<>();

        ReadingSection(FilePart<ReadingForm> reading, Forms forms) {
            super(reading, forms);
            addClassName("edit-reading");
            start(t("reading.heading"));
        }

        @Override
        protected Component formsBody() {
            ReadingForm form = edited.reading().form();
            blockFields.clear();
            Div body = new Div();
            body.addClassName("edit-fields");
            TextField title = forms.text(t("reading.title"), form, "title", () -> form.title,
                    value -> form.title = value);
            body.add(title);
            int number = 0;
            for (ReadingForm.Block block : form.blocks) {
                Component field;
                String name = block.heading ? getTranslation("studio-edit.reading.section-named", block.text)
                        : getTranslation("studio-edit.reading.paragraph", ++number, block.id);
                if (block.heading) {
                    field = forms.text(t("reading.section"), block, "text", () -> block.text,
                            value -> block.text = value);
                } else {
                    TextArea paragraph = forms.area(name, block, "text", () -> block.text,
                            value -> block.text = value);
                    paragraph.addClassName("edit-paragraph");
                    field = paragraph;
                }
                body.add(field, blockTools(block, name));
                blockFields.put(block, field);
            }
            if (form.blocks.isEmpty()) {
                body.add(new Div(smallButton(t("reading.add-paragraph"), t("reading.add-paragraph"),
                        () -> added(edited.addParagraph(null)))));
            }
            return body;
        }

        /**
         * Under each block: add a paragraph or a section heading after it, or remove it. {@code name} says which block:
         * a paragraph by its number as students see it ({@code ¶3}) and the id that steps cite it by.
         */
        private Component blockTools(ReadingForm.Block block, String name) {
            Paragraph refused = new Paragraph();
            refused.addClassNames("error", "edit-block-refused");
            refused.getElement().setAttribute("role", "alert");
            refused.setVisible(false);
            Div tools = new Div(
                    smallButton(t("reading.add-paragraph"),
                            getTranslation("studio-edit.reading.add-paragraph-label", name),
                            () -> added(edited.addParagraph(block))),
                    smallButton(t("reading.add-section"), getTranslation("studio-edit.reading.add-section-label", name),
                            () -> added(edited.addHeading(block))));
            Button remove = smallButton(t("reading.remove"), getTranslation("studio-edit.reading.remove-label", name),
                    () -> {
                        var citing = edited.removeBlock(block);
                        if (citing.isEmpty()) {
                            rebuild();
                            forms.changed();
                            announce(getTranslation("studio-edit.reading.removed", name));
                            focusHeading();
                        } else {
                            Map<Integer, List<EditedCourse.Citing>> byLesson = new java.util.TreeMap<>();
                            citing.forEach(each -> byLesson.computeIfAbsent(each.lesson(), n -> new ArrayList<>())
                                    .add(each));
                            String who = byLesson.values().stream().map(steps -> {
                                var first = steps.getFirst();
                                String keys = steps.stream().map(EditedCourse.Citing::step)
                                        .filter(step -> !step.isEmpty()).collect(Collectors.joining(", "));
                                return keys.isEmpty() ? getTranslation("studio-edit.reading.cited-by-lesson",
                                        first.lesson(), first.lessonTitle())
                                        : getTranslation("studio-edit.reading.cited-by", first.lesson(),
                                                first.lessonTitle(), keys);
                            }).collect(Collectors.joining("; "));
                            PlainText.set(refused, getTranslation("studio-edit.reading.still-cited", name, who));
                            refused.setVisible(true);
                        }
                    });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            tools.add(remove);
            tools.addClassName("edit-block-tools");
            return new Div(tools, refused);
        }

        private void added(ReadingForm.Block block) {
            rebuild();
            forms.changed();
            announce(getTranslation(block.heading ? "studio-edit.reading.section-added"
                    : "studio-edit.reading.paragraph-added", block.id));
            if (blockFields.get(block) instanceof com.vaadin.flow.component.Focusable<?> field) {
                field.focus();
            }
        }

        private Button smallButton(String text, String label, Runnable action) {
            Button button = new Button(text, click -> action.run());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.getElement().setAttribute("aria-label", label);
            return button;
        }
    }
}
