package org.colloquy.mail;

import org.colloquy.identity.ui.IdentityPages;
import org.colloquy.lesson.ui.LessonPages;
import org.colloquy.mail.ui.MailPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute links for email: the public address of the app ({@code COLLOQUY_PUBLIC_URL}) followed by a page address
 * from the page's own {@code …Pages} class, so a renamed route renames the link in every message. A message has no
 * browser request to take the host from; without the setting, links point to this machine's own port.
 */
@Component
class MailLinks {

    private static final Logger LOG = LoggerFactory.getLogger(MailLinks.class);

    private final String publicUrl;
    private final Environment environment;

    MailLinks(@Value("${colloquy.public-url:}") String publicUrl, Environment environment) {
        String url = publicUrl.strip();
        this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.environment = environment;
        if (url.isEmpty()) {
            LOG.info("COLLOQUY_PUBLIC_URL is not set: links in email point to this machine (http://localhost:PORT)");
        }
    }

    String setPassword(String token) {
        return absolute(IdentityPages.setPassword(token));
    }

    String lesson(String courseKey, String lessonKey) {
        return absolute(LessonPages.lesson(courseKey, lessonKey));
    }

    String discussion(String courseKey, String promptKey) {
        return absolute(LessonPages.discussion(courseKey, promptKey));
    }

    String myWork() {
        return absolute(LessonPages.myWork());
    }

    String emailSettings() {
        return absolute(MailPages.settings());
    }

    private String absolute(String pageAddress) {
        return base() + "/" + pageAddress;
    }

    /** The public address; without one, this machine and the port the server listens on (known once it started). */
    private String base() {
        if (!publicUrl.isEmpty()) {
            return publicUrl;
        }
        return "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
    }
}
