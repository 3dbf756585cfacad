package org.colloquy.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseTest {

    @Test
    void a_quotation_ending_in_a_quoted_word_gets_single_marks_inside_and_one_closing_mark() {
        Prose.Quotation quotation = new Prose.Quotation("Sino-Russian relations are not “expediency”", "p6");

        assertThat(quotation.quoted()).isEqualTo("“Sino-Russian relations are not ‘expediency’”");
    }

    @Test
    void straight_quotation_marks_inside_a_quotation_become_single_marks() {
        assertThat(new Prose.Quotation("the \"third stage\" begins", "p3").quoted())
                .isEqualTo("“the ‘third stage’ begins”");
    }

    @Test
    void a_plain_summary_of_a_claim_has_no_doubled_closing_mark() {
        Prose claim = new Prose(java.util.List.of(new Prose.Plain("A claim."),
                new Prose.Quotation("not “expediency”", "p6")));

        assertThat(claim.plainText()).isEqualTo("A claim.\n\n“not ‘expediency’” [p6]");
    }
}
