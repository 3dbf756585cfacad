package org.colloquy.seminar.screen.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;

/**
 * The join address on the projector, read across the room: it may go onto a second line only after a slash (or,
 * in a host name too long for one line, after a dot), never inside a word or inside the join code. Each piece
 * between those points is a span that does not wrap, with a line-break opportunity ({@code <wbr>}) between pieces.
 */
final class JoinAddress {

    private JoinAddress() {
    }

    static Paragraph of(String address) {
        Paragraph paragraph = new Paragraph();
        List<String> pieces = pieces(address);
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                paragraph.getElement().appendChild(new Element("wbr"));
            }
            Span piece = new Span(pieces.get(i));
            piece.addClassName("address-piece");
            paragraph.add(piece);
        }
        return paragraph;
    }

    /** "colloquy.example.org/live/AB3DE7" → "colloquy.", "example.", "org/", "live/", "AB3DE7". */
    static List<String> pieces(String address) {
        int path = address.indexOf('/');
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == '/' || (c == '.' && (path < 0 || i < path))) {
                pieces.add(address.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < address.length()) {
            pieces.add(address.substring(start));
        }
        return pieces;
    }
}
