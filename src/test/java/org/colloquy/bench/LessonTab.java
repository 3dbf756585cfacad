package org.colloquy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import tools.jackson.databind.JsonNode;

/** A signed-in student with lesson 1 open at its Respond step, as a browser tab holds it. */
final class LessonTab {

    static final String LESSON = "course/sino-russian-relations/lesson/three-stages";
    private static final String LESSON_TITLE = "Three stages of domestic transition";
    private static final String DEMO_PASSWORD = "colloquy";
    private static final String STEP_DOTS = "Steps of this lesson";
    private static final int RESPOND_STEP = 6;

    private LessonTab() {
    }

    static VaadinClient open(HttpClient http, URI base, String student, boolean withPush)
            throws IOException, InterruptedException {
        VaadinClient tab = new VaadinClient(http, base);
        try {
            tab.signIn(student, DEMO_PASSWORD);
            tab.openUi(LESSON);
            if (withPush && tab.serverWantsPush()) {
                tab.connectPush();
            }
            JsonNode view = tab.navigate(LESSON);
            if (!view.toString().contains(LESSON_TITLE)) {
                throw new IllegalStateException("Navigating to " + LESSON + " did not show \"" + LESSON_TITLE + "\"");
            }
            // the step dots are drawn in the browser; picking one sends the element a "step-pick" event
            int dots = tab.nodes().withAttribute("aria-label", STEP_DOTS);
            tab.customEvent(dots, "step-pick", RESPOND_STEP);
            if (!tab.nodes().attribute(dots, "data-current").equals(String.valueOf(RESPOND_STEP))) {
                throw new IllegalStateException("The lesson did not move to its Respond step");
            }
            return tab;
        } catch (IOException | InterruptedException | RuntimeException failure) {
            tab.close();
            throw failure;
        }
    }
}
