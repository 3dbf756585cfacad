package org.colloquy.seminar.session;

/** A prompt of the course a leader can pick for a live session, with where it comes from. */
public record PromptToPick(String promptKey, int lessonNumber, String lessonTitle, int number, String text,
                           SeminarPrompt.Kind kind) {

    public String label() {
        return "L" + lessonNumber + "." + number + " · " + text;
    }
}
