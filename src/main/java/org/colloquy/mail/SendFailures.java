package org.colloquy.mail;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.lang.reflect.Method;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.mail.MailSendException;

/**
 * Whether a failed sending is worth trying again: the mail server was down, busy or said "later" (a 4xx reply), or
 * it refused the message for good (a 5xx reply, an address it will never take).
 */
final class SendFailures {

    private SendFailures() {
    }

    static boolean permanent(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause : causes(failure)) {
            if (seen.put(cause, Boolean.TRUE) != null) {
                continue;
            }
            OptionalInt code = returnCode(cause);
            if (code.isPresent() && code.getAsInt() > 0) {
                return code.getAsInt() >= 500 && code.getAsInt() < 600;
            }
            if (cause instanceof AddressException) {
                return true;
            }
            if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    /** What went wrong, on one line, for the admin page. */
    static String describe(Throwable failure) {
        Throwable deepest = failure;
        for (Throwable cause : causes(failure)) {
            deepest = cause;
        }
        String message = deepest == failure ? String.valueOf(failure.getMessage())
                : failure.getClass().getSimpleName() + ": " + deepest.getMessage();
        return OutboxMessage.cut(MailBody.oneLine(message), OutboxMessage.ERROR_LENGTH);
    }

    private static java.util.List<Throwable> causes(Throwable failure) {
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty() && all.size() < 20) {
            Throwable next = todo.poll();
            if (all.contains(next)) {
                continue;
            }
            all.add(next);
            if (next.getCause() != null) {
                todo.add(next.getCause());
            }
            if (next instanceof MailSendException send) {
                todo.addAll(send.getFailedMessages().values().stream().map(Throwable.class::cast).toList());
            }
            if (next instanceof jakarta.mail.MessagingException messaging && messaging.getNextException() != null) {
                todo.add(messaging.getNextException());
            }
        }
        return all;
    }

    /** The SMTP reply code an Angus Mail exception carries ({@code SMTPSendFailedException}, …), if any. */
    private static OptionalInt returnCode(Throwable cause) {
        try {
            Method method = cause.getClass().getMethod("getReturnCode");
            return method.invoke(cause) instanceof Integer code ? OptionalInt.of(code) : OptionalInt.empty();
        } catch (ReflectiveOperationException | RuntimeException none) {
            return OptionalInt.empty();
        }
    }
}
