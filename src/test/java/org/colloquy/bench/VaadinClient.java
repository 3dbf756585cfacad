package org.colloquy.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab's worth of Vaadin traffic, spoken by hand over HTTP: its own cookie jar, one UI, the UIDL
 * round trips a browser would make, and optionally the push websocket a browser keeps open.
 */
final class VaadinClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /** The UI's own element (the page body) is always state node 1. */
    private static final int UI_NODE = 1;
    /** Vaadin's node feature id for element properties (NodeFeatures.ELEMENT_PROPERTIES). */
    private static final int ELEMENT_PROPERTIES = 1;
    /** The Atmosphere version bundled with Vaadin 25's vaadinPush.js. */
    private static final String ATMOSPHERE_CLIENT = "4.0.1-javascript";

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final UiNodes nodes = new UiNodes();
    private int uiId;
    private String csrfToken = "";
    private String pushId = "";
    private String pushMode = "";
    private int syncId;
    private int clientId;
    private @Nullable WebSocket push;

    VaadinClient(HttpClient http, URI base) {
        this(http, base, DEFAULT_TIMEOUT);
    }

    /** A tab that waits up to {@code timeout} for each answer, for views known to be slow. */
    VaadinClient(HttpClient http, URI base, Duration timeout) {
        this.http = http;
        this.base = base;
        this.timeout = timeout;
    }

    /** Spring Security's form login, as the Vaadin login form posts it: load the page for its CSRF token, post. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        String loginPage = get("login");
        Map<String, String> form = new LinkedHashMap<>(Map.of("username", username, "password", password));
        Matcher csrf = CSRF_META.matcher(loginPage);
        if (csrf.find()) {
            form.put("_csrf", csrf.group(1));
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error") || location.endsWith("/login")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + response.statusCode() + " → " + location);
        }
    }

    /** What a browser does on landing at a route: load the bootstrap page, then ask for a UI for the location. */
    void openUi(String location) throws IOException, InterruptedException {
        get(location);
        JsonNode init = JSON.readTree(get("?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8)));
        JsonNode config = init.path("appConfig");
        JsonNode uidl = config.path("uidl");
        uiId = config.path("v-uiId").asInt();
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        pushId = uidl.path("Vaadin-Push-ID").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        nodes.apply(uidl.path("changes"));
        pushMode = pushModeIn(uidl.path("changes"));
    }

    /** Whether the server asked for push on this UI, in its first response or since (a live view switches it on). */
    boolean serverWantsPush() {
        return !pushMode.isEmpty() && !pushMode.equals("DISABLED");
    }

    private static String pushModeIn(JsonNode changes) {
        for (JsonNode change : changes) {
            if ("pushMode".equals(change.path("key").asString())) {
                return change.path("value").asString();
            }
        }
        return "";
    }

    /** The client-side router's navigation event, which makes the server attach the route's view. */
    JsonNode navigate(String route) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode()
                .put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        return event(UI_NODE, "ui-navigate", data);
    }

    JsonNode click(int node) throws IOException, InterruptedException {
        return event(node, "click", clickData());
    }

    private static ObjectNode clickData() {
        return JSON.createObjectNode()
                .put("event.shiftKey", false).put("event.metaKey", false).put("event.ctrlKey", false)
                .put("event.altKey", false).put("event.detail", 1).put("event.button", 0)
                .put("event.clientX", 0).put("event.clientY", 0).put("event.screenX", 0).put("event.screenY", 0);
    }

    /** A custom DOM event such as a web component dispatches, with its {@code detail}. */
    JsonNode customEvent(int node, String event, int detail) throws IOException, InterruptedException {
        return event(node, event, JSON.createObjectNode().put("event.detail", detail));
    }

    UiNodes nodes() {
        return nodes;
    }

    /** Opens the push websocket a browser keeps open for a UI of an {@code @Push} app; waits for the handshake. */
    void connectPush() throws IOException, InterruptedException {
        connectPush(message -> { });
    }

    /** Opens the push websocket and hands every message the server pushes after the handshake to {@code onPushed}. */
    void connectPush(Consumer<String> onPushed) throws IOException, InterruptedException {
        String query = "v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=" + ATMOSPHERE_CLIENT
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=" + URLEncoder.encode("application/json; charset=UTF-8", StandardCharsets.UTF_8)
                + "&X-atmo-protocol=true";
        URI uri = URI.create(base.resolve("VAADIN/push").toString().replaceFirst("^http", "ws") + "?" + query);
        HandshakeListener listener = new HandshakeListener(onPushed);
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(timeout);
        // asked for the http address: the cookie jar leaves HttpOnly cookies (the session's) out of ws:// requests
        cookieHeader(base.resolve("VAADIN/push")).ifPresent(value -> builder.header("Cookie", value));
        push = builder.buildAsync(uri, listener).join();
        try {
            listener.firstMessage.get(timeout.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException failed) {
            throw new IllegalStateException("Push connection for UI " + uiId + " did not open", failed);
        }
    }

    /**
     * Types {@code text} into a field and clicks a button, in one round trip: a browser sends a field's pending value
     * together with the click that follows it. The field's value arrives as a property sync, as the web component's
     * {@code value-changed} sends it.
     */
    JsonNode typeAndClick(int field, String text, int button) throws IOException, InterruptedException {
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", field)
                .put("feature", ELEMENT_PROPERTIES).put("property", "value").put("value", text);
        ObjectNode click = eventInvocation(button, "click", clickData());
        return send(List.of(sync, click), "type and click");
    }

    private JsonNode event(int node, String event, ObjectNode data) throws IOException, InterruptedException {
        return send(List.of(eventInvocation(node, event, data)), event);
    }

    private static ObjectNode eventInvocation(int node, String event, ObjectNode data) {
        ObjectNode invocation = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        invocation.set("data", data);
        return invocation;
    }

    private JsonNode send(List<ObjectNode> invocations, String event) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", csrfToken);
        ArrayNode rpc = message.putArray("rpc");
        invocations.forEach(rpc::add);
        message.put("syncId", syncId).put("clientId", clientId);

        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
        requireOk(response);
        JsonNode reply = JSON.readTree(response.body());
        if (!reply.has("syncId") || reply.path("meta").has("appError") || reply.path("meta").has("sessionExpired")) {
            throw new IllegalStateException("UIDL " + event + " failed: " + abbreviate(response.body()));
        }
        syncId = reply.path("syncId").asInt();
        clientId = reply.path("clientId").asInt();
        nodes.apply(reply.path("changes"));
        String askedFor = pushModeIn(reply.path("changes"));
        if (!askedFor.isEmpty()) {
            pushMode = askedFor;
        }
        return reply;
    }

    /** Starts a download with this tab's cookies, such as a link's {@code href}; the caller reads and closes the body. */
    InputStream download(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(10)).GET().build();
        HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
        cookieHeader(request.uri()).ifPresent(value -> withCookies.header("Cookie", value));
        HttpResponse<InputStream> response = http.send(withCookies.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            String body = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + abbreviate(body));
        }
        return response.body();
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path)).GET());
        requireOk(response);
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.timeout(timeout).build();
        HttpRequest.Builder withCookies = HttpRequest.newBuilder(built, (name, value) -> true);
        cookieHeader(built.uri()).ifPresent(value -> withCookies.header("Cookie", value));
        HttpResponse<String> response = http.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
        cookies.put(built.uri(), response.headers().map());
        return response;
    }

    private Optional<String> cookieHeader(URI uri) throws IOException {
        List<String> values = cookies.get(uri, Map.of()).getOrDefault("Cookie", List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", values));
    }

    private static void requireOk(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + abbreviate(response.body()));
        }
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    @Override
    public void close() {
        if (push != null) {
            push.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(ignored -> null).join();
        }
    }

    /** Hands on what the server pushes, a message at a time; the first message is Atmosphere's handshake. */
    private static final class HandshakeListener implements WebSocket.Listener {

        final CompletableFuture<Void> firstMessage = new CompletableFuture<>();
        private final Consumer<String> onPushed;
        private final StringBuilder partial = new StringBuilder();

        HandshakeListener(Consumer<String> onPushed) {
            this.onPushed = onPushed;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                if (firstMessage.isDone()) {
                    onPushed.accept(message);
                } else if (message.contains("\"sessionExpired\":true")) {
                    firstMessage.completeExceptionally(new IllegalStateException("Push refused: " + message));
                }
                firstMessage.complete(null);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            firstMessage.completeExceptionally(error);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            firstMessage.completeExceptionally(new IllegalStateException("Push closed: " + statusCode + " " + reason));
            return null;
        }
    }
}
