package org.colloquy.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SynchronizedRequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A message to a page (Vaadin's UIDL request) that is not what Vaadin's own client sends (garbage, a truncated
 * body, JSON of the wrong shape) is refused with one WARN line, instead of the ERROR and full stack trace Vaadin
 * logs when it trips over it; the page is told to reload, as Vaadin tells it for a message it cannot read. Every
 * message of the right shape goes to Vaadin unchanged, and whatever fails while handling it is logged as Vaadin
 * logs it: real errors stay errors. The check runs before Vaadin's own handler, which Vaadin calls last.
 */
@Component
class MalformedUidlRefusal implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(MalformedUidlRefusal.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new CheckedUidlRequestHandler());
    }

    /** What is wrong with the shape of a UIDL message, in a few words; empty for a message Vaadin can read. */
    static Optional<String> problemWith(String body) {
        JsonNode message;
        try {
            message = JSON.readTree(body);
        } catch (JacksonException notJson) {
            return Optional.of("not JSON");
        }
        if (message == null || !message.isObject()) {
            return Optional.of("not a JSON object");
        }
        JsonNode token = message.get("csrfToken");
        if (token != null && !token.isString()) {
            return Optional.of("csrfToken is not text");
        }
        boolean unload = message.has("UNLOAD");
        if (!unload && !isWholeNumber(message.get("syncId"))) {
            return Optional.of("syncId is not a whole number");
        }
        if (message.has("clientId") && !isWholeNumber(message.get("clientId"))) {
            return Optional.of("clientId is not a whole number");
        }
        if (message.has("resynchronize") && !message.get("resynchronize").isBoolean()) {
            return Optional.of("resynchronize is not true or false");
        }
        JsonNode rpc = message.get("rpc");
        if (rpc == null) {
            return unload ? Optional.empty() : Optional.of("no rpc list");
        }
        if (!rpc.isArray()) {
            return Optional.of("rpc is not a list");
        }
        for (JsonNode invocation : rpc) {
            if (!invocation.isObject() || !invocation.path("type").isString()) {
                return Optional.of("an rpc entry without a type");
            }
            if (invocation.has("node") && !isWholeNumber(invocation.get("node"))) {
                return Optional.of("an rpc entry's node is not a whole number");
            }
        }
        return Optional.empty();
    }

    private static boolean isWholeNumber(JsonNode node) {
        return node != null && node.isIntegralNumber() && node.canConvertToInt();
    }

    /** Vaadin's UIDL handler, with the shape checked first; it handles every UIDL request in Vaadin's place. */
    static final class CheckedUidlRequestHandler extends UidlRequestHandler {

        @Override
        public Optional<SynchronizedRequestHandler.ResponseWriter> synchronizedHandleRequest(VaadinSession session,
                VaadinRequest request, VaadinResponse response, String body)
                throws IOException, UnsupportedOperationException {
            Optional<String> problem = problemWith(body);
            if (problem.isEmpty()) {
                return super.synchronizedHandleRequest(session, request, response, body);
            }
            log.warn("Refused a malformed page message from {} ({}, {} characters); the page is told to reload",
                    request.getRemoteAddr(), problem.get(), body.length());
            String reload = VaadinService.createCriticalNotificationJSON(null, null, null, null);
            return Optional.of(() -> commitJsonResponse(response, reload));
        }
    }
}
