package org.colloquy.content.ui;

import org.colloquy.base.ui.PageAddress;
import org.colloquy.lesson.ui.HomeView;

/** Where a course's reading is: whole, at one paragraph, or with a class's heat map over it. */
public final class ContentPages {

    /** The reading's query parameter that lays a class's heat map over it. */
    public static final String HEAT_MAP = "heatmap";

    private ContentPages() {
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
