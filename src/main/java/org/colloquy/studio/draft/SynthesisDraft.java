package org.colloquy.studio.draft;

import static org.colloquy.studio.draft.LessonDraft.INDENT;

import java.util.ArrayList;
import java.util.List;
import org.colloquy.studio.OpenQuestion;

/** The closing lesson: every lesson's question side by side, one of them answered in a short essay, discussed. */
final class SynthesisDraft {

    static final String KEY = "synthesis";
    private final Wording wording;
    private final Passages passages;

    SynthesisDraft(Wording wording, Passages passages) {
        this.wording = wording;
        this.passages = passages;
    }

    String yaml(List<LessonPlan> lessons) {
        List<OpenQuestion> questions = lessons.stream().map(LessonPlan::main).toList();
        List<String> cited = Passages.ids(questions.stream().map(OpenQuestion::paragraph).distinct().toList());
        List<String> text = new ArrayList<>();
        text.add(wording.text("draft.synthesis.read.intro"));
        questions.forEach(question -> text.add(passages.quotation(question)));
        text.add(wording.text("draft.synthesis.read.outro"));
        var yaml = new YamlText()
                .string("", "key", KEY)
                .string("", "title", wording.text("draft.synthesis.title"))
                .string("", "summary", wording.text("draft.synthesis.summary"))
                .strings("", "objectives", List.of(wording.text("draft.synthesis.objective.compare"),
                        wording.text("draft.synthesis.objective.answer"), wording.text("draft.synthesis.objective.limits")))
                .line("steps:");
        LessonDraft.step(yaml, "read", "read")
                .string(INDENT, "title", wording.text("draft.synthesis.read.title"))
                .prose(INDENT, "text", text)
                .keys(INDENT, "cites", cited);
        LessonDraft.step(yaml, "respond", "respond")
                .prose(INDENT, "prompt", List.of(wording.text("draft.synthesis.respond.prompt")))
                .prose(INDENT, "guidance", List.of(wording.text("draft.synthesis.respond.guidance")))
                .keys(INDENT, "cites", cited)
                .plain(INDENT, "minWords", wording.number("draft.synthesis.min-words"))
                .plain(INDENT, "maxWords", wording.number("draft.synthesis.max-words"));
        StarterRubric.write(yaml, wording, INDENT);
        LessonDraft.step(yaml, "discuss", "discuss")
                .prose(INDENT, "prompt", List.of(wording.text("draft.synthesis.discuss.prompt")))
                .keys(INDENT, "cites", cited);
        return yaml.toString();
    }
}
