package org.colloquy.notice;

import java.util.List;
import org.colloquy.base.i18n.Text;
import org.colloquy.identity.UserRef;
import org.springframework.stereotype.Component;

/**
 * Tells a person something exactly as this feature's event listeners do, with any words and any target: for tests of
 * how notices are kept and shown, which should not depend on the wording of the events that cause them.
 */
@Component
public class TestNotices {

    private final NoticeService notices;

    TestNotices(NoticeService notices) {
        this.notices = notices;
    }

    public void tell(UserRef person, Text message, NoticeTarget target) {
        notices.tell(List.of(person.id()), message, target);
    }
}
