package org.colloquy.notice;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.colloquy.account.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-app notices: told to a person by another feature, read by that person only. */
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
     * Tells each of these people something, with a link to where it happened. Called by other features' services
     * on behalf of a signed-in person's action (a release of feedback, a reply); never offered to a view directly.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void tell(Collection<Long> userIds, String message, String link) {
        var now = clock.instant();
        notices.saveAll(userIds.stream().map(userId -> new Notice(userId, message, link, now)).toList());
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
