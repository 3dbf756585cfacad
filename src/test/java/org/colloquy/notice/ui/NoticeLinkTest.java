package org.colloquy.notice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.colloquy.IntegrationTest;
import org.colloquy.base.i18n.Text;
import org.colloquy.base.ui.MainLayout;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.ui.HomeView;
import org.colloquy.lesson.ui.MyWorkView;
import org.colloquy.notice.NoticeService;
import org.colloquy.notice.NoticeTarget;
import org.colloquy.notice.TestNotices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(classes = {NoticesView.class, HomeView.class, MyWorkView.class, MainLayout.class})
class NoticeLinkTest extends SpringBrowserlessTest {

    private static final NoticeTarget MY_WORK = new NoticeTarget.MyWorkPage();

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestNotices notices;
    @Autowired
    NoticeService noticeService;

    private UserRef student;

    @BeforeEach
    void signInWithTwoUnreadNotices() {
        student = accounts.signInNew("student", Role.STUDENT);
        notices.tell(student, Text.of("review.notice.feedback-ready", "Three stages"), MY_WORK);
        notices.tell(student, Text.of("review.notice.feedback-ready", "The triangle"), MY_WORK);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_count_in_the_top_bar_goes_as_soon_as_the_student_opens_her_notices() {
        navigate(HomeView.class);
        assertThat(badge()).isEqualTo("2");

        navigate(NoticesView.class);

        assertThat(find(Span.class).withClassName("notice-badge").exists()).isFalse();
        assertThat(link().getElement().getAttribute("aria-label")).isEqualTo("Notices, none unread");
    }

    @Test
    void a_notice_told_while_the_student_works_is_counted_when_she_moves_to_another_page() {
        navigate(HomeView.class);
        notices.tell(student, Text.of("review.notice.feedback-ready", "The SCO"), MY_WORK);

        navigate(MyWorkView.class);

        assertThat(badge()).isEqualTo("3");
    }

    @Test
    void the_count_goes_when_another_tab_of_the_same_person_read_the_notices() {
        navigate(HomeView.class);
        noticeService.markAllRead(); // what the other tab's notices page did
        assertThat(badge()).as("this tab does not know yet").isEqualTo("2");

        Anchor link = link();
        link.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(link.getElement(), NoticeLink.CHANGED, JacksonUtils.createObjectNode()));

        assertThat(find(Span.class).withClassName("notice-badge").exists()).isFalse();
    }

    private Anchor link() {
        return find(Anchor.class).id("notice-link");
    }

    private String badge() {
        return find(Span.class).withClassName("notice-badge").single().getText();
    }
}
