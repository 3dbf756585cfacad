package org.colloquy.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A room of students joins a live seminar and answers the prompt on screen within a short window while the
 * leader's projector and console are open. Run with {@code ./mvnw -Plive-load -DskipTests verify}; the figures go
 * to docs/performance.md ({@link LiveLoadSection}) and the run fails when they are over budget. With
 * {@code -Dlive.nodes=2} the room runs on PostgreSQL, once on one node and once spread over two nodes
 * ({@link LiveNodesSection}).
 */
public class LiveSeminarSimulation extends Simulation {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RESPONSE_TIME = "responseTime";

    private final LiveLoadSettings settings = LiveLoadSettings.fromSystemProperties();
    private final LiveLoadRun run = LiveLoadRun.start(settings);
    private final String code = run.room().joinCode();

    {
        // each student's requests go to the node a sticky balancer keeps her on (#{base}), node A with one node
        HttpProtocolBuilder protocol = http
                .disableWarmUp()
                .acceptHeader("*/*")
                .userAgentHeader("Mozilla/5.0 (Linux; Android 14) colloquy-live-load");

        List<Map<String, Object>> students = new ArrayList<>();
        for (int slot = 0; slot < run.room().usernames().size(); slot++) {
            students.add(Map.of("username", run.room().usernames().get(slot), "slot", slot, "base", run.baseUrl(slot)));
        }

        ScenarioBuilder room = scenario("students in the seminar room")
                .feed(listFeeder(students).queue())
                .exec(timed(LiveLoadResult.SIGN_IN_PAGE, http(LiveLoadResult.SIGN_IN_PAGE).get("#{base}/login")
                        .check(status().is(200), responseTimeInMillis().saveAs(RESPONSE_TIME),
                                regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").optional().saveAs("csrf"))))
                .exec(timed(LiveLoadResult.SIGN_IN, http(LiveLoadResult.SIGN_IN).post("#{base}/login")
                        .disableFollowRedirect()
                        .formParam("username", "#{username}")
                        .formParam("password", LiveLoadRun.PASSWORD)
                        .formParam("_csrf", session -> session.contains("csrf") ? session.getString("csrf") : "")
                        .check(responseTimeInMillis().saveAs(RESPONSE_TIME), status().is(302),
                                header("Location").validate("signed in", (location, session) -> {
                                    if (location == null || location.contains("error") || location.endsWith("/login")) {
                                        throw new IllegalStateException("Sign-in refused: " + location);
                                    }
                                    return location;
                                }))))
                .exec(session -> {
                    run.signedIn();
                    return session;
                })
                .asLongAs(session -> !run.windowSet()).on(pause(Duration.ofMillis(200)))
                .pause(session -> run.untilSlot(session.getInt("slot")))
                .exec(timed(LiveLoadResult.JOIN_PAGE, http(LiveLoadResult.JOIN_PAGE).get("#{base}/live/" + code)
                        .check(responseTimeInMillis().saveAs(RESPONSE_TIME), status().is(200))))
                .exec(timed(LiveLoadResult.JOIN_INIT, http(LiveLoadResult.JOIN_INIT).get("#{base}/")
                        .queryParam("v-r", "init").queryParam("location", "live/" + code)
                        .check(responseTimeInMillis().saveAs(RESPONSE_TIME), status().is(200),
                                bodyString().saveAs("init"))))
                .exec(LiveSeminarSimulation::readUi)
                .exec(timed(LiveLoadResult.JOIN_VIEW, http(LiveLoadResult.JOIN_VIEW).post("#{base}/")
                        .queryParam("v-r", "uidl").queryParam("v-uiId", "#{uiId}")
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> navigation(session, "live/" + code)))
                        .check(responseTimeInMillis().saveAs(RESPONSE_TIME), status().is(200),
                                substring("live-answer"), bodyString().saveAs("view"))))
                .exec(LiveSeminarSimulation::readView)
                .exec(session -> {
                    run.answerSent();
                    return session;
                })
                .exec(timed(LiveLoadResult.ANSWER, http(LiveLoadResult.ANSWER).post("#{base}/")
                        .queryParam("v-r", "uidl").queryParam("v-uiId", "#{uiId}")
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(LiveSeminarSimulation::answerMessage))
                        .check(responseTimeInMillis().saveAs(RESPONSE_TIME), status().is(200),
                                substring("Received. You can change it"))))
                .exec(session -> {
                    run.acknowledged();
                    return session;
                });

        setUp(room.injectOpen(rampUsers(settings.students()).during(settings.signInRamp()))).protocols(protocol);
    }

