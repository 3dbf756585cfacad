package org.colloquy.notice.ui;

import java.util.Optional;
import org.colloquy.base.ui.NavbarItem;
import org.colloquy.notice.NoticeService;
import org.springframework.stereotype.Component;

/** Puts the "Notices" link, with the number of unread notices, into the top bar of a signed-in person. */
@Component
class NoticeBell implements NavbarItem {

    private final NoticeService notices;

    NoticeBell(NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        return Optional.of(new NoticeLink(notices));
    }
}
