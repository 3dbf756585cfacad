package org.colloquy.discussion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import com.vaadin.flow.component.textfield.TextArea;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import org.colloquy.base.ui.PageNotFound;
import org.colloquy.content.ui.ReadingView;
import org.colloquy.identity.ui.LoginView;

@IntegrationTest
@ViewPackages(classes = {DiscussionView.class, ReadingView.class,
        PageNotFound.class, LoginView.class})
class DiscussionViewTest extends SpringBrowserlessTest {

    private static final String ROUTE = "course/sino-russian-relations/discussion/three-stages/discuss-parallel";
    private static final String ANONYMOUS_PROMPT = "expediency-and-order/discuss-order";
    private static final String ANONYMOUS_ROUTE = "course/sino-russian-relations/discussion/" + ANONYMOUS_PROMPT;

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService answers;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aStudentWhoOpensTheDiscussionOfAStepThatTakesNoDiscussionReadsTheNotFoundPageInRussian() {
        accounts.signInNew("Vera", Role.STUDENT);
        UI.getCurrent().setLocale(Locale.of("ru", "RU"));
        try {
            navigate("course/sino-russian-relations/discussion/three-stages/respond-balance",
                    PageNotFound.class);

            assertThat(find(H1.class).single().getText())
                    .isEqualTo("Страница не найдена");
        } finally {
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void the_thread_opens_after_posting_and_a_reply_appears_under_the_post() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "View class");
        accounts.signInNew("Rita", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit("sino-russian-relations", "three-stages/discuss-parallel", "<b>Rita's</b> post", null,
                AnswerSnapshot.NONE_SAVED);
        UserRef sam = accounts.signInNew("Sam", Role.STUDENT);
        cohorts.join(cohort.joinCode());

        navigate(ROUTE, DiscussionView.class);
        assertThat(find(Paragraph.class).withClassName("discussion-locked").single().getText())
                .contains("Post your own answer first");

        answers.submit("sino-russian-relations", "three-stages/discuss-parallel", "Sam's post [¶3]", null,
                AnswerSnapshot.NONE_SAVED);
        navigate(ROUTE, DiscussionView.class);
        assertThat(find(Paragraph.class).withClassName("work-body").all()).extracting(Paragraph::getText)
                .containsExactly("<b>Rita's</b> post", "Sam's post [¶3]");
        assertThat(find(Anchor.class).withText("Paragraph 3 of the essay").single()
                .getHref()).isEqualTo("course/sino-russian-relations/reading#p3");

        test(find(TextArea.class).withLabel("Reply to Rita").single()).setValue("Good point.");
        test(find(Button.class).withText("Post reply").first()).click();

        assertThat(find(Paragraph.class).withClassName("work-body").all()).extracting(Paragraph::getText)
                .contains("Good point.");
        assertThat(sam.roles()).containsExactly(Role.STUDENT);
    }

    @Test
    void a_reply_longer_than_the_limit_is_refused_with_every_character_kept_in_the_field() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Long reply class");
        accounts.signInNew("Rhea", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit("sino-russian-relations", "three-stages/discuss-parallel", "Rhea's post", null,
                AnswerSnapshot.NONE_SAVED);
        accounts.signInNew("Saul", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit("sino-russian-relations", "three-stages/discuss-parallel", "Saul's post", null,
                AnswerSnapshot.NONE_SAVED);
        navigate(ROUTE, DiscussionView.class);
        TextArea reply = find(TextArea.class).withLabel("Reply to Rhea").single();
        assertThat(reply.getHelperText()).endsWith("Up to 2,000 characters.");
        String longReply = "x".repeat(2001);

        test(reply).setValue(longReply);
        test(find(Button.class).withText("Post reply").first()).click();

        assertThat(reply.getValue()).isEqualTo(longReply);
        assertThat(reply.isInvalid()).isTrue();
        assertThat(reply.getErrorMessage()).contains("2,001").contains("2,000");
        assertThat(find(Paragraph.class).withClassName("work-body").all()).extracting(Paragraph::getText)
                .doesNotContain(longReply);
    }

    @Test
    void a_student_sees_the_names_rule_before_posting_then_deletes_her_post_after_confirming() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Delete class");
        accounts.signInNew("Tess", Role.STUDENT);
        cohorts.join(cohort.joinCode());

        navigate(ROUTE, DiscussionView.class);
        assertThat(find(Paragraph.class).withClassName("attribution").last().getText())
                .isEqualTo("Classmates see your name with your posts and replies.");

        answers.submit("sino-russian-relations", "three-stages/discuss-parallel", "Tess's first try", null,
                AnswerSnapshot.NONE_SAVED);
        navigate(ROUTE, DiscussionView.class);
        assertThat(find(Anchor.class).withText("Edit in the lesson").single().getHref())
                .isEqualTo("course/sino-russian-relations/lesson/three-stages");
        test(find(Button.class).withText("Delete post").single()).click();
        assertThat(find(Paragraph.class).withClassName("work-body").all()).extracting(Paragraph::getText)
                .contains("Tess's first try");
        test(find(Button.class).withText("Yes, delete").single()).click();

        assertThat(find(Paragraph.class).withClassName("work-body").all()).isEmpty();
        assertThat(find(Paragraph.class).withClassName("deleted-note").single().getText())
                .startsWith("You deleted this post.");
    }

    @Test
    void a_sentence_citation_shows_the_quoted_sentence_linked_to_the_reading_with_it_highlighted() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Sentence class");
        accounts.signInNew("Uma", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit("sino-russian-relations", "three-stages/discuss-parallel", "The West is not lord [¶4.2].", null,
                AnswerSnapshot.NONE_SAVED);

        navigate(ROUTE, DiscussionView.class);

        Div citation = find(Div.class)
                .withClassName("citation").single();
        assertThat(find(Paragraph.class, citation).single().getText())
                .startsWith("“During this period").endsWith("as before.”");
        assertThat(find(Anchor.class, citation).single().getHref())
                .isEqualTo("course/sino-russian-relations/reading?sentence=4.2#p4");

        UI.getCurrent().navigate("course/sino-russian-relations/reading",
                QueryParameters.of("sentence", "4.2"));
        Paragraph marked = find(Paragraph.class).withClassName("has-cited-sentence").single();
        assertThat(marked.getElement().getChildren().filter(child -> !child.isTextNode() && "mark".equals(child.getTag()))
                .map(Element::getText).toList())
                .singleElement().asString().startsWith("During this period");
        assertThat(marked.getElement().getTextRecursively()).startsWith("According to the external");
    }

    @Test
    void a_reply_refused_for_flooding_keeps_its_text_in_the_field_with_the_reason() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Flood class");
        accounts.signInNew("Vic", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit("sino-russian-relations", "three-stages/discuss-parallel", "Vic's post", null,
                AnswerSnapshot.NONE_SAVED);
        navigate(ROUTE, DiscussionView.class);
        for (int i = 0; i < 6; i++) {
            test(find(TextArea.class).withLabel("Reply to your post").single()).setValue("Reply " + i);
            test(find(Button.class).withText("Post reply").single()).click();
        }

        TextArea field = find(TextArea.class).withLabel("Reply to your post").single();
        test(field).setValue("The seventh, too fast.");
        test(find(Button.class).withText("Post reply").single()).click();

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("Wait a moment");
        assertThat(field.getValue()).isEqualTo("The seventh, too fast.");
    }

    @Test
    void russianStudentWhoHasNotPostedIsToldInRussianToPostFirst() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Russian class");
        accounts.signInNew("Masha", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        UI.getCurrent().setLocale(Locale.of("ru", "RU"));
        try {
            navigate(ROUTE, DiscussionView.class);

            assertThat(find(Paragraph.class).withClassName("discussion-locked").single().getText())
                    .isEqualTo("Сначала опубликуйте свой ответ — тогда увидите ответы одногруппников.");
        } finally {
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void chineseStudentSeesHerselfAndANumberedClassmateInChineseOnAnAnonymousPrompt() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Anonymous class");
        accounts.signInNew("Lin", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit("sino-russian-relations", ANONYMOUS_PROMPT, "Lin's view", null, AnswerSnapshot.NONE_SAVED);
        accounts.signInNew("Wei", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit("sino-russian-relations", ANONYMOUS_PROMPT, "Wei's view", null, AnswerSnapshot.NONE_SAVED);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            navigate(ANONYMOUS_ROUTE, DiscussionView.class);

            assertThat(find(Span.class).withClassName("work-status").all()).extracting(Span::getText)
                    .anySatisfy(meta -> assertThat(meta).startsWith("同学 1 · "))
                    .anySatisfy(meta -> assertThat(meta).startsWith("您 · "));
        } finally {
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void aClassmateWhoseNameIsYouIsShownByHerNameNotAsTheReader() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Names class");
        accounts.signIn(accounts.create("you", "You", Role.STUDENT));
        cohorts.join(cohort.joinCode());
        answers.submit("sino-russian-relations", "three-stages/discuss-parallel", "A post by someone called You", null,
                AnswerSnapshot.NONE_SAVED);
        accounts.signInNew("Olga", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit("sino-russian-relations", "three-stages/discuss-parallel", "Olga's post", null,
                AnswerSnapshot.NONE_SAVED);
        UI.getCurrent().setLocale(Locale.of("ru", "RU"));
        try {
            navigate(ROUTE, DiscussionView.class);

            assertThat(find(Span.class).withClassName("work-status").all()).extracting(Span::getText)
                    .anySatisfy(meta -> assertThat(meta).startsWith("You · "))
                    .anySatisfy(meta -> assertThat(meta).startsWith("Вы · "));
        } finally {
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
    }
}
