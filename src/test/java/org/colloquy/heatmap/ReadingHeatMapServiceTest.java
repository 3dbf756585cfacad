package org.colloquy.heatmap;

import org.colloquy.base.Author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.argument.Side;
import org.colloquy.discussion.DiscussionService;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ReadingHeatMapServiceTest {

    static final String COURSE = "sino-russian-relations";
    static final String ANONYMOUS = "expediency-and-order/discuss-order";
    static final String MAP = "expediency-and-order/argue-not-expediency";
    static final String RESPOND = "three-stages/respond-balance";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService answers;
    @Autowired
    DiscussionService discussions;
    @Autowired
    ArgumentMapService maps;
    @Autowired
    ReadingHeatMapService heatMaps;

    UserRef teacher;
    CohortRef cohort;
    UserRef wen;
    UserRef zoe;

    @BeforeEach
    void aClassThatCitesTheEssay() {
        teacher = accounts.signInNew("teacher", Role.INSTRUCTOR);
        cohort = cohorts.createCohort(COURSE, "Heat class");
        wen = accounts.signInNew("Wen", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit(COURSE, ANONYMOUS, "The order is shifting [¶4.2] and [¶2].", null, AnswerSnapshot.NONE_SAVED);
        answers.submit(COURSE, RESPOND, "State and market [¶3] [¶3.1] " + "word ".repeat(85), null,
                AnswerSnapshot.NONE_SAVED);
        maps.addReason(COURSE, MAP, Side.FOR, "Shared history.", List.of("p6"));
        zoe = accounts.signInNew("Zoe", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit(COURSE, ANONYMOUS, "Regret this [¶4].", null, AnswerSnapshot.NONE_SAVED);
        long wensPost = discussions.thread(COURSE, ANONYMOUS).posts().getFirst().id();
        long zoesPost = discussions.thread(COURSE, ANONYMOUS).posts().getLast().id();
        discussions.reply(COURSE, ANONYMOUS, wensPost, "Agreed, see [¶2].");
        discussions.deleteMyPost(COURSE, ANONYMOUS, zoesPost);
        accounts.signIn(teacher);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void each_paragraph_counts_the_posts_reasons_and_answers_that_cite_it_once_each() {
        ReadingHeat heat = heatMaps.heat(cohort.id());

        assertThat(heat.count("p2", CitingWork.Kind.POST)).isEqualTo(1);
        assertThat(heat.count("p2", CitingWork.Kind.REPLY)).isEqualTo(1);
        assertThat(heat.count("p3", CitingWork.Kind.ANSWER)).isEqualTo(1);
        assertThat(heat.count("p6", CitingWork.Kind.REASON)).isEqualTo(1);
        assertThat(heat.citing("p1")).isEmpty();
        assertThat(heat.level("p2")).isEqualTo(4);
        assertThat(heat.level("p1")).isZero();
    }

    @Test
    void each_paragraph_counts_the_answers_to_prompts_about_it_apart_from_the_work_citing_it() {
        ReadingHeat heat = heatMaps.heat(cohort.id());

        assertThat(heat.answersAbout("p7")).as("two posts to the discussion prompt about p7, cited or not").isEqualTo(2);
        assertThat(heat.citing("p7")).isEmpty();
        assertThat(heat.answersAbout("p3")).isEqualTo(1);
        assertThat(heat.askedAbout("p1")).as("only a reading step shows p1").isFalse();
        assertThat(heat.askedAbout("p5")).isTrue();
        assertThat(heat.answersAbout("p5")).isZero();
        assertThat(heat.level("p7")).isEqualTo(4);
        assertThat(heat.level("p5")).isZero();
    }

    @Test
    void instructors_see_authors_even_on_anonymous_prompts_and_no_deleted_post() {
        ReadingHeat heat = heatMaps.heat(cohort.id());

        assertThat(heat.citing("p4")).singleElement().satisfies(work -> {
            assertThat(work.author()).isEqualTo(Author.named("Wen"));
            assertThat(work.kind()).isEqualTo(CitingWork.Kind.POST);
            assertThat(work.promptKey()).isEqualTo(ANONYMOUS);
        });
        assertThat(heat.citing("p4").toString()).doesNotContain("Regret");
    }

    @Test
    void students_and_instructors_of_other_classes_get_no_heat_map() {
        accounts.signIn(wen);
        assertThatThrownBy(() -> heatMaps.heat(cohort.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> heatMaps.classesReading(COURSE)).isInstanceOf(AccessDeniedException.class);

        accounts.signInNew("other-teacher", Role.INSTRUCTOR);
        assertThatThrownBy(() -> heatMaps.heat(cohort.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(heatMaps.classesReading(COURSE)).isEmpty();
    }
}
