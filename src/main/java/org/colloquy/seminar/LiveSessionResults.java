package org.colloquy.seminar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything a class's live session received: per prompt, each answer with its author and moderation state. */
public record LiveSessionResults(LiveSessionSummary session, String cohortName, List<PromptResults> prompts) {

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

    /** The same answers grouped by person, people in the order they first answered, prompts in session order. */
    public Map<String, List<StudentAnswer>> byStudent() {
        Map<Long, List<StudentAnswer>> byId = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        prompts.stream().flatMap(prompt -> prompt.answers().stream()).sorted(
                        java.util.Comparator.comparing(LiveResult::answeredAt))
                .forEach(result -> names.putIfAbsent(result.userId(), result.studentName()));
        names.keySet().forEach(id -> byId.put(id, new ArrayList<>()));
        for (PromptResults prompt : prompts) {
            for (LiveResult result : prompt.answers()) {
                byId.get(result.userId()).add(new StudentAnswer(prompt.prompt(), prompt.text(), result));
            }
        }
        Map<String, List<StudentAnswer>> byName = new LinkedHashMap<>();
        byId.forEach((id, list) -> byName.merge(names.get(id), list, (a, b) -> {
            List<StudentAnswer> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        }));
        return byName;
    }
}
