package org.colloquy.notice.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.colloquy.notice.NoticeService;
import org.springframework.security.access.AccessDeniedException;

/**
 * The "Notices" link in the top bar with the number of unread notices. It counts again whenever that number may have
 * changed: when notices were read in this tab ({@link #noticesRead}), after every move to another page of the tab
 * (the top bar stays while the page under it changes), and when another tab of the same browser read them.
 */
class NoticeLink extends Anchor {

    /** The browser's channel between the tabs of one person (they share the session): no data, only "count again". */
    static final String CHANNEL = "colloquy-notices";
    static final String CHANGED = "notices-changed";
    private static final String FOLLOW_OTHER_TABS = """
            const link = this;
            const channel = new BroadcastChannel($0);
            channel.onmessage = () => link.isConnected ? link.dispatchEvent(new CustomEvent($1)) : channel.close();""";
    private static final String TELL_OTHER_TABS = """
            const channel = new BroadcastChannel($0);
            channel.postMessage('read');
            channel.close();""";

    private final NoticeService notices;
    private final List<Registration> registrations = new ArrayList<>();

    NoticeLink(NoticeService notices) {
        this.notices = notices;
        setHref(NoticePages.notices());
        setId("notice-link");
        addClassName("notice-link");
        getElement().addEventListener(CHANGED, event -> count());
        getElement().executeJs(FOLLOW_OTHER_TABS, CHANNEL, CHANGED);
    }

    /** Tells the notice link of this tab, and of the person's other tabs, that notices were read. */
    static void noticesRead(UI ui) {
        ComponentUtil.fireEvent(ui, new NoticesRead(ui));
        ui.getPage().executeJs(TELL_OTHER_TABS, CHANNEL);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        registrations.add(ComponentUtil.addListener(ui, NoticesRead.class, read -> count()));
        registrations.add(ui.addAfterNavigationListener(navigation -> count()));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    private void count() {
        long unread;
        try {
            unread = notices.unreadCount();
        } catch (AccessDeniedException signedOut) {
            // the top bar outlived its person's sign-in (the session behind the tab is now anonymous)
            setVisible(false);
            return;
        }
        setVisible(true);
        setText(getTranslation("notice.title"));
        if (unread > 0) {
            Span badge = new Span(String.valueOf(unread));
            badge.addClassName("notice-badge");
            add(badge);
        }
        getElement().setAttribute("aria-label", getTranslation("notice.bell.label", unread));
    }

    private static final class NoticesRead extends ComponentEvent<UI> {

        NoticesRead(UI ui) {
            super(ui, false);
        }
    }
}
