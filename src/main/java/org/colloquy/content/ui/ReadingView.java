package org.colloquy.content.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.Sentences;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The whole reading, each paragraph numbered and addressable as {@code #p3}; {@code ?sentence=3.2} highlights the
 * second sentence of paragraph 3. Other features may lay a {@link ReadingOverlay} over it.
 */
@Route("course/:courseKey/reading")
@PermitAll
public class ReadingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseCatalog catalog;
    private final ObjectProvider<ReadingOverlay> overlays;
    private String title = "";

    ReadingView(CourseCatalog catalog, ObjectProvider<ReadingOverlay> overlays) {
        this.catalog = catalog;
        this.overlays = overlays;
        setId("main-content");
        addClassNames("page", "reading-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseKey = event.getRouteParameters().get("courseKey").orElse("");
        Course course = catalog.course(courseKey).orElseThrow(NotFoundException::new);
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        String highlighted = parameters.getOrDefault(ReadingLinks.SENTENCE, List.of("")).getFirst();
        title = course.reading().title();
        removeAll();
        add(ContentLanguage.mark(new H1(course.reading().title()), course));
        Paragraph attribution = new Paragraph(getTranslation(course.source().published() != null
                ? "content.reading.by-published" : "content.reading.by", course.source().author(),
                course.source().published()));
        if (course.source().note() != null) {
            attribution.add(new Span(" "), ContentLanguage.mark(new Span(course.source().note()), course));
        }
        attribution.addClassName("attribution");
        Div controls = new Div();
        controls.addClassName("reading-controls");
        controls.setVisible(false);
        add(attribution, controls);
        Map<String, Div> blocks = new LinkedHashMap<>();
        String heading = null;
        for (org.colloquy.content.Paragraph paragraph : course.reading().paragraphs()) {
            if (paragraph.heading() != null && !paragraph.heading().equals(heading)) {
                heading = paragraph.heading();
                add(ContentLanguage.mark(new H2(heading), course));
            }
            Div block = new Div();
            block.setId(paragraph.id());
            block.addClassName("reading-paragraph");
            Span number = new Span("¶" + paragraph.number());
            number.addClassName("paragraph-number");
            block.add(number, ContentLanguage.mark(text(paragraph, highlighted), course));
            add(block);
            blocks.put(paragraph.id(), block);
        }
        ReadingPage page = new ReadingPage(course, parameters, controls, blocks);
        overlays.orderedStream().forEach(overlay -> overlay.attach(page));
    }

    /** The paragraph's text; with the sentence {@code highlighted} names ("3.2") marked, if it is in this paragraph. */
    private static Paragraph text(org.colloquy.content.Paragraph paragraph, String highlighted) {
        String prefix = paragraph.number() + ".";
        if (!highlighted.startsWith(prefix)) {
            return new Paragraph(paragraph.text());
        }
        List<String> sentences = Sentences.split(paragraph.text());
        int sentence;
        try {
            sentence = Integer.parseInt(highlighted.substring(prefix.length()));
        } catch (NumberFormatException notANumber) {
            return new Paragraph(paragraph.text());
        }
        if (sentence < 1 || sentence > sentences.size()) {
            return new Paragraph(paragraph.text());
        }
        Paragraph text = new Paragraph();
        for (int i = 0; i < sentences.size(); i++) {
            String words = (i > 0 ? " " : "") + sentences.get(i);
            if (i == sentence - 1) {
                Element mark = new Element("mark").setText(sentences.get(i));
                text.getElement().appendChild(mark);
                mark.executeJs("requestAnimationFrame(() => this.scrollIntoView({block: 'center'}))");
                if (i > 0) {
                    text.getElement().insertChild(text.getElement().getChildCount() - 1, Element.createText(" "));
                }
            } else {
                text.getElement().appendChild(Element.createText(words));
            }
        }
        text.addClassName("has-cited-sentence");
        return text;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("content.reading.page-title-unknown")
                : getTranslation("base.page-title", title);
    }
}
