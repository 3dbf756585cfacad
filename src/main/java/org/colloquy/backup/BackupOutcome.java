package org.colloquy.backup;

import java.nio.file.Path;
import java.time.Instant;
import org.colloquy.base.i18n.Text;

/** What asking for a backup gave: a file, or the reason there is none. */
public sealed interface BackupOutcome {

    /** A consistent copy of the whole database, as a zip file H2's {@code Restore} tool reads. */
    record Written(Path file, long bytes, Instant takenAt) implements BackupOutcome {
    }

    /** No backup was taken; {@code reason} says why and what to do instead. */
    record NotTaken(Text reason) implements BackupOutcome {

        /** The reason in English, for the command line and logs. */
        public String message() {
            return reason.english();
        }
    }
}
