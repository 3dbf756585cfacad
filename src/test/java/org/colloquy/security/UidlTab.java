package org.colloquy.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab speaking Vaadin's UIDL protocol by hand (as {@code bench.VaadinClient} does), but able to send
 * messages that no real client would: wrong tokens, stale sync ids, unknown nodes, anything at all.
 */
final class UidlTab {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Vaadin's node feature id for element attributes (NodeFeatures.ELEMENT_ATTRIBUTES). */
    private static final int ATTRIBUTES = 3;
    /** The UI's own element (the page body) is always state node 1. */
    private static final int UI_NODE = 1;

    private final WebVisitor visitor;
    private int uiId;
    private String csrfToken = "";
    private int syncId;
    private int clientId;
    private JsonNode changes = JSON.createArrayNode();

    UidlTab(WebVisitor visitor) {
        this.visitor = visitor;
    }

    void open(String location) throws IOException, InterruptedException {
        visitor.get(location);
        HttpResponse<String> init = visitor.get("?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8));
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        uiId = config.path("v-uiId").asInt();
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        changes = uidl.path("changes");
        navigate(location);
    }

    /** The client-side router's navigation event, which makes the server attach the route's view and layout. */
    private void navigate(String route) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode()
                .put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        ObjectNode message = message(event(UI_NODE, "ui-navigate", data));
        HttpResponse<String> response = send(message);
        JsonNode reply = JSON.readTree(response.body().replaceFirst("^for\\(;;\\);", ""));
        changes = (reply.isArray() ? reply.path(0) : reply).path("changes");
    }

    /** The state node of the element with this HTML id, as the first answer described it. */
    int nodeWithId(String id) {
        for (JsonNode change : changes) {
            if ("put".equals(change.path("type").asString()) && change.path("feat").asInt() == ATTRIBUTES
                    && "id".equals(change.path("key").asString()) && id.equals(change.path("value").asString())) {
                return change.path("node").asInt();
            }
        }
        throw new IllegalStateException("No element with id " + id + " in the UI");
    }

    /** A click as the browser reports it, with this tab's current token and ids. */
    ObjectNode click(int node) {
        ObjectNode data = JSON.createObjectNode().put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.ctrlKey", false).put("event.altKey", false).put("event.detail", 1).put("event.button", 0);
        return message(event(node, "click", data));
    }

    private static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode invocation = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        invocation.set("data", data);
        return invocation;
    }

    private ObjectNode message(ObjectNode invocation) {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", csrfToken);
        ArrayNode rpc = message.putArray("rpc");
        rpc.add(invocation);
        return message.put("syncId", syncId).put("clientId", clientId);
    }

    /** Sends a message as it is; a well-formed answer moves this tab's sync and client ids on. */
    HttpResponse<String> send(ObjectNode message) throws IOException, InterruptedException {
        return sendRaw(JSON.writeValueAsString(message));
    }

    HttpResponse<String> sendRaw(String body) throws IOException, InterruptedException {
        HttpResponse<String> response = visitor.postJson("?v-r=uidl&v-uiId=" + uiId, body);
        try {
            JsonNode reply = JSON.readTree(response.body().replaceFirst("^for\\(;;\\);", ""));
            JsonNode first = reply.isArray() ? reply.path(0) : reply;
            if (first.has("syncId")) {
                syncId = first.path("syncId").asInt();
                clientId = first.path("clientId").asInt();
            }
        } catch (RuntimeException notJson) {
            // a refusal need not be JSON; the caller looks at it
        }
        return response;
    }
}
