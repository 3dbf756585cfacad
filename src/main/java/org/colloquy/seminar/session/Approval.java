package org.colloquy.seminar.session;

/** What the leader decided about a live answer. Only approved answers ever reach the projector. */
public enum Approval {
    PENDING, APPROVED, HIDDEN
}
