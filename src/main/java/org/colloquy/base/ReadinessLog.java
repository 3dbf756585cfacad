package org.colloquy.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One line in the log when the app is ready for people: after the start-up runners (demo accounts, first admin)
 * are done, which answering health checks does not wait for.
 */
@Component
class ReadinessLog {

    private static final Logger log = LoggerFactory.getLogger(ReadinessLog.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            int port = web.getWebServer().getPort();
            log.info("Colloquy is ready on port {} (on this machine: http://localhost:{}/)", port, port);
        } else {
            log.info("Colloquy is ready");
        }
    }
}
