package org.colloquy.studio.essay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code src/test/resources/studio/essay-bridges.pdf}, the PDF the studio journey uploads: a text layer
 * drawn by Apache PDFBox ({@link EssayFiles#pdf}), since no word processor is installed here to export one. Run
 * once from the project folder (the file is committed); run it again only to change the essay.
 */
final class EssayPdfFixture {

    static final Path FILE = Path.of("src/test/resources/studio/essay-bridges.pdf");

    private EssayPdfFixture() {
    }

    static byte[] bytes() {
        return EssayFiles.pdf(List.of(
                List.of("Bridges and Ferries"),
                List.of("A town on a wide river has crossed it by ferry for two hundred years. The ferry is slow,",
                        "but everyone knows the ferryman. Is a bridge worth losing him for?"),
                List.of("A bridge would carry ten times the traffic and never stop for fog or ice. The shops on",
                        "the far bank would grow, and so would the noise. Who should decide what the town becomes?"),
                List.of("Some say the river is the town's character; others say it is only water in the way.",
                        "Can a town choose its character, or does it only notice it afterwards?")));
    }

    public static void main(String[] args) throws IOException {
        Files.write(FILE, bytes());
        System.out.println("wrote " + FILE.toAbsolutePath());
    }
}
