package org.colloquy.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * A journey through the running application in Debian's Chromium, driven by Playwright. The app runs on a
 * random port with the demo course and accounts; screenshots go to {@code target/journeys/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:journeys;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
abstract class BrowserJourney {

    static final Path SCREENSHOTS = Paths.get("target", "journeys");
    private static final String POLICY_VIOLATION = "Content-Security-Policy violation: ";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    private final List<BrowserContext> otherPeople = new ArrayList<>();
    /** What Chromium refused under the Content-Security-Policy, in any page of the journey. */
    private final List<String> policyViolations = new ArrayList<>();

    @BeforeAll
    static void launchChromium() {
        Path chromium = Paths.get(System.getenv().getOrDefault("COLLOQUY_CHROMIUM", "/usr/bin/chromium"));
        boolean onCi = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!Files.isExecutable(chromium)) {
            if (onCi) {
                throw new IllegalStateException("Chromium not found at " + chromium + "; .ci/run installs it with apt.");
            }
            Assumptions.abort("Chromium not found at " + chromium + " (apt-get install chromium, or set COLLOQUY_CHROMIUM)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setArgs(List.of("--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> securityContexts;

    /**
     * Journeys run several applications (Spring contexts) in one JVM, and the one started last installs its security
     * context holder globally; Vaadin's view of who is signed in reads that global holder. Point it at this
     * journey's application, whose filters clear it after every request.
     */
    @BeforeEach
    void useThisApplicationsSecurityContext() {
        securityContexts.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        watchContentSecurityPolicy(context);
        page = context.newPage();
    }

    /** Another person on another device: a browser context of its own, closed after the test. */
    Page newPerson(int width, int height) {
        return newPerson(width, height, "en-US");
    }

    /** Another person whose browser asks for pages in a language ({@code zh-CN}, {@code ru}…). */
    Page newPerson(int width, int height, String locale) {
        return newPerson(new Browser.NewContextOptions().setViewportSize(width, height).setLocale(locale));
    }

    /** Another person whose browser asks for pages in a language, such as {@code zh-CN}. */
    Page newPersonReading(String locale, int width, int height) {
        return newPerson(width, height, locale);
    }

    /** Another person whose browser is set up in a particular way (a screen size, reduced motion). */
    Page newPerson(Browser.NewContextOptions options) {
        BrowserContext other = browser.newContext(options);
        other.setDefaultTimeout(15_000);
        otherPeople.add(other);
        watchContentSecurityPolicy(other);
        return other.newPage();
    }

    /** Every page reports what the Content-Security-Policy blocked to its console, where the journey collects it. */
    private void watchContentSecurityPolicy(BrowserContext browserContext) {
        browserContext.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'" + POLICY_VIOLATION + "' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline code')));");
        browserContext.onConsoleMessage(message -> {
            if (message.text().startsWith(POLICY_VIOLATION)) {
                policyViolations.add(message.text());
            }
        });
    }

    /** For a journey that provoked a violation on purpose, after checking it. */
    void forgetPolicyViolations() {
        policyViolations.clear();
    }

    /** What the Content-Security-Policy blocked so far in this journey. */
    List<String> policyViolations() {
        return List.copyOf(policyViolations);
    }

    @AfterEach
    void closeContext() {
        List<String> violations = List.copyOf(policyViolations);
        policyViolations.clear();
        otherPeople.forEach(BrowserContext::close);
        otherPeople.clear();
        if (context != null) {
            context.close();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy (account/SecurityConfig) blocked something the "
                    + "journey needed: " + violations);
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    void signIn(String username, String password) {
        signIn(page, username, password);
    }

    void signIn(Page page, String username, String password) {
        page.navigate(url("login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("h1").first().waitFor();
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Only what fits the window, as a person sees it without scrolling. */
    void screenshotOfWindow(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
