package org.colloquy.review.ui;

import java.util.Arrays;

/** The parts of a class's page, each on its own tab; the address names the open one by its id ({@code ?tab=prompts}). */
public enum CohortTab {
    PROGRESS("progress"),
    PROMPTS("prompts"),
    ATTENTION("attention"),
    LIVE("live"),
    PEOPLE("people"),
    EXPORT("export"),
    SCHEDULE("schedule");

    static final String PARAMETER = "tab";

    private final String id;

    CohortTab(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The tab an address names; the first tab for a missing or unknown name. */
    static CohortTab fromId(String id) {
        return Arrays.stream(values()).filter(tab -> tab.id.equals(id)).findFirst().orElse(PROGRESS);
    }
}
