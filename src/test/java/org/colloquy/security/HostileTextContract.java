package org.colloquy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.colloquy.identity.AccountService;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.cohort.JoinResult;
import org.colloquy.identity.Role;
import org.colloquy.cohort.RosterImportResult;
import org.colloquy.cohort.RosterImportService;
import org.colloquy.cohort.RosterEntry;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.argument.ArgumentMap;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.argument.Side;
import org.colloquy.discussion.DiscussionModerationService;
import org.colloquy.discussion.DiscussionService;
import org.colloquy.discussion.DiscussionThread;
import org.colloquy.discussion.ModeratedPost;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.SaveOutcome;
import org.colloquy.review.ReviewService;
import org.colloquy.seminar.audience.AnswerOutcome;
import org.colloquy.seminar.guest.GuestJoin;
import org.colloquy.seminar.audience.JoinOutcome;
import org.colloquy.seminar.console.LiveAnswer;
import org.colloquy.seminar.guest.GuestService;
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SessionSummary;
import org.colloquy.security.HostileInput.Payload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import java.util.stream.Stream;

/**
 * Every text input a user has, fed the hostile-input corpus through its service: each payload is kept exactly as
 * typed (control characters stripped), and a megabyte is refused with a message that says what to do — never a
 * database error. Run on H2 and on PostgreSQL, which refuses a null byte in a text column or a query parameter.
 */
abstract class HostileTextContract {

    static final String COURSE = "sino-russian-relations";
    static final String RESPOND = "three-stages/respond-balance";
    static final String DISCUSS = "three-stages/discuss-parallel";
    static final String ARGUE = "expediency-and-order/argue-not-expediency";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService answers;
    @Autowired
    DiscussionService discussions;
    @Autowired
    DiscussionModerationService moderation;
    @Autowired
    ArgumentMapService maps;
    @Autowired
    ReviewService reviews;
    @Autowired
    RosterImportService rosters;
    @Autowired
    AudienceService audienceService;
    @Autowired
    ConsoleService consoleService;
    @Autowired
    LiveSessionService roomService;
    @Autowired
    GuestService guests;
    @Autowired
    AccountService people;
    @Autowired
    UserDetailsService signInDetails;

    UserRef instructor;
    CohortRef cohort;

