package org.colloquy.studio.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.colloquy.base.AnswerText;
import org.colloquy.content.ContentKeys;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.studio.Essay;
import org.colloquy.studio.EssayParagraph;
import org.colloquy.studio.OpenQuestion;

/**
 * Drafts a course from an essay and the open questions the teacher kept, as the files of a course folder in the
 * format of {@code content/README.md}: {@code course.yaml}, {@code reading.md} with one {@code {#pN}} paragraph per
 * essay paragraph and its sections as {@code ##} headings, one lesson per group of neighbouring questions and a
 * closing synthesis lesson, all written in the essay's language.
 */
public final class CourseDrafter {


    public DraftCourse draft(Essay essay, List<OpenQuestion> kept, String courseKey) {
        if (!ContentKeys.isValid(courseKey)) {
            throw Refusal.of("studio.draft.bad-course-key", courseKey);
        }
        if (kept.isEmpty()) {
            throw Refusal.of("studio.draft.no-questions");
        }
        var passages = new Passages(essay);
        kept.stream().filter(question -> !passages.has(question.paragraph())).findFirst().ifPresent(question -> {
            throw Refusal.of("studio.draft.unknown-paragraph", question.paragraph(), essay.paragraphs().size());
        });
        Wording wording = Wording.in(essay.language());
        List<LessonPlan> lessons = LessonGrouping.of(essay, kept);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("course.yaml", course(essay, courseKey, lessons, wording));
        files.put("reading.md", reading(essay, wording));
        var lessonDraft = new LessonDraft(wording, passages);
        for (int i = 0; i < lessons.size(); i++) {
            files.put(lessonFile(i + 1, lessons.get(i).key()), lessonDraft.yaml(lessons.get(i)));
        }
        files.put(lessonFile(lessons.size() + 1, SynthesisDraft.KEY), new SynthesisDraft(wording, passages).yaml(lessons));
        return new DraftCourse(courseKey, files);
    }

    private static String course(Essay essay, String key, List<LessonPlan> lessons, Wording wording) {
        List<String> lessonKeys = new ArrayList<>(lessons.stream().map(LessonPlan::key).toList());
        lessonKeys.add(SynthesisDraft.KEY);
        String title = title(essay, wording);
        var yaml = new YamlText()
                .string("", "key", key)
                .string("", "title", title)
                .string("", "summary", wording.text("draft.course.summary", title))
                .plain("", "language", essay.language())
                .line("source:")
                .string("  ", "title", title)
                .string("  ", "author", name(essay.author()).isEmpty() ? wording.text("draft.course.unknown-author")
                        : name(essay.author()));
        if (!name(essay.source()).isEmpty()) {
            yaml.string("  ", "note", wording.text("draft.course.note", name(essay.source())));
        }
        yaml.plain("", "reading", "reading.md").line("lessons:");
        lessonKeys.forEach(lesson -> yaml.line("  - " + lesson));
        return yaml.toString();
    }

    private static String reading(Essay essay, Wording wording) {
        var reading = new StringBuilder("# ").append(oneLine(title(essay, wording))).append("\n\n");
        String section = null;
        for (EssayParagraph paragraph : essay.paragraphs()) {
            if (paragraph.section() != null && !Objects.equals(paragraph.section(), section)) {
                reading.append("## ").append(name(paragraph.section())).append("\n\n");
            }
            section = paragraph.section();
            reading.append("{#").append(Passages.id(paragraph.number())).append("} ")
                    .append(oneLine(paragraph.text())).append("\n\n");
        }
        return reading.toString();
    }

    private static String title(Essay essay, Wording wording) {
        String title = name(essay.title());
        return title.isEmpty() ? wording.text("draft.course.untitled") : title;
    }

    /** A paragraph on one line: every run of white space, line and paragraph separators too, one space. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\s\\u0085\\u2028\\u2029]+", " ").strip();
    }

    /** A title, author, source or heading as a name is kept: one line, no control or direction characters. */
    private static String name(String text) {
        return AnswerText.oneLine(oneLine(text));
    }

    private static String lessonFile(int number, String key) {
        return "lessons/%02d-%s.yaml".formatted(number, key);
    }
}
