package org.colloquy.cohort;

/** What a join code did. */
public sealed interface JoinResult {

    record Joined(CohortRef cohort) implements JoinResult {
    }

    record AlreadyMember(CohortRef cohort) implements JoinResult {
    }

    record UnknownCode(String typed) implements JoinResult {
        public String message() {
            return "No class has the code “" + JoinCodes.quotable(typed) + "”. Check it with your instructor — codes are 6 letters "
                    + "and digits, without 0, O, 1, I or L.";
        }
    }
}
