package org.colloquy.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {

    @Test
    void plain_rows_split_at_commas_and_any_line_end() {
        CsvParser.Parsed parsed = CsvParser.parse("name,email\r\nAna,ana@x.org\nBen,ben@x.org\rChen,chen@x.org\r\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(CsvParser.Row::fields).containsExactly(
                List.of("name", "email"), List.of("Ana", "ana@x.org"), List.of("Ben", "ben@x.org"),
                List.of("Chen", "chen@x.org"));
    }

    @Test
    void quoted_fields_keep_commas_doubled_quotes_and_line_breaks() {
        CsvParser.Parsed parsed = CsvParser.parse("\"Petrova, Ana\",\"She said \"\"hi\"\"\",\"two\r\nlines\"\nnext,row,here");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows().getFirst().fields()).containsExactly("Petrova, Ana", "She said \"hi\"", "two\r\nlines");
        assertThat(parsed.rows().get(1).row()).as("a line break inside quotes does not start a row").isEqualTo(2);
    }

    @Test
    void a_byte_order_mark_is_not_part_of_the_first_heading() {
        CsvParser.Parsed parsed = CsvParser.parse("\uFEFFname,email\n");

        assertThat(parsed.rows().getFirst().fields()).containsExactly("name", "email");
    }

    @Test
    void empty_fields_and_blank_lines_keep_their_row_numbers() {
        CsvParser.Parsed parsed = CsvParser.parse("a,,\n\n,b,");

        assertThat(parsed.rows()).extracting(CsvParser.Row::row).containsExactly(1, 2, 3);
        assertThat(parsed.rows().getFirst().fields()).containsExactly("a", "", "");
        assertThat(parsed.rows().get(1).isBlank()).isTrue();
        assertThat(parsed.rows().get(2).fields()).containsExactly("", "b", "");
    }

    @Test
    void every_quoting_mistake_is_reported_with_row_and_column_and_reading_goes_on() {
        CsvParser.Parsed parsed = CsvParser.parse("ok,fine\nO\"Brien,x\n\"closed\"late,y\nz,\"never closed\nmore");

        assertThat(parsed.problems()).extracting(CsvParser.Problem::row, CsvParser.Problem::column).containsExactly(
                tuple(2, 1),
                tuple(3, 1),
                tuple(4, 2));
        assertThat(parsed.problems().get(2).message()).contains("never closed");
        assertThat(parsed.rows().get(2).fields()).containsExactly("closedlate", "y");
    }

    @Test
    void nothing_at_all_is_no_rows() {
        assertThat(CsvParser.parse("").rows()).isEmpty();
        assertThat(CsvParser.parse("\uFEFF").rows()).isEmpty();
    }
}
