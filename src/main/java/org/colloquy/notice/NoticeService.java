package org.colloquy.notice;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.colloquy.identity.CurrentUser;
import org.colloquy.base.i18n.Text;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-app notices: told to a person by another feature, read by that person only. */
@Service
public class NoticeService {

    /** A route of the application, such as {@code course/x/lesson/y}: no scheme, no host, no way out of the app. */
    private static final Pattern APP_LINK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9._-]+)*");

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
     * Any signed-in person's action may tell, so the link is held to a page of Colloquy: never a script, never
     * another site, whatever a caller passes. The message is kept as its key and arguments, so each person reads it
     * in her own language; its arguments are plain text (a lesson title, a name), shown as text.
     *
     * @throws IllegalArgumentException if the link is not a route of the application
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void tell(Collection<Long> userIds, Text message, String link) {
        if (!APP_LINK.matcher(link).matches() || link.contains("..")) {
            throw new IllegalArgumentException("A notice links to a page of Colloquy, not to " + link + ".");
        }
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
