package org.colloquy.security;

import java.util.List;
import java.util.Optional;

/**
 * The hostile-input corpus: text that tries to run script, inject markup or styles, break out of attributes, fool a
 * spreadsheet, or break the layout, sent through every text input a user has (issue #6). Every payload fits the
 * shortest field (a guest's name, 40 characters). A payload that would run script calls {@code __pwn(n)}; one that
 * would create an element gives it the id {@code pwn<n>}: a page that ran or built any of them failed.
 */
public final class HostileInput {

    /** Defines the sentinel in a page: records the number and says so on the console, where a journey watches. */
    public static final String SENTINEL_SCRIPT = "window.__pwn = n => { (window.__pwned = window.__pwned || []).push(n);"
            + " console.error('PWNED ' + n); };";
    /** Any element a payload created: they all carry an id that starts with {@code pwn}. */
    public static final String INJECTED_ELEMENTS = "[id^='pwn']";

    /**
     * One payload. {@code stored} is the text the app keeps and shows: the payload itself, but for control characters,
     * which every text input strips.
     */
    public record Payload(int number, String kind, String text, String stored) {

        Payload(int number, String kind, String text) {
            this(number, kind, text, text);
        }

        /** As a name (of a person, a guest, a class) keeps it: on one line, without direction controls. */
        public String asName() {
            return stored.replaceAll("[\u202A-\u202E\u2066-\u2069]", "").replaceAll("\\s+", " ").strip();
        }

        /** A label short enough for a cohort or account name prefix. */
        public String label() {
            return "p" + number;
        }
    }

    public static final List<Payload> CORPUS = List.of(
            new Payload(1, "script tag", "<script>__pwn(1)</script>"),
            new Payload(2, "event handler on an image", "<img id=pwn2 src=x onerror=__pwn(2)>"),
            new Payload(3, "SVG with onload", "<svg id=pwn3 onload=__pwn(3)>"),
            new Payload(4, "javascript: link", "<a id=pwn4 href=javascript:__pwn(4)>go"),
            new Payload(5, "bare javascript: URL", "javascript:__pwn(5)//[x](javascript:0)"),
            new Payload(6, "CSS injection", "<style id=pwn6>*{display:none}</style>"),
            new Payload(7, "style attribute overlay", "<b id=pwn7 style=position:fixed;inset:0>"),
            new Payload(8, "iframe", "<iframe id=pwn8 src=javascript:__pwn(8)>"),
            new Payload(9, "attribute break-out", "\"'><img id=pwn9 src=x onerror=__pwn(9)>"),
            new Payload(10, "textarea break-out", "</textarea><svg id=pwn10 onload=__pwn()>"),
            new Payload(11, "template expressions", "{{__pwn(11)}} ${__pwn(11)} #{11*11}"),
            new Payload(12, "spreadsheet formula", "=HYPERLINK(\"http://x.invalid\",\"p12\")"),
            new Payload(13, "formula after a plus", "+1+cmd|' /C calc'!A0"),
            new Payload(14, "formula after an at sign", "@SUM(1,1) -2+3"),
            new Payload(15, "right-to-left override", "evil\u202Egpj.exe and \u2067نص عربي\u2069 mixed"),
            new Payload(16, "combining characters", "Z\u0351\u0352\u0357\u035B\u0363\u0364\u0365\u0366\u0367\u0368"
                    + "\u0369\u036A\u0300\u0301\u0302\u0303\u0304a\u0330\u0331\u0332\u0333\u0334lgo\u0489\u20DD"),
            new Payload(17, "Chinese, Japanese and Korean", "中俄关系：合作不断深化。日本語の文。한국어 문장"),
            new Payload(18, "emoji", "Bravo 👩🏽‍🎓 🇨🇳🤝🇷🇺 ✊🏿 🧑‍🤝‍🧑"),
            new Payload(19, "null byte and control characters", "Ana\u0000 Null\u0007\u001B<b id=pwn19>",
                    "Ana Null<b id=pwn19>"));

    /** A million characters of script: every text input refuses it with a message that says how long the limit is. */
    public static final String ONE_MEGABYTE = "<script>__pwn(0)</script>".repeat(1_048_576 / 25 + 1)
            .substring(0, 1_048_576);

    private HostileInput() {
    }

    public static Payload number(int number) {
        return CORPUS.get(number - 1);
    }

    public static Optional<Payload> withNullByte() {
        return CORPUS.stream().filter(payload -> payload.text().indexOf('\0') >= 0).findFirst();
    }
}
