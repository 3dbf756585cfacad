package org.colloquy.demo;

import java.util.List;
import javax.sql.DataSource;
import org.colloquy.base.StartupLock;
import org.colloquy.identity.AccountService;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.StudentLessonService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Gives the demo class something to review: on the first start, Ana finishes lesson 1 and Ben is half-way
 * through it, written through the same services students use. Never on the prod profile (checked when the app
 * starts, see {@code DemoAccounts}), and not on a database whose demo students are gone; once, when several nodes
 * start together (decision 0048).
 */
@Component
@Order(1)
class DemoAnswers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAnswers.class);
    private static final String COURSE = "sino-russian-relations";
    private static final String LESSON = "three-stages";

    private final AnswerService answers;
    private final StudentLessonService lessons;
    private final AccountService accounts;
    private final Environment environment;
    private final DataSource dataSource;

    DemoAnswers(AnswerService answers, StudentLessonService lessons, AccountService accounts,
                Environment environment, DataSource dataSource) {
        this.answers = answers;
        this.lessons = lessons;
        this.accounts = accounts;
        this.environment = environment;
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!environment.matchesProfiles("prod")) {
            StartupLock.runAlone(dataSource, this::answerOnce);
        }
    }

    /** Alone among the nodes starting on this database, so that only the first to start finds no answers. */
    private void answerOnce() {
        try {
            if (!demoStudentsExist()) {
                log.info("No demo answers: the demo students ana and ben are not in this database");
                return;
            }
            actAs("ana");
            if (!answers.answersInLesson(COURSE, LESSON).isEmpty()) {
                return;
            }
            lessons.open(COURSE, LESSON);
            submit("position-before", "4", "Both moved from copying the West to a stronger state, so the paths look alike.");
            submit("check-second-stage", "b", "");
            submit("respond-balance", null, ANA_ANSWER);
            submit("position-after", "3", "The stages match in outline, but the dates in paragraph 2 do not fit Russia as neatly.");
            lessons.moveTo(COURSE, LESSON, "position-after");
            lessons.complete(COURSE, LESSON);

            actAs("ben");
            lessons.open(COURSE, LESSON);
            submit("position-before", "2", "Russia's 1990s were a collapse, China's were a boom; that is not one path.");
            submit("respond-balance", null, BEN_ANSWER);
            lessons.moveTo(COURSE, LESSON, "discuss-parallel");
            log.info("Added demo answers for ana and ben in lesson {}", LESSON);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private boolean demoStudentsExist() {
        actAs("demo-seeding", "ROLE_ADMIN");
        return accounts.findByUsername("ana").isPresent() && accounts.findByUsername("ben").isPresent();
    }

    private void submit(String stepKey, String choice, String body) {
        answers.submit(COURSE, LESSON + "/" + stepKey, body, choice, AnswerSnapshot.NONE_SAVED);
    }

    private static void actAs(String username) {
        actAs(username, "ROLE_STUDENT");
    }

    private static void actAs(String username, String role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(role))));
        SecurityContextHolder.setContext(context);
    }

    private static final String ANA_ANSWER = """
            Paragraph 3 says the third stage must "ensure the state's strong role" while giving "full play to the \
            role of market-based regulation" and improving democratic decision-making. So the balance is between \
            a strong, stabilising state and a market that is allowed to set prices and move resources. I am not \
            sure both can be pursued together. The second stage, as the essay describes it, strengthened the \
            state-owned economy "unprecedentedly", which means the people who gained most from it would now have \
            to give up some control. The essay's two examples point in different directions: Russia talks about \
            reform in the logic of crisis, China about decentralisation under political stability. That suggests \
            the balance is an aim both governments announce, not yet a practice either has shown.""";

    private static final String BEN_ANSWER = """
            The third stage has to balance state control with market forces and stability with more democratic \
            decision-making. The essay says the two countries must keep a strong state role "while maintaining \
            stability" but also let the market work. I think this is possible only if the state chooses where to \
            step back, for example in services and small business, and keeps control of energy and banks. China's \
            decentralisation is an example of this choice. Russia's crisis reforms are more forced than chosen, so \
            the balance there may be less stable. Overall the goals can be pursued together but only slowly, and \
            the essay does not say what happens if growth slows down.""";
}
