package org.colloquy.studio.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.colloquy.content.ContentKeys;
import org.jspecify.annotations.Nullable;
import org.colloquy.studio.draft.DraftCourse;

/**
 * A drafted course being edited: {@code course.yaml}, the reading and each lesson as a {@link FilePart}, in the
 * course's order. {@link #write()} gives back the draft's files, the folder format staying the truth: lesson files
 * are named {@code lessons/NN-key.yaml} after their place and key, and files the editor does not know are kept as
 * they are.
 */
public final class EditedCourse {

    static final String COURSE_FILE = "course.yaml";
    private static final String DEFAULT_READING = "reading.md";
    private static final Pattern LESSON_FILE = Pattern.compile("lessons/(?:\\d+-)?([^/]+)\\.yaml");

    private final String key;
    private final FilePart<CourseForm> course;
    private final FilePart<ReadingForm> reading;
    private final List<FilePart<LessonForm>> lessons = new ArrayList<>();
    /** The key each lesson's file is named after: its form's key while that is a valid key, else the last valid one. */
    private final Map<FilePart<LessonForm>, String> fileKeys = new HashMap<>();
    private final Map<String, String> others = new LinkedHashMap<>();
    /** The reading's paragraph ids in order as the lessons' paragraph numbers last followed them; null if not known. */
    private @Nullable List<String> followedOrder;
    /** Fields changed by following the reading since {@link #takeFollowed()} was last asked. */
    private int followedNotTaken;

    private EditedCourse(DraftCourse draft) {
        this.key = draft.key();
        Map<String, String> files = new LinkedHashMap<>(draft.files());
        List<String> listed = new ArrayList<>();
        String courseText = Objects.requireNonNullElse(files.remove(COURSE_FILE), "");
        this.course = FilePart.read(COURSE_FILE, courseText, text -> {
            listed.clear();
            return FormReader.course(text, listed);
        });
        String readingName = course.form() != null && !course.form().reading.isBlank() ? course.form().reading
                : DEFAULT_READING;
        this.reading = FilePart.read(readingName, Objects.requireNonNullElse(files.remove(readingName), ""),
                FormReader::reading);
        Map<String, String> lessonFiles = new LinkedHashMap<>();
        files.entrySet().removeIf(file -> {
            if (LESSON_FILE.matcher(file.getKey()).matches()) {
                lessonFiles.put(file.getKey(), file.getValue());
                return true;
            }
            return false;
        });
        others.putAll(files);
        List<String> order = inListedOrder(lessonFiles, listed);
        if (order == null) {
            course.toText();
            order = lessonFiles.keySet().stream().sorted().toList();
        }
        for (String name : order) {
            Matcher file = LESSON_FILE.matcher(name);
            file.matches();
            var lesson = FilePart.read(name, lessonFiles.get(name), FormReader::lesson);
            lessons.add(lesson);
            fileKeys.put(lesson, file.group(1));
        }
        this.followedOrder = paragraphOrder();
    }

    public static EditedCourse of(DraftCourse draft) {
        return new EditedCourse(draft);
    }

    /** The lesson files in the order course.yaml lists them; null when the list and the files do not match one to one. */
    private List<String> inListedOrder(Map<String, String> lessonFiles, List<String> listed) {
        if (course.raw() || listed.size() != lessonFiles.size()) {
            return null;
        }
        List<String> order = new ArrayList<>();
        for (String lessonKey : listed) {
            var matching = lessonFiles.keySet().stream().filter(name -> {
                Matcher file = LESSON_FILE.matcher(name);
                return file.matches() && file.group(1).equals(lessonKey);
            }).toList();
            if (matching.size() != 1 || order.contains(matching.getFirst())) {
                return null;
            }
            order.add(matching.getFirst());
        }
        return order;
    }

    public String key() {
        return key;
    }

    public FilePart<CourseForm> course() {
        return course;
    }

    public FilePart<ReadingForm> reading() {
        return reading;
    }

    public List<FilePart<LessonForm>> lessons() {
        return List.copyOf(lessons);
    }

    /** Every file part, course first, then the reading, then the lessons in order. */
    public List<FilePart<?>> parts() {
        List<FilePart<?>> parts = new ArrayList<>(List.of(course, reading));
        parts.addAll(lessons);
        return parts;
    }

    /** A new lesson at the end, with a key not yet used, a position before and after and nothing else. */
    public FilePart<LessonForm> addLesson(String lessonKey) {
        LessonForm form = new LessonForm();
        form.key = lessonKey;
        var lesson = FilePart.made(form, FormReader::lesson);
        lessons.add(lesson);
        fileKeys.put(lesson, ContentKeys.isValid(lessonKey) ? lessonKey : "lesson");
        return lesson;
    }

    public void removeLesson(FilePart<LessonForm> lesson) {
        lessons.remove(lesson);
        fileKeys.remove(lesson);
    }

