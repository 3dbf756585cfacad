package org.colloquy.seminar.results;

import org.colloquy.base.Author;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colloquy.seminar.session.SeminarPrompt;

/** Everything a class's live session received: per prompt, each answer with its author and moderation state. */
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

    public record StudentAnswer(SeminarPrompt prompt, String text, LiveResult result) {
    }

    /** One person's answers in this session, prompts in session order. */
    public record StudentAnswers(long userId, Author name, boolean inClass, List<StudentAnswer> answers) {
    }

    /** The same answers grouped by person, people in the order they first answered. */
    public List<StudentAnswers> byStudent() {
        Map<Long, LiveResult> firstAnswers = new LinkedHashMap<>();
        prompts.stream().flatMap(prompt -> prompt.answers().stream())
                .sorted(Comparator.comparing(LiveResult::answeredAt))
                .forEach(result -> firstAnswers.putIfAbsent(result.userId(), result));
        Map<Long, List<StudentAnswer>> byId = new LinkedHashMap<>();
        firstAnswers.keySet().forEach(id -> byId.put(id, new ArrayList<>()));
        for (PromptResults prompt : prompts) {
            for (LiveResult result : prompt.answers()) {
                byId.get(result.userId()).add(new StudentAnswer(prompt.prompt(), prompt.text(), result));
            }
        }
        return firstAnswers.values().stream().map(first -> new StudentAnswers(first.userId(), first.student(),
                first.inClass(), List.copyOf(byId.get(first.userId())))).toList();
    }
}
