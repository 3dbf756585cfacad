package org.colloquy.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A stray brace silently switches off every rule after it; browsers do not complain. */
class StylesheetTest {

    @Test
    void every_block_of_the_stylesheet_is_closed() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/META-INF/resources/styles.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        for (char c : css.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).as("nesting depth").isNotNegative();
        }
        assertThat(depth).as("unclosed blocks at the end").isZero();
    }
}
