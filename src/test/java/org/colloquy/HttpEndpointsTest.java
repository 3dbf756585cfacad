package org.colloquy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What the server answers to anyone on the network, signed in or not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:http-endpoints;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class HttpEndpointsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void health_is_public() throws Exception {
        HttpResponse<String> response = get("/actuator/health", false);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void other_actuator_endpoints_are_not_public() throws Exception {
        for (String endpoint : new String[] {"/actuator/env", "/actuator/metrics", "/actuator/beans", "/actuator"}) {
            assertThat(get(endpoint, false).statusCode()).as(endpoint).isNotEqualTo(200);
        }
    }

    @Test
    void views_need_a_signed_in_user() throws Exception {
        HttpResponse<String> response = get("/my-work", false);
        assertThat(response.statusCode()).isIn(302, 401, 403);
    }

    @Test
    void a_set_password_link_opens_without_signing_in() throws Exception {
        HttpResponse<String> response = get("/set-password/any-token", false);
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void stylesheets_are_sent_compressed() throws Exception {
        HttpResponse<String> response = get("/styles.css", true);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    private HttpResponse<String> get(String path, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