    /** The request, then its response time and outcome handed to the run; a student who failed stops there. */
    private ChainBuilder timed(String name, HttpRequestActionBuilder request) {
        return io.gatling.javaapi.core.CoreDsl.exec(session -> session.remove(RESPONSE_TIME))
                .exec(request)
                .exec(session -> {
                    long millis = session.contains(RESPONSE_TIME) ? session.getLong(RESPONSE_TIME) : -1;
                    run.record(session.getInt("slot"), name, millis, !session.isFailed());
                    return session;
                })
                .exitHereIfFailed();
    }

    /** What the browser's client keeps from the UI's first response: its id, its tokens. */
    private static Session readUi(Session session) {
        JsonNode config = JSON.readTree(session.getString("init")).path("appConfig");
        JsonNode uidl = config.path("uidl");
        return session.remove("init").setAll(Map.of(
                "uiId", config.path("v-uiId").asInt(),
                "csrfToken", uidl.path("Vaadin-Security-Key").asString(),
                "syncId", uidl.path("syncId").asInt(),
                "clientId", uidl.path("clientId").asInt()));
    }

    /** The client-side router's navigation event, which makes the server build the route's view. */
    private static String navigation(Session session, String route) {
        ObjectNode data = JSON.createObjectNode()
                .put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        return message(session, rpc -> rpc.addObject().put("type", "event").put("node", 1).put("event", "ui-navigate")
                .set("data", data));
    }

    /** From the view's first changes: the nodes the student will use, and the tokens for the next message. */
    private static Session readView(Session session) {
        JsonNode reply = JSON.readTree(session.getString("view"));
        UiNodes nodes = new UiNodes();
        nodes.apply(reply.path("changes"));
        return session.remove("view").setAll(Map.of(
                "syncId", reply.path("syncId").asInt(),
                "clientId", reply.path("clientId").asInt(),
                "answerNode", nodes.withId("live-answer"),
                "sendNode", nodes.withId("live-send")));
    }

    private static String message(Session session, java.util.function.Consumer<ArrayNode> invocations) {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", session.getString("csrfToken"));
        invocations.accept(message.putArray("rpc"));
        message.put("syncId", session.getInt("syncId")).put("clientId", session.getInt("clientId"));
        return JSON.writeValueAsString(message);
    }

    /** Typing the answer (the text area's value, synchronised on change) and clicking "Send answer", in one message. */
    private static String answerMessage(Session session) {
        return message(session, rpc -> {
            rpc.addObject().put("type", "mSync").put("node", session.getInt("answerNode")).put("feature", 1)
                    .put("property", "value")
                    .put("value", "Trade came first, then trust: " + session.getString("username") + " answers.");
            ObjectNode click = rpc.addObject().put("type", "event").put("node", session.getInt("sendNode"))
                    .put("event", "click");
            click.putObject("data").put("event.shiftKey", false).put("event.metaKey", false)
                    .put("event.ctrlKey", false).put("event.altKey", false).put("event.detail", 1)
                    .put("event.button", 0);
        });
    }

    private void write(String name, String section) throws java.io.IOException {
        new PerformanceDoc(settings.report()).replaceSection(name, section);
        System.out.println(section);
        System.out.println("Written to " + settings.report());
    }

    @Override
    public void after() {
        try {
            LiveLoadResult result = run.finish();
            String jvmOptions = String.join(" ", LiveLoadRun.APP_JVM_OPTIONS);
            if (!settings.postgres()) {
                write(LiveLoadSection.NAME, LiveLoadSection.render(result, MachineInfo.current(), jvmOptions));
                OverBudget.enforce(result.overBudget());
                return;
            }
            // one column of the two-node section; the two nodes' run, the last, keeps the budget
            Path columns = Path.of(System.getProperty("live.columns", "target/live-load"));
            LiveNodesSection.column(result).write(LiveLoadColumn.file(columns, settings.nodes()));
            write(LiveNodesSection.NAME, LiveNodesSection.render(settings,
                    LiveLoadColumn.read(LiveLoadColumn.file(columns, 2)),
                    LiveLoadColumn.read(LiveLoadColumn.file(columns, 1)), MachineInfo.current(), jvmOptions));
            if (settings.nodes() > 1) {
                OverBudget.enforce(result.overBudget());
            }
        } catch (RuntimeException overBudget) {
            throw overBudget;
        } catch (Exception failure) {
            throw new IllegalStateException("The live seminar load could not finish", failure);
        }
    }
}
