package org.colloquy.content.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** A content file being read, and where its problems go. */
record SourceFile(Path path, Problems problems) {

    void report(int line, String message) {
        problems.report(path, line, message);
    }

    void report(Node node, String message) {
        report(YamlNodes.line(node), message);
    }

    String fileName() {
        return path.getFileName().toString();
    }

    /** The file's text, decoded strictly as UTF-8 without a byte order mark; reports a file that cannot be read. */
    Optional<String> readText() {
        try {
            var text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            report(1, "file is not valid UTF-8");
        } catch (IOException e) {
            report(1, "cannot read file: " + e);
        }
        return Optional.empty();
    }
}
