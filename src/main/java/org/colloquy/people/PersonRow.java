package org.colloquy.people;

import java.util.List;
import org.colloquy.identity.Person;

/** One line of the people list: the account, and the classes she teaches or is in. */
public record PersonRow(Person person, List<String> classes) {

    public PersonRow {
        classes = List.copyOf(classes);
    }
}
