/**
 * The relay between the nodes of one installation: what one node announces, inside the transaction that made the
 * change, reaches every other node once that transaction commits, through PostgreSQL's LISTEN/NOTIFY. A feature says
 * what crosses (a topic and a short message with no user data); on a single node (H2) nothing needs to cross.
 */
@NullMarked
package org.colloquy.relay;

import org.jspecify.annotations.NullMarked;
