package org.colloquy.schedule;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduled tasks, for the due-soon reminders. */
@Configuration
@EnableScheduling
class SchedulingConfig {
}
