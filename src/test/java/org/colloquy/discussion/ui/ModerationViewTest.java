package org.colloquy.discussion.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.argument.ui.ArgumentMapView;
import org.colloquy.discussion.DiscussionService;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.component.html.Div;

@IntegrationTest
@ViewPackages(classes = {ModerationView.class, ArgumentMapView.class, DiscussionView.class})
class ModerationViewTest extends SpringBrowserlessTest {

    private static final String COURSE = "sino-russian-relations";
    private static final String PROMPT = "three-stages/discuss-parallel";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService answers;
    @Autowired
    DiscussionService discussions;

    UserRef teacher;
    UserRef student;
    CohortRef cohort;

    @BeforeEach
    void aPostEditedTwiceWithAReplyTakenBack() {
        teacher = accounts.signInNew("Teacher", Role.INSTRUCTOR);
        cohort = cohorts.createCohort(COURSE, "Moderation view class");
        student = accounts.signInNew("Yan", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit(COURSE, PROMPT, "First version.", null, AnswerSnapshot.NONE_SAVED);
        var saved = answers.answersInLesson(COURSE, "three-stages").get("discuss-parallel");
        answers.submit(COURSE, PROMPT, "Second version.", null, saved.revision());
        long post = discussions.thread(COURSE, PROMPT).posts().getFirst().id();
        discussions.reply(COURSE, PROMPT, post, "Withdrawn reply.");
        discussions.deleteMyReply(COURSE, PROMPT,
                discussions.thread(COURSE, PROMPT).posts().getFirst().replies().getFirst().id());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_instructor_reads_earlier_versions_and_deleted_replies_and_hides_a_post_with_a_reason() {
        accounts.signIn(teacher);
        navigate("classes/" + cohort.id() + "/discussion/" + PROMPT, ModerationView.class);

        assertThat(find(Span.class).withClassName("work-status").first().getText()).contains("Yan").contains("2 versions");
        Details earlier = find(Details.class).withClassName("post-history").single();
        assertThat(find(Paragraph.class, earlier).withClassName("work-body").single().getText()).isEqualTo("First version.");
        assertThat(find(Div.class).withClassName("deleted-reply").single()
                .getElement().getTextRecursively()).contains("deleted by its author").contains("Withdrawn reply.");

        test(find(TextField.class).withLabel("Reason the author will see").single()).setValue("Off topic.");
        test(find(Button.class).withText("Hide from the class").single()).click();
        assertThat(find(Span.class).withClassName("work-status").first().getText()).contains("hidden: Off topic.");
    }

    @Test
    void the_instructor_replies_under_a_post_and_the_student_reads_it_with_her_name_and_the_instructor_label() {
        accounts.signIn(teacher);
        navigate("classes/" + cohort.id() + "/discussion/" + PROMPT, ModerationView.class);

        test(find(TextArea.class).withLabel("Reply to Yan as the instructor").single())
                .setValue("Which paragraph shows the parallel? See [¶2].");
        test(find(Button.class).withText("Post reply").single()).click();

        Div hers = find(Div.class).withClassName("by-instructor").single();
        assertThat(hers.getElement().getTextRecursively()).contains("Teacher").contains("Instructor")
                .contains("Which paragraph shows the parallel?");
        accounts.signIn(student);
        navigate("course/" + COURSE + "/discussion/" + PROMPT, DiscussionView.class);
        Div seen = find(Div.class).withClassName("by-instructor").single();
        assertThat(find(Span.class, seen).withClassName("instructor-badge").single().getText()).isEqualTo("Instructor");
        assertThat(find(Span.class, seen).withClassName("work-status").single().getText()).startsWith("Teacher · ");
    }

    @Test
    void the_instructor_takes_her_reply_back_after_saying_yes_and_it_is_marked_deleted() {
        accounts.signIn(teacher);
        navigate("classes/" + cohort.id() + "/discussion/" + PROMPT, ModerationView.class);
        test(find(TextArea.class).withLabel("Reply to Yan as the instructor").single()).setValue("Said too soon.");
        test(find(Button.class).withText("Post reply").single()).click();

        Div hers = find(Div.class).withClassName("by-instructor").single();
        test(find(Button.class, hers).withText("Delete reply").single()).click();
        assertThat(find(Span.class, hers).withText(
                "Delete your reply? Students will no longer see it; you will still see it, marked as deleted.").exists())
                .isTrue();
        test(find(Button.class, hers).withText("Yes, delete").single()).click();

        Div deleted = find(Div.class).withClassName("by-instructor").single();
        assertThat(deleted.getClassNames()).contains("deleted-reply");
        assertThat(find(Button.class, deleted).withText("Delete reply").exists()).isFalse();
    }

    @Test
    void an_empty_instructor_reply_is_refused_saying_what_to_do_and_nothing_is_posted() {
        accounts.signIn(teacher);
        navigate("classes/" + cohort.id() + "/discussion/" + PROMPT, ModerationView.class);

        TextArea field = find(TextArea.class).withLabel("Reply to Yan as the instructor").single();
        test(field).setValue("   ");
        test(find(Button.class).withText("Post reply").single()).click();

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Write your reply first.");
        assertThat(find(Div.class).withClassName("by-instructor").exists()).isFalse();
    }

    @Test
    void the_instructor_finds_russian_and_chinese_posts_by_searching_in_any_case() {
        accounts.signInNew("Mila", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit(COURSE, PROMPT, "Всё решила ЭНЕРГЕТИКА: 能源合作建立了信任。", null, AnswerSnapshot.NONE_SAVED);
        accounts.signIn(teacher);
        navigate("classes/" + cohort.id() + "/discussion/" + PROMPT, ModerationView.class);
        assertThat(find(Div.class).withClassName("discussion-post").all()).hasSize(2);

        TextField search = find(TextField.class).id("moderation-search");
        for (String typed : List.of("энергетика", "все решила", "能源合作")) {
            test(search).setValue(typed);
            assertThat(find(Div.class).withClassName("discussion-post").all())
                    .as(typed).singleElement()
                    .satisfies(post -> assertThat(post.getElement().getTextRecursively()).contains("Mila"));
        }
        test(search).setValue("贸易");
        assertThat(find(Div.class).withClassName("discussion-post").all()).isEmpty();
        assertThat(find(Paragraph.class).withText("No post or reply mentions “贸易”.").all()).hasSize(1);
    }

    @Test
    void another_instructor_finds_neither_the_discussion_nor_the_map_of_a_class_by_its_id() {
        accounts.signInNew("Other", Role.INSTRUCTOR);

        assertThatThrownBy(() -> navigate("classes/" + cohort.id() + "/discussion/" + PROMPT, ModerationView.class))
                .hasMessageContaining("unexpected class");
        assertThatThrownBy(() -> navigate("classes/" + cohort.id() + "/map/expediency-and-order/argue-not-expediency",
                ArgumentMapView.class)).hasMessageContaining("unexpected class");
    }

    @Test
    void a_student_cannot_open_the_moderation_view_of_her_own_class() {
        accounts.signIn(student);

        assertThatThrownBy(() -> navigate("classes/" + cohort.id() + "/discussion/" + PROMPT, ModerationView.class))
                .hasMessageContaining("unexpected class");
    }
}
