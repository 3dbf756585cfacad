package org.colloquy.argument;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ArgumentMapServiceTest {

    private static final String COURSE = "sino-russian-relations";
    private static final String MAP = "expediency-and-order/argue-not-expediency";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    ArgumentMapService maps;

    UserRef teacher;
    CohortRef cohort;
    UserRef ana;
    UserRef bo;

    @BeforeEach
    void aClass() {
        teacher = accounts.signInNew("teacher", Role.INSTRUCTOR);
        cohort = cohorts.createCohort(COURSE, "Map class");
        ana = accounts.signInNew("Ana", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        bo = accounts.signInNew("Bo", Role.STUDENT);
        cohorts.join(cohort.joinCode());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void reasons_for_and_against_with_citations_and_classmates_verdicts_make_the_class_map() {
        accounts.signIn(ana);
        maps.addReason(COURSE, MAP, Side.FOR, "Shared civilisational history, as p6 says.", List.of("p6"));
        accounts.signIn(bo);
        maps.addReason(COURSE, MAP, Side.AGAINST, "The energy deals look transactional.", List.of("p9", "p12"));
        long anasReason = maps.myClassMap(COURSE, MAP).side(Side.FOR).getFirst().id();
        maps.judge(COURSE, MAP, anasReason, Stance.SUPPORT);

        ArgumentMap seenByBo = maps.myClassMap(COURSE, MAP);
        assertThat(seenByBo.side(Side.FOR)).singleElement().satisfies(reason -> {
            assertThat(reason.author()).isEqualTo(Author.named("Ana"));
            assertThat(reason.cites()).containsExactly("p6");
            assertThat(reason.supports()).isEqualTo(1);
            assertThat(reason.myStance()).isEqualTo(Stance.SUPPORT);
        });
        assertThat(seenByBo.side(Side.AGAINST)).singleElement().satisfies(reason -> {
            assertThat(reason.author()).isEqualTo(Author.self());
            assertThat(reason.cites()).containsExactly("p9", "p12");
        });

        accounts.signIn(teacher);
        assertThat(maps.classMap(cohort.id(), MAP).reasons()).extracting(ArgumentMap.ReasonView::author)
                .containsExactly(Author.named("Ana"), Author.named("Bo"));
    }

    @Test
    void a_reason_must_cite_an_existing_paragraph() {
        accounts.signIn(ana);

        assertThatThrownBy(() -> maps.addReason(COURSE, MAP, Side.FOR, "Because.", List.of()))
                .hasMessageContaining("Cite at least one paragraph");
        assertThatThrownBy(() -> maps.addReason(COURSE, MAP, Side.FOR, "Because.", List.of("p99")))
                .hasMessageContaining("no paragraph p99");
    }

    @Test
    void a_flood_of_reasons_is_slowed_with_a_clear_message() {
        accounts.signIn(ana);
        for (int i = 0; i < ArgumentMapService.MAX_REASONS_PER_MINUTE; i++) {
            maps.addReason(COURSE, MAP, Side.FOR, "Reason " + i, List.of("p6"));
        }

        assertThatThrownBy(() -> maps.addReason(COURSE, MAP, Side.FOR, "One more", List.of("p6")))
                .hasMessageContaining("Wait a moment").hasMessageContaining("your text is still here");
    }

    @Test
    void another_class_never_sees_this_map_and_nobody_judges_their_own_reason() {
        accounts.signIn(ana);
        maps.addReason(COURSE, MAP, Side.FOR, "Mine.", List.of("p6"));
        long mine = maps.myClassMap(COURSE, MAP).reasons().getFirst().id();
        assertThatThrownBy(() -> maps.judge(COURSE, MAP, mine, Stance.SUPPORT)).hasMessageContaining("your own");

        accounts.signInNew("other-teacher", Role.INSTRUCTOR);
        CohortRef other = cohorts.createCohort(COURSE, "Other class");
        assertThatThrownBy(() -> maps.classMap(cohort.id(), MAP)).isInstanceOf(AccessDeniedException.class);
        accounts.signInNew("Outsider", Role.STUDENT);
        cohorts.join(other.joinCode());
        assertThat(maps.myClassMap(COURSE, MAP).reasons()).isEmpty();
        assertThatThrownBy(() -> maps.judge(COURSE, MAP, mine, Stance.CHALLENGE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_reason_may_quote_a_sentence_which_counts_as_its_citation_and_a_missing_sentence_is_refused() {
        accounts.signIn(ana);

        assertThatThrownBy(() -> maps.addReason(COURSE, MAP, Side.FOR, "As [¶6.30] says.", List.of()))
                .hasMessageContaining("cites sentence 30 of paragraph 6").hasMessageContaining("Your text is still here");
        maps.addReason(COURSE, MAP, Side.FOR, "Long histories [¶6.2].", List.of());

        assertThat(maps.myClassMap(COURSE, MAP).reasons()).singleElement()
                .satisfies(reason -> assertThat(reason.cites()).containsExactly("p6"));
    }

    @Test
    void an_over_long_reason_is_refused_with_its_length_and_students_never_open_the_instructors_map() {
        accounts.signIn(ana);

        assertThatThrownBy(() -> maps.addReason(COURSE, MAP, Side.FOR, "x".repeat(1001), List.of("p6")))
                .hasMessageContaining("1,001 characters; the limit is 1,000").hasMessageContaining("still here");
        assertThatThrownBy(() -> maps.classMap(cohort.id(), MAP)).isInstanceOf(AccessDeniedException.class);
    }
}
