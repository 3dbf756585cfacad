package org.colloquy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every answer carries the headers that tell a browser to refuse foreign scripts, sniffing, leaks, framing, and
 * features no page uses (camera, microphone, location, payments, devices).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:security-headers;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void everyAnswerToAVisitorCarriesTheSecurityHeaders() throws Exception {
        WebVisitor visitor = new WebVisitor(port);
        for (String path : List.of("login", "", "my-work", "join/NOCODE", "set-password/any-token", "styles.css",
                "icons/colloquy.svg", "actuator/health", "actuator/env", "no-such-page")) {
            assertSecurityHeaders(path, visitor.get(path));
        }
    }

    @Test
    void everyAnswerToASignedInStudentCarriesTheSecurityHeaders() throws Exception {
        UserRef student = accounts.create("headers", Role.STUDENT);
        WebVisitor browser = new WebVisitor(port);
        assertSecurityHeaders("sign-in", browser.signIn(student.username(), "test-password"));
        for (String path : List.of("", "my-work", "notices", "classes", "?v-r=init&location=my-work")) {
            assertSecurityHeaders(path, browser.get(path));
        }
    }

    @Test
    void scriptsAndStylesComeOnlyFromColloquyAndNoOtherSiteMayFrameIt() throws Exception {
        String policy = new WebVisitor(port).get("login").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'",
                "base-uri 'self'", "form-action 'self'", "connect-src 'self'");
        assertThat(policy).as("no foreign origin or wildcard anywhere").doesNotContain("*", "http:", "https:");
    }

    private static void assertSecurityHeaders(String path, HttpResponse<String> response) {
        HttpHeaders headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).as(path + " CSP").isPresent().get().asString()
                .contains("frame-ancestors 'self'");
        assertThat(headers.firstValue("X-Content-Type-Options")).as(path + " nosniff").hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(path + " referrer").hasValue("same-origin");
        assertThat(headers.firstValue("X-Frame-Options")).as(path + " framing").hasValue("SAMEORIGIN");
        assertThat(headers.firstValue("Permissions-Policy")).as(path + " permissions").isPresent().get().asString()
                .contains("camera=()", "microphone=()", "geolocation=()");
    }

    @Test
    void noPageMayUseTheCameraTheMicrophoneTheLocationPaymentsOrDevicesButTheClipboardStaysAllowed() throws Exception {
        String policy = new WebVisitor(port).get("login").headers().firstValue("Permissions-Policy").orElseThrow();
        List<String> features = List.of(policy.split(",\\s*"));
        assertThat(features).contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()",
                "serial=()", "hid=()", "midi=()", "display-capture=()");
        assertThat(features).as("every feature named is switched off, for this page and any it embeds")
                .allMatch(feature -> feature.endsWith("=()"));
        assertThat(policy).as("the copy-link buttons need the clipboard").doesNotContain("clipboard");
    }
}
