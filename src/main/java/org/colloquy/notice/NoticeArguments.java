package org.colloquy.notice;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A notice's arguments as stored: a JSON array of strings, read back exactly as written whatever they contain. */
final class NoticeArguments {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private NoticeArguments() {
    }

    static String write(List<String> arguments) {
        return JSON.writeValueAsString(arguments);
    }

    static List<String> read(String stored) {
        return JSON.readValue(stored, STRINGS);
    }
}