    @BeforeEach
    void anInstructorWithAClass() {
        instructor = accounts.signInNew("hostile-teacher", Role.INSTRUCTOR, Role.SEMINAR_LEADER);
        cohort = cohorts.createCohort(COURSE, "Hostile input class");
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void answers_keep_every_payload_as_typed_and_a_megabyte_is_refused_with_a_message() {
        accounts.signInNew("answers", Role.STUDENT);
        int revision = AnswerSnapshot.NONE_SAVED;
        for (Payload payload : HostileInput.CORPUS) {
            SaveOutcome outcome = answers.saveDraft(COURSE, RESPOND, payload.text(), null, revision);
            assertThat(outcome).as(payload.kind()).isInstanceOf(SaveOutcome.Saved.class);
            revision = ((SaveOutcome.Saved) outcome).revision();
            assertThat(answers.answersInLesson(COURSE, "three-stages").get("respond-balance").body())
                    .as(payload.kind()).isEqualTo(payload.stored());
        }
        SaveOutcome huge = answers.saveDraft(COURSE, RESPOND, HostileInput.ONE_MEGABYTE, null, revision);
        assertThat(huge).isInstanceOf(SaveOutcome.Refused.class);
        assertThat(((SaveOutcome.Refused) huge).message()).contains("1,048,576 characters", "your text is still here");
    }

    @Test
    void discussion_posts_replies_and_a_moderators_reason_keep_every_payload() {
        UserRef opener = accounts.signInNew("opener", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        submit(DISCUSS, "The first post of the thread.");
        long firstPost = discussions.thread(COURSE, DISCUSS).posts().getFirst().id();
        for (Payload payload : HostileInput.CORPUS) {
            accounts.signInNew("poster-" + payload.label(), Role.STUDENT);
            cohorts.join(cohort.joinCode());
            submit(DISCUSS, payload.text());
            discussions.reply(COURSE, DISCUSS, firstPost, payload.text());
        }
        accounts.signIn(opener);
        DiscussionThread thread = discussions.thread(COURSE, DISCUSS);
        assertThat(thread.posts()).extracting(DiscussionThread.Post::body).containsAll(storedTexts());
        assertThat(thread.posts().getFirst().replies()).extracting(DiscussionThread.ReplyView::body)
                .containsExactlyElementsOf(storedTexts());
        assertThatThrownBy(() -> discussions.reply(COURSE, DISCUSS, firstPost, HostileInput.ONE_MEGABYTE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("your text is still here");

        accounts.signIn(instructor);
        List<ModeratedPost> posts = moderation.posts(cohort.id(), DISCUSS);
        for (Payload payload : HostileInput.CORPUS) {
            moderation.hide(cohort.id(), posts.get(payload.number()).id(), payload.text());
        }
        assertThat(moderation.posts(cohort.id(), DISCUSS)).extracting(ModeratedPost::hiddenReason)
                .containsAll(storedTexts());
        assertThatThrownBy(() -> moderation.hide(cohort.id(), firstPost, HostileInput.ONE_MEGABYTE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reasons_on_the_argument_map_keep_every_payload() {
        UserRef last = null;
        for (Payload payload : HostileInput.CORPUS) {
            last = accounts.signInNew("arguer-" + payload.label(), Role.STUDENT);
            cohorts.join(cohort.joinCode());
            maps.addReason(COURSE, ARGUE, Side.FOR, payload.text(), List.of("p6"));
        }
        accounts.signIn(last);
        assertThat(maps.myClassMap(COURSE, ARGUE).reasons()).extracting(ArgumentMap.ReasonView::body)
                .containsExactlyInAnyOrderElementsOf(storedTexts());
        assertThatThrownBy(() -> maps.addReason(COURSE, ARGUE, Side.AGAINST, HostileInput.ONE_MEGABYTE, List.of("p6")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("your text is still here");
    }

    @Test
    void display_names_chosen_when_joining_keep_every_payload_and_a_megabyte_is_refused() {
        for (Payload payload : HostileInput.CORPUS) {
            accounts.signInAnonymously();
            JoinResult joined = cohorts.signUpAndJoin(cohort.joinCode(), "named-" + payload.label() + "-"
                    + System.nanoTime(), payload.text(), "a long enough password");
            assertThat(joined).as(payload.kind()).isInstanceOf(JoinResult.Joined.class);
        }
        accounts.signInAnonymously();
        assertThatThrownBy(() -> cohorts.signUpAndJoin(cohort.joinCode(), "huge-" + System.nanoTime(),
                HostileInput.ONE_MEGABYTE, "a long enough password"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200 characters");
        accounts.signIn(instructor);
        assertThat(cohorts.students(cohort.id())).extracting(UserRef::displayName)
                .containsExactlyInAnyOrderElementsOf(names());
    }

    @Test
    void cohort_names_keep_every_payload_and_a_megabyte_is_refused() {
        for (Payload payload : HostileInput.CORPUS) {
            assertThat(cohorts.createCohort(COURSE, payload.text()).name()).as(payload.kind())
                    .isEqualTo(payload.asName());
        }
        assertThatThrownBy(() -> cohorts.createCohort(COURSE, HostileInput.ONE_MEGABYTE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("120 characters");
    }

    @Test
    void a_join_code_of_hostile_text_finds_no_class_and_no_session_and_says_so() {
        int someoneElse = 0;
        for (String typed : typedCodes()) {
            // a student of her own for each, from an address of her own: one person typing this many wrong codes
            // would wait (decision 0050)
            accounts.signInNew("joiner", Role.STUDENT);
            from("192.0.2." + ++someoneElse);
            assertThat(cohorts.join(typed)).isInstanceOf(JoinResult.UnknownCode.class);
            assertThat(audienceService.join(typed)).isInstanceOf(JoinOutcome.UnknownCode.class);
        }
        accounts.signInAnonymously();
        for (String typed : typedCodes()) {
            from("198.51.100." + ++someoneElse);
            assertThat(guests.enter(typed, null)).isInstanceOf(GuestJoin.Refused.class);
            assertThat(guests.join(typed, "Mira")).isInstanceOf(GuestJoin.Refused.class);
            assertThat(cohorts.signUpAndJoin(typed, "nobody-" + System.nanoTime(), "Nobody", "a long enough password"))
                    .isInstanceOf(JoinResult.UnknownCode.class);
        }
    }

    @Test
    void a_username_of_hostile_text_names_nobody_and_says_so() {
        for (String typed : typedCodes()) {
            assertThatThrownBy(() -> cohorts.addInstructor(cohort.id(), typed))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("No instructor has the username");
            assertThatThrownBy(() -> signInDetails.loadUserByUsername(typed))
                    .isInstanceOf(UsernameNotFoundException.class);
        }
        assertThatThrownBy(() -> signInDetails.loadUserByUsername("\0" + instructor.username() + "\0x"))
                .isInstanceOf(UsernameNotFoundException.class);
        accounts.signInNew("admin", Role.ADMIN);
        assertThat(people.findByUsername(instructor.username() + "\0x")).isEmpty();
        assertThat(people.findByUsername(instructor.username())).isPresent();
    }

    @Test
    void a_roster_imports_names_as_typed_and_refuses_control_characters_by_row() {
        List<Payload> printable = HostileInput.CORPUS.stream().filter(p -> p.text().equals(p.stored())).toList();
        RosterImportResult imported = rosters.importRoster(cohort.id(), roster(printable));
        assertThat(imported).isInstanceOf(RosterImportResult.Imported.class);
        assertThat(((RosterImportResult.Imported) imported).entries()).extracting(RosterEntry::name)
                .containsExactlyElementsOf(printable.stream().map(Payload::text).toList());

        Payload withNullByte = HostileInput.withNullByte().orElseThrow();
        RosterImportResult refused = rosters.importRoster(cohort.id(), roster(List.of(withNullByte)));
        assertThat(refused).isInstanceOf(RosterImportResult.Refused.class);
        assertThat(((RosterImportResult.Refused) refused).problems().getFirst().message())
                .contains("control character");

        RosterImportResult huge = rosters.importRoster(cohort.id(), "name,email\n" + HostileInput.ONE_MEGABYTE.replace(",", ";")
                .replace("\"", "'") + ",huge@example.test\n");
        assertThat(huge).isInstanceOf(RosterImportResult.Refused.class);
    }

    @Test
    void feedback_keeps_every_payload_and_a_megabyte_is_refused() {
        accounts.signInNew("graded", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        submit(DISCUSS, "An answer to grade.");
        accounts.signIn(instructor);
        long responseId = reviews.queue(cohort.id(), DISCUSS).stream()
                .filter(entry -> entry.response() != null).findFirst().orElseThrow().response().responseId();
        for (Payload payload : HostileInput.CORPUS) {
            assertThat(reviews.saveFeedback(cohort.id(), responseId, payload.text(), List.of()).comment())
                    .as(payload.kind()).isEqualTo(payload.stored());
            assertThat(reviews.feedback(cohort.id(), responseId).comment()).isEqualTo(payload.stored());
        }
        assertThatThrownBy(() -> reviews.saveFeedback(cohort.id(), responseId, HostileInput.ONE_MEGABYTE, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void guest_names_and_live_answers_keep_every_payload_and_a_megabyte_is_refused() {
        SessionSummary session = roomService.start(cohort.id(), COURSE, "three-stages");
        while (!consoleService.presenterState(session.id()).current().key().equals(RESPOND)) {
            consoleService.next(session.id());
        }
        consoleService.allowGuests(session.id(), true);
        UserRef student = accounts.signInNew("live-student", Role.STUDENT);
        assertThat(audienceService.answer(session.joinCode(), RESPOND, HostileInput.ONE_MEGABYTE, null))
                .isInstanceOf(AnswerOutcome.Refused.class);
        accounts.signInAnonymously();
        assertThat(guests.join(session.joinCode(), HostileInput.ONE_MEGABYTE)).isInstanceOf(GuestJoin.Refused.class);
        for (Payload payload : HostileInput.CORPUS) {
            GuestJoin joined = guests.join(session.joinCode(), payload.text());
            assertThat(joined).as(payload.kind()).isInstanceOf(GuestJoin.Joined.class);
            String token = ((GuestJoin.Joined) joined).token();
            assertThat(guests.answer(session.joinCode(), token, RESPOND, payload.text(), null)).as(payload.kind())
                    .isInstanceOf(AnswerOutcome.Received.class);
        }
        accounts.signIn(student);
        assertThat(audienceService.answer(session.joinCode(), RESPOND, HostileInput.number(1).text(), null))
                .isInstanceOf(AnswerOutcome.Received.class);

        accounts.signIn(instructor);
        List<LiveAnswer> live = consoleService.presenterState(session.id()).answers();
        assertThat(live).extracting(LiveAnswer::body).containsAll(storedTexts());
        assertThat(live).filteredOn(LiveAnswer::guest).extracting(LiveAnswer::studentName)
                .containsAll(names());
    }

    private void submit(String promptKey, String text) {
        SaveOutcome outcome = answers.submit(COURSE, promptKey, text, null, AnswerSnapshot.NONE_SAVED);
        assertThat(outcome).as(text).isInstanceOf(SaveOutcome.Saved.class);
    }

    private static List<String> storedTexts() {
        return HostileInput.CORPUS.stream().map(Payload::stored).toList();
    }

    /** Names keep no direction controls: an override in a name would turn around what follows it on a line. */
    private static List<String> names() {
        return HostileInput.CORPUS.stream().map(Payload::asName).toList();
    }

    /** The calls that follow come from this address (a new address for each guesser of the corpus). */
    private static void from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static List<String> typedCodes() {
        return Stream.concat(HostileInput.CORPUS.stream().map(Payload::text),
                Stream.of(HostileInput.ONE_MEGABYTE, "ABC\0DEF", "\0")).toList();
    }

    /** A roster with one student per payload, each name quoted as CSV quotes it. */
    private static String roster(List<Payload> payloads) {
        return "name,email\n" + payloads.stream()
                .map(p -> "\"" + p.text().replace("\"", "\"\"") + "\",hostile-" + p.number() + "-"
                        + Long.toHexString(System.nanoTime()) + "@example.test")
                .collect(Collectors.joining("\n")) + "\n";
    }
}
