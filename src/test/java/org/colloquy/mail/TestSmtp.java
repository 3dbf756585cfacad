package org.colloquy.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) in the test JVM, on a port of its own that stays the same when a test stops and
 * starts it (a mail server that goes down and comes back).
 */
public final class TestSmtp {

    public static final String PUBLIC_URL = "http://colloquy.test";

    private static final int PORT = freePort();
    private static GreenMail server;

    private TestSmtp() {
    }

    public static synchronized GreenMail start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Points the app's mail sender at this server; links start with {@link #PUBLIC_URL}. */
    public static void configure(DynamicPropertyRegistry registry, String pollInterval) {
        configure(registry, pollInterval, PUBLIC_URL);
    }

    /** Points the app's mail sender at this server; an empty public address makes links to the app's own port. */
    public static void configure(DynamicPropertyRegistry registry, String pollInterval, String publicUrl) {
        start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
        registry.add("spring.mail.properties.mail.smtp.starttls.required", () -> "false");
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("colloquy.mail.from", () -> "colloquy@colloquy.test");
        registry.add("colloquy.mail.poll-interval", () -> pollInterval);
        registry.add("colloquy.public-url", () -> publicUrl);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
