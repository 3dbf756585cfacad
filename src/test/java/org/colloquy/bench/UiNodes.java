package org.colloquy.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/** The client's view of a UI's state tree, reduced to what a script needs: which node carries which attribute. */
final class UiNodes {

    /** Vaadin's node feature id for element attributes (NodeFeatures.ELEMENT_ATTRIBUTES). */
    private static final int ATTRIBUTES = 3;

    private final Map<String, Integer> nodeByAttribute = new ConcurrentHashMap<>();

    void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            if ("put".equals(change.path("type").asString()) && change.path("feat").asInt() == ATTRIBUTES
                    && change.path("value").isString()) {
                nodeByAttribute.put(key(change.path("key").asString(), change.path("value").asString()),
                        change.path("node").asInt());
            }
        }
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

    private static String key(String name, String value) {
        return name + "=" + value;
    }
}
