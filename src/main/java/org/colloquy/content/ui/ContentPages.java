package org.colloquy.content.ui;

import org.colloquy.base.ui.PageAddress;

/** Where a course is: its home page, and its reading whole, at one paragraph, or with a class's heat map over it. */
public final class ContentPages {

    /**
     * The route of a course's home page. The lesson feature's view takes it (a student's lessons and progress); it is
     * named here so that features the lesson feature builds on (classes, on joining one) can lead to it.
     */
    public static final String COURSE_HOME = "course/:courseKey";

    /** The reading's query parameter that lays a class's heat map over it. */
    public static final String HEAT_MAP = "heatmap";

    private ContentPages() {
    }

    public static String courseHome(String courseKey) {
        return PageAddress.fill(COURSE_HOME, "courseKey", courseKey);
    }

    public static String reading(String courseKey) {
        return PageAddress.of(ReadingView.class, "courseKey", courseKey);
    }

    /** The reading scrolled to one paragraph. */
    public static String paragraph(String courseKey, String paragraphId) {
        return PageAddress.withFragment(reading(courseKey), paragraphId);
    }

    /** The reading with the heat map of a class laid over it. */
    public static String readingWithHeatMap(String courseKey, long cohortId) {
        return PageAddress.withQuery(reading(courseKey), HEAT_MAP, cohortId);
    }
}
