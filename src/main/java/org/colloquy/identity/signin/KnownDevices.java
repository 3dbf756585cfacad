package org.colloquy.identity.signin;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.colloquy.identity.Usernames;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The devices that signed in to an account before, remembered by a cookie the server signs ({@code HttpOnly},
 * {@code SameSite=Strict}) so that {@link LoginThrottle} lets them in while strangers are paused. The cookie holds
 * up to {@value #MOST_ACCOUNTS} marks, one per account signed in on the device, each the time it was issued and an
 * HMAC of the account's canonical name and that time: it names no account, and nobody without the server's key can
 * make one. A mark is good for {@link #KEPT_FOR}. The key is {@code colloquy.sign-in.device-key} when set (the same
 * on every node), otherwise made at start-up, so a restart forgets known devices, as it forgets failures.
 */
@Component
class KnownDevices {

    static final String COOKIE = "colloquy-known-device";
    static final Duration KEPT_FOR = Duration.ofDays(180);
    static final int MOST_ACCOUNTS = 5;

    private static final String ALGORITHM = "HmacSHA256";
    private static final int SHORTEST_KEY = 32;
    private static final String MARK_SEPARATOR = "~";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private record Mark(long issuedAt, String signature) {

        String cookieText() {
            return issuedAt + "." + signature;
        }
    }

    private final Clock clock;
    private final SecretKeySpec key;

    KnownDevices(Clock clock, @Value("${colloquy.sign-in.device-key:}") String configuredKey) {
        this.clock = clock;
        this.key = new SecretKeySpec(keyBytes(configuredKey), ALGORITHM);
    }

    /** The device's mark for this account (as typed), when the device signed in to it within {@link #KEPT_FOR}. */
    Optional<String> recognise(HttpServletRequest request, String username) {
        String account = Usernames.canonical(username);
        return marks(request).stream()
                .filter(mark -> isFor(mark, account))
                .map(Mark::signature)
                .findFirst();
    }

    /** Remembers that this device signed in to the account: a fresh mark, replacing its older one. */
    void remember(HttpServletRequest request, HttpServletResponse response, String username) {
        String account = Usernames.canonical(username);
        long now = clock.instant().getEpochSecond();
        List<Mark> kept = new ArrayList<>(marks(request).stream().filter(mark -> !isFor(mark, account)).toList());
        kept.add(new Mark(now, sign(account, now)));
        List<Mark> newest = kept.subList(Math.max(0, kept.size() - MOST_ACCOUNTS), kept.size());
        Cookie cookie = new Cookie(COOKIE, String.join(MARK_SEPARATOR, newest.stream().map(Mark::cookieText).toList()));
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) KEPT_FOR.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Strict"); // a cookie attribute, not interface text
        response.addCookie(cookie);
    }

    /** The cookie's marks still within {@link #KEPT_FOR}; anything malformed is ignored. */
    private List<Mark> marks(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return List.of();
        }
        Instant oldest = clock.instant().minus(KEPT_FOR);
        return Arrays.stream(cookies)
                .filter(cookie -> cookie.getName().equals(COOKIE))
                .flatMap(cookie -> Arrays.stream(cookie.getValue().split(MARK_SEPARATOR)))
                .limit(MOST_ACCOUNTS)
                .flatMap(text -> parse(text).stream())
                .filter(mark -> !Instant.ofEpochSecond(mark.issuedAt()).isBefore(oldest))
                .toList();
    }

    private static Optional<Mark> parse(String text) {
        int dot = text.indexOf('.');
        if (dot < 1 || dot > 19) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Mark(Long.parseLong(text.substring(0, dot)), text.substring(dot + 1)));
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
    }

    private boolean isFor(Mark mark, String account) {
        return MessageDigest.isEqual(sign(account, mark.issuedAt()).getBytes(StandardCharsets.US_ASCII),
                mark.signature().getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String account, long issuedAt) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return BASE64.encodeToString(mac.doFinal((account + "\n" + issuedAt).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", unavailable);
        }
    }

    private static byte[] keyBytes(String configuredKey) {
        if (configuredKey.isEmpty()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        }
        if (configuredKey.length() < SHORTEST_KEY) {
            throw new IllegalStateException(
                    "colloquy.sign-in.device-key must be at least " + SHORTEST_KEY + " characters long");
        }
        return configuredKey.getBytes(StandardCharsets.UTF_8);
    }
}
