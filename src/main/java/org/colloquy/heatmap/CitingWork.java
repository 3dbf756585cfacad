package org.colloquy.heatmap;

/**
 * One piece of a cohort's work that cites a paragraph: a discussion post or reply, a reason on an argument map, or
 * a lesson answer. {@code author} is always the name (only the cohort's instructors receive these);
 * {@code where} names the prompt; {@code link} opens it for the instructor.
 */
public record CitingWork(Kind kind, String author, String where, String text, String link) {

    public enum Kind {
        POST("Discussion post"), REPLY("Discussion reply"), REASON("Reason on an argument map"), ANSWER("Lesson answer");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean isDiscussion() {
            return this == POST || this == REPLY;
        }
    }
}
