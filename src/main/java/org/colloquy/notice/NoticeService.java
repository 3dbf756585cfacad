package org.colloquy.notice;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.colloquy.identity.CurrentUser;
import org.colloquy.base.i18n.Text;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notices: told to a person when something that concerns her happened in another feature (this feature
 * listens to those features' events, {@link NoticesForEvents}), read by that person only.
 */
@Service
public class NoticeService {

    private final NoticeRepository notices;
    private final CurrentUser currentUser;
    private final Clock clock;

    NoticeService(NoticeRepository notices, CurrentUser currentUser, Clock clock) {
        this.notices = notices;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Tells each of these people something, pointing to the page where it happened. Only this feature's event
     * listeners tell, on behalf of whoever acted in another feature, and they also run when nobody is signed in (an
     * event handled again after a restart), so no view can call it. The message is kept as its key and arguments,
     * so each person reads it in her own language; its arguments are plain text (a lesson title, a name), shown as
     * text. The target holds keys only ({@link NoticeTarget}): the notices page makes the address.
     */
    @Transactional
    void tell(Collection<Long> userIds, Text message, NoticeTarget target) {
        var now = clock.instant();
        notices.saveAll(userIds.stream().map(userId -> new Notice(userId, message, target, now)).toList());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<NoticeView> mine() {
        return notices.findTop50ByUserIdOrderByCreatedAtDesc(currentUser.require().id()).stream()
                .map(Notice::view).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return currentUser.find().map(me -> notices.countByUserIdAndReadAtIsNull(me.id())).orElse(0L);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        var now = clock.instant();
        notices.findByUserIdAndReadAtIsNull(currentUser.require().id()).forEach(notice -> notice.markRead(now));
    }
}
