package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.colloquy.base.i18n.Text;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.notice.NoticeTarget;
import org.colloquy.notice.TestNotices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A student with two tabs open reads her notices in one; the other tab's count goes without a reload, and so does what
 * the folded menu's button says about them.
 */
class NoticeTabsJourney extends BrowserJourney {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestNotices notices;

    @Test
    void reading_notices_in_one_tab_clears_the_count_in_the_other() {
        UserRef student = accounts.create("Tab", Role.STUDENT);
        notices.tell(student, Text.of("review.notice.feedback-ready", "Three stages"), new NoticeTarget.MyWorkPage());
        signIn(student.username(), "test-password");
        page.navigate(url("my-work"));
        assertThat(page.locator(".notice-badge")).hasText("1");
        assertThat(page.locator("#menu-button")).hasAttribute("aria-label", "Menu: Notices, 1 unread");

        Page otherTab = context.newPage();
        otherTab.navigate(url("notices"));
        assertThat(otherTab.locator(".notice-message")).hasCount(1);
        assertThat(otherTab.locator(".notice-badge")).hasCount(0);

        assertThat(page.locator(".notice-badge")).hasCount(0);
        assertThat(page.locator("#notice-link")).hasAttribute("aria-label", "Notices, none unread");
        assertThat(page.locator("#menu-button")).not().hasAttribute("aria-label", "Menu: Notices, 1 unread");
    }
}
