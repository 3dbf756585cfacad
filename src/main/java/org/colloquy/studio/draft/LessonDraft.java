package org.colloquy.studio.draft;

import java.util.ArrayList;
import java.util.List;
import org.colloquy.studio.OpenQuestion;

/**
 * One lesson on the open questions of a passage: a position taken before, a read step quoting each question, a
 * respond step per question with a starter rubric, a class discussion, and the position taken again.
 */
final class LessonDraft {

    static final String INDENT = "    ";
    private final Wording wording;
    private final Passages passages;

    LessonDraft(Wording wording, Passages passages) {
        this.wording = wording;
        this.passages = passages;
    }

    String yaml(LessonPlan plan) {
        String where = where(plan.firstParagraph(), plan.lastParagraph());
        var yaml = new YamlText()
                .string("", "key", plan.key())
                .string("", "title", title(plan))
                .string("", "summary", wording.text("draft.lesson.summary", where))
                .strings("", "objectives", List.of(wording.text("draft.objective.find", where),
                        wording.text("draft.objective.weigh"), wording.text("draft.objective.discuss")))
                .line("steps:");
        positionBefore(yaml, plan.main());
        read(yaml, plan, where);
        plan.questions().forEach(question -> respond(yaml, question));
        discuss(yaml, plan, where);
        positionAfter(yaml);
        return yaml.toString();
    }

    private String title(LessonPlan plan) {
        if (plan.section() != null) {
            return plan.section();
        }
        return plan.firstParagraph() == plan.lastParagraph()
                ? wording.text("draft.lesson.title.one", plan.firstParagraph())
                : wording.text("draft.lesson.title.range", plan.firstParagraph(), plan.lastParagraph());
    }

    private String where(int first, int last) {
        return first == last ? wording.text("draft.lesson.where.one", first) : wording.text("draft.lesson.where.range", first, last);
    }

    private void positionBefore(YamlText yaml, OpenQuestion main) {
        step(yaml, "position-before", "position")
                .plain(INDENT, "moment", "before")
                .prose(INDENT, "claim", List.of(wording.text("draft.claim", main.text().strip())))
                .keys(INDENT, "cites", List.of());
    }

    private void read(YamlText yaml, LessonPlan plan, String where) {
        List<String> text = new ArrayList<>();
        text.add(wording.text("draft.read.intro", where));
        plan.questions().forEach(question -> text.add(passages.quotation(question)));
        text.add(wording.text("draft.read.outro"));
        step(yaml, "read", "read")
                .string(INDENT, "title", wording.text("draft.read.title"))
                .prose(INDENT, "text", text)
                .keys(INDENT, "cites", Passages.ids(plan.passage()));
    }

    private void respond(YamlText yaml, OpenQuestion question) {
        String prompt = question.kind() == OpenQuestion.Kind.EXPLICIT ? question.text().strip()
                : wording.text("draft.respond.implied", question.text().strip());
        step(yaml, "respond-p" + question.paragraph() + "-" + question.sentence(), "respond")
                .prose(INDENT, "prompt", List.of(prompt))
                .prose(INDENT, "guidance", List.of(wording.text("draft.respond.guidance", question.paragraph())))
                .keys(INDENT, "cites", List.of(Passages.id(question.paragraph())))
                .plain(INDENT, "minWords", wording.number("draft.respond.min-words"))
                .plain(INDENT, "maxWords", wording.number("draft.respond.max-words"));
        StarterRubric.write(yaml, wording, INDENT);
    }

    private void discuss(YamlText yaml, LessonPlan plan, String where) {
        step(yaml, "discuss", "discuss")
                .prose(INDENT, "prompt", List.of(wording.text("draft.discuss.prompt", plan.main().text().strip(), where)))
                .keys(INDENT, "cites", Passages.ids(plan.questions().stream().map(OpenQuestion::paragraph)
                        .distinct().toList()));
    }

    private static void positionAfter(YamlText yaml) {
        step(yaml, "position-after", "position")
                .plain(INDENT, "moment", "after")
                .plain(INDENT, "repeats", "position-before")
                .keys(INDENT, "cites", List.of());
    }

    static YamlText step(YamlText yaml, String key, String kind) {
        return yaml.line("").line("  - key: " + YamlText.quoted(key)).plain(INDENT, "kind", kind);
    }
}
