package org.colloquy.seminar.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colloquy.seminar.session.SeminarPrompt;

/** Everything a class's live session received: per prompt, each answer with who gave it and its moderation state. */
public record LiveSessionResults(LiveSessionSummary session, long cohortId, String cohortName,
                                 List<PromptResults> prompts) {

    public LiveSessionResults {
        prompts = List.copyOf(prompts);
    }

    public record PromptResults(SeminarPrompt prompt, String text, List<LiveResult> answers) {

        public PromptResults {
            answers = List.copyOf(answers);
        }
    }

    /** One answer of one person, with the prompt it answers. */
    public record AnswerToPrompt(SeminarPrompt prompt, String text, LiveResult result) {
    }

    /** One person's answers in this session (a student, a guest, a former account), prompts in session order. */
    public record PersonAnswers(Answerer answerer, List<AnswerToPrompt> answers) {

        public PersonAnswers {
            answers = List.copyOf(answers);
        }
    }

    /** The same answers grouped by person, people in the order they first answered. */
    public List<PersonAnswers> byPerson() {
        Map<Answerer, List<AnswerToPrompt>> byAnswerer = new LinkedHashMap<>();
        prompts.stream().flatMap(prompt -> prompt.answers().stream())
                .sorted(Comparator.comparing(LiveResult::answeredAt))
                .forEach(result -> byAnswerer.putIfAbsent(result.answerer(), new ArrayList<>()));
        for (PromptResults prompt : prompts) {
            for (LiveResult result : prompt.answers()) {
                byAnswerer.get(result.answerer()).add(new AnswerToPrompt(prompt.prompt(), prompt.text(), result));
            }
        }
        return byAnswerer.entrySet().stream().map(entry -> new PersonAnswers(entry.getKey(), entry.getValue()))
                .toList();
    }
}