    /** Moves a lesson to another place in the course's order (0 is first). */
    public void moveLesson(FilePart<LessonForm> lesson, int to) {
        Reorder.move(lessons, lesson, Math.clamp(to, 0, Math.max(0, lessons.size() - 1)));
    }

    /** Where a lesson dragged onto another one goes (its place), or -1 when it stays. */
    public int lessonDropPlace(FilePart<LessonForm> dragged, FilePart<LessonForm> target) {
        return Reorder.dropPlace(lessons, dragged, target);
    }

    /** A new paragraph with an empty text right after {@code after}, with an id no paragraph has had. */
    public ReadingForm.Block addParagraph(ReadingForm.Block after) {
        var block = reading.form().insertAfter(after, new ReadingForm.Block(false, reading.form().freshId(), ""));
        followReading();
        return block;
    }

    /** A new, empty section heading right after {@code after}. */
    public ReadingForm.Block addHeading(ReadingForm.Block after) {
        return reading.form().insertAfter(after, new ReadingForm.Block(true, "", ""));
    }

    /**
     * Removes a heading, or a paragraph that no lesson cites or quotes; returns the lessons' steps that still do (and
     * then removes nothing).
     */
    public List<Citing> removeBlock(ReadingForm.Block block) {
        followReading();
        List<Citing> citing = block.heading ? List.of() : citing(block.id);
        if (citing.isEmpty()) {
            reading.form().remove(block);
            followReading();
        }
        return citing;
    }

    /**
     * The steps (lesson place from 1, lesson title, step key; no key for the lesson's own fields or a lesson edited as
     * text) that cite or quote paragraph {@code id}, or name it by its place ("paragraph 3", {@code [¶3.2]}).
     */
    public List<Citing> citing(String id) {
        List<Citing> citing = new ArrayList<>();
        String mark = "[" + id + "]";
        int number = paragraphNumber(id);
        for (int i = 0; i < lessons.size(); i++) {
            var lesson = lessons.get(i);
            if (lesson.form() == null) {
                if (lesson.text().contains(mark) || Pattern.compile("(?m)^\\s*-\\s*\"?" + Pattern.quote(id) + "\"?\\s*$")
                        .matcher(lesson.text()).find() || number > 0 && ParagraphNumbers.names(lesson.text(), number)) {
                    citing.add(new Citing(i + 1, lesson.name(), ""));
                }
                continue;
            }
            LessonForm form = lesson.form();
            if (number > 0 && Stream.concat(Stream.of(form.title, form.summary), form.objectives.stream())
                    .anyMatch(text -> ParagraphNumbers.names(text, number))) {
                citing.add(new Citing(i + 1, form.title, ""));
            }
            for (StepForm step : form.steps) {
                if (step.cites.contains(id) || Stream.of(step.text, step.prompt, step.guidance, step.claim,
                        step.question).anyMatch(text -> text.contains(mark))
                        || number > 0 && words(step).anyMatch(text -> ParagraphNumbers.names(text, number))) {
                    citing.add(new Citing(i + 1, form.title, step.key));
                }
            }
        }
        return citing;
    }

