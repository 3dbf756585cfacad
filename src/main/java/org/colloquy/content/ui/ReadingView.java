package org.colloquy.content.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;

/** The whole reading, each paragraph numbered and addressable as {@code #p3}. */
@Route("course/:courseKey/reading")
@PermitAll
public class ReadingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseCatalog catalog;
    private String title = "Reading · Colloquy";

    ReadingView(CourseCatalog catalog) {
        this.catalog = catalog;
        setId("main-content");
        addClassNames("page", "reading-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseKey = event.getRouteParameters().get("courseKey").orElse("");
        Course course = catalog.course(courseKey).orElseThrow(NotFoundException::new);
        title = course.reading().title() + " · Colloquy";
        removeAll();
        add(new H1(course.reading().title()));
        Paragraph attribution = new Paragraph("By " + course.source().author()
                + (course.source().published() != null ? ", " + course.source().published() : "") + "."
                + (course.source().note() != null ? " " + course.source().note() : ""));
        attribution.addClassName("attribution");
        add(attribution);
        getElement().setAttribute("lang", course.language());
        getElement().setAttribute("dir", course.direction().name().toLowerCase(java.util.Locale.ROOT));
        String heading = null;
        for (org.colloquy.content.Paragraph paragraph : course.reading().paragraphs()) {
            if (paragraph.heading() != null && !paragraph.heading().equals(heading)) {
                heading = paragraph.heading();
                add(new H2(heading));
            }
            Div block = new Div();
            block.setId(paragraph.id());
            block.addClassName("reading-paragraph");
            Span number = new Span("¶" + paragraph.number());
            number.addClassName("paragraph-number");
            block.add(number, new Paragraph(paragraph.text()));
            add(block);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
