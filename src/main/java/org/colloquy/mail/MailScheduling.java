package org.colloquy.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the {@link MailWorker} every few seconds ({@code colloquy.mail.poll-interval}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailScheduling {
}
