package org.colloquy.heatmap.ui;

import java.util.List;
import org.colloquy.cohort.CohortRef;
import org.colloquy.identity.CurrentUser;
import org.colloquy.identity.Role;
import org.colloquy.content.ui.ReadingOverlay;
import org.colloquy.content.ui.ReadingPage;
import org.colloquy.heatmap.ReadingHeatMapService;
import org.springframework.stereotype.Component;

/**
 * Lays the heat map over the reading view for instructors who teach a class of its course; for anyone else it adds
 * nothing, whatever the address says.
 */
@Component
class HeatMapOverlay implements ReadingOverlay {

    static final String PARAMETER = "heatmap";

    private final ReadingHeatMapService heatMaps;
    private final CurrentUser currentUser;

    HeatMapOverlay(ReadingHeatMapService heatMaps, CurrentUser currentUser) {
        this.heatMaps = heatMaps;
        this.currentUser = currentUser;
    }

    @Override
    public void attach(ReadingPage page) {
        boolean instructor = currentUser.find().map(user -> user.has(Role.INSTRUCTOR)).orElse(false);
        if (!instructor) {
            return;
        }
        List<CohortRef> classes = heatMaps.classesReading(page.course().key());
        if (classes.isEmpty()) {
            return;
        }
        HeatMapControls controls = new HeatMapControls(heatMaps, page, classes);
        page.addControls(controls);
        page.parameter(PARAMETER).flatMap(id -> classes.stream()
                        .filter(cohort -> String.valueOf(cohort.id()).equals(id)).findFirst())
                .ifPresent(controls::showFor);
    }
}
