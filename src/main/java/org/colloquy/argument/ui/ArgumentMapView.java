package org.colloquy.argument.ui;

import org.colloquy.base.ui.PageNotFound;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.argument.ArgumentMap;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.springframework.security.access.AccessDeniedException;
import org.colloquy.cohort.ui.CohortPages;

/** A class's argument map in large type, for the instructor's screen or the room's projector. */
@Route(value = "classes/:cohortId/map/:lessonKey/:stepKey", autoLayout = false)
@RolesAllowed("INSTRUCTOR")
public class ArgumentMapView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("argument.view.page-title");
    }


    private final ArgumentMapService maps;
    private final CohortService cohorts;
    private final CourseCatalog catalog;

    ArgumentMapView(ArgumentMapService maps, CohortService cohorts, CourseCatalog catalog) {
        this.maps = maps;
        this.cohorts = cohorts;
        this.catalog = catalog;
        setId("main-content");
        addClassNames("page", "argument-map-view", "projectable");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("cohortId").orElse("");
        String promptKey = event.getRouteParameters().get("lessonKey").orElse("") + "/"
                + event.getRouteParameters().get("stepKey").orElse("");
        CohortRef cohort;
        ArgumentMap map;
        try {
            cohort = cohorts.requireTeaching(Long.parseLong(id));
            map = maps.classMap(cohort.id(), promptKey);
        } catch (AccessDeniedException | IllegalArgumentException notFound) {
            throw PageNotFound.because(getTranslation("argument.view.not-found"));
        }
        Course course = catalog.require(cohort.courseKey());
        removeAll();
        add(new Anchor(CohortPages.classPage(cohort.id()), "← " + cohort.name()));
        add(new H1(getTranslation("argument.view.heading")));
        add(new ArgumentMapBoard(map, course));
    }
}
