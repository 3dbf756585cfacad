package org.colloquy.studio.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import org.colloquy.base.ui.TypingLimit;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.base.i18n.Translated;
import org.colloquy.base.ui.PlainText;
import org.colloquy.content.CourseCheck;
import org.colloquy.content.ui.ContentPages;
import org.colloquy.studio.DraftService;
import org.colloquy.studio.OpenedDraft;
import org.colloquy.studio.Essay;
import org.colloquy.studio.EssayParagraph;
import org.colloquy.studio.StudioService;
import org.colloquy.studio.essay.EssayImport;
import org.colloquy.studio.essay.EssayLanguage;
import org.jspecify.annotations.Nullable;

/**
 * A new course from an essay, one step after the other on one page: the teacher pastes or uploads her essay, confirms
 * what was proposed about it, keeps the open questions she wants and drafts the course under a key; the draft is kept
 * and its page opens, to preview and publish it (decision 0042).
 */
@Route("studio/new")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class StudioView extends Main implements HasDynamicTitle {

    /** The longest title, author or source a course names (they are shown as one line on its pages). */
    static final int LONGEST_NAMING = 300;

    private final StudioService studio;
    private final DraftService drafts;
    private final TextArea text = new TextArea();
    private final Select<String> importLanguage = languageSelect("essay-language", true);
    private final Paragraph problem = new Paragraph();
    private final Div proposal = section("studio-proposal");
    private final TextField title = new TextField();
    private final TextField author = new TextField();
    private final TextField source = new TextField();
    private final Select<String> language = languageSelect("essay-confirmed-language", false);
    private final Paragraph counts = new Paragraph();
    private final Div questionsSection = section("studio-questions-section");
    private final QuestionPicker questions;
    private final OwnQuestionForm ownQuestion = new OwnQuestionForm(this::addOwnQuestion);
    private final TextField courseKey = new TextField();
    private @Nullable Essay essay;

    StudioView(StudioService studio, DraftService drafts) {
        this.studio = studio;
        this.questions = new QuestionPicker(studio::merge);
        this.drafts = drafts;
        setId("main-content");
        addClassNames("page", "studio-view");
        problem.setId("studio-problem");
        problem.addClassName("error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Anchor home = new Anchor(StudioPages.studio(), getTranslation("studio.draft.back"));
        home.addClassName("breadcrumb");
        add(home, new H1(getTranslation("studio.new.title")), new Paragraph(getTranslation("studio.explanation")),
                sourceSection(), proposal, questionsSection);
        buildProposal();
        buildQuestions();
    }

    private Div sourceSection() {
        text.setId("essay-text");
        text.setLabel(getTranslation("studio.source.text"));
        text.setHelperText(getTranslation("studio.source.text-help"));
        text.setWidthFull();
        text.setMinHeight("12em");
        Div source = section("studio-source");
        Button importText = new Button(getTranslation("studio.source.import"), click -> run(source, () ->
                show(studio.importPasted(text.getValue(), importLanguage.getValue()))));
        importText.setId("import-essay");
        importText.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        source.setVisible(true);
        source.add(new H2(getTranslation("studio.source.heading")), text,
                new Paragraph(getTranslation("studio.source.or-file", String.join(", ", EssayImport.EXTENSIONS),
                        EssayImport.MAX_MEGABYTES)),
                StudioUpload.essay((fileName, bytes) -> run(source, () ->
                        show(studio.importFile(fileName, bytes, importLanguage.getValue()))),
                        message -> showProblem(source, message)),
                importLanguage, new Div(importText));
        return source;
    }

    private void buildProposal() {
        title.setId("essay-title");
        title.setLabel(getTranslation("studio.proposal.title"));
        title.setRequired(true);
        author.setId("essay-author");
        author.setLabel(getTranslation("studio.proposal.author"));
        source.setId("essay-source");
        source.setLabel(getTranslation("studio.proposal.source"));
        counts.setId("essay-counts");
        for (TextField field : List.of(title, author, source)) {
            field.setWidthFull();
            TypingLimit.on(field, LONGEST_NAMING);
        }
        Button find = new Button(getTranslation("studio.proposal.find"), click -> run(proposal, this::findQuestions));
        find.setId("find-questions");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        proposal.add(new H2(getTranslation("studio.proposal.heading")), counts, title, author, source, language,
                new Div(find));
    }

    private void buildQuestions() {
        courseKey.setId("course-key");
        courseKey.setLabel(getTranslation("studio.draft.key"));
        TypingLimit.on(courseKey, CourseKeys.MAX_LENGTH, getTranslation("studio.draft.key-help"));
        courseKey.setWidth("min(100%, 32em)");
        courseKey.setPattern("[a-z0-9][a-z0-9-]*");
        Button draft = new Button(getTranslation("studio.draft.button"), click -> run(questionsSection, this::draft));
        draft.setId("draft-course");
        draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        questionsSection.add(new H2(getTranslation("studio.questions.heading")), questions, ownQuestion, courseKey,
                new Div(draft));
    }

    private void show(Essay imported) {
        essay = imported;
        title.setValue(imported.title());
        author.setValue(imported.author());
        source.setValue(imported.source());
        language.setValue(imported.language());
        long sections = imported.paragraphs().stream().map(EssayParagraph::section).filter(Objects::nonNull)
                .distinct().count();
        counts.setText(getTranslation("studio.proposal.counts", imported.paragraphs().size(), sections));
        proposal.setVisible(true);
        questionsSection.setVisible(false);
        title.focus();
    }

    private void findQuestions() {
        Essay current = Objects.requireNonNull(essay);
        if (title.getValue().isBlank()) {
            throw Refusal.of("studio.proposal.title-missing");
        }
        if (List.of(title, author, source).stream().anyMatch(field -> field.getValue().strip().length() > LONGEST_NAMING)) {
            throw Refusal.of("studio.proposal.too-long", LONGEST_NAMING);
        }
        essay = new Essay(title.getValue().strip(), author.getValue().strip(), source.getValue().strip(),
                Objects.requireNonNullElse(language.getValue(), current.language()), current.paragraphs());
        questions.show(studio.findQuestions(essay, getLocale()));
        ownQuestion.show(essay);
        courseKey.setValue(CourseKeys.proposedFrom(essay.title()));
        questionsSection.setVisible(true);
    }

    private void addOwnQuestion(int paragraph, String words) {
        run(questionsSection, () -> {
            questions.addOwn(studio.ownQuestion(Objects.requireNonNull(essay), questions.listed(), paragraph, words));
            ownQuestion.clear();
        });
    }

    private void draft() {
        OpenedDraft kept = drafts.draftFromEssay(Objects.requireNonNull(essay), questions.kept(),
                courseKey.getValue().strip());
        UI.getCurrent().navigate(StudioPages.draft(kept.id()));
    }

    /** Runs one step; a refusal is shown at the end of the step's section, and nothing the teacher typed is cleared. */
    private void run(Div section, Runnable step) {
        try {
            step.run();
            problem.setVisible(false);
        } catch (Refusal refused) {
            showProblem(section, Translated.text(refused.reason()));
        }
    }

    private void showProblem(Div section, String message) {
        PlainText.set(problem, message);
        section.add(problem);
        problem.setVisible(true);
        problem.scrollIntoView();
    }

    private Select<String> languageSelect(String id, boolean detect) {
        Select<String> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation("studio.language"));
        select.setItems(EssayLanguage.SUPPORTED);
        String detectFromText = getTranslation("studio.language.detect");
        select.setItemLabelGenerator(code -> code == null ? detectFromText : getTranslation("studio.language." + code));
        if (detect) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(detectFromText);
        }
        return select;
    }

    private static Div section(String id) {
        Div section = new Div();
        section.setId(id);
        section.addClassName("studio-step");
        section.setVisible(false);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.page-title", getTranslation("studio.new.title"));
    }
}
