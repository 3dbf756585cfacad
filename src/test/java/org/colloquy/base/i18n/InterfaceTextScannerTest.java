package org.colloquy.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InterfaceTextScannerTest {

    @Test
    void wordsAPersonReadsAreInterfaceText() {
        assertThat(InterfaceTextScanner.textLiterals("""
                add(new Span("Sign out"));
                button.setText("no answers yet");
                field.setLabel("Answer");
                """)).containsExactly("Sign out", "no answers yet", "Answer");
    }

    @Test
    void keysClassNamesIdsAndScriptAreNot() {
        assertThat(InterfaceTextScanner.textLiterals("""
                add(new Span(getTranslation("base.sign-out")));
                span.addClassName("top-bar");
                span.setId("sign-out");
                getElement().executeJs("this.focus() ; return 1");
                String tag = "colloquy-step-dots";
                // add(new Span("Commented out"));
                """)).isEmpty();
    }

    @Test
    void aLineCanSayItsLiteralIsNotInterfaceText() {
        assertThat(InterfaceTextScanner.textLiterals(
                "String brandName = \"Colloquy Demo\"; // " + InterfaceTextScanner.MARKER)).isEmpty();
    }
}
