package org.colloquy.content.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
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
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            report(1, "cannot read file: " + e);
            return Optional.empty();
        }
        var in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            reportBadByte(bytes, in.position());
            return Optional.empty();
        }
        var text = out.flip().toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** Names the line and column of the first byte that is not UTF-8, so an author finds the one bad character. */
    private void reportBadByte(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        report(line, String.format("byte 0x%02X at column %d is not UTF-8: save the file as UTF-8 (it was probably "
                + "saved in another encoding, such as Windows-1252 or GBK)", bytes[offset] & 0xFF, column));
    }
}