    /** The place (from 1) of paragraph {@code id} in the reading as the forms hold it, or 0. */
    private int paragraphNumber(String id) {
        if (reading.form() == null) {
            return 0;
        }
        var paragraphs = reading.form().paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).id.equals(id)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Makes every paragraph number the lessons and the course's title and summary name by place ("paragraph 3",
     * {@code [¶3.2]}) follow its paragraph, if the reading's paragraphs moved since the last time (one added or
     * removed in the forms, or the reading edited as text with its ids kept). Returns how many fields (or files
     * edited as text) changed; the forms showing them must show their values again.
     */
    public int followReading() {
        List<String> now = paragraphOrder();
        if (now == null) {
            return 0;
        }
        List<String> before = followedOrder;
        followedOrder = now;
        if (before == null || before.equals(now)) {
            return 0;
        }
        Map<Integer, Integer> moves = ParagraphNumbers.moves(before, now);
        if (moves.isEmpty()) {
            return 0;
        }
        int[] changed = {0};
        java.util.function.UnaryOperator<String> follow = text -> {
            String renumbered = ParagraphNumbers.renumber(text, moves);
            if (!renumbered.equals(text)) {
                changed[0]++;
            }
            return renumbered;
        };
        try {
            followAll(follow);
        } finally {
            followedNotTaken += changed[0];
        }
        return changed[0];
    }

    /** How many fields (or files edited as text) followed the reading since the last call; the forms show them again. */
    public int takeFollowed() {
        int followed = followedNotTaken;
        followedNotTaken = 0;
        return followed;
    }

    private void followAll(java.util.function.UnaryOperator<String> follow) {
        if (course.form() != null) {
            course.form().title = follow.apply(course.form().title);
            course.form().summary = follow.apply(course.form().summary);
        } else {
            course.edit(follow.apply(course.text()));
        }
        for (var lesson : lessons) {
            if (lesson.form() == null) {
                lesson.edit(follow.apply(lesson.text()));
            } else {
                follow(lesson.form(), follow);
            }
        }
    }

    private static void follow(LessonForm lesson, java.util.function.UnaryOperator<String> follow) {
        lesson.title = follow.apply(lesson.title);
        lesson.summary = follow.apply(lesson.summary);
        lesson.objectives.replaceAll(follow);
        for (StepForm step : lesson.steps) {
            step.title = follow.apply(step.title);
            step.text = follow.apply(step.text);
            step.question = follow.apply(step.question);
            step.prompt = follow.apply(step.prompt);
            step.guidance = follow.apply(step.guidance);
            step.claim = follow.apply(step.claim);
            for (StepForm.Option option : step.options) {
                option.text = follow.apply(option.text);
                option.feedback = follow.apply(option.feedback);
            }
            for (StepForm.Criterion criterion : step.criteria) {
                criterion.title = follow.apply(criterion.title);
                for (StepForm.Level level : criterion.levels) {
                    level.label = follow.apply(level.label);
                    level.description = follow.apply(level.description);
                }
            }
        }
    }

    /** Every field of a step that holds words (not keys). */
    private static Stream<String> words(StepForm step) {
        return Stream.concat(Stream.of(step.title, step.text, step.question, step.prompt, step.guidance, step.claim),
                Stream.concat(step.options.stream().flatMap(option -> Stream.of(option.text, option.feedback)),
                        step.criteria.stream().flatMap(criterion -> Stream.concat(Stream.of(criterion.title),
                                criterion.levels.stream().flatMap(level -> Stream.of(level.label,
                                        level.description))))));
    }

    /** The reading's paragraph ids in order: from the forms, or read from its text; null while the text is not readable. */
    private @Nullable List<String> paragraphOrder() {
        ReadingForm form = reading.form();
        if (form == null) {
            try {
                form = FormReader.reading(reading.text());
            } catch (Unreadable notNow) {
                return null;
            }
        }
        return form.paragraphs().stream().map(block -> block.id).toList();
    }

    /** A step that cites or quotes a paragraph: its lesson's place (from 1) and title, and its key. */
    public record Citing(int lesson, String lessonTitle, String step) {
    }

    /** A lesson key no lesson has yet: {@code stem}, else {@code stem-2}, {@code stem-3}… */
    public String freeLessonKey(String stem) {
        List<String> taken = lessons.stream().map(this::lessonKey).toList();
        String candidate = stem;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = stem + "-" + n;
        }
        return candidate;
    }

    private String lessonKey(FilePart<LessonForm> lesson) {
        return lesson.form() != null ? lesson.form().key : fileKeys.get(lesson);
    }

    /** The files as they are now, and the lines each field wrote. */
    public Written write() {
        followReading();
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, List<FieldLines>> lines = new LinkedHashMap<>();
        Map<String, FilePart<?>> parts = new LinkedHashMap<>();
        List<String> lessonKeys = new ArrayList<>();
        List<Object> lessonOwners = new ArrayList<>();
        List<String> lessonNames = new ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            var lesson = lessons.get(i);
            String lessonKey = lessonKey(lesson);
            if (ContentKeys.isValid(lessonKey)) {
                fileKeys.put(lesson, lessonKey);
            }
            lessonKeys.add(lessonKey);
            lessonOwners.add(lesson.form() != null ? lesson.form() : lesson);
            lessonNames.add("lessons/%02d-%s.yaml".formatted(i + 1, fileKeys.get(lesson)));
        }
        if (course.form() != null) {
            course.form().key = key;
            var text = FormWriter.course(course.form(), lessonKeys, lessonOwners);
            course.written(text.text());
            lines.put(COURSE_FILE, text.lines());
            reading.name(course.form().reading.isBlank() ? DEFAULT_READING : course.form().reading);
        }
        files.put(COURSE_FILE, course.text());
        parts.put(COURSE_FILE, course);
        if (reading.form() != null) {
            var text = FormWriter.reading(reading.form());
            reading.written(text.text());
            lines.put(reading.name(), text.lines());
        }
        files.put(reading.name(), reading.text());
        parts.put(reading.name(), reading);
        for (int i = 0; i < lessons.size(); i++) {
            var lesson = lessons.get(i);
            lesson.name(lessonNames.get(i));
            if (lesson.form() != null) {
                var text = FormWriter.lesson(lesson.form());
                lesson.written(text.text());
                lines.put(lesson.name(), text.lines());
            }
            files.put(lesson.name(), lesson.text());
            parts.put(lesson.name(), lesson);
        }
        others.forEach(files::putIfAbsent);
        return new Written(new DraftCourse(key, files), lines, parts);
    }
}
