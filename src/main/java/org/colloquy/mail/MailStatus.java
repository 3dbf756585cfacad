package org.colloquy.mail;

/** Where a message in the outbox is. */
public enum MailStatus {
    /** Waiting to be sent, now or after a back-off. */
    PENDING,
    /** Claimed by a worker, whose lease says until when. */
    SENDING,
    /** Delivered to the mail server; its body is blanked. */
    SENT,
    /** Refused for good by the mail server, or out of tries: an admin may send it again. */
    FAILED,
    /** The person has no email address: nothing was sent. */
    NO_ADDRESS
}
