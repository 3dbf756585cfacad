package org.colloquy.heatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.argument.Side;
import org.colloquy.argument.Stance;
import org.colloquy.discussion.DiscussionModerationService;
import org.colloquy.discussion.DiscussionService;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.work.CohortWorkService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Who reaches class A's discussion, argument map and reading heat map by id: every action × every person who is
 * not in class A, each cell checked. A student of class B, class B's instructor, class A's own student asking for
 * the instructors' views, and a visitor who is not signed in are all refused.
 */
@IntegrationTest
class ClassDiscussionAccessTest {

    static final String COURSE = "sino-russian-relations";
    static final String PROMPT = "three-stages/discuss-parallel";
    static final String MAP = "expediency-and-order/argue-not-expediency";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService answers;
    @Autowired
    CohortWorkService classWork;
    @Autowired
    DiscussionService discussions;
    @Autowired
    DiscussionModerationService moderation;
    @Autowired
    ArgumentMapService maps;
    @Autowired
    ReadingHeatMapService heatMaps;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void nobody_outside_class_a_reaches_its_discussion_map_or_heat_map_by_any_id() {
        accounts.signInNew("teacher-a", Role.INSTRUCTOR);
        CohortRef a = cohorts.createCohort(COURSE, "Class A");
        UserRef studentA = accounts.signInNew("Student A", Role.STUDENT);
        cohorts.join(a.joinCode());
        answers.submit(COURSE, PROMPT, "Class A's post.", null, AnswerSnapshot.NONE_SAVED);
        long post = discussions.thread(COURSE, PROMPT).posts().getFirst().id();
        discussions.reply(COURSE, PROMPT, post, "Class A's reply.");
        long reply = discussions.thread(COURSE, PROMPT).posts().getFirst().replies().getFirst().id();
        maps.addReason(COURSE, MAP, Side.FOR, "Class A's reason.", List.of("p6"));
        long reason = maps.myClassMap(COURSE, MAP).reasons().getFirst().id();

        UserRef teacherB = accounts.signInNew("teacher-b", Role.INSTRUCTOR);
        CohortRef b = cohorts.createCohort(COURSE, "Class B");
        UserRef studentB = accounts.signInNew("Student B", Role.STUDENT);
        cohorts.join(b.joinCode());
        answers.submit(COURSE, PROMPT, "Class B's post.", null, AnswerSnapshot.NONE_SAVED);

        Map<String, Runnable> studentActions = new LinkedHashMap<>();
        studentActions.put("reply", () -> discussions.reply(COURSE, PROMPT, post, "in"));
        studentActions.put("helpful", () -> discussions.toggleHelpful(COURSE, PROMPT, post));
        studentActions.put("delete post", () -> discussions.deleteMyPost(COURSE, PROMPT, post));
        studentActions.put("delete reply", () -> discussions.deleteMyReply(COURSE, PROMPT, reply));
        studentActions.put("judge reason", () -> maps.judge(COURSE, MAP, reason, Stance.SUPPORT));
        Map<String, Runnable> instructorActions = new LinkedHashMap<>();
        instructorActions.put("moderated posts", () -> moderation.posts(a.id(), PROMPT));
        instructorActions.put("contributions", () -> moderation.contributions(a.id()));
        instructorActions.put("hide", () -> moderation.hide(a.id(), post, "reason"));
        instructorActions.put("pin", () -> moderation.pin(a.id(), post, true));
        instructorActions.put("lock", () -> moderation.lock(a.id(), PROMPT, true));
        instructorActions.put("class map", () -> maps.classMap(a.id(), MAP));
        instructorActions.put("heat map", () -> heatMaps.heat(a.id()));
        instructorActions.put("submitted answers", () -> classWork.submittedAnswers(a.id()));

        accounts.signIn(studentB);
        assertThat(discussions.thread(COURSE, PROMPT).toString()).doesNotContain("Class A");
        assertThat(maps.myClassMap(COURSE, MAP).reasons()).isEmpty();
        studentActions.forEach((name, action) ->
                assertThatThrownBy(action::run).as("student of B: " + name).isInstanceOf(AccessDeniedException.class));
        instructorActions.forEach((name, action) ->
                assertThatThrownBy(action::run).as("student of B: " + name).isInstanceOf(AccessDeniedException.class));

        accounts.signIn(studentA);
        instructorActions.forEach((name, action) ->
                assertThatThrownBy(action::run).as("student of A: " + name).isInstanceOf(AccessDeniedException.class));

        accounts.signIn(teacherB);
        instructorActions.forEach((name, action) ->
                assertThatThrownBy(action::run).as("instructor of B: " + name).isInstanceOf(AccessDeniedException.class));
        studentActions.forEach((name, action) ->
                assertThatThrownBy(action::run).as("instructor of B: " + name).isInstanceOf(AccessDeniedException.class));

        accounts.signOut();
        instructorActions.forEach((name, action) -> assertThatThrownBy(action::run).as("visitor: " + name)
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class));
        studentActions.forEach((name, action) -> assertThatThrownBy(action::run).as("visitor: " + name)
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class));
    }
}
