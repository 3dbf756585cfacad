package org.colloquy.lesson;

/**
 * Whether a discuss prompt hides authors from classmates. The discussion feature implements it, because the rule in
 * force can be stricter than the course file says: it is never weakened once posts exist.
 */
public interface PromptAnonymity {

    boolean anonymousToPeers(String courseKey, String promptKey);
}
