package org.colloquy.cohort;

import java.util.List;

/** What a roster import did: everyone imported, or nothing at all and the list of every problem. */
public sealed interface RosterImportResult {

    record Imported(List<RosterEntry> entries) implements RosterImportResult {

        public Imported {
            entries = List.copyOf(entries);
        }

        public long created() {
            return count(RosterEntry.Account.CREATED);
        }

        /** Students whose account is in use: invited, they join when they accept. */
        public long invited() {
            return count(RosterEntry.Account.INVITED);
        }

        private long count(RosterEntry.Account account) {
            return entries.stream().filter(entry -> entry.account() == account).count();
        }
    }

    record Refused(List<RosterProblem> problems) implements RosterImportResult {

        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
