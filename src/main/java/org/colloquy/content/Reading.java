package org.colloquy.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The essay, split into paragraphs with stable ids. */
public record Reading(String title, List<Paragraph> paragraphs) {

    public Reading {
        paragraphs = List.copyOf(paragraphs);
    }

    public Optional<Paragraph> paragraph(String id) {
        return paragraphs.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public List<Paragraph> paragraphs(List<String> ids) {
        Map<String, Paragraph> byId = paragraphs.stream()
                .collect(Collectors.toMap(Paragraph::id, Function.identity()));
        return ids.stream().map(byId::get).filter(p -> p != null).toList();
    }
}
