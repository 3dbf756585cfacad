package org.colloquy.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/** The client's view of a UI's state tree, reduced to what a script needs: which node carries which attribute. */
final class UiNodes {

    /** Vaadin's node feature id for element attributes (NodeFeatures.ELEMENT_ATTRIBUTES). */
    private static final int ATTRIBUTES = 3;

    private final Map<String, Integer> nodeByAttribute = new ConcurrentHashMap<>();
    private final Map<Integer, Map<String, String>> attributesByNode = new ConcurrentHashMap<>();

    void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            if ("put".equals(change.path("type").asString()) && change.path("feat").asInt() == ATTRIBUTES) {
                if (change.path("value").isString()) {
                    nodeByAttribute.put(key(change.path("key").asString(), change.path("value").asString()),
                            change.path("node").asInt());
                }
                attributesByNode.computeIfAbsent(change.path("node").asInt(), node -> new ConcurrentHashMap<>())
                        .put(change.path("key").asString(), text(change.path("value")));
            }
        }
    }

    /** A plain value, or the address of a resource such as a download, which Vaadin sends as {@code {"uri": …}}. */
    private static String text(JsonNode value) {
        return value.has("uri") ? value.path("uri").asString() : value.isString() ? value.asString() : value.toString();
    }

    int withAttribute(String name, String value) {
        Integer node = nodeByAttribute.get(key(name, value));
        if (node == null) {
            throw new IllegalStateException("No node with " + name + "=\"" + value + "\" in the UI");
        }
        return node;
    }

    int withId(String id) {
        return withAttribute("id", id);
    }

    /** The value of an attribute of a node, such as the {@code href} of a link. */
    String attribute(int node, String name) {
        String value = attributesByNode.getOrDefault(node, Map.of()).get(name);
        if (value == null) {
            throw new IllegalStateException("Node " + node + " has no " + name + " attribute, only "
                    + attributesByNode.getOrDefault(node, Map.of()));
        }
        return value;
    }

    private static String key(String name, String value) {
        return name + "=" + value;
    }
}
