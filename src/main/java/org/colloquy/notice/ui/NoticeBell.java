package org.colloquy.notice.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.colloquy.base.ui.NavbarItem;
import org.colloquy.base.ui.PlainText;
import org.colloquy.notice.NoticeService;
import org.springframework.stereotype.Component;

/** The "Notices" link in the top bar, with the number of unread notices. */
@Component
class NoticeBell implements NavbarItem {

    private final NoticeService notices;

    NoticeBell(NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        long unread = notices.unreadCount();
        Anchor link = new Anchor();
        link.setHref(NoticePages.notices());
        link.setId("notice-link");
        link.addClassName("notice-link");
        if (unread == 0) {
            PlainText.set(link, link.getTranslation("notice.title"));
        } else {
            link.setText(link.getTranslation("notice.title"));
            Span badge = new Span(String.valueOf(unread));
            badge.addClassName("notice-badge");
            link.add(badge);
        }
        link.getElement().setAttribute("aria-label", link.getTranslation("notice.bell.label", unread));
        return Optional.of(link);
    }
}
