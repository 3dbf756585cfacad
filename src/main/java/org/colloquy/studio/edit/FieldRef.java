package org.colloquy.studio.edit;

/**
 * One field of the working model: the object that holds it (a course, a lesson, a step, an option, a paragraph…) and
 * the field's name. The owner is compared by identity, so a step keeps its fields' problems wherever it is moved.
 */
public record FieldRef(Object owner, String field) {

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldRef ref && ref.owner == owner && ref.field.equals(field);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(owner) * 31 + field.hashCode();
    }
}
