package org.colloquy.seminar.session;

import java.util.Optional;
import org.colloquy.relay.NodeRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Carries the seminar's changes to the live views of the other nodes (decision 0047): each {@link SeminarEvent} is
 * announced, in the transaction that made the change, as {@code sessionId:kind:version}; what another node announced
 * is handed to this node's views as if it had happened here, batching included, and a change of the prompt lets
 * {@link PromptTimers} schedule this node's own "time is up" (decision 0050). After the relay lost its connection,
 * every view of this node checks the room's version and re-reads the room if it is behind.
 */
@Component
class SeminarRelay {

    static final String TOPIC = "seminar";

    private static final Logger log = LoggerFactory.getLogger(SeminarRelay.class);

    private final NodeRelay relay;
    private final RoomVersions versions;
    private final SeminarEvents events;
    private final PromptTimers timers;

    SeminarRelay(NodeRelay relay, RoomVersions versions, SeminarEvents events, PromptTimers timers) {
        this.timers = timers;
        this.relay = relay;
        this.versions = versions;
        this.events = events;
        relay.listen(TOPIC, new NodeRelay.Listener() {
            @Override
            public void heard(String message) {
                heardFromAnotherNode(message);
            }

            @Override
            public void mayHaveMissedSome() {
                events.catchUpEveryView();
                timers.rescheduleRunningCountdowns();
            }
        });
    }

    /** After the room's version was bumped for this change (same transaction). */
    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void announce(SeminarEvent event) {
        if (relay.crossesNodes()) {
            relay.announce(TOPIC, message(event, versions.current(event.sessionId())));
        }
    }

    static String message(SeminarEvent event, long version) {
        return event.sessionId() + ":" + event.kind() + ":" + version;
    }

    void heardFromAnotherNode(String message) {
        String[] parts = message.split(":");
        Optional<Long> sessionId = parts.length == 3 ? number(parts[0]) : Optional.empty();
        if (sessionId.isEmpty()) {
            log.warn("A seminar change from another node could not be read: {}", message);
            return;
        }
        Optional<SeminarEvent> event = SeminarEvent.of(parts[1], sessionId.get());
        event.ifPresentOrElse(events::heardFromAnotherNode, () -> events.catchUp(sessionId.get()));
        if (event.isEmpty() || event.get() instanceof SeminarEvent.PromptChanged) {
            // a countdown starts with a change of the prompt: this node tells its own views when its time is up
            timers.learnOf(sessionId.get());
        }
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
