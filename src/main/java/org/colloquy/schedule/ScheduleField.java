package org.colloquy.schedule;

/** The field of the schedule form a refusal belongs to, so the page shows it there. */
public enum ScheduleField { TIME_ZONE, LESSON, STUDENT, OPENS, DUE, CLOSES }
