package org.colloquy.heatmap.ui;

import org.colloquy.base.Author;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import org.colloquy.cohort.CohortRef;
import org.colloquy.content.ui.ReadingPage;
import org.colloquy.heatmap.CitingWork;
import org.colloquy.heatmap.ReadingHeat;
import org.colloquy.heatmap.ReadingHeatMapService;
import java.util.Locale;
import java.util.Objects;
import org.colloquy.argument.ui.ArgumentPages;
import org.colloquy.discussion.ui.DiscussionPages;
import org.colloquy.review.ui.ReviewPages;

/**
 * The instructor's switch for the heat map, and the map itself: each paragraph shaded by how much of the class's
 * work cites it, with the counts as text, and a button that lists that work.
 */
class HeatMapControls extends Div {

    private static final int EXCERPT = 280;
    private static final int WHERE = 90;

    private final ReadingHeatMapService heatMaps;
    private final ReadingPage page;
    private final Select<CohortRef> cohort = new Select<>();
    private final Checkbox show = new Checkbox();
    private final Paragraph legend = new Paragraph();
    private final List<Component> added = new ArrayList<>();
    private final List<Div> shaded = new ArrayList<>();

    HeatMapControls(ReadingHeatMapService heatMaps, ReadingPage page, List<CohortRef> classes) {
        this.heatMaps = heatMaps;
        this.page = page;
        addClassName("heat-map-controls");
        show.setLabel(getTranslation("heatmap.show"));
        cohort.setLabel(getTranslation("heatmap.class"));
        cohort.setItems(classes);
        cohort.setItemLabelGenerator(CohortRef::name);
        cohort.setValue(classes.getFirst());
        cohort.setId("heat-map-class");
        show.setId("heat-map-toggle");
        legend.addClassName("heat-map-legend");
        legend.getElement().setAttribute("role", "status");
        cohort.addValueChangeListener(change -> redraw());
        show.addValueChangeListener(change -> redraw());
        add(cohort, show, legend);
    }

    void showFor(CohortRef chosen) {
        cohort.setValue(chosen);
        show.setValue(true);
    }

    private void redraw() {
        added.forEach(component -> component.getElement().removeFromParent());
        added.clear();
        shaded.forEach(block -> block.getClassNames().removeIf(name -> name.startsWith("heat-level-")));
        shaded.clear();
        if (!show.getValue() || cohort.getValue() == null) {
            legend.setText("");
            return;
        }
        ReadingHeat heat = heatMaps.heat(cohort.getValue().id());
        legend.setText(getTranslation(heat.max() == 0 ? "heatmap.legend.empty" : "heatmap.legend",
                heat.cohort().name()));
        for (org.colloquy.content.Paragraph paragraph : page.course().reading().paragraphs()) {
            Div block = page.paragraphBlock(paragraph.id());
            block.addClassName("heat-level-" + heat.level(paragraph.id()));
            shaded.add(block);
            Div badge = badge(heat, paragraph);
            block.add(badge);
            added.add(badge);
        }
    }

    private Div badge(ReadingHeat heat, org.colloquy.content.Paragraph paragraph) {
        String id = paragraph.id();
        long posts = heat.count(id, CitingWork.Kind.POST, CitingWork.Kind.REPLY);
        long reasons = heat.count(id, CitingWork.Kind.REASON);
        long answers = heat.count(id, CitingWork.Kind.ANSWER);
        String counts = getTranslation("heatmap.counts", posts, reasons, answers);
        Div badge = new Div();
        badge.addClassName("heat-badge");
        if (posts + reasons + answers == 0) {
            Span none = new Span(getTranslation("heatmap.not-cited", paragraph.number()));
            none.addClassName("heat-count");
            badge.add(none);
            addAnswersAbout(badge, heat, paragraph);
            return badge;
        }
        Div list = new Div();
        list.addClassName("heat-list");
        list.setVisible(false);
        list.setId("heat-list-" + id);
        Button open = new Button(getTranslation("heatmap.paragraph-counts", paragraph.number(), counts));
        open.addClassName("heat-count");
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        open.getElement().setAttribute("aria-expanded", "false");
        open.getElement().setAttribute("aria-controls", list.getId().orElseThrow());
        open.addClickListener(click -> {
            boolean opening = !list.isVisible();
            if (opening && list.getChildren().findAny().isEmpty()) {
                heat.citing(id).forEach(work -> list.add(item(work)));
            }
            list.setVisible(opening);
            open.getElement().setAttribute("aria-expanded", String.valueOf(opening));
        });
        badge.add(open);
        addAnswersAbout(badge, heat, paragraph);
        badge.add(list);
        return badge;
    }

    /** The answers to prompts about the paragraph, told apart from the work that cites it. */
    private void addAnswersAbout(Div badge, ReadingHeat heat, org.colloquy.content.Paragraph paragraph) {
        if (heat.askedAbout(paragraph.id())) {
            Span about = new Span(getTranslation("heatmap.answers-about", paragraph.number(),
                    heat.answersAbout(paragraph.id())));
            about.addClassName("heat-about");
            badge.add(about);
        }
    }

    private String where(CitingWork work) {
        String where = work.where().length() > WHERE ? work.where().substring(0, WHERE - 1).strip() + "…" : work.where();
        if (work.hidden()) {
            return getTranslation("heatmap.where.hidden", where);
        }
        if (work.side() != null) {
            return getTranslation("heatmap.where.side", where,
                    getTranslation("argument.side." + work.side().name().toLowerCase(Locale.ROOT)));
        }
        return where;
    }

    private String author(Author author) {
        return switch (author.kind()) {
            case SELF -> getTranslation("heatmap.author.you");
            case FORMER_CLASSMATE, FORMER_MEMBER, CLASSMATE -> getTranslation("heatmap.author.former-member");
            case NAMED, NOBODY -> author.name();
        };
    }

    private long cohortId() {
        return Objects.requireNonNull(cohort.getValue()).id();
    }

    /** Where the class's instructor opens the piece of work: its discussion, its argument map or its grading queue. */
    private String whereToOpen(CitingWork work) {
        return switch (work.kind()) {
            case POST, REPLY -> DiscussionPages.moderation(cohortId(), work.promptKey());
            case REASON -> ArgumentPages.classMap(cohortId(), work.promptKey());
            case ANSWER -> ReviewPages.reviewQueue(cohortId(), work.promptKey());
        };
    }

    private Div item(CitingWork work) {
        Div item = new Div();
        item.addClassName("heat-item");
        Span meta = new Span(getTranslation("heatmap.item", getTranslation("heatmap.kind."
                + work.kind().name().toLowerCase(Locale.ROOT)), author(work.author()), where(work)));
        meta.addClassName("work-status");
        String text = work.text().length() > EXCERPT ? work.text().substring(0, EXCERPT).strip() + "…" : work.text();
        Paragraph body = new Paragraph(text);
        body.addClassName("work-body");
        item.add(meta, body, new Anchor(whereToOpen(work), getTranslation("heatmap.open")));
        return item;
    }

}
