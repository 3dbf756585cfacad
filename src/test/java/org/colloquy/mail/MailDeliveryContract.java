package org.colloquy.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colloquy.base.i18n.InterfaceLanguage;
import org.colloquy.base.i18n.LanguagePreference;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.cohort.RosterImportResult;
import org.colloquy.cohort.RosterImportService;
import org.colloquy.discussion.ReplyPosted;
import org.colloquy.identity.Contact;
import org.colloquy.identity.PasswordSetupService;
import org.colloquy.identity.Role;
import org.colloquy.identity.SetupLink;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.ui.LessonPages;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.review.ReviewService;
import org.colloquy.schedule.LessonDueSoon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Email through a real SMTP server in the test JVM: each kind of message arrives once, in its reader's language, as
 * plain text and HTML, with a link that works; a mail server that is down delays a message and never loses or
 * doubles it; what fails for good is shown to admins; two workers (two nodes) never send one message twice.
 */
abstract class MailDeliveryContract {

    static final String COURSE = "sino-russian-relations";
    static final String RESPOND = "three-stages/respond-balance";
    static final String DISCUSS = "three-stages/discuss-parallel";
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.configure(registry, "PT1H");
    }

    @Autowired TestAccounts accounts;
    @Autowired CohortService cohorts;
    @Autowired RosterImportService rosters;
    @Autowired AnswerService answers;
    @Autowired CohortWorkService classWork;
    @Autowired ReviewService reviews;
    @Autowired PasswordSetupService passwordSetup;
    @Autowired LanguagePreference languages;
    @Autowired MailPreferenceService preferences;
    @Autowired MailAdminService admin;
    @Autowired MailWorker worker;
    @Autowired Outbox outbox;
    @Autowired OutboxRepository messages;
    @Autowired MailSending sending;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    GreenMail smtp;

    @BeforeEach
    void anEmptyOutboxAndMailbox() throws Exception {
        smtp = TestSmtp.start();
        smtp.purgeEmailFromAllMailboxes();
        jdbc.update("delete from mail_outbox");
    }

    @AfterEach
    void signOut() {
        TestSmtp.start();
        accounts.signOut();
    }

    @Test
    void a_student_on_a_class_list_gets_her_set_password_link_by_email_and_it_sets_her_password() throws Exception {
        UserRef instructor = accounts.signInNew("Iris Instructor", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort(COURSE, "Class");
        String address = "dana-" + System.nanoTime() + "@example.org";
        var imported = (RosterImportResult.Imported) rosters.importRoster(cohort.id(), "name,email\nDana Ray," + address);
        String token = imported.entries().getFirst().setPasswordToken();

        assertThat(worker.sendDue()).isOne();

        MimeMessage mail = onlyMessageTo(address);
        assertThat(mail.getSubject()).isEqualTo("Choose your password for Colloquy");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        assertThat(text(mail)).contains("Hello Dana Ray,", instructor.displayName() + " made you an account");
        String link = link(mail);
        assertThat(link).isEqualTo(TestSmtp.PUBLIC_URL + "/set-password/" + token);
        assertThat(html(mail)).contains("href=\"" + link + "\"");
        accounts.signInAnonymously();
        assertThat(passwordSetup.describe(link.substring(link.lastIndexOf('/') + 1)))
                .isInstanceOf(SetupLink.Usable.class);
        assertThat(messages.findAll()).singleElement().satisfies(sent -> {
            assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
            assertThat(sent.getTextBody()).as("the link is not kept once sent").isNull();
            assertThat(sent.getHtmlBody()).isNull();
        });
    }

    @Test
    void released_feedback_reaches_the_student_in_chinese_with_a_link_to_her_lesson() throws Exception {
        UserRef instructor = accounts.signInNew("instructor", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort(COURSE, "Class");
        String address = "li-" + System.nanoTime() + "@example.org";
        UserRef student = accounts.createExactly(address, "李华", "long-password", Role.STUDENT);
        accounts.signIn(student);
        languages.store(InterfaceLanguage.CHINESE);
        cohorts.join(cohort.joinCode());
        answers.submit(COURSE, RESPOND, String.join(" ", Collections.nCopies(90, "trade")), null,
                AnswerSnapshot.NONE_SAVED);
        accounts.signIn(instructor);
        long answer = classWork.responsesTo(cohort.id(), RESPOND).getFirst().responseId();
        reviews.saveFeedback(cohort.id(), answer, "Good use of paragraph 3.", List.of());
        reviews.release(cohort.id(), RESPOND);

        assertThat(worker.sendDue()).isOne();

        MimeMessage mail = onlyMessageTo(address);
        assertThat(mail.getSubject()).startsWith("您在《").endsWith("》中的回答已有反馈");
        assertThat(text(mail)).contains("李华，您好：");
        assertThat(link(mail)).isEqualTo(TestSmtp.PUBLIC_URL + "/" + LessonPages.lesson(COURSE, "three-stages"));
    }

    @Test
    void a_reply_reaches_the_author_in_russian_and_nobody_hears_of_her_own_reply() throws Exception {
        String address = "masha-" + System.nanoTime() + "@example.org";
        UserRef author = accounts.createExactly(address, "Маша", "long-password", Role.STUDENT);
        accounts.signIn(author);
        languages.store(InterfaceLanguage.RUSSIAN);
        accounts.signOut();

        publish(new ReplyPosted(9001, 77, author.id(), 12345, "Борис", COURSE, DISCUSS, clock.instant(), false));
        publish(new ReplyPosted(9002, 77, author.id(), author.id(), "Маша", COURSE, DISCUSS, clock.instant(), false));

        assertThat(worker.sendDue()).isOne();
        MimeMessage mail = onlyMessageTo(address);
        assertThat(mail.getSubject()).isEqualTo("Борис ответил(а) на ваше сообщение");
        assertThat(link(mail)).isEqualTo(TestSmtp.PUBLIC_URL + "/" + LessonPages.discussion(COURSE, DISCUSS));
    }

    @Test
    void a_reminder_reaches_a_student_a_day_before_a_lesson_is_due_unless_she_turned_reminders_off() throws Exception {
        String reminded = "ana-" + System.nanoTime() + "@example.org";
        UserRef ana = accounts.createExactly(reminded, "Ana", "long-password", Role.STUDENT);
        String notReminded = "ben-" + System.nanoTime() + "@example.org";
        UserRef ben = accounts.createExactly(notReminded, "Ben", "long-password", Role.STUDENT);
        accounts.signIn(ben);
        preferences.setReminders(false);
        assertThat(preferences.mine().reminders()).isFalse();
        accounts.signOut();
        Instant due = Instant.parse("2026-12-09T16:00:00Z");

        publish(new LessonDueSoon(ana.id(), 1, COURSE, "three-stages", "Three stages", due, "Europe/Berlin",
                List.of("Demo seminar")));
        publish(new LessonDueSoon(ben.id(), 1, COURSE, "three-stages", "Three stages", due, "Europe/Berlin",
                List.of("Demo seminar")));

        assertThat(worker.sendDue()).isOne();
        MimeMessage mail = onlyMessageTo(reminded);
        assertThat(mail.getSubject()).isEqualTo("«Three stages» is due tomorrow · «Demo seminar»");
        assertThat(text(mail)).contains("Dec 9, 2026", "Europe/Berlin", TestSmtp.PUBLIC_URL + "/account/email");
        assertThat(link(mail)).isEqualTo(TestSmtp.PUBLIC_URL + "/" + LessonPages.lesson(COURSE, "three-stages"));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_person_without_an_address_gets_no_email_and_the_outbox_says_so() {
        UserRef noAddress = accounts.create("no-address", "Chen", Role.STUDENT);

        publish(new LessonDueSoon(noAddress.id(), 1, COURSE, "three-stages", "Three stages", clock.instant(),
                "UTC", List.of("Demo seminar")));

        assertThat(worker.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(messages.findAll()).singleElement().satisfies(message -> {
            assertThat(message.getStatus()).isEqualTo(MailStatus.NO_ADDRESS);
            assertThat(message.getTextBody()).isNull();
        });
    }

    @Test
    void an_event_handed_twice_queues_its_message_once() {
        UserRef ana = accounts.createExactly("twice-" + System.nanoTime() + "@example.org", "Ana", "long-password",
                Role.STUDENT);
        LessonDueSoon due = new LessonDueSoon(ana.id(), 1, COURSE, "three-stages", "Three stages", clock.instant(),
                "UTC", List.of("Demo seminar"));

        publish(due);
        publish(due);

        assertThat(messages.count()).isOne();
    }

    @Test
    void while_the_mail_server_is_down_a_message_waits_and_is_delivered_once_when_it_is_back() throws Exception {
        String address = "patient-" + System.nanoTime() + "@example.org";
        UserRef ana = accounts.createExactly(address, "Ana", "long-password", Role.STUDENT);
        TestSmtp.stop();

        publish(new LessonDueSoon(ana.id(), 1, COURSE, "three-stages", "Three stages", clock.instant(),
                "UTC", List.of("Demo seminar")));
        assertThat(worker.sendDue()).isZero();

        OutboxMessage waiting = messages.findAll().getFirst();
        assertThat(waiting.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(waiting.getAttempts()).isOne();
        assertThat(waiting.getNextAttemptAt()).isAfter(clock.instant());
        assertThat(waiting.getLastError()).isNotBlank();
        assertThat(worker.sendDue()).as("not before its back-off").isZero();

        smtp = TestSmtp.start();
        aMinuteLater();
        assertThat(worker.sendDue()).isOne();
        aMinuteLater();
        assertThat(worker.sendDue()).isZero();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(onlyMessageTo(address).getSubject()).isEqualTo("«Three stages» is due tomorrow · «Demo seminar»");
        assertThat(messages.findAll().getFirst().getAttempts()).isEqualTo(2);
    }

    @Test
    void a_message_refused_for_good_or_out_of_tries_is_shown_to_admins_who_can_send_it_again() {
        outbox.queue(MailKind.FEEDBACK_RELEASED, new Contact(1, "Ana", "not an address@@", "en"),
                new MailBody("Refused", "en").paragraph("Hello"), "refused");
        worker.sendDue();
        TestSmtp.stop();
        outbox.queue(MailKind.REPLY_POSTED, new Contact(2, "Ben", "ben@example.org", "en"),
                new MailBody("Out of tries", "en").paragraph("Hello"), "tries");
        jdbc.update("update mail_outbox set attempts = ? where subject = 'Out of tries'", MailSending.MAX_ATTEMPTS - 1);
        worker.sendDue();

        accounts.signInNew("admin", Role.ADMIN);
        List<OutboxEntry> unsent = admin.unsent();
        assertThat(unsent).extracting(OutboxEntry::subject).containsExactlyInAnyOrder("Refused", "Out of tries");
        assertThat(unsent).allSatisfy(entry -> {
            assertThat(entry.status()).isEqualTo(MailStatus.FAILED);
            assertThat(entry.lastError()).isNotBlank();
        });

        smtp = TestSmtp.start();
        long outOfTries = unsent.stream().filter(entry -> entry.subject().equals("Out of tries")).findFirst()
                .orElseThrow().id();
        assertThat(admin.retry(outOfTries)).isTrue();
        assertThat(worker.sendDue()).isOne();
        assertThat(admin.unsent()).extracting(OutboxEntry::subject).containsExactly("Refused");
    }

    @Test
    void two_workers_on_one_database_never_send_a_message_twice() throws Exception {
        for (int i = 0; i < 40; i++) {
            outbox.queue(MailKind.REPLY_POSTED, new Contact(i, "Ana", "reader" + i + "@example.org", "en"),
                    new MailBody("Message " + i, "en").paragraph("Hello"), i);
        }
        MailWorker nodeA = new MailWorker(messages, transactionManager, sending, clock, "node-a");
        MailWorker nodeB = new MailWorker(messages, transactionManager, sending, clock, "node-b");
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> rounds = new ArrayList<>();
            for (MailWorker node : List.of(nodeA, nodeB, nodeA, nodeB)) {
                rounds.add(node::sendDue);
            }
            int delivered = 0;
            for (Future<Integer> round : nodes.invokeAll(rounds)) {
                delivered += round.get();
            }
            delivered += worker.sendDue();
            assertThat(delivered).isEqualTo(40);
        } finally {
            nodes.shutdownNow();
        }
        List<String> subjects = new ArrayList<>();
        for (MimeMessage received : smtp.getReceivedMessages()) {
            subjects.add(received.getSubject());
        }
        assertThat(subjects).hasSize(40).doesNotHaveDuplicates();
        assertThat(messages.findAll()).allSatisfy(m -> assertThat(m.getStatus()).isEqualTo(MailStatus.SENT));
    }

    @Test
    void a_name_with_line_breaks_and_markup_adds_no_header_and_no_html() throws Exception {
        String address = "target-" + System.nanoTime() + "@example.org";
        UserRef author = accounts.createExactly(address, "Ana", "long-password", Role.STUDENT);

        publish(new ReplyPosted(9100, 78, author.id(), 12346,
                "Eve\r\nBcc: everyone@example.org\r\nX-Evil: 1\r\n\r\n<script>__pwn(1)</script>", COURSE, DISCUSS,
                clock.instant(), false));
        worker.sendDue();

        MimeMessage mail = onlyMessageTo(address);
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(address);
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getHeader("X-Evil")).isNull();
        assertThat(mail.getSubject()).doesNotContain("\r", "\n").startsWith("Eve Bcc: everyone@example.org");
        assertThat(html(mail)).doesNotContain("<script>").contains("&lt;script&gt;__pwn(1)&lt;/script&gt;");
    }

    private void publish(Object event) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(event));
    }

    private void aMinuteLater() {
        jdbc.update("update mail_outbox set next_attempt_at = next_attempt_at - interval '7' hour");
    }

    private MimeMessage onlyMessageTo(String address) throws MessagingException {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage received : smtp.getReceivedMessages()) {
            if (Arrays.stream(received.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                to.add(received);
            }
        }
        assertThat(to).as("messages to " + address).hasSize(1);
        return to.getFirst();
    }

    static String text(MimeMessage mail) throws MessagingException, IOException {
        return part(mail, "text/plain");
    }

    static String html(MimeMessage mail) throws MessagingException, IOException {
        return part(mail, "text/html");
    }

    static String link(MimeMessage mail) throws MessagingException, IOException {
        Matcher link = LINK.matcher(text(mail));
        assertThat(link.find()).as("a link in the message").isTrue();
        return link.group();
    }

    private static String part(MimeMessage mail, String type) throws MessagingException, IOException {
        MimeMultipart alternative = (MimeMultipart) mail.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            Part part = alternative.getBodyPart(i);
            if (part.isMimeType(type)) {
                return String.valueOf(part.getContent());
            }
        }
        throw new AssertionError("no " + type + " part in " + mail.getSubject());
    }
}
