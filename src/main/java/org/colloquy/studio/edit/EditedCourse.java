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
        return reading.form().insertAfter(after, new ReadingForm.Block(false, reading.form().freshId(), ""));
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
        List<Citing> citing = block.heading ? List.of() : citing(block.id);
        if (citing.isEmpty()) {
            reading.form().remove(block);
        }
        return citing;
    }

    /** The steps (lesson place from 1, lesson title, step key) that cite or quote paragraph {@code id}. */
    public List<Citing> citing(String id) {
        List<Citing> citing = new ArrayList<>();
        String mark = "[" + id + "]";
        for (int i = 0; i < lessons.size(); i++) {
            var lesson = lessons.get(i);
            if (lesson.form() == null) {
                if (lesson.text().contains(mark) || Pattern.compile("(?m)^\\s*-\\s*\"?" + Pattern.quote(id) + "\"?\\s*$")
                        .matcher(lesson.text()).find()) {
                    citing.add(new Citing(i + 1, lesson.name(), ""));
                }
                continue;
            }
            for (StepForm step : lesson.form().steps) {
                if (step.cites.contains(id) || Stream.of(step.text, step.prompt, step.guidance, step.claim,
                        step.question).anyMatch(text -> text.contains(mark))) {
                    citing.add(new Citing(i + 1, lesson.form().title, step.key));
                }
            }
        }
        return citing;
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
