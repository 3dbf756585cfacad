package org.colloquy.review;

/** How far a student got with one prompt. */
public enum ResponseStatus {
    SUBMITTED("Submitted"), DRAFT_ONLY("Draft only"), NOT_STARTED("Not started");

    private final String label;

    ResponseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
