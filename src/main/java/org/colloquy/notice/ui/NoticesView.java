package org.colloquy.notice.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.colloquy.base.i18n.Translated;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.notice.NoticeService;
import org.colloquy.notice.NoticeView;

/** The signed-in person's notices, newest first; opening the page marks them read. */
@Route("notices")
@PermitAll
class NoticesView extends Main implements HasDynamicTitle {

    NoticesView(NoticeService notices) {
        setId("main-content");
        addClassNames("page", "notices-view");
        add(new H1(getTranslation("notice.title")));
        List<NoticeView> mine = notices.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("notice.empty")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("notice-list");
        for (NoticeView notice : mine) {
            ListItem item = new ListItem();
            item.addClassName(notice.read() ? "read" : "unread");
            Span when = new Span(TimeDisplay.dateTime(notice.createdAt()));
            when.addClassName("submission-time");
            Anchor message = new Anchor(NoticeAddress.of(notice.target()), Translated.text(notice.message()));
            message.addClassName("notice-message");
            item.add(message, new Span(" · "), when);
            list.add(item);
        }
        add(list);
        notices.markAllRead();
        NoticeLink.noticesRead(UI.getCurrent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.page-title", getTranslation("notice.title"));
    }
}
