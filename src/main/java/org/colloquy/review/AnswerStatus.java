package org.colloquy.review;

/** How far a student got with one prompt; views name it in the reader's language. */
public enum AnswerStatus {
    SUBMITTED, DRAFT_ONLY, NOT_STARTED
}
