package org.colloquy.relay;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One notification as it travels: the node that sent it, the topic and the message, separated by spaces
 * ({@code 3f9c0a1b2c4d seminar 42:AnswerReceived:17}). PostgreSQL takes at most 8000 bytes; a message is held far
 * below that, and carries ids and counts, never what someone typed.
 */
record RelayMessage(String node, String topic, String message) {

    static final int LONGEST_MESSAGE = 200;
    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9-]{0,30}");

    RelayMessage {
        if (!TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("A topic is a short lower-case word: " + topic);
        }
        if (message.length() > LONGEST_MESSAGE || message.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A relayed message is one short line");
        }
    }

    String payload() {
        return node + " " + topic + " " + message;
    }

    static Optional<RelayMessage> parse(String payload) {
        String[] parts = payload.split(" ", 3);
        if (parts.length < 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RelayMessage(parts[0], parts[1], parts[2]));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
