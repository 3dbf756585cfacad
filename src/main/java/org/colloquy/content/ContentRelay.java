package org.colloquy.content;

import org.colloquy.relay.NodeRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the course catalogs of all nodes alike (decision 0050). The content folder is shared storage when several
 * nodes run; a node that published a course or reloaded the folder announces "catalog changed" on the relay's topic
 * {@value #TOPIC} (after the commit of the transaction it ran in, at once outside one), and every other node reads the
 * folder again, as an admin's reload does. On H2 (one node) nothing is announced.
 */
@Component
class ContentRelay {

    static final String TOPIC = "content";
    static final String CATALOG_CHANGED = "catalog-changed";

    private static final Logger log = LoggerFactory.getLogger(ContentRelay.class);

    ContentRelay(NodeRelay relay, CourseCatalog catalog) {
        if (!relay.crossesNodes()) {
            return;
        }
        catalog.whenChangedHere(() -> {
            try {
                relay.announce(TOPIC, CATALOG_CHANGED);
            } catch (RuntimeException failed) {
                log.warn("The other nodes could not be told that the courses changed; they serve the new ones once "
                        + "they reload or restart: {}", failed.toString());
            }
        });
        relay.listen(TOPIC, new NodeRelay.Listener() {
            @Override
            public void heard(String message) {
                log.info("Another node changed the courses ({}): reading the content folder again", message);
                catalog.reloadForAnotherNode();
            }

            @Override
            public void mayHaveMissedSome() {
                catalog.reloadForAnotherNode();
            }
        });
    }
}
