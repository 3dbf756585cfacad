package org.colloquy.base.i18n;

/**
 * A request a service refuses for a reason the person can act on. It carries the reason as a {@link Text}, so the
 * view shows it in the viewer's language; its message is the English text, for logs.
 */
public class Refusal extends IllegalArgumentException implements HasReason {

    private final Text reason;

    public Refusal(Text reason) {
        super(reason.english());
        this.reason = reason;
    }

    public static Refusal of(String key, Object... arguments) {
        return new Refusal(Text.of(key, arguments));
    }

    @Override
    public Text reason() {
        return reason;
    }
}
