package org.colloquy.lesson;

/**
 * What a student's classmates see of her answers to a prompt, and when she sees theirs. The discussion feature
 * implements it, because these are the rules of a class discussion (post first, then see peers; anonymity that is
 * never weakened once posts exist): the lesson keeps the answers and holds no rule of its own about who reads them.
 */
public interface PeerVisibility {

    /** Whether classmates see this prompt's answers without their authors' names. */
    boolean anonymousToPeers(String courseKey, String promptKey);

    /**
     * Refuses, with an exception that says why to the student ({@link org.colloquy.base.i18n.HasReason}), unless a
     * student may read her classmates' answers to this prompt now: asked with whether she has submitted her own.
     */
    void requireMayReadPeers(String courseKey, String promptKey, boolean submittedOwn);
}
