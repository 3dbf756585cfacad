package org.colloquy.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colloquy.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** On the prod profile there are no demo accounts, the first admin comes from configuration, and nothing but health is exposed. */
class ProdProfileTest {

    @Test
    void prod_creates_the_configured_admin_and_no_demo_accounts() {
        try (ConfigurableApplicationContext app = start("prod-with-admin",
                "--colloquy.admin.username=headteacher", "--colloquy.admin.password=long-enough-secret")) {
            AppUserRepository users = app.getBean(AppUserRepository.class);
            assertThat(users.findAll()).extracting(AppUser::getUsername).containsExactly("headteacher");
            assertThat(users.findByUsername("headteacher").orElseThrow().getRoles()).containsExactly(Role.ADMIN);
        }
    }

    @Test
    void prod_exposes_no_h2_console_and_no_management_endpoint_but_health_even_to_its_admin() throws Exception {
        // Vaadin's production bundle is only built at package time, after the tests: the sign-in page (and its CSRF
        // token) renders in development mode here. What is exposed does not depend on Vaadin's mode.
        try (ConfigurableApplicationContext app = start("prod-endpoints", "--vaadin.productionMode=false",
                "--colloquy.admin.username=headteacher", "--colloquy.admin.password=long-enough-secret")) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/";
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .cookieHandler(new CookieManager()).build();
            signIn(http, base, "headteacher", "long-enough-secret");

            assertThat(get(http, base + "actuator/health").statusCode()).isEqualTo(200);
            for (String endpoint : new String[] {"actuator/env", "actuator/beans", "actuator/configprops",
                    "actuator/heapdump", "actuator/threaddump", "actuator/loggers", "actuator/metrics",
                    "actuator/mappings", "actuator/info", "actuator/shutdown", "h2-console", "h2-console/"}) {
                assertNotServed(get(http, base + endpoint), endpoint);
            }
            HttpResponse<String> index = get(http, base + "actuator");
            if (index.statusCode() == 200) {
                assertThat(index.body()).contains("health").doesNotContain("env", "beans", "heapdump", "metrics");
            }
            assertThat(app.getEnvironment().getProperty("spring.h2.console.enabled")).isEqualTo("false");
        }
    }

    /** Refused, or answered by the app's own not-found page rather than by the endpoint. */
    private static void assertNotServed(HttpResponse<String> response, String endpoint) {
        if (response.statusCode() == 200) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(endpoint).startsWith("text/html");
            assertThat(response.body()).as(endpoint)
                    .doesNotContain("propertySources", "activeProfiles", "H2 Console", "jdbc:h2", "\"beans\"");
        } else {
            assertThat(response.statusCode()).as(endpoint).isIn(302, 401, 403, 404, 405);
        }
    }

    private static void signIn(HttpClient http, String base, String username, String password) throws Exception {
        String page = get(http, base + "login").body();
        Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the sign-in page carries a CSRF token").isTrue();
        String form = "username=" + username + "&password=" + password + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("login");
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void prod_refuses_to_start_on_an_empty_database_without_an_admin_configured() {
        assertThatThrownBy(() -> start("prod-without-admin").close())
                .hasStackTraceContaining("Set COLLOQUY_ADMIN_USERNAME and COLLOQUY_ADMIN_PASSWORD");
    }

    @Test
    void the_default_profile_seeds_the_demo_accounts() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:demo-seed;DB_CLOSE_DELAY=-1")) {
            AppUserRepository users = app.getBean(AppUserRepository.class);
            assertThat(users.findAll()).extracting(AppUser::getUsername)
                    .contains("ana", "ben", "chen", "iris", "admin");
            assertThat(users.findByUsername("iris").orElseThrow().getRoles())
                    .containsExactlyInAnyOrder(Role.INSTRUCTOR, Role.SEMINAR_LEADER);
            assertThat(users.findByUsername("ana").orElseThrow().getPasswordHash()).startsWith("{bcrypt}");
        }
    }

    private static ConfigurableApplicationContext start(String database, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--server.port=0";
        all[1] = "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
        System.arraycopy(args, 0, all, 2, args.length);
        return new SpringApplicationBuilder(Application.class).profiles("test", "prod").run(all);
    }
}
